/**
 * The `node:http` layer in front of Prism. It judges every request itself, in the order the API does
 * (target, route, scenario, token, Accept, parameters, body) with the library's own checks, and answers
 * each refusal with the spec's problem+json; Prism only ever sees a request the front layer rebuilt from
 * what it checked, and only picks the answer. What Prism still rejects is logged as a divergence and
 * answered as the contract says. If Prism's process goes away, the request waits for the restarted one.
 * @module
 */
import { createServer, Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { operations } from '../../generated/validators.js';
import { allowHeader, specRoutes, type SpecRoute } from '../spec/routes.js';
import type { ValidationIssue } from '../validation/messages.js';
import {
  BEARER_CHALLENGE,
  MAX_BODY_BYTES,
  PROBLEM_CONTENT_TYPE,
  badRequest,
  expectationFailed,
  notFound,
  problemInstance,
  serviceUnavailable,
  type Problem,
} from '../validation/problem.js';
import { corsHeaders, isPreflight, preflightHeaders } from './cors.js';
import { hasBody } from './forwarding.js';
import { answerClientError, answerOnSocket } from './problem-response.js';
import { parseViolations, type PrismViolation } from './prism-violations.js';
import { readBody } from './read-body.js';
import { parseRequestTarget } from '../validation/request-target.js';
import { MockStartError } from './prism.js';
import { checkRequestBody, checkRequestHead, routeRequest } from './request-judge.js';
import { checkScenario, operationScenarios, preferForPrism, readScenario, type OperationScenarios, type Scenario } from './scenario.js';
import { exampleRequestBody } from './example-request.js';

/** Something the log should say about an exchange beyond its status, in a sentence. */
export interface Finding {
  /**
   * `request`: the request breaks the contract (proxy); `response`: the answer breaks it;
   * `upstream`: the upstream failed (down, too slow); `divergence`: Prism judged a request unlike the
   * library; `mock`: the mock itself failed
   */
  kind: 'request' | 'response' | 'upstream' | 'divergence' | 'mock';
  message: string;
  /** for a broken rule of a body or parameter: where */
  pointer?: string;
}

/** One request and how it was answered, for the access log. */
export interface Exchange {
  method: string;
  /** path and query, as requested */
  target: string;
  /** the status answered (or chosen, when the client left before it was sent); 0 when the client left before one was chosen */
  status: number;
  durationMs: number;
  /**
   * `mock`: the front layer answered itself; `prism`: Prism picked the answer; `upstream`: the validation
   * proxy's server answered; `proxy`: the validation proxy answered itself (upstream down or too slow)
   */
  answeredBy: 'mock' | 'prism' | 'upstream' | 'proxy';
  /** `sent`, or `client-closed` when the client closed the connection before the whole answer was sent */
  outcome: 'sent' | 'client-closed';
  /** the broken rules the front layer's problem listed */
  errors: ValidationIssue[];
  /** anything else worth a line: divergences, contract violations, upstream failures */
  findings: Finding[];
}

/** Where the front layer finds Prism, and how it learns that Prism came back after a failure. */
export interface PrismTarget {
  /** Prism's URL once it answers; rejects when there is no Prism to be had */
  url(): Promise<string>;
  /** after a connection to `failedUrl` failed: the URL to try again (a restarted Prism), or a rejection */
  recover(failedUrl: string): Promise<string>;
}

/** Node's HTTP server timeouts, in milliseconds. */
export interface ServerTimeouts {
  /** time to receive a request's headers (Node's `headersTimeout`) */
  headersMs?: number;
  /** time to receive a whole request (Node's `requestTimeout`) */
  requestMs?: number;
  /** how often Node checks both (Node's `connectionsCheckingInterval`) */
  checkIntervalMs?: number;
  /** time Prism has to answer one request before the client gets a 503 (default 15 s; Prism takes milliseconds) */
  prismAnswerMs?: number;
}

/** How the front layer runs. */
export interface FrontServerOptions {
  /** a Prism that is not supervised, such as `http://127.0.0.1:43121` */
  prismUrl?: string;
  /** a supervised Prism (restarted when it dies); takes precedence over `prismUrl` */
  prism?: PrismTarget;
  /** receives every exchange once its answer is sent, or once the client went away */
  onExchange?: (exchange: Exchange) => void;
  /** the operations to route; defaults to the bundled spec's */
  routes?: SpecRoute[];
  timeouts?: ServerTimeouts;
}

/** A new request id, as the contract's `X-Request-Id` header carries it. */
export function newRequestId(): string {
  return `req_${randomBytes(8).toString('hex')}`;
}

/** The answer Prism gave, read in full (mock answers are small). */
interface PrismAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What the front layer sends Prism: rebuilt from what it checked, never the client's bytes. */
interface PrismRequest {
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  body?: Uint8Array;
}

/** Prism could not be reached, even after waiting for a restart; `final` once the supervisor gave up on it. */
class PrismUnavailableError extends Error {
  constructor(
    message: string,
    readonly final = false,
  ) {
    super(message);
  }
}

/** Prism took longer than `prismAnswerMs` over one request: it is alive but stuck, so it is not asked again. */
class PrismTimeoutError extends Error {}

/** The default of `ServerTimeouts.prismAnswerMs`. */
const PRISM_ANSWER_MS = 15_000;

/** A valid UUID for the example request Prism is asked again with after a divergence. */
const EXAMPLE_ID = '00000000-0000-4000-8000-000000000000';

function staticTarget(url: string): PrismTarget {
  return { url: () => Promise.resolve(url), recover: () => Promise.reject(new PrismUnavailableError('Prism is not supervised')) };
}

/** The route's path with checked parameter values, and its declared query parameters, percent-encoded anew. */
function canonicalPath(route: SpecRoute, values: Record<string, string | number>): string {
  const path = route.template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
  const query = new URLSearchParams();
  for (const parameter of route.parameterList) {
    if (parameter.in === 'query' && values[parameter.name] !== undefined) query.append(parameter.name, String(values[parameter.name]));
  }
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}

const RETRY_AFTER = /^(?:0|[1-9][0-9]{0,4})$/;
const MAX_RETRY_AFTER_S = 86_400;

/**
 * The headers of an answer Prism picked, made to keep the contract: this request's id, a real Bearer
 * challenge, the created webhook's own `Location`, a `Retry-After` in range; Prism's CORS, violation and
 * replay headers left behind (the mock keeps no idempotency record, so it never replays).
 */
function answerHeaders(route: SpecRoute, answer: PrismAnswer): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const contentType = answer.headers['content-type'];
  if (contentType !== undefined && answer.body.length > 0) headers['Content-Type'] = contentType;
  headers['Content-Length'] = answer.body.length;
  const declared = (operations[route.operationId as keyof typeof operations]?.responses as Record<string, { headers: readonly string[] }> | undefined)?.[String(answer.status)]?.headers ?? [];
  for (const name of declared) {
    const lower = name.toLowerCase();
    if (lower === 'www-authenticate') headers['WWW-Authenticate'] = BEARER_CHALLENGE;
    else if (lower === 'location') {
      let id: unknown;
      try {
        id = (JSON.parse(answer.body.toString('utf8')) as { id?: unknown }).id;
      } catch {
        // not JSON: no id to point at
      }
      if (typeof id === 'string' && id !== '') headers.Location = `${route.template}/${encodeURIComponent(id)}`;
    } else if (lower === 'retry-after') {
      const value = answer.headers['retry-after'];
      if (typeof value === 'string' && RETRY_AFTER.test(value) && Number(value) <= MAX_RETRY_AFTER_S) headers['Retry-After'] = value;
      else if (answer.status === 429) headers['Retry-After'] = '30';
    }
  }
  return headers;
}

/** One finding per place of the request Prism rejected although the library's checks passed it (its first, most specific, message). */
function divergences(violations: readonly PrismViolation[]): Finding[] {
  const byPlace = new Map<string, string>();
  for (const violation of violations) {
    const place = violation.location.slice(1).join('.') || 'request';
    if (!byPlace.has(place)) byPlace.set(place, violation.message);
  }
  return [...byPlace].map(([place, message]) => ({
    kind: 'divergence' as const,
    message: `Prism rejects what the contract allows (${place}: ${message}); answered as the contract says`,
  }));
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
  const timeouts = options.timeouts ?? {};
  const server = createServer({ requireHostHeader: false, ...(timeouts.checkIntervalMs === undefined ? {} : { connectionsCheckingInterval: timeouts.checkIntervalMs }) });
  attachFrontLayer(server, options);
  return server;
}

/** The front layer's request handler, for requests that arrived before it was attached. */
export type FrontHandler = (request: IncomingMessage, response: ServerResponse, expectsContinue: boolean) => void;

/**
 * Makes `server` (created with `requireHostHeader: false`) the front layer: its request, 100-continue,
 * expectation, parse-error and CONNECT handlers. Returns the request handler.
 * @example
 * const server = createServer({ requireHostHeader: false });
 * attachFrontLayer(server, { prism: supervisor });
 */
export function attachFrontLayer(server: Server, options: FrontServerOptions): FrontHandler {
  const routes = options.routes ?? specRoutes();
  const scenarios: Map<string, OperationScenarios> = operationScenarios();
  const target = options.prism ?? (options.prismUrl !== undefined ? staticTarget(options.prismUrl) : undefined);
  if (target === undefined) throw new TypeError('createFrontServer needs prism or prismUrl');
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const report = options.onExchange;
  const prismAnswerMs = options.timeouts?.prismAnswerMs ?? PRISM_ANSWER_MS;

  /** Sends one request to Prism and reads the whole answer; rejects on a connection failure. */
  function askOnce(base: string, prismRequest: PrismRequest, response: ServerResponse): Promise<PrismAnswer> {
    const prism = new URL(base);
    return new Promise((resolve, reject) => {
      const upstream = httpRequest({ host: prism.hostname, port: prism.port, method: prismRequest.method, path: prismRequest.path, headers: prismRequest.headers, agent });
      // the client went away: stop the work it asked for
      const abandon = () => upstream.destroy();
      response.once('close', abandon);
      // a Prism that accepts a request and never answers must not hold the client for ever
      const stuck = setTimeout(() => upstream.destroy(new PrismTimeoutError(`Prism did not answer within ${prismAnswerMs / 1000} s`)), prismAnswerMs);
      const settle = () => {
        clearTimeout(stuck);
        response.off('close', abandon);
      };
      upstream.once('response', (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.once('end', () => {
          settle();
          resolve({ status: answer.statusCode ?? 500, headers: answer.headers, body: Buffer.concat(chunks) });
        });
        answer.once('error', (error) => {
          settle();
          reject(error);
        });
      });
      upstream.once('error', (error) => {
        settle();
        reject(error);
      });
      upstream.end(prismRequest.body);
    });
  }

  /** Asks Prism; when its connection fails, waits for a restarted Prism and asks once more. */
  async function ask(prismRequest: PrismRequest, response: ServerResponse): Promise<PrismAnswer> {
    let base: string;
    try {
      base = await target!.url();
    } catch (error) {
      throw new PrismUnavailableError(error instanceof Error ? error.message : String(error), error instanceof MockStartError);
    }
    try {
      return await askOnce(base, prismRequest, response);
    } catch (error) {
      if (response.destroyed) throw error;
      if (error instanceof PrismTimeoutError) throw new PrismUnavailableError(error.message);
      let again: string;
      try {
        // the mock is stateless, so asking again is safe for every method
        again = await target!.recover(base);
      } catch (failure) {
        throw new PrismUnavailableError(failure instanceof Error ? failure.message : String(failure), failure instanceof MockStartError);
      }
      try {
        return await askOnce(again, prismRequest, response);
      } catch (second) {
        throw new PrismUnavailableError(`Prism did not answer (${(second as NodeJS.ErrnoException).code ?? String(second)})`);
      }
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse, expectsContinue: boolean): Promise<void> {
    const findings: Finding[] = [];
    try {
      await judge(request, response, expectsContinue, findings);
    } catch (error) {
      findings.push({ kind: 'mock', message: `the front layer failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` });
      fail(response, error);
    }
  }

  async function judge(request: IncomingMessage, response: ServerResponse, expectsContinue: boolean, findings: Finding[]): Promise<void> {
    const started = performance.now();
    const requestId = newRequestId();
    const method = request.method ?? 'GET';
    const rawTarget = request.url ?? '/';
    let scenario: Scenario = { delayMs: 0 };
    let errors: ValidationIssue[] = [];
    let answeredBy: Exchange['answeredBy'] = 'mock';
    // 0 until an answer is chosen: a client may leave before that
    let status = 0;
    let bodyConsumed = !hasBody(request);
    // a client that closes its side of the connection is gone (as nginx takes it: its 499)
    let clientGone = false;
    response.once('close', () => {
      if (!response.writableFinished) clientGone = true;
    });
    if (report) {
      response.once('close', () =>
        report({
          method,
          target: rawTarget,
          status,
          durationMs: performance.now() - started,
          answeredBy,
          outcome: response.writableFinished ? 'sent' : 'client-closed',
          errors,
          findings,
        }),
      );
    }

    const send = async (code: number, headers: OutgoingHttpHeaders, body: Uint8Array | undefined): Promise<void> => {
      status = code;
      // Prefer: delay counts from the request's arrival, so the answer takes at least that long
      await waitUntil(started + scenario.delayMs, response);
      if (clientGone || response.destroyed || response.headersSent) return;
      const close = !bodyConsumed || expectsContinue;
      response.writeHead(code, { ...corsHeaders(request), ...headers, 'X-Request-Id': requestId, ...(close ? { Connection: 'close' } : {}) });
      response.end(body);
    };
    const answer = (problem: Problem, headers: OutgoingHttpHeaders = {}): Promise<void> => {
      errors = problem.errors ?? [];
      const body = Buffer.from(JSON.stringify(problem));
      return send(problem.status, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Length': body.length, ...headers }, body);
    };

    const destination = routeRequest(routes, request);
    if (destination.kind === 'refused') return answer(destination.refusal.problem, destination.refusal.headers);
    if (destination.kind === 'options') {
      if (isPreflight(request)) return send(204, preflightHeaders(request, destination.allowed), undefined);
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
    const { token } = head;
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
    if (clientGone || response.destroyed) return;

    const prefer = preferForPrism(scenario);
    const prismRequest = (path: string, requestBody: Uint8Array | undefined): PrismRequest => ({
      method: route.method,
      path,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(requestBody === undefined ? {} : { 'content-type': 'application/json', 'content-length': requestBody.length }),
        ...(prefer === undefined ? {} : { prefer }),
        ...(typeof head.values['Idempotency-Key'] === 'string' ? { 'idempotency-key': head.values['Idempotency-Key'] } : {}),
      },
      ...(requestBody === undefined ? {} : { body: requestBody }),
    });
    const expected = scenario.code ?? scenarios.get(route.operationId)?.success;
    let prism: PrismAnswer;
    try {
      prism = await ask(prismRequest(canonicalPath(route, head.values), body), response);
      const rejected = parseViolations(prism.headers['sl-violations']).filter((violation) => violation.location[0] === 'request');
      // Prism cuts a long violation header ("Too many violations!"): an unasked-for 4xx says the same
      const refused = prism.status !== expected && prism.status >= 400 && prism.status < 500;
      if (rejected.length > 0 || refused) {
        // the library's checks are the judge: say what Prism disagreed on, and ask for the answer a
        // request it accepts gets (the mock's answers do not depend on the request's values)
        findings.push(
          ...(rejected.length > 0
            ? divergences(rejected)
            : [{ kind: 'divergence' as const, message: `Prism answered ${prism.status} to a request the contract accepts; answered as the contract says` }]),
        );
        const exampleValues = Object.fromEntries(route.pathParameterNames.map((name) => [name, EXAMPLE_ID]));
        prism = await ask(prismRequest(canonicalPath(route, exampleValues), exampleRequestBody(route)), response);
      }
    } catch (error) {
      if (clientGone || response.destroyed) return;
      if (!(error instanceof PrismUnavailableError)) throw error;
      findings.push({ kind: 'mock', message: `Prism could not answer: ${error.message}` });
      // once the supervisor gave up, waiting helps no one: no Retry-After, and the detail says to restart the mock
      if (error.final) return answer(serviceUnavailable(instance, `The mock's Prism process is not answering and will not be restarted: ${error.message}`));
      return answer(serviceUnavailable(instance, `The mock's Prism process is not answering (${error.message}); see the mock's output.`), { 'Retry-After': '1' });
    }
    for (const violation of parseViolations(prism.headers['sl-violations']).filter((v) => v.location[0] === 'response')) {
      findings.push({ kind: 'mock', message: `Prism's answer breaks the contract (${violation.location.slice(1).join('.')}: ${violation.message})` });
    }
    if (prism.status !== expected) {
      findings.push({ kind: 'mock', message: `Prism answered ${prism.status} where ${expected} was asked for` });
      return answer({
        type: 'https://api.example.com/problems/mock-failure',
        title: 'Mock failure',
        status: 500,
        detail: `The mock's Prism answered ${prism.status} where the request asks for ${expected}; this is a bug of the mock, not of your request.`,
        instance,
      });
    }
    answeredBy = 'prism';
    return send(prism.status, answerHeaders(route, prism), prism.body);
  }

  const timeouts = options.timeouts ?? {};
  server.on('request', (request: IncomingMessage, response: ServerResponse) => void handle(request, response, false));
  // answer an oversized body or a wrong Content-Type before the client sends the body
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => void handle(request, response, true));
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const body = JSON.stringify(expectationFailed(problemInstance(parseTargetPath(request.url))));
    response.writeHead(417, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Length': Buffer.byteLength(body), 'X-Request-Id': newRequestId(), ...corsHeaders(request), Connection: 'close' });
    response.end(body);
  });
  // Node's parser refused the request (bad syntax, huge headers, too slow): still a problem+json
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerClientError(error, socket, 'check its request line and headers', newRequestId()));
  // the API is not a proxy: a CONNECT gets a problem rather than a silently closed connection
  server.on('connect', (_request: IncomingMessage, socket: Socket) => {
    answerOnSocket(socket, badRequest('The API does not tunnel connections; CONNECT is not one of its methods.'), newRequestId());
  });
  if (timeouts.headersMs !== undefined) server.headersTimeout = timeouts.headersMs;
  if (timeouts.requestMs !== undefined) server.requestTimeout = timeouts.requestMs;
  server.once('close', () => agent.destroy());
  return (request, response, expectsContinue) => void handle(request, response, expectsContinue);
}

/** The path part of a request target, for a problem's `instance` where the target is not checked. */
function parseTargetPath(target: string | undefined): string {
  const parsed = parseRequestTarget(target ?? '/');
  return parsed.ok && parsed.form !== 'asterisk' ? parsed.pathname : '/';
}

/** The last resort: a request that failed in the front layer itself still gets a problem, never a hang. */
function fail(response: ServerResponse, error: unknown): void {
  if (response.headersSent || response.destroyed) {
    response.destroy();
    return;
  }
  const body = JSON.stringify({
    type: 'https://api.example.com/problems/mock-failure',
    title: 'Mock failure',
    status: 500,
    detail: `The mock failed on this request (${error instanceof Error ? error.name : 'error'}); this is a bug of the mock, not of your request.`,
  });
  response.writeHead(500, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Length': Buffer.byteLength(body), 'X-Request-Id': newRequestId() });
  response.end(body);
}
