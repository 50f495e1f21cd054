/**
 * The `node:http` adapter of the pipeline: the server every listening program runs on (the mock and the
 * validation proxy directly, the reference server and the sandbox under Fastify). It holds the edges Node
 * answers before any handler sees a request, each as the contract's problem+json with an `X-Request-Id`:
 * slow clients (408), unreadable requests (400, 431), `Expect` other than 100-continue (417), `CONNECT`
 * and upgrades (405); and `100 Continue` only once the handler has judged the request's headers.
 * @module
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { expectationFailed, methodNotAllowed } from '../../validation/problem.js';
import { newRequestId } from '../request-id.js';
import { targetPath } from '../request-line.js';
import { nodeServerTimeouts, type HttpTimeouts } from '../timeouts.js';
import { answerClientError, answerOnSocket, writeProblem } from './answer.js';

/** Handles a request; `expectsContinue` when it asked `Expect: 100-continue` and was not told to go on yet. */
export type NodeHandler = (request: IncomingMessage, response: ServerResponse, expectsContinue: boolean) => void;

/** How the edges answer. */
export interface NodeEdgeOptions {
  timeouts?: HttpTimeouts;
  /** headers every answer of the edges carries (the mock's open CORS); the request's headers when it has any */
  edgeHeaders?: (headers: IncomingHttpHeaders | undefined) => Record<string, string>;
}

/** The methods the API has, for the `Allow` of a refused tunnel. */
const API_METHODS = ['GET', 'POST', 'PATCH', 'DELETE'];

/**
 * A server with the pipeline's time-outs and edges, and no request handler yet (`serveRequests` adds it):
 * a program can take its port before its handler is loaded.
 * @example
 * const server = createNodeServer({ timeouts: { headersMs: 2_000 } });
 * serveRequests(server, handle);
 */
export function createNodeServer(options: NodeEdgeOptions = {}): Server {
  // a missing Host is answered by the pipeline, as problem+json, not by Node with an empty 400
  const server = createServer({ requireHostHeader: false, ...nodeServerTimeouts(options.timeouts) });
  attachEdges(server, options);
  return server;
}

/**
 * Gives a server made elsewhere the pipeline's edges (and those of its time-outs Node lets change after
 * creation); `createNodeServer` does this itself.
 * @example
 * attachEdges(createServer({ requireHostHeader: false }), { edgeHeaders: () => ({}) });
 */
export function attachEdges(server: Server, options: NodeEdgeOptions = {}): void {
  if (options.timeouts !== undefined) {
    const timeouts = nodeServerTimeouts(options.timeouts);
    server.requestTimeout = timeouts.requestTimeout;
    server.headersTimeout = timeouts.headersTimeout;
    server.keepAliveTimeout = timeouts.keepAliveTimeout;
  }
  const extra = options.edgeHeaders ?? (() => ({}));
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    writeProblem(response, expectationFailed(targetPath(request.url)), newRequestId(), { ...extra(request.headers), Connection: 'close' });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerClientError(error, socket, extra(undefined)));
  // the API is not a proxy and speaks no other protocol: a problem rather than a silently closed connection
  const refuseTunnel = (request: IncomingMessage, socket: Duplex) => {
    const problem = methodNotAllowed(targetPath(request.url), API_METHODS);
    answerOnSocket(socket, { ...problem, detail: 'The Webhooks API does not open tunnels or upgrade connections.' }, { ...extra(request.headers), Allow: API_METHODS.join(', ') });
  };
  server.on('connect', refuseTunnel);
  server.on('upgrade', refuseTunnel);
}

/**
 * Gives `server` its request handler. With `continueAt: 'judged'` (the default) a request that expects
 * 100-continue reaches the handler with `expectsContinue`, which sends "continue" once the headers pass;
 * with `'once'` it is sent at once (the validation proxy: the upstream decides).
 * @example
 * serveRequests(server, (request, response, expectsContinue) => judge(request, response, expectsContinue));
 */
export function serveRequests(server: Server, handler: NodeHandler, continueAt: 'judged' | 'once' = 'judged'): void {
  server.removeAllListeners('request');
  server.removeAllListeners('checkContinue');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => handler(request, response, false));
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    if (continueAt === 'once') {
      response.writeContinue();
      handler(request, response, false);
    } else handler(request, response, true);
  });
}
