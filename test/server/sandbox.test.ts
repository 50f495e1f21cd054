/**
 * The sandbox, the stateful mock: any bearer token is an account of its own, seeded with the spec's
 * examples; what is created is read back; browsers are answered (CORS); localhost receivers are accepted;
 * and `startSandbox` / `startServer` start it from code with a `url` and a `close()`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { createWebhooksClient } from '../../src/client/index.js';
import { startSandbox, startServer } from '../../src/server/index.js';
import { contractCheck } from '../../src/validation/contract-check.js';
import { minimalCreate } from '../support/bodies.js';
import { API_KEYS, ALICE, SECRETS_KEY, createWebhook, send, testSandbox, type TestServer } from '../support/server.js';

const ALICE_TOKEN = { authorization: 'Bearer alice-frontend' };
const BOB_TOKEN = { authorization: 'Bearer bob-frontend' };

/** The same instant in the server's format (milliseconds) and the examples' (seconds). */
function sameTimes<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/(\d\d:\d\d:\d\d)\.000Z/g, '$1Z')) as T;
}

describe('the sandbox', () => {
  let sandbox: TestServer;
  beforeAll(async () => {
    sandbox = await testSandbox();
  });
  afterAll(() => sandbox.close());

  it("starts every token's account with the spec's example webhooks, newest first, as the examples show them", async () => {
    const list = await send(sandbox, { method: 'GET', url: '/v1/webhooks', headers: ALICE_TOKEN });
    const byId = sameTimes(list.body.data) as { id: string; updated_at: string; created_at: string }[];
    expect(byId.map((webhook) => webhook.id)).toEqual([examples.WebhookPrivateKeyJwt.id, examples.WebhookClientSecret.id, examples.WebhookWildcard.id, examples.WebhookSelectedEvents.id]);
    // destinations moved under .invalid, so that the seed never delivers off this machine (sandbox-offline.test.ts)
    const underInvalid = (webhook: Record<string, unknown>) =>
      JSON.parse(JSON.stringify(webhook).replace(/(https:\/\/[a-z.]+)\.com\//g, '$1.invalid/')) as Record<string, unknown>;
    expect(byId).toEqual([examples.WebhookPrivateKeyJwt, examples.WebhookClientSecret, examples.WebhookWildcard, examples.WebhookSelectedEvents].map(underInvalid));
  });

  it("starts every token's account with the example deliveries, moved in time so that the pending one is due two minutes after the account's first request", async () => {
    const before = Date.now();
    const deliveries = await send(sandbox, { method: 'GET', url: `/v1/webhooks/${examples.WebhookWildcard.id}/deliveries`, headers: { authorization: 'Bearer carol-frontend' } });
    const seededAt = Date.parse(deliveries.body.data[0].last_attempt_at);
    expect(seededAt).toBeGreaterThanOrEqual(before);
    expect(seededAt).toBeLessThanOrEqual(Date.now());
    // the examples, every time moved by the same amount: the latest attempt happened at the first request
    const shift = seededAt - Date.parse(examples.DeliveryListPage.data[0]!.last_attempt_at!);
    const moved = JSON.parse(JSON.stringify(examples.DeliveryListPage), (key, value) =>
      typeof value === 'string' && ['last_attempt_at', 'next_attempt_at', 'created_at'].includes(key) ? new Date(Date.parse(value) + shift).toISOString() : value,
    );
    expect(deliveries.body).toEqual(moved);
    expect(Date.parse(deliveries.body.data[0].next_attempt_at) - seededAt).toBe(2 * 60 * 1000);
  });

  it("keeps each token's data apart, and what it creates, changes and deletes", async () => {
    const created = await createWebhook(sandbox, ALICE_TOKEN, minimalCreate);
    expect((await send(sandbox, { method: 'GET', url: `/v1/webhooks/${created.id}`, headers: ALICE_TOKEN })).body).toEqual(created);
    expect((await send(sandbox, { method: 'GET', url: `/v1/webhooks/${created.id}`, headers: BOB_TOKEN })).status).toBe(404);
    await send(sandbox, { method: 'PATCH', url: `/v1/webhooks/${examples.WebhookClientSecret.id}`, headers: BOB_TOKEN, body: { oidc_client_id: 'bobs-client' } });
    await send(sandbox, { method: 'DELETE', url: `/v1/webhooks/${examples.WebhookWildcard.id}`, headers: BOB_TOKEN });
    const alices = await send(sandbox, { method: 'GET', url: `/v1/webhooks/${examples.WebhookClientSecret.id}`, headers: ALICE_TOKEN });
    expect(alices.body.oidc_client_id).toBe(examples.WebhookClientSecret.oidc_client_id);
    expect((await send(sandbox, { method: 'GET', url: `/v1/webhooks/${examples.WebhookWildcard.id}`, headers: ALICE_TOKEN })).status).toBe(200);
    expect((await send(sandbox, { method: 'GET', url: `/v1/webhooks/${examples.WebhookWildcard.id}`, headers: BOB_TOKEN })).status).toBe(404);
  });

  it('still needs a bearer token, and answers bad requests like the server', async () => {
    expect((await send(sandbox, { method: 'GET', url: '/v1/webhooks' })).status).toBe(401);
    expect((await send(sandbox, { method: 'POST', url: '/v1/webhooks', headers: ALICE_TOKEN, body: { url: 'https://10.0.0.1/x', enabled_events: ['*'] } })).status).toBe(422);
  });

  it('answers browsers: a preflight with the path methods, and readable headers on answers', async () => {
    const origin = 'http://localhost:5173';
    const preflight = await sandbox.app.inject({
      method: 'OPTIONS',
      url: '/v1/webhooks',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type, idempotency-key' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'authorization, content-type, idempotency-key',
    });
    const created = await send(sandbox, { method: 'POST', url: '/v1/webhooks', headers: { ...ALICE_TOKEN, origin }, body: minimalCreate });
    // a bearer token needs no credentials mode: the sandbox never allows credentials
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    expect(created.headers['access-control-allow-origin']).toBe(origin);
    expect(created.headers['access-control-expose-headers']).toContain('Location');
    expect(created.headers.vary).toBe('Origin');
    const refused = await send(sandbox, { method: 'GET', url: '/v1/webhooks', headers: { origin } });
    expect(refused.status).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe(origin);
  });

  it('accepts loopback receivers (localhost, *.localhost, 127.0.0.1, [::1]), over http too, with answers the contract describes, and nothing else local', async () => {
    // send() checks every answer against the contract: http:// on a loopback host is within HttpsUrl since 3.0.0
    const created = await createWebhook(sandbox, ALICE_TOKEN, { url: 'http://localhost:3000/webhooks', enabled_events: ['*'] });
    const patched = await send(sandbox, { method: 'PATCH', url: `/v1/webhooks/${created.id}`, headers: ALICE_TOKEN, body: { include: 'identifiers' } });
    expect(patched.body).toMatchObject({ url: 'http://localhost:3000/webhooks', include: 'identifiers' });
    for (const url of ['https://localhost:8443/webhooks', 'https://127.0.0.1:8443/webhooks', 'http://127.0.0.1:3000/x', 'http://[::1]:3000/x', 'http://app.localhost:3000/x']) {
      expect((await send(sandbox, { method: 'POST', url: '/v1/webhooks', headers: ALICE_TOKEN, body: { ...minimalCreate, url } })).status, url).toBe(201);
    }
    for (const url of ['http://127.0.0.2:3000/x', 'https://192.168.0.10/x', 'http://hooks.example.com/x', 'http://localhost.example.com/x']) {
      expect((await send(sandbox, { method: 'POST', url: '/v1/webhooks', headers: ALICE_TOKEN, body: { ...minimalCreate, url } })).status, url).toBe(422);
    }
    expect((await send(sandbox, { method: 'GET', url: '/v1/webhooks?limit=100', headers: ALICE_TOKEN })).status).toBe(200);
  });

  it('answers what the client with contractCheck reads without a violation, http:// loopback URLs included', async () => {
    const running = await startSandbox({ port: 0, log: false, seed: true });
    try {
      const client = createWebhooksClient({ baseUrl: running.url, apiKey: 'contract-checked', checkResponses: contractCheck });
      const created = await client.POST('/v1/webhooks', { body: { url: 'http://127.0.0.1:3000/hook', enabled_events: ['*'], oidc_auth_method: 'client_secret', oidc_client_id: 'local', oidc_client_secret: 'local-secret', oidc_token_endpoint: 'http://localhost:9000/token', oidc_access_token_ttl_seconds: 300 } });
      expect(created.error).toBeUndefined();
      expect(created.data?.url).toBe('http://127.0.0.1:3000/hook');
      const urls: string[] = [];
      for await (const webhook of client.listAllWebhooks()) urls.push(webhook.url);
      expect(urls).toContain('http://127.0.0.1:3000/hook');
      expect((await client.GET('/v1/webhooks/{id}', { params: { path: { id: created.data!.id } } })).data?.oidc_token_endpoint).toBe('http://localhost:9000/token');
    } finally {
      await running.close();
    }
  });

  it('starts every account empty with seed: false', async () => {
    const empty = await testSandbox({ seed: false });
    try {
      expect((await send(empty, { method: 'GET', url: '/v1/webhooks', headers: ALICE_TOKEN })).body).toEqual(examples.WebhookListEmpty);
    } finally {
      await empty.close();
    }
  });
});

describe('from code', () => {
  it('startSandbox and startServer resolve with a url and a close()', async () => {
    const sandbox = await startSandbox({ port: 0, log: false, signingKeyAlgorithm: 'ES256' });
    const server = await startServer({ port: 0, databasePath: ':memory:', apiKeys: API_KEYS, secretsKey: SECRETS_KEY, resolve: false, log: false, signingKeyAlgorithm: 'ES256' });
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${sandbox.url}/v1/webhooks`, { headers: ALICE_TOKEN })).status).toBe(200);
      expect((await fetch(`${server.url}/v1/webhooks`, { headers: ALICE })).status).toBe(200);
      expect((await fetch(`${server.url}/v1/webhooks`, { headers: ALICE_TOKEN })).status).toBe(401);
    } finally {
      await Promise.all([sandbox.close(), server.close()]);
    }
    await expect(fetch(`${sandbox.url}/v1/webhooks`, { headers: ALICE_TOKEN })).rejects.toThrow();
  });
});
