/**
 * The validation proxy in front of a backend: a conforming exchange passes untouched, a request that
 * breaks the contract never reaches the backend, a response that breaks it is replaced by an error, and
 * both are reported with each violation.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatExchange } from '../../src/mock/access-log.js';
import type { Exchange } from '../../src/mock/front-server.js';
import { startValidationProxy, type RunningMockServer } from '../../src/mock/start-mock.js';
import { minimalCreate } from '../support/bodies.js';
import { AUTH, WEBHOOK_ID } from '../support/mock.js';
import { freePort } from '../support/ports.js';
import { namedExamples } from '../support/spec.js';

const example = (operationId: string, where: string) => namedExamples().find((e) => e.operationId === operationId && e.where === where)!.value as Record<string, unknown>;
const listPage = example('listWebhooks', '200');
const webhook = example('getWebhook', '200');

let backend: Server;
let proxy: RunningMockServer;
const received: { method: string; url: string; body: string }[] = [];
const exchanges: Exchange[] = [];

/** A backend that answers the listing correctly and leaks a secret in getWebhook. */
function handleBackend(request: IncomingMessage, body: string): { status: number; headers: Record<string, string>; body: unknown } {
  received.push({ method: request.method!, url: request.url!, body });
  const { pathname } = new URL(request.url!, 'http://backend.invalid');
  if (request.method === 'GET' && pathname === '/v1/webhooks') return { status: 200, headers: {}, body: listPage };
  if (request.method === 'GET') return { status: 200, headers: {}, body: { ...webhook, secret: 'whsec_leaked_by_the_backend' } };
  return { status: 201, headers: { Location: `/v1/webhooks/${String(webhook.id)}` }, body: webhook };
}

beforeAll(async () => {
  backend = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const answer = handleBackend(request, body);
      response.writeHead(answer.status, { 'Content-Type': 'application/json', 'X-Request-Id': 'req_backend', ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  const backendPort = await freePort();
  await new Promise<void>((resolve) => backend.listen(backendPort, '127.0.0.1', resolve));
  proxy = await startValidationProxy({
    upstream: `http://127.0.0.1:${backendPort}`,
    port: await freePort(),
    onExchange: (exchange) => exchanges.push(exchange),
  });
}, 60_000);

afterAll(async () => {
  await proxy?.close();
  await new Promise((resolve) => backend?.close(resolve));
});

/** The exchange the proxy reported for the last request to `target`. */
const reported = (method: string, target: string) => exchanges.filter((e) => e.method === method && e.target === target).at(-1);

describe('the validation proxy', () => {
  it('passes a conforming exchange through untouched and reports no violation', async () => {
    const response = await fetch(`${proxy.url}/v1/webhooks?limit=2`, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(listPage);
    expect(received.at(-1)).toMatchObject({ method: 'GET', url: '/v1/webhooks?limit=2' });
    expect(reported('GET', '/v1/webhooks?limit=2')).toMatchObject({ status: 200, violations: [] });
  });

  it('forwards a valid request body to the backend', async () => {
    const response = await fetch(`${proxy.url}/v1/webhooks`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify(minimalCreate),
    });
    expect(response.status).toBe(201);
    expect(JSON.parse(received.at(-1)!.body)).toEqual(minimalCreate);
  });

  it('answers a response that breaks the contract with 500, and reports each violation', async () => {
    const response = await fetch(`${proxy.url}/v1/webhooks/${WEBHOOK_ID}`, { headers: AUTH });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('whsec_leaked_by_the_backend');
    const exchange = reported('GET', `/v1/webhooks/${WEBHOOK_ID}`);
    expect(exchange?.violations).toContainEqual(expect.objectContaining({ location: ['response', 'body'], message: expect.stringContaining("'secret'") }));
    expect(formatExchange(exchange!)).toMatch(/→ 500 .*\n {4}✖ response\.body: .*additional properties; found 'secret'/);
  });

  it('answers a request that breaks the contract with 422 without calling the backend', async () => {
    const before = received.length;
    const response = await fetch(`${proxy.url}/v1/webhooks`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...minimalCreate, url: 'http://hooks.example.com/in' }),
    });
    expect(response.status).toBe(422);
    expect(received.length).toBe(before);
    expect(reported('POST', '/v1/webhooks')?.violations).toContainEqual(expect.objectContaining({ location: ['request', 'body', 'url'], code: 'pattern' }));
  });

  it('answers a request without a bearer token with 401 without calling the backend', async () => {
    const before = received.length;
    const response = await fetch(`${proxy.url}/v1/webhooks`);
    expect(response.status).toBe(401);
    expect(received.length).toBe(before);
  });
});
