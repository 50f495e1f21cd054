/**
 * The mock's front layer in front of Prism, on the request pipeline of src/http/. It judges every request
 * itself, in the pipeline's order (target, route, scenario, token, Accept, parameters, body), and answers
 * each refusal with the spec's problem+json; Prism only ever sees a request the front layer rebuilt from
 * what it checked, and only picks the answer. What Prism still rejects is logged as a divergence and
 * answered as the contract says. If Prism's process goes away, the request waits for the restarted one.
 * @module
 */
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isPreflight, openCorsHeaders, openPreflightHeaders } from '../http/cors.js';
import { writeProblem } from '../http/node/answer.js';
import { readBody } from '../http/node/read-body.js';
import { attachEdges, serveRequests, type NodeHandler } from '../http/node/server.js';
import { createMockServer } from './mock-server.js';
import { problemAnswer } from '../http/problem-answer.js';
import { newRequestId } from '../http/request-id.js';
import { checkRequestBody, checkRequestHead, routeRequest } from '../http/request-judge.js';
import { allowHeader, specRoutes } from '../spec/routes.js';
import type { ValidationIssue } from '../validation/messages.js';
import { MAX_BODY_BYTES, notFound, serviceUnavailable, type Problem } from '../validation/problem.js';
import type { Exchange, Finding, FrontServerOptions } from './exchange.js';
import { hasBody } from './forwarding.js';
import { answerHeaders, canonicalPath, divergences, EXAMPLE_ID } from './prism-answer.js';
import { createPrismClient, PrismUnavailableError, staticTarget, type PrismAnswer, type PrismRequest } from './prism-client.js';
import { parseViolations } from './prism-violations.js';
import { checkScenario, operationScenarios, preferForPrism, readScenario, type Scenario } from './scenario.js';
import { exampleRequestBody } from './example-request.js';

export type { Exchange, Finding, FrontServerOptions, PrismTarget, ServerTimeouts } from './exchange.js';
export { newRequestId } from '../http/request-id.js';

/** The front layer's request handler, for requests that arrived before it was attached. */
export type FrontHandler = NodeHandler;

/** The problem the mock answers when it failed itself: never the client's fault. */
function mockFailure(detail: string, instance?: string): Problem {
  return { type: 'https://api.example.com/problems/mock-failure', title: 'Mock failure', status: 500, detail, ...(instance === undefined ? {} : { instance }) };
}

/** Waits until `deadline` (a `performance.now()` time) unless the client goes away first. */
function waitUntil(deadline: number, response: ServerResponse): Promise<void> {
  const ms = deadline - performance.now();
  if (ms <= 0 || response.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      response.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    response.once('close', done);
  });
}

/**
 * Creates the front layer; call `listen()` on it. It never throws on bad input: every refusal is a
 * problem+json answer, even for requests Node's parser refuses.
 * @example
 * const server = createFrontServer({ prismUrl: prism.url });
 * server.listen(4010, '127.0.0.1');
 */
export function createFrontServer(options: FrontServerOptions): Server {
  const server = createMockServer(options.timeouts);
  attachFrontLayer(server, options);
  return server;
}

/**
 * Makes `server` the front layer: its request and 100-continue handlers, and the pipeline's edges when it
 * was not made by `createMockServer`. Returns the request handler.
 * @example
 * attachFrontLayer(createMockServer(), { prism: supervisor });
 */
export function attachFrontLayer(server: Server, options: FrontServerOptions): FrontHandler {
  const routes = options.routes ?? specRoutes();
  const scenarios = operationScenarios();
  const target = options.prism ?? (options.prismUrl !== undefined ? staticTarget(options.prismUrl) : undefined);
  if (target === undefined) throw new TypeError('createFrontServer needs prism or prismUrl');
  const prismClient = createPrismClient(target, options.timeouts?.prismAnswerMs);
  const report = options.onExchange;

  async function judge(request: IncomingMessage, response: ServerResponse, expectsContinue: boolean, exchange: Exchange, abandoned: AbortSignal): Promise<void> {
    const started = performance.now();
    let scenario: Scenario = { delayMs: 0 };
    let bodyConsumed = !hasBody(request);

    const send = async (code: number, headers: OutgoingHttpHeaders, body: Uint8Array | string | undefined): Promise<void> => {
      exchange.status = code;
      // Prefer: delay counts from the request's arrival, so the answer takes at least that long
      await waitUntil(started + scenario.delayMs, response);
      if (abandoned.aborted || response.destroyed || response.headersSent) return;
      const close = !bodyConsumed || expectsContinue;
      response.writeHead(code, { ...openCorsHeaders(request.headers), ...headers, 'X-Request-Id': exchange.requestId, ...(close ? { Connection: 'close' } : {}) });
      response.end(body);
    };
    const answer = (problem: Problem, headers: Record<string, string> = {}): Promise<void> => {
      exchange.errors = problem.errors ?? [];
      const written = problemAnswer(problem, exchange.requestId, headers);
      return send(problem.status, { ...written.headers, 'Content-Length': Buffer.byteLength(written.body) }, written.body);
    };

    const destination = routeRequest(routes, request);
    if (destination.kind === 'refused') return answer(destination.refusal.problem, destination.refusal.headers);
    if (destination.kind === 'options') {
      if (isPreflight(request.method, request.headers)) return send(204, openPreflightHeaders(request.headers, destination.allowed), undefined);
      if (destination.allowed.length === 0) return answer(notFound(destination.instance));
      return send(204, { Allow: allowHeader(destination.allowed) }, undefined);
    }
    const { route, instance, query } = destination;

    const read = readScenario(request.headersDistinct.prefer?.join(', '), query, instance);
    if (!read.ok) return answer(read.problem);
    const unknownScenario = checkScenario(route, scenarios, read.scenario, instance);
    if (unknownScenario) return answer(unknownScenario);
    scenario = read.scenario;

    const head = checkRequestHead(destination, request);
    if ('refusal' in head) return answer(head.refusal.problem, head.refusal.headers);
    let body: Uint8Array | undefined;
    if (route.requestBody !== undefined || hasBody(request)) {
      if (expectsContinue) response.writeContinue();
      expectsContinue = false;
      const sent = await readBody(request, MAX_BODY_BYTES);
      bodyConsumed = !('tooLarge' in sent);
      const judged = checkRequestBody(destination, 'tooLarge' in sent ? sent : { bytes: sent.body });
      if ('refusal' in judged) return answer(judged.refusal.problem, judged.refusal.headers);
      body = judged.bytes;
    }
    if (abandoned.aborted || response.destroyed) return;

    const prefer = preferForPrism(scenario);
    const idempotencyKey = head.values['Idempotency-Key'];
    const prismRequest = (path: string, requestBody: Uint8Array | undefined): PrismRequest => ({
      method: route.method,
      path,
      headers: {
        ...(head.token === undefined ? {} : { authorization: `Bearer ${head.token}` }),
        ...(requestBody === undefined ? {} : { 'content-type': 'application/json' }),
        ...(prefer === undefined ? {} : { prefer }),
        ...(typeof idempotencyKey === 'string' ? { 'idempotency-key': idempotencyKey } : {}),
      },
      ...(requestBody === undefined ? {} : { body: requestBody }),
    });
    const expected = scenario.code ?? scenarios.get(route.operationId)?.success;
    let prism: PrismAnswer;
    try {
      prism = await prismClient.ask(prismRequest(canonicalPath(route, head.values), body), abandoned);
      const rejected = parseViolations(prism.headers['sl-violations']).filter((violation) => violation.location[0] === 'request');
      // Prism cuts a long violation header ("Too many violations!"): an unasked-for 4xx says the same
      const refused = prism.status !== expected && prism.status >= 400 && prism.status < 500;
      if (rejected.length > 0 || refused) {
        // the library's checks are the judge: say what Prism disagreed on, and ask for the answer a
        // request it accepts gets (the mock's answers do not depend on the request's values)
        exchange.findings.push(
          ...(rejected.length > 0
            ? divergences(rejected)
            : [{ kind: 'divergence' as const, message: `Prism answered ${prism.status} to a request the contract accepts; answered as the contract says` }]),
        );
        const exampleValues = Object.fromEntries(route.pathParameterNames.map((name) => [name, EXAMPLE_ID]));
        prism = await prismClient.ask(prismRequest(canonicalPath(route, exampleValues), exampleRequestBody(route)), abandoned);
      }
    } catch (error) {
      if (abandoned.aborted || response.destroyed) return;
      if (!(error instanceof PrismUnavailableError)) throw error;
      exchange.findings.push({ kind: 'mock', message: `Prism could not answer: ${error.message}` });
      // once the supervisor gave up, waiting helps no one: no Retry-After, and the detail says to restart the mock
      if (error.final) return answer(serviceUnavailable(instance, `The mock's Prism process is not answering and will not be restarted: ${error.message}`));
      return answer(serviceUnavailable(instance, `The mock's Prism process is not answering (${error.message}); see the mock's output.`), { 'Retry-After': '1' });
    }
    for (const violation of parseViolations(prism.headers['sl-violations']).filter((v) => v.location[0] === 'response')) {
      exchange.findings.push({ kind: 'mock', message: `Prism's answer breaks the contract (${violation.location.slice(1).join('.')}: ${violation.message})` });
    }
    if (prism.status !== expected) {
      exchange.findings.push({ kind: 'mock', message: `Prism answered ${prism.status} where ${expected} was asked for` });
      return answer(mockFailure(`The mock's Prism answered ${prism.status} where the request asks for ${expected}; this is a bug of the mock, not of your request.`, instance));
    }
    exchange.answeredBy = 'prism';
    return send(prism.status, answerHeaders(route, prism), prism.body);
  }

  const handle: NodeHandler = (request, response, expectsContinue) => {
    const started = performance.now();
    // 0 until an answer is chosen: a client may leave before that
    const exchange: Exchange = { requestId: newRequestId(), method: request.method ?? 'GET', target: request.url ?? '/', status: 0, durationMs: 0, answeredBy: 'mock', outcome: 'sent', errors: [], findings: [] };
    // a client that closes its side of the connection is gone (as nginx takes it: its 499)
    const abandon = new AbortController();
    response.once('close', () => {
      if (!response.writableFinished) abandon.abort();
      exchange.durationMs = performance.now() - started;
      exchange.outcome = response.writableFinished ? 'sent' : 'client-closed';
      report?.(exchange);
    });
    judge(request, response, expectsContinue, exchange, abandon.signal).catch((error: unknown) => {
      exchange.findings.push({ kind: 'mock', message: `the front layer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
      // the last resort: a request that failed in the front layer itself still gets a problem, never a hang
      if (response.headersSent || response.destroyed) response.destroy();
      else writeProblem(response, mockFailure(`The mock failed on this request (${error instanceof Error ? error.name : 'error'}); this is a bug of the mock, not of your request.`), exchange.requestId);
    });
  };

  // a server made elsewhere (`createServer({ requireHostHeader: false })`) gets the pipeline's edges too
  if (server.listenerCount('checkExpectation') === 0) attachEdges(server, { ...(options.timeouts ? { timeouts: options.timeouts } : {}), edgeHeaders: (headers) => openCorsHeaders(headers ?? {}) });
  serveRequests(server, handle);
  server.once('close', () => void prismClient.close());
  return handle;
}
