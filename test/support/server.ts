/**
 * The reference server for tests, in-process: two accounts with fixed API keys, an injected resolver (no
 * DNS), a captured log, and a `send` that checks every answer against the contract (documented status,
 * media type, required headers, body schema, an `X-Request-Id` made by the server) before returning it.
 */
import { expect } from 'vitest';
import { checkResponse } from '../../src/validation/contract-check.js';
import { buildSandbox, buildServer, type BuiltServer, type SandboxOptions, type ServerOptions } from '../../src/server/server.js';
import { findRoute, specRoutes } from '../../src/spec/routes.js';
import { validateSchema } from '../../src/validation/validate.js';
import { testResolver } from './resolver.js';

export { testResolver };

export const ALICE_KEY = 'sk_test_alice_0123456789';
export const BOB_KEY = 'sk_test_bob_0123456789ab';
export const API_KEYS = `${ALICE_KEY}=alice,${BOB_KEY}=bob`;
/** a fixed SECRETS_KEY for tests (32 bytes of hex) */
export const SECRETS_KEY = '4f'.repeat(32);
export const ALICE = { authorization: `Bearer ${ALICE_KEY}` } as const;
/** the platform's own services' key (PLATFORM_KEYS), for `POST /v1/events` */
export const PLATFORM_KEY = 'pk_test_platform_0123456789';
export const PLATFORM = { authorization: `Bearer ${PLATFORM_KEY}` } as const;
export const BOB = { authorization: `Bearer ${BOB_KEY}` } as const;

/** A log kept in memory, line by line. */
export class CapturedLog {
  text = '';
  readonly stream = {
    write: (chunk: string | Uint8Array) => {
      this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
  } as unknown as NodeJS.WritableStream;

  lines(): Record<string, unknown>[] {
    return this.text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

export interface TestServer extends BuiltServer {
  log: CapturedLog;
}

/**
 * The reference server on `:memory:` (or `databasePath`), with the test accounts and resolver. Its sender
 * does not run by itself (`delivery.autoStart: false`): a test that delivers drives it with
 * `server.deliveries.runOnce()`, or asks for `delivery: { autoStart: true }`.
 */
export async function testServer(options: ServerOptions = {}): Promise<TestServer> {
  const log = new CapturedLog();
  const server = await buildServer({
    databasePath: ':memory:',
    apiKeys: API_KEYS,
    platformKeys: PLATFORM_KEY,
    secretsKey: SECRETS_KEY,
    resolve: testResolver,
    log: { stream: log.stream },
    // EC keys are made in a millisecond; RSA ones (the default) take 50-500 ms of CPU per server
    signingKeyAlgorithm: 'ES256',
    ...options,
    delivery: { autoStart: false, ...options.delivery },
  });
  return Object.assign(server, { log });
}

/** The sandbox, with the test resolver and a captured log; its sender, too, runs only when driven. */
export async function testSandbox(options: SandboxOptions = {}): Promise<TestServer> {
  const log = new CapturedLog();
  const sandbox = await buildSandbox({ resolve: testResolver, log: { stream: log.stream }, signingKeyAlgorithm: 'ES256', ...options, delivery: { autoStart: false, ...options.delivery } });
  return Object.assign(sandbox, { log });
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** the raw body */
  text: string;
  /** the parsed body (undefined when empty) */
  body: any;
}

export interface Request {
  method: string;
  url: string;
  headers?: Record<string, string | undefined>;
  /** an object is sent as JSON with Content-Type application/json */
  body?: unknown;
}

const routes = specRoutes();

/**
 * The contract violations of one answer. Answers of operations are checked with `checkResponse`; others
 * (404 for an unknown path, 405) must be a valid problem. Every answer needs a server-made X-Request-Id.
 */
export async function contractViolations(method: string, url: string, answer: { status: number; headers: Record<string, string>; text: string }): Promise<string[]> {
  const violations: string[] = [];
  const requestId = answer.headers['x-request-id'];
  if (!requestId || !/^req_[0-9a-f]{32}$/.test(requestId)) violations.push(`X-Request-Id is ${requestId ?? 'missing'}`);
  const pathname = url.split('?')[0]!;
  const route = findRoute(routes, method, pathname);
  if (route && answer.status !== 405 && !(answer.status === 404 && !route.pattern.test(pathname))) {
    const response = new Response(answer.status === 204 ? null : answer.text, { status: answer.status, headers: answer.headers });
    violations.push(...(await checkResponse(method, route.template, response)).map((violation) => `${violation.message} ${JSON.stringify(violation.errors)}`));
  } else if (method !== 'HEAD') {
    if (!answer.headers['content-type']?.startsWith('application/problem+json')) violations.push(`content type ${answer.headers['content-type']}`);
    const problem = validateSchema('Problem', JSON.parse(answer.text));
    if (!problem.ok) violations.push(`not a Problem: ${JSON.stringify(problem.errors)}`);
  }
  return violations;
}

function flatHeaders(headers: Record<string, string | string[] | number | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : String(value);
  return flat;
}

/**
 * Sends one request with `inject`, asserts that the answer keeps the contract (and is no 5xx, unless
 * `faults` says the test faults the server on purpose), and returns it.
 * @example
 * const { status, body } = await send(server, { method: 'GET', url: '/v1/webhooks', headers: ALICE });
 */
export async function send(server: BuiltServer, request: Request, options: { faults?: boolean } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) if (value !== undefined) headers[name] = value;
  let payload: string | Buffer | undefined;
  if (request.body !== undefined) {
    payload = typeof request.body === 'string' || Buffer.isBuffer(request.body) ? request.body : JSON.stringify(request.body);
    if (typeof request.body !== 'string' && !Buffer.isBuffer(request.body)) headers['content-type'] ??= 'application/json';
  }
  const response = await server.app.inject({ method: request.method as 'GET', url: request.url, headers, ...(payload === undefined ? {} : { payload }) });
  const answer = { status: response.statusCode, headers: flatHeaders(response.headers), text: response.body };
  expect(await contractViolations(request.method, request.url, answer), `${request.method} ${request.url} → ${answer.status}`).toEqual([]);
  if (!options.faults) expect(answer.status, `${request.method} ${request.url}: never a 5xx`).toBeLessThan(500);
  return { ...answer, body: answer.text === '' ? undefined : JSON.parse(answer.text) };
}

/** Creates a webhook as `auth` and returns its body. */
export async function createWebhook(server: BuiltServer, auth: Record<string, string>, body: Record<string, unknown>): Promise<any> {
  const answer = await send(server, { method: 'POST', url: '/v1/webhooks', headers: auth, body });
  expect(answer.status, answer.text).toBe(201);
  // the webhook as every later read shows it: a secret the server generated is answered this once only
  const { secret, ...webhook } = answer.body as Record<string, unknown>;
  expect(secret === undefined || (body.secret === undefined && /^whsec_[A-Za-z0-9+/]{43}=$/.test(String(secret)))).toBe(true);
  return webhook;
}
