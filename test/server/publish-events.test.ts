/**
 * `POST /v1/events`, as the platform's other services meet it: a platform key (never an account's API
 * key), an event checked against its type's schema before any receiver sees it, a publish idempotent on the
 * event's id (a retry never fans out twice; another body under the same id is a 409), the fan-out to the
 * account's enabled, subscribed webhooks in the same transaction, and a real, signed delivery at the end,
 * verified with `standardwebhooks`. Every answer is checked against the contract by `send`.
 */
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderCreatedEvent } from '../../generated/examples.js';
import type { paths } from '../../generated/openapi.js';
import { localResolver } from '../delivery/support.js';
import { answer, startScriptedEndpoint, type ScriptedEndpoint } from '../support/scripted-endpoint.js';
import { ALICE, ALICE_KEY, BOB, PLATFORM, PLATFORM_KEY, send, testServer, type TestServer } from '../support/server.js';

const SECRET = 'whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL';

let endpoint: ScriptedEndpoint;

beforeAll(async () => {
  endpoint = await startScriptedEndpoint();
});
afterAll(async () => endpoint.close());

const orderCreated = (fields: Record<string, unknown> = {}) => ({ ...OrderCreatedEvent, id: randomUUID(), ...fields });
const publish = (server: TestServer, body: unknown, headers: Record<string, string> = PLATFORM) => send(server, { method: 'POST', url: '/v1/events', headers, body });

async function serverWithWebhooks(): Promise<{ server: TestServer; receiving: string[] }> {
  const server = await testServer({ allowLocalhostDestinations: true, delivery: { resolve: localResolver } });
  const create = async (fields: Record<string, unknown>, headers: Record<string, string> = ALICE) => {
    const created = await server.app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify({ url: `${endpoint.base}/hook`, secret: SECRET, ...fields }) });
    expect(created.statusCode, created.body).toBe(201);
    return (JSON.parse(created.body) as { id: string }).id;
  };
  const receiving = [await create({ enabled_events: ['order.created'] }), await create({ enabled_events: ['*'] })];
  await create({ enabled_events: ['business.created'] });
  const disabled = await create({ enabled_events: ['*'] });
  const patched = await server.app.inject({ method: 'PATCH', url: `/v1/webhooks/${disabled}`, headers: { ...ALICE, 'content-type': 'application/json' }, payload: JSON.stringify({ disabled_at: '2026-01-01T00:00:00Z' }) });
  expect(patched.statusCode, patched.body).toBe(200);
  // another account's webhook: an event for alice never reaches it
  await create({ enabled_events: ['*'] }, BOB);
  return { server, receiving };
}

async function deliveriesOf(server: TestServer, webhookId: string): Promise<{ event_id: string; status: string }[]> {
  const page = await send(server, { method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries`, headers: ALICE });
  return page.body.data;
}

describe('POST /v1/events', () => {
  it("fans out to the account's enabled, subscribed webhooks, once, whatever the retries, and the delivery verifies with standardwebhooks", async () => {
    const { server, receiving } = await serverWithWebhooks();
    try {
      const event = orderCreated();
      const first = await publish(server, { account_id: 'alice', event });
      expect(first.status).toBe(202);
      expect(first.body).toMatchObject({ object: 'event_publication', account_id: 'alice', event_id: event.id, event_type: 'order.created', deliveries: 2 });
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      for (const id of receiving) expect(await deliveriesOf(server, id)).toMatchObject([{ event_id: event.id, status: 'pending' }]);

      // a retry of the same publish (fields in another order): the first answer, and nothing more scheduled
      const reordered = Object.fromEntries(Object.entries(event).reverse());
      const again = await publish(server, { event: reordered, account_id: 'alice' });
      expect(again.status).toBe(202);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toEqual(first.body);
      for (const id of receiving) expect(await deliveriesOf(server, id)).toHaveLength(1);

      endpoint.script['/hook'] = [answer(204), answer(204)];
      const reports = await server.deliveries.runOnce();
      expect(reports.map((report) => report.outcome)).toEqual(['succeeded', 'succeeded']);
      const hits = endpoint.hits.filter((hit) => hit.headers['webhook-id'] === event.id);
      expect(hits).toHaveLength(2);
      for (const hit of hits) expect(new Webhook(SECRET).verify(hit.body, hit.headers as Record<string, string>)).toEqual(event);
    } finally {
      await server.close();
    }
  });

  it('refuses the same event id with another body (409, in words), and schedules nothing for it', async () => {
    const { server, receiving } = await serverWithWebhooks();
    try {
      const event = orderCreated();
      expect((await publish(server, { account_id: 'alice', event })).status).toBe(202);
      const changed = await publish(server, { account_id: 'alice', event: { ...event, created_at: '2026-11-02T10:00:00Z' } });
      expect(changed.status).toBe(409);
      expect(changed.body).toMatchObject({ type: 'https://api.example.com/problems/event-id-reused', status: 409 });
      expect(changed.body.detail).toContain(`Event ${event.id} was published for account alice at`);
      for (const id of receiving) expect(await deliveriesOf(server, id)).toHaveLength(1);
      // the same id for another account is another event
      expect((await publish(server, { account_id: 'bob', event })).body).toMatchObject({ deliveries: 1 });
    } finally {
      await server.close();
    }
  });

  it('refuses an event its type\'s schema does not allow, naming the field, before any receiver sees it', async () => {
    const { server, receiving } = await serverWithWebhooks();
    try {
      const cases: [unknown, string, string][] = [
        [{ account_id: 'alice', event: orderCreated({ data: { object: { ...OrderCreatedEvent.data.object, status: 'shipped' } } }) }, '/event/data/object/status', 'event.data.object.status must be one of'],
        [{ account_id: 'alice', event: orderCreated({ type: 'order.shipped' }) }, '/event/type', 'event.type must be one of'],
        [{ account_id: 'alice', event: orderCreated({ id: 'not-a-uuid' }) }, '/event/id', 'event.id'],
        [{ account_id: 'alice', event: orderCreated({ type: 'business.created' }) }, '/event/data/object/name', 'event.data.object.name is required'],
        [{ account_id: 'a b', event: orderCreated() }, '/account_id', 'account_id must be 1 to 64 letters'],
        [{ event: orderCreated() }, '/account_id', 'account_id is required'],
        [{ account_id: 'alice', event: orderCreated(), extra: 1 }, '/extra', 'extra is not a known field'],
      ];
      for (const [body, pointer, message] of cases) {
        const refused = await publish(server, body);
        expect(refused.status, pointer).toBe(422);
        expect(refused.body.errors, pointer).toEqual(expect.arrayContaining([expect.objectContaining({ pointer, message: expect.stringContaining(message) })]));
      }
      for (const id of receiving) expect(await deliveriesOf(server, id)).toEqual([]);
      expect(await server.deliveries.runOnce()).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("takes a platform key only: an account's API key is refused there, and a platform key everywhere else", async () => {
    const { server } = await serverWithWebhooks();
    const without = await testServer({ platformKeys: undefined });
    try {
      const body = { account_id: 'alice', event: orderCreated() };
      expect((await publish(server, body, ALICE)).status).toBe(401);
      expect((await publish(server, body, {})).status).toBe(401);
      expect((await publish(server, body, { authorization: `Bearer ${PLATFORM_KEY}x` })).status).toBe(401);
      expect((await send(server, { method: 'GET', url: '/v1/webhooks', headers: PLATFORM })).status).toBe(401);
      // a server given no platform keys takes no events over HTTP
      expect((await publish(without, body)).status).toBe(401);
      expect(without.log.text).not.toContain(PLATFORM_KEY);
      expect(server.log.text).not.toContain(PLATFORM_KEY);
    } finally {
      await server.close();
      await without.close();
    }
  });

  it('refuses to start with a platform key that is also an API key', async () => {
    await expect(testServer({ platformKeys: ALICE_KEY })).rejects.toMatchObject({ message: 'a key in PLATFORM_KEYS is also in API_KEYS: a platform key must be a credential of its own' });
    await expect(testServer({ platformKeys: 'short' })).rejects.toMatchObject({ message: expect.stringContaining('PLATFORM_KEYS entry 1: the key must be 16 to 512') });
  });

  it('is covered by the generated client: the body and the answer are typed', async () => {
    const { server } = await serverWithWebhooks();
    try {
      const fetchThroughInject = async (request: Request) => {
        const response = await server.app.inject({ method: request.method as 'POST', url: new URL(request.url).pathname, headers: Object.fromEntries(request.headers), payload: await request.text() });
        return new Response(response.body, { status: response.statusCode, headers: response.headers as Record<string, string> });
      };
      const client = createClient<paths>({ baseUrl: 'http://platform.test', headers: PLATFORM, fetch: fetchThroughInject });
      const { data, error } = await client.POST('/v1/events', { body: { account_id: 'alice', event: orderCreated() as never } });
      expect(error).toBeUndefined();
      const count: number | undefined = data?.deliveries;
      expect(count).toBe(2);
    } finally {
      await server.close();
    }
  });
});
