/**
 * The MSW handlers under Node, as an app's tests use them: `msw/node`'s `setupServer`, and this package's
 * own typed client (checking every answer against the contract) calling through it. Every operation of
 * the spec is served from its examples; the mock's scenarios (`Prefer: code=…, example=…, delay=…`, 429 and
 * 503 rehearsal) work as the mock's; requests are judged (auth, parameters, media type, body).
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as examples from '../../generated/examples.js';
import spec from '../../generated/openapi.json' with { type: 'json' };
import { createWebhooksClient } from '../../src/index.js';
import { createWebhooksHandlers } from '../../src/msw/index.js';
import { contractCheck } from '../../src/validation/contract-check.js';
import { BEARER_CHALLENGE, toValidationProblem, unauthorized } from '../../src/validation/problem.js';
import { validateWebhookCreate } from '../../src/validation/validate.js';
import { resolveRef } from '../../src/spec/resolve-ref.js';

const BASE = 'https://api.example.com';
const ID = '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f';
const handlers = createWebhooksHandlers({ baseUrl: BASE });
const server = setupServer(...handlers);
const client = createWebhooksClient({ baseUrl: BASE, apiKey: 'frontend-test', maxRetries: 0, checkResponses: contractCheck });
const auth = { authorization: 'Bearer frontend-test' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

type Node = Record<string, unknown>;
/** Every operation of the bundled spec, read from its paths: what the handlers must cover with no list of their own. */
const specOperations = Object.entries(spec.paths as Node).flatMap(([path, item]) =>
  Object.entries(item as Node)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => ({ path, method: method.toUpperCase(), operation: operation as Node })),
);

describe('every operation of the contract', () => {
  it('has a handler that answers a valid request with its success status and first example', async () => {
    expect(specOperations.length).toBeGreaterThanOrEqual(8);
    for (const { path, method, operation } of specOperations) {
      const responses = operation.responses as Node;
      const success = Object.keys(responses).filter((status) => /^2\d\d$/.test(status)).sort()[0]!;
      const response = resolveRef<Node>(spec, responses[success]);
      const media = Object.values((response.content ?? {}) as Record<string, Node>)[0];
      const first = media && resolveRef<Node>(spec, Object.values(media.examples as Node)[0]).value;
      const requestBody = operation.requestBody === undefined ? undefined : resolveRef<Node>(spec, operation.requestBody);
      const bodyExamples = requestBody === undefined ? undefined : ((requestBody.content as Record<string, Node>)['application/json']!.examples as Node);
      const body = bodyExamples === undefined ? undefined : resolveRef<Node>(spec, Object.values(bodyExamples)[0]).value;
      const answer = await fetch(`${BASE}${path.replace(/\{[^}]+\}/g, ID)}`, {
        method,
        headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      expect(answer.status, `${String(operation.operationId)}`).toBe(Number(success));
      expect(answer.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
      if (first === undefined) expect(await answer.text()).toBe('');
      else expect(await answer.json(), String(operation.operationId)).toEqual(first);
    }
  });

  it('answers through the typed client, every answer keeping the contract (checkResponses)', async () => {
    const list = await client.GET('/v1/webhooks');
    expect(list.data).toEqual(examples.WebhookListPage);
    const created = await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
    expect(created.response.status).toBe(201);
    expect(created.response.headers.get('location')).toBe(`/v1/webhooks/${created.data!.id}`);
    const one = await client.GET('/v1/webhooks/{id}', { params: { path: { id: ID } } });
    expect(one.data).toEqual(examples.WebhookWildcard);
    const removed = await client.DELETE('/v1/webhooks/{id}', { params: { path: { id: ID } } });
    expect(removed.response.status).toBe(204);
    const keys = await createWebhooksClient({ baseUrl: BASE }).GET('/.well-known/jwks.json');
    expect(keys.data).toEqual(examples.JsonWebKeySet);
  });
});

describe('the requests, judged as the mock judges them', () => {
  it('answers an invalid body with the validators\' 422, each broken rule in words', async () => {
    const body = { url: 'http://hooks.example.com/in', enabled_events: ['*', 'order.created'] };
    const { error, response } = await client.POST('/v1/webhooks', { body: body as never });
    expect(response.status).toBe(422);
    const checked = validateWebhookCreate(body);
    expect(checked.ok).toBe(false);
    expect(error).toEqual(toValidationProblem(checked.ok ? [] : checked.errors, { instance: '/v1/webhooks' }));
  });

  it('answers a request without a bearer token with the 401 and its challenge', async () => {
    const answer = await fetch(`${BASE}/v1/webhooks`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe(BEARER_CHALLENGE);
    expect(answer.headers.get('content-type')).toBe('application/problem+json');
    expect(await answer.json()).toEqual(unauthorized('/v1/webhooks', 'missing'));
  });

  it('checks the content type, the path parameters and the query', async () => {
    const text = await fetch(`${BASE}/v1/webhooks`, { method: 'POST', headers: auth, body: '{}' });
    expect(text.status).toBe(415);
    const id = await client.GET('/v1/webhooks/{id}', { params: { path: { id: 'wh_1' } } });
    expect(id.response.status).toBe(400);
    expect(id.error?.errors).toEqual([{ pointer: '/id', message: 'id must be a UUID' }]);
    const limit = await client.GET('/v1/webhooks', { params: { query: { limit: 500 } } });
    expect(limit.error?.errors).toEqual([{ pointer: '/limit', message: 'limit must be at most 100' }]);
  });

  it('answers HEAD as GET without a body, OPTIONS with Allow, another method 405, another path 404', async () => {
    const head = await fetch(`${BASE}/v1/webhooks`, { method: 'HEAD', headers: auth });
    expect([head.status, await head.text()]).toEqual([200, '']);
    const options = await fetch(`${BASE}/v1/webhooks/${ID}`, { method: 'OPTIONS' });
    expect([options.status, options.headers.get('allow')]).toEqual([204, 'GET, DELETE, PATCH, HEAD, OPTIONS']);
    const put = await fetch(`${BASE}/v1/webhooks/${ID}`, { method: 'PUT', headers: auth });
    expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, DELETE, PATCH, HEAD, OPTIONS']);
    const unknown = await fetch(`${BASE}/v1/webhook`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).type).toBe('https://api.example.com/problems/not-found');
  });
});

describe('the scenarios, as the mock\'s', () => {
  const ask = (prefer: string, path = `/v1/webhooks/${ID}`) => fetch(`${BASE}${path}`, { headers: { ...auth, prefer } });

  it.each([
    ['code=404', 404, examples.ProblemNotFound],
    ['example=client_secret', 200, examples.WebhookClientSecret],
    ['code=200, example=disabled', 200, examples.WebhookDisabled],
    ['code=503', 503, examples.ProblemServiceUnavailable],
  ])('Prefer: %s answers %i with that example', async (prefer, status, body) => {
    const answer = await ask(prefer);
    expect(answer.status).toBe(status);
    expect(await answer.json()).toEqual(body);
  });

  it('rehearses rate limiting: 429 with Retry-After, which the client hands back with the problem', async () => {
    const { error, response } = await client.GET('/v1/webhooks', { headers: { Prefer: 'code=429' } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(error).toEqual(examples.ProblemTooManyRequests);
  });

  it('takes the scenario from the query where a header cannot be set, and names what exists for a wrong one', async () => {
    const viaQuery = await fetch(`${BASE}/v1/webhooks/${ID}?__code=404&__example=webhook_not_found`, { headers: auth });
    expect(viaQuery.status).toBe(404);
    const undocumented = await ask('code=500');
    expect(undocumented.status).toBe(404);
    expect((await undocumented.json()).detail).toBe('getWebhook documents no status 500; ask for one of 200, 400, 401, 404, 406, 429 and 503.');
    const unreadable = await ask('delay=30001');
    expect(unreadable.status).toBe(400);
    expect((await unreadable.json()).errors).toEqual([{ pointer: '/Prefer', message: 'Prefer: delay must be a whole number of milliseconds from 0 to 30000' }]);
  });

  it('never lets a preference pass an invalid request', async () => {
    const answer = await fetch(`${BASE}/v1/webhooks`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', prefer: 'code=201' }, body: '{"url":"https://hooks.example.com/in"}' });
    expect(answer.status).toBe(422);
  });

  it('waits Prefer: delay before answering, and the delayMs option on every answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    let settled = false;
    const slow = ask('delay=800').then((answer) => ((settled = true), answer));
    await vi.advanceTimersByTimeAsync(799);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await slow).status).toBe(200);

    const delayed = createWebhooksHandlers({ baseUrl: 'https://slow.example.com', delayMs: 300 });
    server.use(...delayed);
    settled = false;
    const alwaysSlow = fetch('https://slow.example.com/v1/webhooks').then((answer) => ((settled = true), answer));
    await vi.advanceTimersByTimeAsync(299);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await alwaysSlow).status).toBe(401);
  });

  it('says what is wrong with its options', () => {
    expect(() => createWebhooksHandlers({ baseUrl: 'https://api.example.com/v1' })).toThrow('baseUrl must not end with /v1 (every path starts with it): use "https://api.example.com"');
    expect(() => createWebhooksHandlers({ baseUrl: 'api.example.com' })).toThrow(/baseUrl must be an absolute URL/);
    expect(() => createWebhooksHandlers({ delayMs: -1 })).toThrow('delayMs must be a whole number of milliseconds from 0 to 30000');
  });

  it('answers the API on any origin without a baseUrl, and under a base path with one', async () => {
    server.use(...createWebhooksHandlers(), ...createWebhooksHandlers({ baseUrl: 'http://localhost:3000/api/' }));
    expect((await fetch(`http://127.0.0.1:5173/v1/webhooks/${ID}`, { headers: auth })).status).toBe(200);
    expect((await fetch(`http://localhost:3000/api/v1/webhooks/${ID}`, { headers: auth })).status).toBe(200);
  });
});

describe('overrides', () => {
  it('merges a typed partial into the operation\'s example', async () => {
    server.use(handlers.override('getWebhook', { body: { url: 'https://hooks.example.com/renamed' } }));
    const { data } = await client.GET('/v1/webhooks/{id}', { params: { path: { id: ID } } });
    expect(data).toEqual({ ...examples.WebhookWildcard, url: 'https://hooks.example.com/renamed' });
  });

  it('answers another documented status with its example, once when asked', async () => {
    server.use(handlers.override('listWebhooks', { status: 503, once: true }), handlers.override('createWebhook', { example: 'client_secret' }));
    expect((await client.GET('/v1/webhooks')).error).toEqual(examples.ProblemServiceUnavailable);
    expect((await client.GET('/v1/webhooks')).data).toEqual(examples.WebhookListPage);
    const created = await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
    expect(created.data).toEqual(examples.WebhookClientSecret);
    expect(created.response.headers.get('location')).toBe(`/v1/webhooks/${examples.WebhookClientSecret.id}`);
  });

  it('still judges the request first', async () => {
    server.use(handlers.override('getWebhook', { body: { url: 'https://hooks.example.com/renamed' } }));
    expect((await fetch(`${BASE}/v1/webhooks/${ID}`)).status).toBe(401);
  });

  it('refuses, when it is made, an override the contract does not allow, saying why', () => {
    expect(() => handlers.override('getWebhook', { body: { id: 'wh_1' } })).toThrow(
      'The override of getWebhook 200 breaks the contract: id must be a UUID. (To answer what the contract does not allow, write a plain MSW handler.)',
    );
    expect(() => handlers.override('getWebhook', { example: 'nope' })).toThrow('getWebhook 200 has no example "nope"; its examples are wildcard, client_secret, private_key_jwt, disabled.');
    expect(() => handlers.override('getWebhook', { status: 500 as 404 })).toThrow('getWebhook documents no status 500; override one of 200, 400, 401, 404, 406, 429, 503.');
  });
});
