import { describe, expect, it } from 'vitest';
import { createWebhooksClient, WebhooksApiError, WebhooksContractError } from '../../src/index.js';
import { createFakeApi, webhookFrom } from '../support/fake-api.js';

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
});
