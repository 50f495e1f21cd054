import { describe, expect, it, vi } from 'vitest';
import { createWebhooksClient, WebhooksApiError, WebhooksContractError, type Webhook } from '../../src/index.js';
import { createFakeApi, deliveryFor, webhookFrom } from '../support/fake-api.js';

/** A client whose listWebhooks answers with `page(n)` for the n-th request (0-based). */
function listAnswering(page: (n: number) => { data: Webhook[]; has_more: boolean }) {
  const requests: URL[] = [];
  const fetch = async (request: Request) => {
    requests.push(new URL(request.url));
    return new Response(JSON.stringify({ object: 'list', ...page(requests.length - 1) }), {
      headers: { 'content-type': 'application/json', 'x-request-id': `req_${requests.length}` },
    });
  };
  return { requests, client: createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'test-api-key', fetch }) };
}

function setupWith(count: number) {
  const api = createFakeApi();
  for (let i = 0; i < count; i += 1) {
    const webhook = webhookFrom({ url: `https://hooks.example.com/${i}`, enabled_events: ['*'] });
    api.webhooks.set(webhook.id, webhook);
  }
  const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'test-api-key', fetch: api.fetch });
  return { api, client };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('listAllWebhooks', () => {
  it('walks every page with the cursor, newest first', async () => {
    const { api, client } = setupWith(250);
    const webhooks = await collect(client.listAllWebhooks());
    expect(webhooks).toHaveLength(250);
    expect(webhooks.map((w) => w.url)).toEqual(Array.from({ length: 250 }, (_, i) => `https://hooks.example.com/${249 - i}`));
    expect(api.requests.map((r) => new URL(r.url).search)).toEqual([
      '?limit=100',
      `?limit=100&starting_after=${webhooks[99]!.id}`,
      `?limit=100&starting_after=${webhooks[199]!.id}`,
    ]);
  });

  it('asks for the page size given and starts after the id given', async () => {
    const { api, client } = setupWith(5);
    const all = await collect(client.listAllWebhooks());
    const rest = await collect(client.listAllWebhooks({ pageSize: 2, startingAfter: all[0]!.id }));
    expect(rest.map((w) => w.id)).toEqual(all.slice(1).map((w) => w.id));
    expect(api.requests.slice(1).map((r) => new URL(r.url).searchParams.get('limit'))).toEqual(['2', '2']);
  });

  it('makes one request for an empty list', async () => {
    const { api, client } = setupWith(0);
    expect(await collect(client.listAllWebhooks())).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it('stops early when the caller breaks out of the loop', async () => {
    const { api, client } = setupWith(250);
    for await (const webhook of client.listAllWebhooks({ pageSize: 10 })) {
      expect(webhook.object).toBe('webhook');
      break;
    }
    expect(api.requests).toHaveLength(1);
  });

  it('throws a WebhooksApiError carrying the problem when a page fails', async () => {
    const { api, client } = setupWith(3);
    const problem = { type: 'https://api.example.com/problems/unauthorized', title: 'Unauthorized', status: 401, detail: 'The API key was revoked.' };
    api.answerNextWith(new Response(JSON.stringify(problem), { status: 401, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_revoked' } }));
    const error = await collect(client.listAllWebhooks()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksApiError);
    expect(error).toMatchObject({
      code: 'ERR_API_RESPONSE',
      status: 401,
      problem,
      requestId: 'req_revoked',
      message: 'the API answered 401: The API key was revoked. (request id req_revoked)',
    });
  });

  it('refuses to loop forever on a server that says has_more without moving the cursor', async () => {
    const { api } = setupWith(1);
    const [only] = api.webhooks.values();
    const stuck = () => new Response(JSON.stringify({ object: 'list', data: [only], has_more: true }), { headers: { 'content-type': 'application/json' } });
    const fetch = async (request: Request) => (new URL(request.url).pathname === '/v1/webhooks' ? stuck() : api.fetch(request));
    const stubborn = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'test-api-key', fetch });
    const error = await collect(stubborn.listAllWebhooks()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksContractError);
    expect(error).toMatchObject({ code: 'ERR_PAGINATION_STALLED' });
  });

  it('stops after limit items, asking for no more than it needs', async () => {
    const { api, client } = setupWith(250);
    const first = await collect(client.listAllWebhooks({ limit: 130 }));
    expect(first).toHaveLength(130);
    expect(api.requests.map((r) => new URL(r.url).searchParams.get('limit'))).toEqual(['100', '30']);
    expect(await collect(client.listAllWebhooks({ limit: 0 }))).toEqual([]);
  });

  it('detects ids that cycle A, B, A, B and stops, yielding each once', async () => {
    const [a, b] = [webhookFrom({ url: 'https://hooks.example.com/a', enabled_events: ['*'] }), webhookFrom({ url: 'https://hooks.example.com/b', enabled_events: ['*'] })];
    const { requests, client } = listAnswering((n) => ({ data: [n % 2 === 0 ? a : b], has_more: true }));
    const seen: string[] = [];
    const error = await (async () => {
      for await (const webhook of client.listAllWebhooks({ pageSize: 1 })) seen.push(webhook.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksContractError);
    expect(error).toMatchObject({ code: 'ERR_PAGINATION_CYCLE', message: 'listWebhooks came back to a page it had sent; stopping (a stateless mock repeats one page: use the sandbox)' });
    expect(seen).toEqual([a.id, b.id]);
    expect(requests).toHaveLength(3);
  });

  it('ends a server that sends a new id with has_more: true forever, by limit or by signal', async () => {
    const { requests, client } = listAnswering(() => ({ data: [webhookFrom({ url: 'https://hooks.example.com/x', enabled_events: ['*'] })], has_more: true }));
    expect(await collect(client.listAllWebhooks({ limit: 5 }))).toHaveLength(5);
    expect(requests).toHaveLength(5);
    const controller = new AbortController();
    let count = 0;
    const error = await (async () => {
      for await (const webhook of client.listAllWebhooks({ signal: controller.signal })) {
        expect(webhook.object).toBe('webhook');
        if (++count === 3) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(requests).toHaveLength(8);
  });

  it('aborts the page request in flight when the signal fires', async () => {
    const { api, client } = setupWith(3);
    api.answerNextWith('hang');
    const controller = new AbortController();
    const walk = collect(client.listAllWebhooks({ signal: controller.signal }));
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    controller.abort();
    await expect(walk).rejects.toBe(controller.signal.reason);
    expect(api.requests[0]!.signal.aborted).toBe(true);
  });
});

describe('listAllDeliveries', () => {
  it('walks every page of one webhook\'s deliveries, with the same limits', async () => {
    const { api, client } = setupWith(1);
    const [webhook] = api.webhooks.values();
    api.deliveries.set(webhook!.id, Array.from({ length: 120 }, () => deliveryFor(webhook!.id)));
    const deliveries = await collect(client.listAllDeliveries(webhook!.id));
    expect(deliveries.map((d) => d.id)).toEqual(api.deliveries.get(webhook!.id)!.map((d) => d.id));
    expect(api.requests.map((r) => `${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([
      `/v1/webhooks/${webhook!.id}/deliveries?limit=100`,
      `/v1/webhooks/${webhook!.id}/deliveries?limit=100&starting_after=${deliveries[99]!.id}`,
    ]);
    expect(await collect(client.listAllDeliveries(webhook!.id, { limit: 3 }))).toHaveLength(3);
  });

  it('throws a WebhooksApiError for a webhook that does not exist', async () => {
    const { client } = setupWith(0);
    await expect(collect(client.listAllDeliveries('00000000-0000-4000-8000-000000000000'))).rejects.toMatchObject({
      code: 'ERR_API_RESPONSE',
      status: 404,
    });
  });
});
