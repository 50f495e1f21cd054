/**
 * The validation proxy in front of a backend: every request reaches the backend as sent and every answer
 * comes back as given; what breaks the contract on either side is reported in the library's words
 * (never raw Ajv), a refusal with the wrong status is reported, and a backend that is down, answers
 * HTML or invalid JSON, or never answers, is reported for what it is.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { formatExchange } from '../../src/mock/access-log.js';
import type { Exchange } from '../../src/mock/front-server.js';
import { startValidationProxy, type RunningValidationProxy } from '../../src/mock/start-mock.js';
import { validateSchema } from '../../src/validation/validate.js';
import { validateWebhookCreate } from '../../src/validation/index.js';
import { minimalCreate } from '../support/bodies.js';
import { AUTH, WEBHOOK_ID } from '../support/mock.js';
import { HOSTILE_REQUESTS, runHostileRequests } from '../support/hostile-requests.js';
import { freePort } from '../support/ports.js';
import { namedExamples } from '../support/spec.js';

const example = (operationId: string, where: string) => namedExamples().find((e) => e.operationId === operationId && e.where === where)!.value as Record<string, unknown>;
const listPage = example('listWebhooks', '200');
const webhook = example('getWebhook', '200');
const UPSTREAM_TIMEOUT_MS = 1_500;
const JSON_HEADERS = { ...AUTH, 'Content-Type': 'application/json' };

let backend: Server;
let backendUrl: string;
let proxy: RunningValidationProxy;
const received: { method: string; url: string; body: string }[] = [];
const exchanges: Exchange[] = [];

/** How the backend answers: the `X-Backend` header of the request picks a behaviour. */
function answerAsBackend(request: IncomingMessage, body: string, response: ServerResponse): void {
  const behaviour = request.headers['x-backend'];
  const send = (status: number, value: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': 'req_backend', ...headers });
    response.end(typeof value === 'string' ? value : JSON.stringify(value));
  };
  const problem = (status: number, title: string) => ({ type: 'https://api.example.com/problems/x', title, status });
  switch (behaviour) {
    case 'accept-anything':
      return send(201, webhook, { Location: `/v1/webhooks/${String(webhook.id)}` });
    case 'refuse-as-contract':
      return send(422, problem(422, 'Validation failed'), { 'Content-Type': 'application/problem+json' });
    case 'leak-secret':
      return send(200, { ...webhook, secret: 'whsec_leaked_by_the_backend' });
    case 'not-found-as-json':
      return send(404, { error: 'not found' });
    case 'crash-as-html':
      response.writeHead(500, { 'Content-Type': 'text/html', 'X-Request-Id': 'req_backend' });
      return void response.end('<html><body>Internal Server Error</body></html>');
    case 'invalid-json':
      return send(200, '{"object":"webhook",');
    case 'never-answer':
      return;
    default:
      if (request.method === 'GET' && request.url?.startsWith('/v1/webhooks?')) return send(200, listPage);
      if (!request.headers.authorization) return send(401, problem(401, 'Unauthorized'), { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer realm="webhooks"' });
      return send(200, webhook);
  }
  void body;
}

beforeAll(async () => {
  backend = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method!, url: request.url!, body });
      answerAsBackend(request, body, response);
    });
  });
  const backendPort = await freePort();
  await new Promise<void>((resolve) => backend.listen(backendPort, '127.0.0.1', resolve));
  backendUrl = `http://127.0.0.1:${backendPort}`;
  proxy = await startValidationProxy({ upstream: backendUrl, port: 0, upstreamTimeoutMs: UPSTREAM_TIMEOUT_MS, onExchange: (exchange) => exchanges.push(exchange) });
});

afterAll(async () => {
  await proxy?.close();
  backend?.closeAllConnections();
  await new Promise((resolve) => backend?.close(resolve));
});

/** The exchange the proxy reported for the last request to `target`, once it is reported. */
async function reported(method: string, target: string): Promise<Exchange> {
  for (let i = 0; i < 100; i++) {
    const found = exchanges.filter((e) => e.method === method && e.target === target).at(-1);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no exchange reported for ${method} ${target}`);
}

/** Sends a request through the proxy and waits for its report. */
async function through(method: string, target: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<{ response: Response; text: string; exchange: Exchange }> {
  exchanges.length = 0;
  const response = await fetch(`${proxy.url}${target}`, { method, ...init });
  const text = await response.text();
  return { response, text, exchange: await reported(method, target) };
}

const messages = (exchange: Exchange) => exchange.findings.map((f) => `${f.kind}${f.pointer === undefined ? '' : ` ${f.pointer}`}: ${f.message}`);

describe('the validation proxy lets everything through', () => {
  it('passes a conforming exchange through untouched and reports nothing', async () => {
    const { response, text, exchange } = await through('GET', '/v1/webhooks?limit=2', { headers: AUTH });
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual(listPage);
    expect(response.headers.get('x-request-id')).toBe('req_backend');
    expect(received.at(-1)).toMatchObject({ method: 'GET', url: '/v1/webhooks?limit=2' });
    expect(exchange).toMatchObject({ status: 200, answeredBy: 'upstream', outcome: 'sent', findings: [] });
  });

  it('sends a request that breaks the contract on to the backend, and reports each broken rule in words', async () => {
    const body = JSON.stringify({ ...minimalCreate, url: 'http://hooks.example.com/in' });
    const { response, exchange } = await through('POST', '/v1/webhooks', { headers: { ...JSON_HEADERS, 'X-Backend': 'refuse-as-contract' }, body });
    expect(response.status).toBe(422);
    expect(received.at(-1)).toEqual({ method: 'POST', url: '/v1/webhooks', body });
    expect(messages(exchange)).toEqual([
      'request /url: url must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks',
    ]);
  });

  it("uses the library's sentences: one per broken rule, no raw Ajv, no repeats", async () => {
    const create = { url: 'https://a.example.com', enabled_events: ['*'], oidc_client_id: 'x', oidc_client_secret: 'y', oidc_token_endpoint: 'https://t.example.com', oidc_scope: 'a', oidc_access_token_ttl_seconds: 60 };
    const { exchange } = await through('POST', '/v1/webhooks', { headers: { ...JSON_HEADERS, 'X-Backend': 'refuse-as-contract' }, body: JSON.stringify(create) });
    const library = validateWebhookCreate(create);
    expect(library.ok).toBe(false);
    expect(exchange.findings).toEqual(library.ok ? [] : library.errors.map(({ pointer, message }) => ({ kind: 'request', pointer, message })));
    const text = formatExchange(exchange);
    expect(text).not.toMatch(/oneOf|boolean schema|must match/);
    expect(new Set(exchange.findings.map((f) => f.message)).size).toBe(exchange.findings.length);
  });

  it.each([
    ['malformed JSON', { ...JSON_HEADERS }, '{bad', 400, 'request: Malformed JSON: The request body is not valid JSON'],
    ['no bearer token', { 'Content-Type': 'application/json' }, JSON.stringify(minimalCreate), 401, 'request: Unauthorized: The request has no Authorization header.'],
    ['a form body', { ...AUTH, 'Content-Type': 'application/x-www-form-urlencoded' }, 'url=x', 415, 'request: Unsupported media type'],
  ])('lets a request with %s reach the backend, and reports the status the contract gives it when the backend differs', async (_, headers, body, status, finding) => {
    const before = received.length;
    const { response, exchange } = await through('POST', '/v1/webhooks', { headers: { ...headers, 'X-Backend': 'accept-anything' }, body });
    expect(received.length).toBe(before + 1);
    expect(response.status).toBe(201);
    const lines = messages(exchange);
    expect(lines[0]).toContain(finding);
    expect(lines).toContain(`response: the request breaks the contract, which answers it ${status} (${lines[0]!.split(': ')[1]}); the upstream answered 201`);
  });

  it('reports nothing more when the backend refuses a bad request the way the contract says', async () => {
    const { response, exchange } = await through('GET', '/v1/webhooks/me');
    expect(response.status).toBe(401);
    expect(messages(exchange)).toEqual(['request: Unauthorized: The request has no Authorization header. Send your API key as "Authorization: Bearer <api key>".']);
  });
});

describe('the validation proxy reports each answer for what it is', () => {
  it('passes on an answer that breaks the contract, and reports each broken rule without repeating the secret', async () => {
    const { response, text, exchange } = await through('GET', `/v1/webhooks/${WEBHOOK_ID}`, { headers: { ...AUTH, 'X-Backend': 'leak-secret' } });
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ secret: 'whsec_leaked_by_the_backend' });
    expect(messages(exchange)).toEqual(['response: the body is not a valid Webhook', 'response /secret: secret is not a known field']);
    expect(formatExchange(exchange)).not.toContain('whsec_leaked_by_the_backend');
  });

  it('reports a 404 sent as application/json', async () => {
    const { response, exchange } = await through('GET', `/v1/webhooks/${WEBHOOK_ID}`, { headers: { ...AUTH, 'X-Backend': 'not-found-as-json' } });
    expect(response.status).toBe(404);
    expect(messages(exchange)).toContain('response: the content type is application/json; the contract says application/problem+json');
  });

  it('reports a 500 sent as HTML', async () => {
    const { response, text, exchange } = await through('GET', `/v1/webhooks/${WEBHOOK_ID}`, { headers: { ...AUTH, 'X-Backend': 'crash-as-html' } });
    expect(response.status).toBe(500);
    expect(text).toContain('Internal Server Error');
    expect(messages(exchange)).toEqual(['response: status 500 is not documented for getWebhook']);
  });

  it('reports a body that is not JSON', async () => {
    const { response, exchange } = await through('GET', `/v1/webhooks/${WEBHOOK_ID}`, { headers: { ...AUTH, 'X-Backend': 'invalid-json' } });
    expect(response.status).toBe(200);
    expect(messages(exchange)).toEqual(['response: the body is not valid JSON']);
  });

  it('answers 504 and reports a backend that does not answer in time', async () => {
    const started = performance.now();
    const { response, text, exchange } = await through('GET', `/v1/webhooks/${WEBHOOK_ID}`, { headers: { ...AUTH, 'X-Backend': 'never-answer' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(UPSTREAM_TIMEOUT_MS - 50);
    expect(response.status).toBe(504);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = JSON.parse(text) as Record<string, unknown>;
    expect(validateSchema('Problem', problem).ok).toBe(true);
    expect(problem.detail).toBe('The upstream did not answer within 1.5 s.');
    expect(exchange).toMatchObject({ status: 504, answeredBy: 'proxy' });
    expect(messages(exchange)).toEqual(['upstream: the upstream did not send its whole answer within 1.5 s']);
  });

  it('answers 502 and reports a backend that is down, not a contract violation', async () => {
    const downPort = await freePort();
    const down = await startValidationProxy({ upstream: `http://127.0.0.1:${downPort}`, port: 0, onExchange: (exchange) => exchanges.push(exchange) });
    try {
      exchanges.length = 0;
      const response = await fetch(`${down.url}/v1/webhooks`, { headers: AUTH });
      expect(response.status).toBe(502);
      const problem = (await response.json()) as Record<string, unknown>;
      expect(validateSchema('Problem', problem).ok).toBe(true);
      expect(problem.detail).toBe(`The upstream at http://127.0.0.1:${downPort} refused the connection (ECONNREFUSED): is your server running?.`);
      const exchange = await reported('GET', '/v1/webhooks');
      expect(messages(exchange)).toEqual([`upstream: the upstream at http://127.0.0.1:${downPort} refused the connection (ECONNREFUSED): is your server running?`]);
    } finally {
      await down.close();
    }
  });
});

describe("the validation proxy's own answers", () => {
  it('answers a request that is not HTTP with a 400 problem, and sends nothing on', async () => {
    const before = received.length;
    const [outcome] = await runHostileRequests(proxy.url, { requests: HOSTILE_REQUESTS.filter((row) => row.name === 'bytes that are not HTTP' || row.name === 'a folded header line') });
    expect(outcome!.answers).toHaveLength(1);
    expect(outcome!.answers[0]!.status).toBe(400);
    expect(JSON.parse(outcome!.answers[0]!.body.toString()).type).toBe('https://api.example.com/problems/bad-request');
    expect(received.length).toBe(before);
  });
});

describe('the validation proxy as a command', () => {
  it('prints its banner and one line per exchange, and takes --upstream-timeout', async () => {
    let out = '';
    const stop = new AbortController();
    const running = runCli(['mock', '--proxy', backendUrl, '--port', '0', '--upstream-timeout', '0.5'], {
      out: (text) => (out += `${text}\n`),
      err: (text) => (out += `${text}\n`),
      env: {},
      stop: stop.signal,
    });
    while (!out.includes('Press Ctrl-C to stop.')) await new Promise((resolve) => setTimeout(resolve, 20));
    const url = /Validation proxy on (\S+) → /.exec(out)![1]!;
    expect(out).toContain(`Validation proxy on ${url} → ${backendUrl} (checks with the contract's validators)`);
    expect(out).toContain('slower than 0.5 s (504)');
    await (await fetch(`${url}/v1/webhooks/${WEBHOOK_ID}`, { headers: { ...AUTH, 'X-Backend': 'never-answer' } })).text();
    stop.abort();
    expect(await running).toBe(0);
    expect(out).toMatch(/GET \/v1\/webhooks\/[0-9a-f-]+ → 504 \(\d+ ms\)\n {4}✖ upstream: the upstream did not send its whole answer within 0.5 s/);
  });
});
