/**
 * The MSW handlers' stateful mode keeps the sandbox's semantics in memory: what a test creates, changes and
 * deletes stays so; lists page with working cursors; an Idempotency-Key replays; PATCH merges with the
 * contract's rules; `reset()` starts again from the spec's examples. One flow runs against the real sandbox
 * too (in-process), and both must give the same statuses, problems and shapes. And overrides: an
 * operation's example merged with a typed partial, or another status.
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { createWebhooksClient, type WebhookCreate } from '../../src/index.js';
import { createWebhooksHandlers } from '../../src/msw/index.js';
import { buildSandbox } from '../../src/server/server.js';
import { contractCheck } from '../../src/validation/contract-check.js';

const BASE = 'https://api.example.com';
const handlers = createWebhooksHandlers({ baseUrl: BASE, stateful: true });
const server = setupServer(...handlers);
const clientFor = (apiKey: string) => createWebhooksClient({ baseUrl: BASE, apiKey, maxRetries: 0, checkResponses: contractCheck });
const client = clientFor('team-a');
const created = { url: 'https://hooks.example.com/new', enabled_events: ['order.created'] } satisfies WebhookCreate;
/** A seeded destination, as the sandbox moves it under `.invalid` so that the examples never deliver off the machine. */
const underInvalid = (url: string) => url.replace(/\.com\//, '.invalid/');
/** The sandbox's seed: the spec's four example webhooks, newest first. */
const seeded = [examples.WebhookSelectedEvents, examples.WebhookWildcard, examples.WebhookClientSecret, examples.WebhookPrivateKeyJwt].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
const seededIds = seeded.map((webhook) => webhook.id);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  handlers.reset();
});
afterAll(() => server.close());

describe('the stateful mode', () => {
  it('starts each token with the spec\'s example webhooks, and keeps what is created', async () => {
    expect((await client.GET('/v1/webhooks')).data?.data.map((webhook) => webhook.id)).toEqual(seededIds);
    const { data, response } = await client.POST('/v1/webhooks', { body: created });
    expect(response.status).toBe(201);
    expect(data?.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(response.headers.get('location')).toBe(`/v1/webhooks/${data!.id}`);
    const read = await client.GET('/v1/webhooks/{id}', { params: { path: { id: data!.id } } });
    expect(read.data).toMatchObject({ id: data!.id, url: created.url, enabled_events: ['order.created'], include: '*' });
    expect(read.data).not.toHaveProperty('secret');
    expect((await client.GET('/v1/webhooks')).data?.data[0]?.id).toBe(data!.id);
    // another token is another account
    expect((await clientFor('team-b').GET('/v1/webhooks')).data?.data.map((webhook) => webhook.id)).toEqual(seededIds);
  });

  it('pages newest first with working cursors, past a deleted webhook', async () => {
    for (let n = 0; n < 3; n++) await client.POST('/v1/webhooks', { body: { ...created, url: `https://hooks.example.com/${n}` } });
    const first = await client.GET('/v1/webhooks', { params: { query: { limit: 2 } } });
    expect(first.data?.has_more).toBe(true);
    const cursor = first.data!.data[1]!.id;
    await client.DELETE('/v1/webhooks/{id}', { params: { path: { id: cursor } } });
    const second = await client.GET('/v1/webhooks', { params: { query: { limit: 2, starting_after: cursor } } });
    expect(second.data?.data.map((webhook) => webhook.url)).toEqual(['https://hooks.example.com/0', underInvalid(seeded[0]!.url)]);
    const all: string[] = [];
    for await (const webhook of client.listAllWebhooks({ pageSize: 2 })) all.push(webhook.id);
    expect(all).toHaveLength(6);
    const unknown = await client.GET('/v1/webhooks', { params: { query: { starting_after: '00000000-0000-4000-8000-000000000000' } } });
    expect(unknown.error?.errors).toEqual([{ pointer: '/starting_after', message: 'starting_after must be the id of one of your webhooks, such as the last id of the previous page' }]);
  });

  it('replays a create with the same Idempotency-Key and body, and refuses the key with another body', async () => {
    const params = { header: { 'Idempotency-Key': 'order-4711' } };
    const once = await client.POST('/v1/webhooks', { params, body: created });
    const again = await client.POST('/v1/webhooks', { params, body: { enabled_events: ['order.created'], url: created.url } });
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    expect(again.data).toEqual(once.data);
    const other = await client.POST('/v1/webhooks', { params, body: { ...created, url: 'https://hooks.example.com/other' } });
    expect(other.response.status).toBe(422);
    expect(other.error?.type).toBe('https://api.example.com/problems/idempotency-key-reused');
  });

  it('merges a PATCH with the contract\'s rules, and checks them on the result', async () => {
    const id = examples.WebhookWildcard.id;
    const disabled = await client.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: { disabled_at: '2026-11-03T12:00:00Z' } });
    expect(disabled.data).toMatchObject({ disabled_at: '2026-11-03T12:00:00Z', disabled_reason: 'disabled through the API', url: underInvalid(examples.WebhookWildcard.url) });
    const toClientSecret = await client.PATCH('/v1/webhooks/{id}', {
      params: { path: { id } },
      body: { oidc_auth_method: 'client_secret', oidc_client_id: 'c', oidc_token_endpoint: 'https://idp.example.com/token', oidc_access_token_ttl_seconds: 600 },
    });
    expect(toClientSecret.response.status).toBe(422);
    expect(toClientSecret.error?.errors).toEqual([{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret" (after this update)' }]);
  });

  it('deletes: the webhook and its deliveries are gone, and a second delete is a 404', async () => {
    const id = examples.DeliveryListPage.data[0]!.webhook_id;
    const deliveries = await client.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { limit: 1 } } });
    expect(deliveries.data?.data).toEqual(examples.DeliveryListPage.data.slice(0, 1));
    expect(deliveries.data?.has_more).toBe(examples.DeliveryListPage.data.length > 1);
    const next = await client.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { starting_after: deliveries.data!.data[0]!.id } } });
    expect(next.data?.data).toEqual(examples.DeliveryListPage.data.slice(1));
    expect((await client.DELETE('/v1/webhooks/{id}', { params: { path: { id } } })).response.status).toBe(204);
    expect((await client.DELETE('/v1/webhooks/{id}', { params: { path: { id } } })).error).toEqual({
      type: 'https://api.example.com/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: `No webhook with id ${id} exists.`,
      instance: `/v1/webhooks/${id}`,
    });
    expect((await client.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id } } })).response.status).toBe(404);
  });

  it('forgets everything at reset(), and still rehearses a scenario on request', async () => {
    await client.DELETE('/v1/webhooks/{id}', { params: { path: { id: seededIds[0]! } } });
    handlers.reset();
    expect((await client.GET('/v1/webhooks')).data?.data.map((webhook) => webhook.id)).toEqual(seededIds);
    expect((await client.GET('/v1/webhooks', { headers: { Prefer: 'code=503' } })).response.status).toBe(503);
  });
});

describe('the stateful mode and the real sandbox, one flow', () => {
  /** Status and body of each step, the created webhook's id, times and secrets replaced by what they are. */
  async function flow(call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: unknown }>) {
    const key = { 'idempotency-key': 'flow-1' };
    const steps = [await call('POST', '/v1/webhooks', created, key)];
    const id = (steps[0]!.body as { id: string }).id;
    for (const [method, path, body, headers] of [
      ['POST', '/v1/webhooks', created, key],
      ['POST', '/v1/webhooks', { ...created, include: 'tin' }, key],
      ['PATCH', `/v1/webhooks/${id}`, { enabled_events: ['*'], oidc_auth_method: 'client_secret', oidc_client_id: 'c', oidc_token_endpoint: 'https://idp.example.com/token', oidc_access_token_ttl_seconds: 600 }],
      ['PATCH', `/v1/webhooks/${id}`, { include: 'tin' }],
      ['DELETE', `/v1/webhooks/${id}`],
      ['GET', `/v1/webhooks/${id}`],
      ['GET', `/v1/webhooks?limit=2&starting_after=${id}`],
      ['GET', '/v1/webhooks?starting_after=00000000-0000-4000-8000-000000000000'],
    ] as const) {
      steps.push(await call(method, path, body, headers));
    }
    const text = JSON.stringify(steps)
      .replaceAll(id, '<created id>')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
      .replace(/whsec_[A-Za-z0-9+/=]+/g, '<secret>');
    return JSON.parse(text) as unknown;
  }

  it('gives the same statuses, problems and shapes', async () => {
    const sandbox = await buildSandbox({ log: false });
    try {
      const viaSandbox = await flow(async (method, url, body, headers = {}) => {
        const answer = await sandbox.app.inject({ method: method as 'GET', url, headers: { authorization: 'Bearer flow', ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });
        return { status: answer.statusCode, body: answer.body === '' ? undefined : JSON.parse(answer.body) };
      });
      const viaMsw = await flow(async (method, url, body, headers = {}) => {
        const answer = await fetch(`${BASE}${url}`, { method, headers: { authorization: 'Bearer flow', ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
        const text = await answer.text();
        return { status: answer.status, body: text === '' ? undefined : JSON.parse(text) };
      });
      expect((viaMsw as { status: number }[]).map((step) => step.status)).toEqual([201, 201, 422, 422, 200, 204, 404, 200, 400]);
      expect(viaMsw).toEqual(viaSandbox);
    } finally {
      await sandbox.close();
    }
  });
});
