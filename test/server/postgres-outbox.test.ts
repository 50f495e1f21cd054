/**
 * The platform's transactional outbox on a real Postgres, from the platform's side: its service writes an
 * order and the event in one transaction with `publishEvent(client, …)` (the README's sample, run as it is
 * written), and the servers relay the rows: a rollback leaves nothing to deliver; a commit is published
 * once with its fan-out; a malformed row is rejected with the reason while the others flow; a row written
 * twice, or also posted over HTTP, fans out once; two servers relaying together publish each event once;
 * and a server left to run picks a row up by itself.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderCreatedEvent } from '../../generated/examples.js';
import { publishEvent } from '../../src/server/index.js';
import type { Order, WebhookEvent } from '../../src/types.js';
import { HOOK_URL } from '../support/bodies.js';
import { postgresDatabase } from '../support/postgres.js';
import { ALICE, BOB, PLATFORM, createWebhook, send, testServer, type TestServer } from '../support/server.js';

let url: string;
let pool: pg.Pool;
let first: TestServer;
let second: TestServer;
let receiving: string[];
let sampleDir: string;
let placeOrder: (accountId: string, order: Order) => Promise<void>;
let samplePool: pg.Pool;

/** The README's sample, as the platform's service runs it, with this package from source. */
function readmeSample(): string {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const sample = /```ts\n(\/\/ the platform's service: the order and its event, in one transaction\n[\s\S]*?)```/.exec(readme)?.[1];
  expect(sample, 'the README has the outbox sample').toBeDefined();
  const server = pathToFileURL(join(import.meta.dirname, '../../src/server/index.ts')).href;
  return `${sample!.replace("from 'webhooks-contract-tools/server'", `from ${JSON.stringify(server)}`).replace("import type { Order } from 'webhooks-contract';\n", '')}\nexport { pool };\n`;
}

beforeAll(async () => {
  ({ url } = await postgresDatabase('outbox'));
  [first, second] = await Promise.all([testServer({ databaseUrl: url }), testServer({ databaseUrl: url })]);
  pool = new pg.Pool({ connectionString: url, max: 4 });
  // the platform's own table, in the same database
  await pool.query('CREATE TABLE orders (id text PRIMARY KEY, body jsonb NOT NULL)');
  receiving = [(await createWebhook(first, ALICE, { url: HOOK_URL, enabled_events: ['order.created'] })).id, (await createWebhook(first, ALICE, { url: HOOK_URL, enabled_events: ['*'] })).id];
  await createWebhook(first, ALICE, { url: HOOK_URL, enabled_events: ['business.created'] });
  await createWebhook(first, BOB, { url: HOOK_URL, enabled_events: ['*'] });
  sampleDir = mkdtempSync(join(tmpdir(), 'outbox-sample-'));
  writeFileSync(join(sampleDir, 'place-order.ts'), readmeSample());
  process.env.DATABASE_URL = url;
  ({ placeOrder, pool: samplePool } = (await import(pathToFileURL(join(sampleDir, 'place-order.ts')).href)) as { placeOrder: typeof placeOrder; pool: pg.Pool });
}, 30_000);

afterAll(async () => {
  await samplePool?.end();
  await pool?.end();
  await first?.close();
  await second?.close();
  delete process.env.DATABASE_URL;
  if (sampleDir) rmSync(sampleDir, { recursive: true, force: true });
});

const orderCreated = (fields: Partial<WebhookEvent> = {}): WebhookEvent => ({ ...OrderCreatedEvent, id: randomUUID(), ...fields }) as WebhookEvent;
const newOrder = (): Order => ({ ...OrderCreatedEvent.data.object, id: randomUUID() });

/** How many deliveries of `eventId` each receiving webhook of alice has. */
async function fanOut(eventId: string): Promise<number[]> {
  return Promise.all(
    receiving.map(async (id) => {
      const page = await send(first, { method: 'GET', url: `/v1/webhooks/${id}/deliveries?limit=100`, headers: ALICE });
      return (page.body.data as { event_id: string }[]).filter((delivery) => delivery.event_id === eventId).length;
    }),
  );
}

/** In one transaction of the platform's: `body`, then COMMIT or ROLLBACK. */
async function inTransaction(end: 'COMMIT' | 'ROLLBACK', body: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await body(client);
    await client.query(end);
  } finally {
    client.release();
  }
}

const outboxRows = async () => (await pool.query('SELECT event_id, status, rejected_reason FROM event_outbox ORDER BY seq')).rows as { event_id: string; status: string; rejected_reason: string | null }[];

describe('the transactional outbox', () => {
  it("publishes the README sample's order event once, with its fan-out, after the commit; a rolled back order leaves nothing", async () => {
    const order = newOrder();
    await placeOrder('alice', order);
    // the same order again: the service's own insert fails, and its event is rolled back with it
    await expect(placeOrder('alice', order)).rejects.toThrow(/duplicate key/);
    const report = await first.outbox!.runOnce();
    expect(report.relayed).toEqual([expect.objectContaining({ accountId: 'alice', outcome: 'published', deliveries: 2 })]);
    const { eventId } = report.relayed[0]!;
    expect(await fanOut(eventId)).toEqual([1, 1]);
    const page = await send(first, { method: 'GET', url: `/v1/webhooks/${receiving[0]}/deliveries?limit=100`, headers: ALICE });
    expect(page.body.data.filter((delivery: { event_id: string }) => delivery.event_id === eventId)).toEqual([expect.objectContaining({ event_type: 'order.created', status: 'pending' })]);
    expect(await outboxRows()).toEqual([]);
    expect((await second.outbox!.runOnce()).relayed).toEqual([]);
  });

  it('delivers nothing of a rolled back transaction', async () => {
    const event = orderCreated();
    await inTransaction('ROLLBACK', (client) => publishEvent(client, 'alice', event));
    expect((await first.outbox!.runOnce()).relayed).toEqual([]);
    expect(await outboxRows()).toEqual([]);
    expect(await fanOut(event.id)).toEqual([0, 0]);
  });

  it('rejects a malformed row with the reason in words, logs it at warn, never takes it again, and the rows after it flow', async () => {
    const before = orderCreated();
    const broken = orderCreated({ data: { object: { ...OrderCreatedEvent.data.object, id: 'not-a-uuid' } } } as never);
    const lying = orderCreated();
    const after = orderCreated();
    await inTransaction('COMMIT', async (client) => {
      await publishEvent(client, 'alice', before);
      await publishEvent(client, 'alice', broken);
      // written by SQL of the platform's own, with an event_type its event does not have
      await client.query("INSERT INTO event_outbox (account_id, event_id, event_type, body) VALUES ('alice', $1, 'business.created', $2)", [lying.id, JSON.stringify(lying)]);
      await publishEvent(client, 'alice', after);
    });
    const report = await first.outbox!.runOnce();
    expect(report.relayed.map((row) => [row.eventId, row.outcome])).toEqual([
      [before.id, 'published'],
      [broken.id, 'rejected'],
      [lying.id, 'rejected'],
      [after.id, 'published'],
    ]);
    const rows = await outboxRows();
    expect(rows).toEqual([
      { event_id: broken.id, status: 'rejected', rejected_reason: expect.stringMatching(/^the event breaks the contract: \/event\/data\/object\/id: .*uuid/i) },
      { event_id: lying.id, status: 'rejected', rejected_reason: `the row's event_type "business.created" is not its event's type "order.created"` },
    ]);
    expect(await fanOut(broken.id)).toEqual([0, 0]);
    expect(await fanOut(after.id)).toEqual([1, 1]);
    const warned = first.log.lines().filter((line) => line.msg === 'outbox.event_rejected: the event in the platform outbox is not delivered');
    expect(warned).toEqual([expect.objectContaining({ level: 40, event_id: broken.id, reason: rows[0]!.rejected_reason }), expect.objectContaining({ level: 40, event_id: lying.id })]);
    // never retried: the next runs, of either server, leave the rejected rows be
    expect((await first.outbox!.runOnce()).relayed).toEqual([]);
    expect((await second.outbox!.runOnce()).relayed).toEqual([]);
    await pool.query("DELETE FROM event_outbox WHERE status = 'rejected'");
  });

  it('fans out once for a row written twice, or an event also posted over HTTP; another body under a published id is rejected', async () => {
    const twice = orderCreated();
    const posted = orderCreated();
    const posted202 = await send(first, { method: 'POST', url: '/v1/events', headers: PLATFORM, body: { account_id: 'alice', event: posted } });
    expect(posted202).toMatchObject({ status: 202, body: { deliveries: 2 } });
    const reused = { ...posted, created_at: '2026-11-03T00:00:00Z' };
    await inTransaction('COMMIT', async (client) => {
      await publishEvent(client, 'alice', twice);
      await publishEvent(client, 'alice', twice);
      await publishEvent(client, 'alice', posted);
      await publishEvent(client, 'alice', reused);
    });
    const report = await second.outbox!.runOnce();
    expect(report.relayed.map((row) => [row.eventId, row.outcome, row.outcome === 'rejected' ? row.reason : row.deliveries])).toEqual([
      [twice.id, 'published', 2],
      [twice.id, 'replayed', 2],
      [posted.id, 'replayed', 2],
      [posted.id, 'rejected', expect.stringContaining(`the event id ${posted.id} was published for account alice before`)],
    ]);
    expect(await fanOut(twice.id)).toEqual([1, 1]);
    expect(await fanOut(posted.id)).toEqual([1, 1]);
    // and over HTTP after the outbox: a replay
    const again = await send(first, { method: 'POST', url: '/v1/events', headers: PLATFORM, body: { account_id: 'alice', event: twice } });
    expect(again).toMatchObject({ status: 202, headers: { 'idempotent-replayed': 'true' }, body: { deliveries: 2 } });
    await pool.query("DELETE FROM event_outbox WHERE status = 'rejected'");
  });

  it('gives each row to one of two servers relaying together: every event published once', async () => {
    const events = Array.from({ length: 150 }, () => orderCreated());
    await inTransaction('COMMIT', async (client) => {
      for (const event of events) await publishEvent(client, 'alice', event);
    });
    const [a, b] = await Promise.all([first.outbox!.runOnce(), second.outbox!.runOnce()]);
    const relayed = [...a.relayed, ...b.relayed];
    expect(relayed.map((row) => row.outcome)).toEqual(events.map(() => 'published'));
    expect(new Set(relayed.map((row) => row.eventId))).toEqual(new Set(events.map((event) => event.id)));
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM deliveries WHERE event_id = ANY($1)', [events.map((event) => event.id)]);
    expect(rows[0].n).toBe(300);
    expect(await outboxRows()).toEqual([]);
  });

  it('is relayed by a running server by itself (woken by the commit, or by its poll)', async () => {
    // its sender runs too: it resolves no name, so that nothing leaves this machine
    const running = await testServer({ databaseUrl: url, delivery: { autoStart: true, resolve: async () => Promise.reject(Object.assign(new Error('no network in tests'), { code: 'ENOTFOUND' })) } });
    try {
      const event = orderCreated();
      await inTransaction('COMMIT', (client) => publishEvent(client, 'alice', event));
      const deadline = Date.now() + 10_000;
      while ((await outboxRows()).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await outboxRows()).toEqual([]);
      expect(await fanOut(event.id)).toEqual([1, 1]);
    } finally {
      await running.close();
    }
  });
});
