/**
 * The validation proxy: every request goes to your server as it was sent, and every answer comes back
 * as your server gave it. Beside the exchange, the proxy judges the request as the contract does (the
 * same checks as the mock), checks that your server refused a request the contract refuses with the
 * contract's status, and checks the answer (status, media type, required headers, body) with the
 * library's readable validators. An upstream that is down, or too slow, gets a 502 or 504 problem.
 * @module
 */
import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { checkResponse } from '../validation/contract-check.js';
import { specRoutes, type SpecRoute } from '../spec/routes.js';
import { MAX_BODY_BYTES, PROBLEM_CONTENT_TYPE, badGateway, badRequest, gatewayTimeout, problemInstance, type Problem } from '../validation/problem.js';
import { forwardedRequestHeaders, forwardedResponseHeaders } from './forwarding.js';
import type { Exchange, Finding, ServerTimeouts } from './exchange.js';
import { writeProblem } from '../http/node/answer.js';
import { createNodeServer, serveRequests } from '../http/node/server.js';
import { newRequestId } from '../http/request-id.js';
import { checkRequestBody, checkRequestHead, routeRequest, type Refusal } from '../http/request-judge.js';
import { checkRequestLine, targetPath } from '../http/request-line.js';
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from './defaults.js';


/** the largest answer body the proxy checks (bigger ones pass unchecked), in bytes */
const MAX_CHECKED_RESPONSE_BYTES = 8 * 1024 * 1024;
/** statuses whose answers have no body (RFC 9110) */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** How the validation proxy runs. */
export interface ValidationProxyServerOptions {
  /** the server to check, such as `http://127.0.0.1:8080` */
  upstream: string;
  /** how long to wait for the upstream's whole answer before answering 504; defaults to 30 s */
  upstreamTimeoutMs?: number;
  /** receives every exchange with what the proxy found */
  onExchange?: (exchange: Exchange) => void;
  /** the operations to check against; defaults to the bundled spec's */
  routes?: SpecRoute[];
  timeouts?: ServerTimeouts;
}

/** Reads a request body while it streams to the upstream, keeping at most `limit` bytes. */
class BodyTap {
  chunks: Buffer[] = [];
  size = 0;
  constructor(readonly limit: number) {}
  take(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size <= this.limit) this.chunks.push(chunk);
  }
  read(): { bytes: Uint8Array } | { tooLarge: true } {
    return this.size > this.limit ? { tooLarge: true } : { bytes: Buffer.concat(this.chunks) };
  }
}

/** What the contract expects of the answer to a request, judged the way the mock judges it. */
function expectedRefusal(routes: readonly SpecRoute[], request: IncomingMessage, body: BodyTap): { refusal?: Refusal; route?: SpecRoute } {
  const destination = routeRequest(routes, request);
  if (destination.kind === 'refused') return { refusal: destination.refusal };
  if (destination.kind === 'options') return {};
  const head = checkRequestHead(destination, request);
  if ('refusal' in head) return { refusal: head.refusal, route: destination.route };
  const judged = checkRequestBody(destination, body.read());
  return 'refusal' in judged ? { refusal: judged.refusal, route: destination.route } : { route: destination.route };
}

/** The findings about the request and about whether the upstream refused it as the contract says. */
function requestFindings(refusal: Refusal | undefined, status: number): Finding[] {
  if (refusal === undefined) return [];
  const { problem } = refusal;
  const findings: Finding[] =
    problem.errors && problem.errors.length > 0
      ? problem.errors.map(({ pointer, message }) => ({ kind: 'request' as const, pointer, message }))
      : [{ kind: 'request', message: `${problem.title}: ${problem.detail ?? ''}`.trim() }];
  if (status !== problem.status) {
    findings.push({ kind: 'response', message: `the request breaks the contract, which answers it ${problem.status} (${problem.title}); the upstream answered ${status}` });
  }
  return findings;
}

/** The findings about the upstream's answer, with the library's checks. */
async function responseFindings(request: IncomingMessage, route: SpecRoute | undefined, status: number, headers: Headers, body: Buffer | undefined): Promise<Finding[]> {
  if (route === undefined) {
    // no operation: only a problem+json error keeps the contract
    if (status < 400) return [];
    const type = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    return type === PROBLEM_CONTENT_TYPE ? [] : [{ kind: 'response', message: `the content type is ${type ?? 'missing'}; every error must be ${PROBLEM_CONTENT_TYPE}` }];
  }
  if (body === undefined) return [{ kind: 'response', message: `the body is over ${MAX_CHECKED_RESPONSE_BYTES / 1024 / 1024} MiB and was not checked` }];
  if (request.method === 'HEAD') return [];
  if (NULL_BODY_STATUSES.has(status) || status < 200 || status > 599) {
    const findings: Finding[] = [];
    const documented = await checkResponse(route.method, route.template, new Response(null, { status: NULL_BODY_STATUSES.has(status) ? status : 599, headers }));
    if (status < 200 || status > 599) findings.push({ kind: 'response', message: `status ${status} is not an HTTP status the contract can document` });
    else findings.push(...documented.map((violation) => ({ kind: 'response' as const, message: violation.message })));
    if (body.length > 0) findings.push({ kind: 'response', message: `status ${status} must have no body` });
    return findings;
  }
  const violations = await checkResponse(route.method, route.template, new Response(new Uint8Array(body), { status, headers }));
  return violations.flatMap((violation) => [
    { kind: 'response' as const, message: violation.message },
    ...violation.errors.map(({ pointer, message }) => ({ kind: 'response' as const, pointer, message })),
  ]);
}

/** The upstream's answer headers as a Fetch `Headers`, for the library's check. */
function fetchHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, values] of Object.entries(response.headersDistinct)) {
    for (const value of values ?? []) {
      try {
        headers.append(name, value);
      } catch {
        // a value Fetch refuses (Node's parser is more lenient): the check does without it
      }
    }
  }
  return headers;
}

/** Why a connection to the upstream failed, in words. */
function upstreamFailure(upstream: URL, error: NodeJS.ErrnoException): string {
  const where = `the upstream at ${upstream.origin}`;
  switch (error.code) {
    case 'ECONNREFUSED':
      return `${where} refused the connection (ECONNREFUSED): is your server running?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${where} has a host name that does not resolve (${error.code})`;
    case 'ECONNRESET':
      return `${where} closed the connection without answering (ECONNRESET)`;
    default:
      return `${where} could not be reached (${error.code ?? error.message})`;
  }
}

/**
 * Creates the validation proxy's server; call `listen()` on it.
 * @example
 * const server = createValidationProxyServer({ upstream: 'http://127.0.0.1:8080', onExchange: (e) => console.log(formatExchange(e)) });
 * server.listen(4010, '127.0.0.1');
 */
export function createValidationProxyServer(options: ValidationProxyServerOptions): Server {
  const routes = options.routes ?? specRoutes();
  const upstream = new URL(options.upstream);
  const basePath = upstream.pathname.replace(/\/$/, '');
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const started = performance.now();
    const method = request.method ?? 'GET';
    const target = request.url ?? '/';
    const findings: Finding[] = [];
    let status = 0;
    // the upstream's own id when it answered, the proxy's when it answered itself
    let requestId = newRequestId();
    let answeredBy: Exchange['answeredBy'] = 'upstream';
    const body = new BodyTap(MAX_BODY_BYTES);
    let finished: Promise<void> = Promise.resolve();
    response.once('close', () => {
      const outcome = response.writableFinished ? 'sent' : 'client-closed';
      void finished.then(() =>
        options.onExchange?.({ requestId, method, target, status, durationMs: performance.now() - started, answeredBy, outcome, errors: [], findings }),
      );
    });

    const answer = (problem: Problem): void => {
      status = problem.status;
      answeredBy = 'proxy';
      if (response.headersSent) {
        response.destroy();
        return;
      }
      writeProblem(response, problem, requestId, { Connection: 'close' });
    };

    // what cannot be sent on as it came (a target that is none, a missing or doubled Host, which the hop
    // would set) is refused here with the pipeline's problem, as the contract refuses it
    const line = checkRequestLine({ method, target, httpVersion: request.httpVersion, hostCount: request.headersDistinct.host?.length ?? 0 });
    if ('problem' in line) {
      findings.push({ kind: 'request', message: `${line.problem.title}: ${line.problem.detail ?? ''}`.trim() });
      request.resume();
      answer(line.problem);
      return;
    }
    // absolute-form targets go on as origin-form: the upstream is the server, not a proxy
    const path = target.startsWith('/') ? `${basePath}${target}` : target;
    const headers = forwardedRequestHeaders(request, undefined, upstream.host);
    let outgoing: ReturnType<typeof httpRequest>;
    try {
      outgoing = send({ protocol: upstream.protocol, hostname: upstream.hostname, port: upstream.port, method, path, headers });
    } catch (error) {
      // Node refuses to send some targets (characters it will not write): say so rather than guess
      findings.push({ kind: 'upstream', message: `the request could not be sent on (${(error as Error).message})` });
      answer(badRequest('The validation proxy could not send this request on to the upstream; see its output.'));
      return;
    }
    // the head goes at once, not with the body's first byte: the upstream may answer on the headers alone
    // (a 413 for a declared length past the limit) while the client waits for "100 Continue"
    outgoing.flushHeaders();
    const timer = setTimeout(() => {
      findings.push({ kind: 'upstream', message: `the upstream did not send its whole answer within ${timeoutMs / 1000} s` });
      outgoing.destroy();
      answer(gatewayTimeout(targetPath(target), `The upstream did not answer within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
    const settle = () => clearTimeout(timer);
    response.once('close', () => {
      settle();
      if (!response.writableFinished) outgoing.destroy();
    });

    request.on('data', (chunk: Buffer) => body.take(chunk));
    request.pipe(outgoing);
    outgoing.once('error', (error: NodeJS.ErrnoException) => {
      if (response.headersSent || response.destroyed || status === 504) return;
      settle();
      const message = upstreamFailure(upstream, error);
      findings.push({ kind: 'upstream', message });
      answer(badGateway(targetPath(target), `${message[0]!.toUpperCase()}${message.slice(1)}.`));
    });
    outgoing.once('response', (upstreamResponse) => {
      status = upstreamResponse.statusCode ?? 0;
      const upstreamId = upstreamResponse.headers['x-request-id'];
      if (typeof upstreamId === 'string') requestId = upstreamId;
      response.writeHead(status, forwardedResponseHeaders(upstreamResponse));
      const chunks: Buffer[] = [];
      let size = 0;
      upstreamResponse.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_CHECKED_RESPONSE_BYTES) chunks.push(chunk);
      });
      // before the pipe's own listener: the checks must be under way when the client's answer closes
      upstreamResponse.once('end', () => {
        settle();
        const received = size <= MAX_CHECKED_RESPONSE_BYTES ? Buffer.concat(chunks) : undefined;
        finished = (async () => {
          const expected = expectedRefusal(routes, request, body);
          findings.push(...requestFindings(expected.refusal, status));
          // a refused request's answer is checked only when it has the status the contract gives
          if (expected.refusal === undefined || expected.refusal.problem.status === status) {
            findings.push(...(await responseFindings(request, expected.route, status, fetchHeaders(upstreamResponse), received)));
          }
        })().catch((error: unknown) => {
          findings.push({ kind: 'mock', message: `the proxy could not check this exchange: ${error instanceof Error ? error.message : String(error)}` });
        });
      });
      upstreamResponse.pipe(response);
      upstreamResponse.once('error', () => response.destroy());
    });
  }

  const server = createNodeServer(options.timeouts === undefined ? {} : { timeouts: options.timeouts });
  // let Expect: 100-continue through: the upstream decides, and the body streams when it does
  serveRequests(server, handle, 'once');
  return server;
}
