/**
 * The sender inside the reference server, driven on an injected clock (`deliveries.runOnce()`): webhooks
 * created over the API, events from `emit`, a local endpoint that answers what each test scripts, and every
 * attempt read back through `GET /v1/webhooks/{id}/deliveries`. Retries on 500 and on 429 with Retry-After,
 * 410 disabling the webhook, redirects not followed, a restart in the middle of a retry schedule against a
 * SQLite file, and a graceful stop that loses nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../src/receiver/index.js';
import type { ServerOptions } from '../../src/server/server.js';
import { webhookRepresentation } from '../../src/server/views.js';
import { localResolver } from '../delivery/support.js';
import { answer, startScriptedEndpoint, type Hit, type ScriptedEndpoint } from '../support/scripted-endpoint.js';
import { ALICE, send, testServer, type TestServer } from '../support/server.js';

const SECRET = 'whsec-server-delivery-0123456789';
const START = Date.parse('2026-11-02T09:31:12.000Z');

let endpoint: ScriptedEndpoint;
let base: string;
let hits: Hit[];
let script: ScriptedEndpoint['script'];
const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-deliveries-'));

beforeAll(async () => {
  endpoint = await startScriptedEndpoint();
  ({ base, hits, script } = endpoint);
});

afterEach(() => endpoint.reset());

afterAll(async () => {
  await endpoint.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A clock that moves only when told, in the server's milliseconds. */
function fakeClock(start = START) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms), set: (ms: number) => (now = ms) };
}

/** A server whose sender connects to localhost, with a fixed jitter (half of each back-off's spread). */
async function deliveringServer(clock: ReturnType<typeof fakeClock>, options: ServerOptions = {}): Promise<TestServer> {
  return testServer({ allowLocalhostDestinations: true, now: clock.now, ...options, delivery: { random: () => 0.5, resolve: localResolver, ...options.delivery } });
}

/** A request through the API, read as it is (the answers are checked against the contract elsewhere). */
async function call(server: TestServer, method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await server.app.inject({ method, url, headers: { ...ALICE, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });
  return { status: response.statusCode, body: response.body === '' ? undefined : JSON.parse(response.body) };
}

/** A webhook at `path` on the local endpoint, created through the API. */
async function webhookAt(server: TestServer, path: string, fields: Record<string, unknown> = {}): Promise<{ id: string }> {
  const created = await call(server, 'POST', '/v1/webhooks', { url: `${base}${path}`, enabled_events: ['order.created'], secret: SECRET, ...fields });
  expect(created.status).toBe(201);
  return created.body;
}

/** The webhook's deliveries as the API shows them (the answer is checked against the contract). */
async function deliveriesOf(server: TestServer, webhookId: string): Promise<any[]> {
  const answer = await send(server, { method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries`, headers: ALICE });
  expect(answer.status).toBe(200);
  return answer.body.data;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('retries', () => {
  it('backs off on 500, each attempt re-signed with the same webhook-id and shown through the API, until a 2xx', async () => {
    script['/flaky'] = [answer(500), answer(500), answer(204)];
    const clock = fakeClock();
    const server = await deliveringServer(clock);
    const webhook = await webhookAt(server, '/flaky');
    const emitted = await server.emit('alice', { type: 'order.created' });
    expect(emitted.ok && emitted.deliveries).toMatchObject([{ webhook_id: webhook.id, status: 'pending', attempts: 0, next_attempt_at: iso(START) }]);

    expect(await server.deliveries.runOnce()).toMatchObject([{ outcome: 'retrying', attempt: 1, response_status: 500 }]);
    // equal jitter at 0.5: three quarters of 10 s, then of 20 s
    expect(await deliveriesOf(server, webhook.id)).toMatchObject([
      { status: 'pending', attempts: 1, last_attempt_at: iso(START), last_response_status: 500, last_error: 'the endpoint answered 500 Internal Server Error', next_attempt_at: iso(START + 7_500) },
    ]);
    clock.advance(7_499);
    expect(await server.deliveries.runOnce()).toEqual([]);
    clock.advance(1);
    await server.deliveries.runOnce();
    expect((await deliveriesOf(server, webhook.id))[0]).toMatchObject({ attempts: 2, next_attempt_at: iso(START + 7_500 + 15_000) });
    clock.advance(15_000);
    await server.deliveries.runOnce();
    expect((await deliveriesOf(server, webhook.id))[0]).toMatchObject({ status: 'succeeded', attempts: 3, last_response_status: 204, last_error: null, next_attempt_at: null });

    expect(hits.map((hit) => hit.headers['webhook-id'])).toEqual(Array(3).fill(emitted.ok && emitted.event.id));
    // webhook-timestamp: each attempt's own time, in whole seconds
    expect(hits.map((hit) => Number(hit.headers['webhook-timestamp']))).toEqual([START, START + 7_500, START + 22_500].map((ms) => Math.floor(ms / 1000)));
    for (const [index, hit] of hits.entries()) {
      expect(hit.body).toBe(hits[0]!.body);
      expect(verifyWebhookSignature(hit.body, hit.headers, SECRET, { now: new Date([START, START + 7_500, START + 22_500][index]!) }).scheme).toBe('standard-webhooks');
    }
    await server.close();
  });

  it('waits as long as a 429 asks with Retry-After, and never sooner', async () => {
    script['/busy'] = [answer(429, { 'Retry-After': '120' }), answer(204)];
    const clock = fakeClock();
    const server = await deliveringServer(clock);
    const webhook = await webhookAt(server, '/busy');
    await server.emit('alice', { type: 'order.created' });
    await server.deliveries.runOnce();
    expect((await deliveriesOf(server, webhook.id))[0]).toMatchObject({ status: 'pending', last_response_status: 429, last_error: 'the endpoint answered 429 Too Many Requests', next_attempt_at: iso(START + 120_000) });
    clock.advance(60_000);
    expect(await server.deliveries.runOnce()).toEqual([]);
    clock.advance(60_000);
    expect(await server.deliveries.runOnce()).toMatchObject([{ outcome: 'succeeded', attempt: 2 }]);
    expect(hits).toHaveLength(2);
    await server.close();
  });
});

describe('a webhook without a secret', () => {
  it('is one stored before secrets were made for every webhook: its deliveries go out unsigned, and the log says so once', async () => {
    const clock = fakeClock();
    const server = await deliveringServer(clock);
    const id = '0c9e2a44-7d7c-4b55-9e0a-5d0f4e1b2c3d';
    const config = { url: `${base}/unsigned`, enabled_events: ['order.created'] } as never;
    await server.store.createWebhook({ accountId: 'alice', id, config, createdAt: START, representation: webhookRepresentation({ id, config, createdAt: START, updatedAt: START }) });
    await server.emit('alice', { type: 'order.created' });
    await server.emit('alice', { type: 'order.created' });
    expect(await server.deliveries.runOnce()).toHaveLength(2);
    expect(hits.map((hit) => hit.headers['webhook-signature'])).toEqual([undefined, undefined]);
    const warnings = server.log.lines().filter((line) => String(line.msg).startsWith('webhook.unsigned'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, webhook_id: id, account: 'alice' });
    await server.close();
  });
});

describe('410 Gone', () => {
  it('disables the webhook (disabled_at through the API), fails its pending deliveries, and later events are not sent to it', async () => {
    script['/gone'] = [answer(500), answer(410)];
    const clock = fakeClock();
    const server = await deliveringServer(clock);
    const webhook = await webhookAt(server, '/gone');
    await server.emit('alice', { type: 'order.created' });
    await server.deliveries.runOnce(); // 500: retried in 7.5 s
    clock.advance(1_000);
    await server.emit('alice', { type: 'order.created' });
    expect(await server.deliveries.runOnce()).toMatchObject([{ outcome: 'failed', response_status: 410 }]);

    const read = await call(server, 'GET', `/v1/webhooks/${webhook.id}`);
    const reason = `its endpoint answered 410 Gone on ${iso(START + 1_000)}: the platform sends nothing more until the webhook is enabled again (PATCH disabled_at: null)`;
    expect(read.body).toMatchObject({ disabled_at: iso(START + 1_000), disabled_reason: reason, updated_at: iso(START + 1_000) });
    const listed = await call(server, 'GET', '/v1/webhooks');
    expect(listed.body.data.find((item: { id: string }) => item.id === webhook.id).disabled_at).toBe(iso(START + 1_000));
    expect(await deliveriesOf(server, webhook.id)).toMatchObject([
      { status: 'failed', attempts: 1, last_response_status: 410, last_error: 'the endpoint answered 410 Gone, so the webhook was disabled', next_attempt_at: null },
      { status: 'failed', attempts: 1, last_response_status: 500, last_error: reason, next_attempt_at: null },
    ]);
    const later = await server.emit('alice', { type: 'order.created' });
    expect(later.ok && later.deliveries).toEqual([]);
    clock.advance(60_000);
    expect(await server.deliveries.runOnce()).toEqual([]);
    expect(hits).toHaveLength(2);
    await server.close();
  });
});

describe('redirects', () => {
  it('are not followed: a 3xx is a failed attempt, retried, and its target never called', async () => {
    script['/moved'] = [answer(302, { Location: '/target' })];
    const clock = fakeClock();
    const server = await deliveringServer(clock);
    const webhook = await webhookAt(server, '/moved');
    await server.emit('alice', { type: 'order.created' });
    await server.deliveries.runOnce();
    expect((await deliveriesOf(server, webhook.id))[0]).toMatchObject({
      status: 'pending',
      last_response_status: 302,
      last_error: "the endpoint answered 302 Found, a redirect, which is never followed: set the webhook's url to the final address",
    });
    expect(hits.map((hit) => hit.path)).toEqual(['/moved']);
    await server.close();
  });
});

describe('restarts', () => {
  it('lose nothing in the middle of a retry schedule: the SQLite file keeps it, and a claim cut short is due again after its lease', async () => {
    script['/restart'] = [answer(500), answer(503), answer(204)];
    const clock = fakeClock();
    const databasePath = join(folder, 'restart.db');
    const first = await deliveringServer(clock, { databasePath });
    const webhook = await webhookAt(first, '/restart');
    const emitted = await first.emit('alice', { type: 'order.created' });
    await first.deliveries.runOnce(); // attempt 1: 500, due again in 7.5 s
    await first.close();

    // a new process on the same file: the schedule goes on where it was
    const second = await deliveringServer(clock, { databasePath });
    expect((await deliveriesOf(second, webhook.id))[0]).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: iso(START + 7_500) });
    clock.advance(7_500);
    await second.deliveries.runOnce(); // attempt 2: 503, due again in 15 s
    clock.advance(15_000);
    // attempt 3 is claimed, and the process dies before it is sent or recorded
    const [claim] = await second.store.claim({ now: new Date(clock.now()), limit: 10, leaseUntil: new Date(clock.now() + 100_000), perWebhookLimit: 8 });
    expect(claim?.delivery).toMatchObject({ attempts: 2, event_id: emitted.ok && emitted.event.id });
    await second.close();

    const third = await deliveringServer(clock, { databasePath });
    expect(await third.deliveries.runOnce()).toEqual([]); // leased: not before the lease ends
    clock.advance(100_000);
    expect(await third.deliveries.runOnce()).toMatchObject([{ outcome: 'succeeded', attempt: 3 }]);
    expect((await deliveriesOf(third, webhook.id))[0]).toMatchObject({ status: 'succeeded', attempts: 3, last_response_status: 204 });
    // at least once: every attempt went out with the same id, and the secret, sealed on disk, still signs
    expect(hits.map((hit) => hit.headers['webhook-id'])).toEqual(Array(3).fill(emitted.ok && emitted.event.id));
    expect(verifyWebhookSignature(hits[2]!.body, hits[2]!.headers, SECRET, { now: new Date(clock.now()) }).scheme).toBe('standard-webhooks');
    await third.close();
  });

  it('stop gracefully: the attempt in flight finishes and is recorded, and nothing else was claimed, so the rest is due as it was', async () => {
    const clock = fakeClock();
    const databasePath = join(folder, 'graceful.db');
    const server = await deliveringServer(clock, { databasePath, delivery: { concurrency: 1 } });
    const webhook = await webhookAt(server, '/slow');
    for (let index = 0; index < 3; index++) await server.emit('alice', { type: 'order.created' });
    let open!: () => void;
    endpoint.gate = new Promise((resolve) => (open = resolve));
    const run = server.deliveries.runOnce();
    await expect.poll(() => hits.length).toBe(1);
    clock.advance(2_000);
    const closing = server.close();
    open();
    await closing;
    expect((await run).map((report) => report.outcome)).toEqual(['succeeded']);
    expect(hits).toHaveLength(1);

    const reopened = await deliveringServer(clock, { databasePath });
    const deliveries = await deliveriesOf(reopened, webhook.id);
    expect(deliveries.map((delivery) => [delivery.status, delivery.attempts, delivery.next_attempt_at])).toEqual([
      ['pending', 0, iso(START)],
      ['pending', 0, iso(START)],
      ['succeeded', 1, null],
    ]);
    expect((await reopened.deliveries.runOnce()).map((report) => report.outcome)).toEqual(['succeeded', 'succeeded']);
    await reopened.close();
  });
});

describe('the sender in a running server', () => {
  it('starts with the server, delivers an emitted event at once, and stops with it', async () => {
    const server = await testServer({ allowLocalhostDestinations: true, delivery: { autoStart: true, resolve: localResolver, pollIntervalMs: 60_000 } });
    expect(server.deliveries.started).toBe(true);
    const webhook = await webhookAt(server, '/live');
    // the poll interval is a minute: only the wake-up after the event can deliver it this soon
    await server.emit('alice', { type: 'order.created' });
    await expect.poll(async () => (await deliveriesOf(server, webhook.id))[0]?.status, { timeout: 5_000 }).toBe('succeeded');
    await server.close();
    expect(server.deliveries.started).toBe(false);
  });
});
