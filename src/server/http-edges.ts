/**
 * The edges of HTTP that Node answers before Fastify sees a request (`Expect` headers, `CONNECT`,
 * unreadable request lines and headers), and request targets Fastify's router would refuse: each gets the
 * contract's problem+json with an `X-Request-Id`, never Node's bare "400 Bad Request" or a dropped socket.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, type Problem } from '../validation/problem.js';
import { badRequest, expectationFailed, methodNotAllowed, problemInstance, requestHeadersTooLarge, requestTimeout } from '../validation/problem.js';

/** How long a client may take to send a whole request (ms). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** How long a client may take to send the request's headers (ms): slow clients do not hold sockets for long. */
export const HEADERS_TIMEOUT_MS = 15_000;
/** How long an idle keep-alive connection stays open (ms). */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/**
 * How often Node looks for connections past the header and request time-outs (ms). Node checks them only
 * this often (30 s by default), so a limit acts up to one interval late: at 1 s, each holds within a second.
 */
const TIMEOUT_CHECK_MS = 1_000;

/** The slow-client time-outs of the HTTP server, in ms. */
export interface HttpTimeouts {
  /** the request's headers, from the first byte; default 15 s */
  headersMs?: number;
  /** the whole request, body included; default 30 s */
  requestMs?: number;
  /** an idle keep-alive connection; default 5 s */
  keepAliveMs?: number;
}

/** Marks a request that asked `Expect: 100-continue`: the server says "continue" only once its headers pass. */
export const EXPECTS_CONTINUE = Symbol('expectsContinue');

/** 16 random hex digits per process, then a counter: unique ids without asking for entropy per request. */
const REQUEST_ID_PREFIX = `req_${randomBytes(8).toString('hex')}`;
let requestCounter = 0;

/**
 * A new request id for the `X-Request-Id` header: `req_` and 32 hex digits, unique in this process and
 * (by its random half) across processes and restarts. Made by the server, never taken from the request.
 * @example
 * newRequestId() // 'req_5f0c9a2e4b7d4c1e000000000000002a'
 */
export function newRequestId(): string {
  requestCounter = (requestCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${REQUEST_ID_PREFIX}${requestCounter.toString(16).padStart(16, '0')}`;
}

/** The path of a request target, without its query. */
export function pathOf(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

/**
 * The request target Fastify routes: an absolute-form target (`http://host/path`) becomes its path and
 * query, and a path whose percent-escapes do not decode (`%zz`, `%C0%AF`) has its `%` escaped, so that it
 * reaches its route and is refused there with the contract's 400 for the parameter, as the mock refuses it.
 * @example
 * routableTarget('/v1/webhooks/%zz') // '/v1/webhooks/%25zz'
 */
export function routableTarget(target: string): string {
  let routable = target;
  if (!routable.startsWith('/') && routable !== '*') {
    try {
      const url = new URL(routable);
      routable = `${url.pathname}${url.search}`;
    } catch {
      return target;
    }
  }
  const path = pathOf(routable);
  try {
    decodeURIComponent(path);
    return routable;
  } catch {
    return `${path.replaceAll('%', '%25')}${routable.slice(path.length)}`;
  }
}

/** The bytes of a complete HTTP/1.1 response holding a problem, for answers written straight to a socket. */
function rawProblemResponse(problem: Problem, headers: Record<string, string> = {}): string {
  const body = JSON.stringify(problem);
  const lines = [
    `HTTP/1.1 ${problem.status} ${problem.title}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${newRequestId()}`,
    'Connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

function answerRaw(response: ServerResponse, problem: Problem, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(problem);
  response.writeHead(problem.status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Content-Length': Buffer.byteLength(body),
    'X-Request-Id': newRequestId(),
    Connection: 'close',
    ...headers,
  });
  response.end(body);
}

/**
 * Answers an error of HTTP parsing (Fastify's `clientErrorHandler`): 431 for headers too large, 408 for
 * a client too slow, 400 for anything unreadable; nothing for a client that is already gone.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? requestHeadersTooLarge()
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? requestTimeout()
        : badRequest(
            error.code === 'HPE_INVALID_METHOD'
              ? 'The request method is not one HTTP defines; the Webhooks API takes GET, POST, PATCH and DELETE.'
              : 'The request is not HTTP/1.1 this server can read: check the request line, the header syntax and the body framing.',
          );
  socket.end(rawProblemResponse(problem));
}

/**
 * The Node server Fastify runs on (its `serverFactory`): timeouts against slow clients, `100-continue` only
 * once a request's headers pass, 417 for other expectations, 405 for `CONNECT` and upgrade requests.
 */
export function createHttpServer(handler: (request: IncomingMessage, response: ServerResponse) => void, timeouts: HttpTimeouts = {}): Server {
  const requestTimeout = timeouts.requestMs ?? REQUEST_TIMEOUT_MS;
  const headersTimeout = Math.min(timeouts.headersMs ?? HEADERS_TIMEOUT_MS, requestTimeout);
  const server = createServer(
    {
      requestTimeout,
      headersTimeout,
      keepAliveTimeout: timeouts.keepAliveMs ?? KEEP_ALIVE_TIMEOUT_MS,
      // never later than the shorter limit allows, and within a second of the longer ones
      connectionsCheckingInterval: Math.max(50, Math.min(TIMEOUT_CHECK_MS, Math.floor(headersTimeout / 2))),
      // a missing Host is answered by the app, as problem+json, not by Node with an empty 400
      requireHostHeader: false,
    },
    handler,
  );
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    (request as IncomingMessage & { [EXPECTS_CONTINUE]?: boolean })[EXPECTS_CONTINUE] = true;
    handler(request, response);
  });
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    answerRaw(response, expectationFailed(problemInstance(pathOf(request.url ?? '/'))));
  });
  const refuseTunnel = (request: IncomingMessage, socket: Duplex) => {
    const problem = methodNotAllowed(pathOf(request.url ?? '/'), ['GET', 'POST', 'PATCH', 'DELETE']);
    socket.end(rawProblemResponse({ ...problem, detail: 'The Webhooks API does not open tunnels or upgrade connections.' }));
  };
  server.on('connect', refuseTunnel);
  server.on('upgrade', refuseTunnel);
  return server;
}
