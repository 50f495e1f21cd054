/**
 * The thin `node:http` layer in front of Prism. In `mock` mode it answers what Prism words poorly (a
 * body's broken rules, a wrong Content-Type, an oversized or malformed body, a bad parameter) with the
 * spec's problem+json, and pipes everything else to Prism untouched. In `observe` mode it only pipes and
 * reports Prism's violations.
 * @module
 */
import { createServer, Agent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ValidationIssue } from '../validation/messages.js';
import { MAX_BODY_BYTES, PROBLEM_CONTENT_TYPE, invalidParameters, payloadTooLarge, type Problem } from '../validation/problem.js';
import { forwardedRequestHeaders, forwardedResponseHeaders, hasBody } from './forwarding.js';
import { explainParameterViolations, parseViolations, type PrismViolation } from './prism-violations.js';
import { readBody } from './read-body.js';
import { findRoute, specRoutes, type SpecRoute } from '../spec/routes.js';
import { checkContentType, checkJsonBody, hasBearerToken } from '../validation/request-checks.js';

/** One request and how it was answered, for the access log. */
export interface Exchange {
  method: string;
  /** path and query, as requested */
  target: string;
  status: number;
  durationMs: number;
  /** `mock` when the front layer answered itself, `prism` when Prism did */
  answeredBy: 'mock' | 'prism';
  /** the broken rules the front layer reported in its problem */
  errors: ValidationIssue[];
  /** what Prism reported as breaking the contract, request or response */
  violations: PrismViolation[];
}

/** How the front layer runs. */
export interface FrontServerOptions {
  /** where Prism listens, such as `http://127.0.0.1:43121` */
  prismUrl: string;
  /** `mock` checks requests itself; `observe` (the validation proxy) only forwards and reports */
  mode: 'mock' | 'observe';
  /** receives every exchange once its response is sent */
  onExchange?: (exchange: Exchange) => void;
  /** the operations to route; defaults to the bundled spec's */
  routes?: SpecRoute[];
}

/** A new request id, as the contract's `X-Request-Id` header carries it. */
export function newRequestId(): string {
  return `req_${randomBytes(8).toString('hex')}`;
}

/**
 * The response headers to pass back from Prism: in mock mode, Prism's `X-Request-Id` (the spec's
 * example, the same on every answer) is replaced with this request's own.
 */
function mockResponseHeaders(prismResponse: IncomingMessage, requestId: string | undefined): string[] {
  const headers = forwardedResponseHeaders(prismResponse);
  if (requestId === undefined) return headers;
  const kept: string[] = [];
  for (let i = 0; i < headers.length; i += 2) {
    if (headers[i]!.toLowerCase() !== 'x-request-id') kept.push(headers[i]!, headers[i + 1]!);
  }
  return [...kept, 'X-Request-Id', requestId];
}

/** The CORS headers Prism sends, so that answers from either layer read the same in a browser. */
function corsHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  const origin = request.headers.origin;
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': '*',
    ...(origin === undefined ? {} : { Vary: 'Origin' }),
  };
}

/**
 * Creates the front layer; call `listen()` on it. It never throws on bad input: every refusal is a
 * problem+json answer.
 * @example
 * const server = createFrontServer({ prismUrl: prism.url, mode: 'mock' });
 * server.listen(4010, '127.0.0.1');
 */
export function createFrontServer(options: FrontServerOptions): Server {
  const routes = options.routes ?? specRoutes();
  const prism = new URL(options.prismUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const report = options.onExchange;

  async function handle(request: IncomingMessage, response: ServerResponse, expectsContinue: boolean): Promise<void> {
    const started = performance.now();
    // in observe mode the upstream server's own X-Request-Id passes through untouched
    const requestId = options.mode === 'mock' ? newRequestId() : undefined;
    const target = request.url ?? '/';
    const { pathname } = new URL(target, 'http://mock.invalid');
    const route = findRoute(routes, request.method, pathname);
    const authorization = request.headers.authorization;
    if (options.mode === 'mock' && authorization !== undefined && /^bearer\s/i.test(authorization) && !authorization.startsWith('Bearer')) {
      // the scheme is case-insensitive (RFC 9110), but Prism only takes "Bearer"
      request.headers.authorization = `Bearer${authorization.slice('bearer'.length)}`;
    }
    let errors: ValidationIssue[] = [];
    let violations: PrismViolation[] = [];
    let answeredBy: Exchange['answeredBy'] = 'prism';
    if (report) {
      response.once('close', () =>
        report({ method: request.method ?? 'GET', target, status: response.statusCode, durationMs: performance.now() - started, answeredBy, errors, violations }),
      );
    }

    const answer = (problem: Problem, closeConnection = false): void => {
      answeredBy = 'mock';
      errors = problem.errors ?? [];
      const body = JSON.stringify(problem);
      response.writeHead(problem.status, {
        'Content-Type': PROBLEM_CONTENT_TYPE,
        'Content-Length': Buffer.byteLength(body),
        'X-Request-Id': requestId ?? newRequestId(),
        ...corsHeaders(request),
        ...(closeConnection ? { Connection: 'close' } : {}),
      });
      response.end(body);
    };

    const forward = (body: Buffer | undefined): void => {
      const upstream = httpRequest({
        host: prism.hostname,
        port: prism.port,
        method: request.method,
        path: target,
        headers: forwardedRequestHeaders(request, body),
        agent,
      });
      upstream.once('response', (prismResponse) => {
        violations = parseViolations(prismResponse.headers['sl-violations']);
        const status = prismResponse.statusCode ?? 502;
        const parameterErrors =
          options.mode === 'mock' && route !== undefined && status === 400 ? explainParameterViolations(route, violations) : [];
        if (parameterErrors.length > 0) {
          // Prism's 400 body is the spec's first 400 example whatever was wrong; say what was
          prismResponse.resume();
          answer(invalidParameters(pathname, parameterErrors));
          return;
        }
        if (options.mode === 'observe' && prismResponse.headers['content-type']?.startsWith(PROBLEM_CONTENT_TYPE)) {
          // with --errors, Prism puts the violations in its problem's `validation`, not in the header
          const chunks: Buffer[] = [];
          prismResponse.on('data', (chunk: Buffer) => chunks.push(chunk));
          prismResponse.once('end', () => {
            const body = Buffer.concat(chunks);
            try {
              const validation = (JSON.parse(body.toString('utf8')) as { validation?: PrismViolation[] }).validation;
              if (Array.isArray(validation) && violations.length === 0) {
                // the problem's locations leave out the side; a rejected request is always the request's fault
                violations = validation.map((v) => (v.location[0] === 'request' || v.location[0] === 'response' ? v : { ...v, location: ['request', ...v.location] }));
              }
            } catch {
              // not JSON after all: forward it as it is
            }
            response.writeHead(status, mockResponseHeaders(prismResponse, requestId));
            response.end(body);
          });
          return;
        }
        response.writeHead(status, mockResponseHeaders(prismResponse, requestId));
        prismResponse.pipe(response);
      });
      upstream.once('error', (error: NodeJS.ErrnoException) => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        answer({
          type: 'about:blank',
          title: 'Bad Gateway',
          status: 502,
          detail: `The mock could not reach its Prism process (${error.code ?? error.message}); restart the mock.`,
        });
      });
      // the client went away: stop the work it asked for
      response.once('close', () => {
        if (!response.writableFinished) upstream.destroy();
      });
      if (expectsContinue) response.writeContinue();
      if (body !== undefined) upstream.end(body);
      else if (hasBody(request)) request.pipe(upstream);
      // nothing to stream: piping a bodiless request stalled under load (80 req/s, see mock.bench.ts)
      else upstream.end();
    };

    // only bodies of authorised requests are checked here: without a bearer token Prism answers 401 first
    if (options.mode !== 'mock' || route?.requestBody === undefined || !hasBearerToken(request.headers.authorization)) {
      forward(undefined);
      return;
    }
    const unsupported = checkContentType(pathname, request.headers['content-type']);
    if (unsupported) return answer(unsupported, expectsContinue);
    const declaredLength = Number(request.headers['content-length']);
    if (declaredLength > MAX_BODY_BYTES) return answer(payloadTooLarge(pathname, declaredLength), true);
    if (expectsContinue) response.writeContinue();
    expectsContinue = false;
    const read = await readBody(request, MAX_BODY_BYTES);
    if ('tooLarge' in read) return answer(payloadTooLarge(pathname), true);
    const problem = checkJsonBody(route, read.body, pathname);
    if (problem) return answer(problem);
    forward(read.body);
  }

  const server = createServer((request, response) => {
    handle(request, response, false).catch((error: unknown) => fail(response, error));
  });
  // answer an oversized body or a wrong Content-Type before the client sends the body
  server.on('checkContinue', (request, response) => {
    handle(request, response, true).catch((error: unknown) => fail(response, error));
  });
  server.once('close', () => agent.destroy());
  return server;
}

/** The last resort: a request that failed in the front layer itself still gets a problem, never a hang. */
function fail(response: ServerResponse, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const body = JSON.stringify({
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: `The mock failed on this request: ${error instanceof Error ? error.message : String(error)}`,
  });
  response.writeHead(500, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}
