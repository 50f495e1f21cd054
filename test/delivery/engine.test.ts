/**
 * The delivery engine on an injected clock, on the real outbox (the SQLite store in memory), with a real
 * local endpoint that answers what each test scripts: retries and back-off on 500 and 429 + Retry-After, 410
 * disabling the webhook, redirects not followed, the SSRF guard at connect time, a whole three-day schedule,
 * explicit retry schedules, an endpoint that stops answering, auto-disable after days of failures, and a
 * restart mid-schedule (a claim whose attempt never finished).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OrderCreatedEvent } from '../../generated/examples.js';
import { createDeliveryEngine, type DeliveryEngineOptions, type DeliveryLogEntry } from '../../src/delivery/engine.js';
import { planDeliveries, type SenderWebhook } from '../../src/delivery/events.js';
import { createSenderHttpClient, type SenderHttpClient } from '../../src/delivery/http-client.js';
import type { DeliveryRecord } from '../../src/delivery/outbox.js';
import { RETRY_WINDOW_MS } from '../../src/delivery/retry-policy.js';
import { verifyWebhookSignature } from '../../src/receiver/index.js';
import type { Resolver } from '../../src/delivery/destination-policy.js';
import type { Store, WebhookConfig } from '../../src/store/contract.js';
import { openOutboxStore, type OutboxStore } from '../support/outbox-store.js';
import { answer, startScriptedEndpoint, type Hit, type ScriptedEndpoint } from '../support/scripted-endpoint.js';
import { fakeClock, localResolver } from './support.js';

const SECRET = 'whk-engine-secret-0123456789';
const DAY_MS = 24 * 60 * 60 * 1000;

let endpoint: ScriptedEndpoint;
let base: string;
let hits: Hit[];
let script: ScriptedEndpoint['script'];
let http: SenderHttpClient;
const stores: Store[] = [];

beforeAll(async () => {
  endpoint = await startScriptedEndpoint();
  ({ base, hits, script } = endpoint);
  http = createSenderHttpClient({ allowLocalhost: true, resolve: localResolver });
});

afterEach(async () => {
  endpoint.reset();
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

afterAll(async () => {
  await http.close();
  await endpoint.close();
});

/** A webhook at `path`, the store holding one delivery of a new event to it, and an engine on a fake clock. */
async function setUp(path: string, fields: Partial<WebhookConfig> = {}, client: SenderHttpClient = http, engineOptions: Partial<DeliveryEngineOptions> = {}) {
  const clock = fakeClock();
  const outbox: OutboxStore = await openOutboxStore();
  stores.push(outbox.store);
  const webhook = await outbox.addWebhook({ url: `${base}${path}`, secret: SECRET, ...fields });
  const logs: DeliveryLogEntry[] = [];
  const engine = createDeliveryEngine({ outbox: outbox.store, http: client, now: clock.now, random: () => 0.5, log: (entry) => logs.push(entry), ...engineOptions });
  const enqueue = async (to: SenderWebhook = webhook, retrySchedule?: readonly number[]) => {
    const [delivery] = planDeliveries({ ...OrderCreatedEvent, id: randomUUID() }, [to], { now: clock.now(), newId: randomUUID, ...(retrySchedule ? { retrySchedule } : {}) });
    await outbox.store.enqueue([delivery!]);
    return delivery!;
  };
  const delivery = await enqueue();
  const stored = async (which: { id: string; webhook_id: string } = delivery) => (await outbox.delivery(which))!;
  return { clock, webhook, outbox, store: outbox.store, engine, delivery, stored, logs, enqueue };
}

describe('a successful delivery', () => {
  it('is signed at the time of the attempt and recorded as succeeded', async () => {
    const { engine, stored, clock, delivery } = await setUp('/ok');
    const [report] = await engine.runDue();
    expect(report).toMatchObject({ outcome: 'succeeded', attempt: 1, response_status: 204, error: null, next_attempt_at: null, recorded: true });
    expect((await stored())).toMatchObject({ status: 'succeeded', attempts: 1, last_attempt_at: clock.now(), last_response_status: 204, last_error: null, next_attempt_at: null });
    const [hit] = hits;
    expect(hit?.body).toBe(delivery.body);
    expect(hit?.headers['webhook-timestamp']).toBe(String(clock.now().getTime() / 1000));
    expect(verifyWebhookSignature(hit!.body, hit!.headers, SECRET, { now: clock.now() })).toMatchObject({ scheme: 'standard-webhooks', id: delivery.event_id });
    expect(await engine.runDue()).toEqual([]);
  });

  it('carries webhook-id and webhook-timestamp but no signature when the webhook has no secret', async () => {
    const { engine } = await setUp('/ok', { secret: undefined });
    await engine.runDue();
    expect(hits[0]?.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': expect.any(String), 'webhook-timestamp': expect.any(String) });
    expect(hits[0]?.headers).not.toHaveProperty('webhook-signature');
    expect(hits[0]?.headers).not.toHaveProperty('x-webhook-signature');
  });
});

describe('retries', () => {
  it('backs off exponentially on 500, re-signing each attempt with the same webhook-id, until a 2xx', async () => {
    script['/flaky'] = [answer(500), answer(503), answer(204)];
    const { engine, stored, clock } = await setUp('/flaky');
    const start = clock.now().getTime();

    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', attempt: 1, response_status: 500, error: 'the endpoint answered 500 Internal Server Error' });
    // 10 s doubled per failure, with equal jitter: random 0.5 gives three quarters of it
    expect((await stored()).next_attempt_at).toEqual(new Date(start + 7_500));
    clock.advance(7_499);
    expect(await engine.runDue()).toEqual([]);
    clock.advance(1);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', attempt: 2, response_status: 503 });
    expect((await stored()).next_attempt_at).toEqual(new Date(start + 7_500 + 15_000));
    clock.set((await stored()).next_attempt_at!);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'succeeded', attempt: 3, response_status: 204 });
    expect((await stored())).toMatchObject({ status: 'succeeded', attempts: 3, last_error: null });

    expect(new Set(hits.map((hit) => hit.headers['webhook-id'])).size).toBe(1);
    // webhook-timestamp is in whole seconds
    expect(hits.map((hit) => Number(hit.headers['webhook-timestamp']) * 1000 - start)).toEqual([0, 7_000, 22_000]);
  });

  it.each([
    ['delay-seconds', '120', 120_000],
    ['an HTTP date', new Date(Date.parse('2026-11-02T09:31:12Z') + 600_000).toUTCString(), 600_000],
  ])('honours 429 with Retry-After as %s', async (_form, retryAfter, waitMs) => {
    script['/busy'] = [answer(429, { 'retry-after': retryAfter }), answer(204)];
    const { engine, stored, clock } = await setUp('/busy');
    const start = clock.now().getTime();
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: 429, error: 'the endpoint answered 429 Too Many Requests' });
    expect((await stored()).next_attempt_at).toEqual(new Date(start + waitMs));
    clock.advance(waitMs - 1_000);
    expect(await engine.runDue()).toEqual([]);
    clock.advance(1_000);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'succeeded', attempt: 2 });
  });

  it('never retries sooner than its back-off, even when Retry-After says 0', async () => {
    script['/eager'] = [answer(503, { 'retry-after': '0' })];
    const { engine, stored, clock } = await setUp('/eager');
    await engine.runDue();
    expect((await stored()).next_attempt_at!.getTime() - clock.now().getTime()).toBe(7_500);
  });

  it('gives up when Retry-After asks to wait past the retry window', async () => {
    script['/later'] = [answer(503, { 'retry-after': String(4 * 24 * 60 * 60) })];
    const { engine, stored } = await setUp('/later');
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'failed' });
    expect((await stored())).toMatchObject({ status: 'failed', next_attempt_at: null });
    expect((await stored()).last_error).toBe('the endpoint answered 503 Service Unavailable; gave up: the endpoint asked to wait past the end of the 3-day retry window');
  });

  it('retries a network failure and a time-out, saying what happened', async () => {
    const refused = await setUp('/x', { url: 'http://localhost:1/x' });
    expect((await refused.engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null, error: 'the connection was refused: is the endpoint listening on that host and port?' });
    script['/slow'] = [(response) => void setTimeout(() => response.writeHead(204).end(), 1_500)];
    const slowClient = { ...http, post: (request: Parameters<SenderHttpClient['post']>[0]) => http.post({ ...request, timeoutMs: 200 }) };
    const slow = await setUp('/slow', {}, slowClient);
    expect((await slow.engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null, error: 'no answer within 200 ms' });
  });

  it('records a status HTTP does not have (999) as no answer, and retries', async () => {
    script['/odd'] = [(response) => response.writeHead(999).end()];
    const { engine, stored } = await setUp('/odd');
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null, error: 'the endpoint answered with status 999, which is not an HTTP status' });
    expect((await stored())).toMatchObject({ status: 'pending', attempts: 1, last_response_status: null });
  });

  it('runs a whole schedule against an endpoint that always fails, and gives up at the end of the window', async () => {
    script['/down'] = [answer(500)];
    const { engine, stored, clock, delivery } = await setUp('/down');
    const deadline = delivery.created_at.getTime() + RETRY_WINDOW_MS;
    const gaps: number[] = [];
    for (let run = 0; run < 100 && (await stored()).status === 'pending'; run += 1) {
      const before = clock.now().getTime();
      await engine.runDue();
      if ((await stored()).next_attempt_at !== null) {
        gaps.push((await stored()).next_attempt_at!.getTime() - before);
        expect((await stored()).next_attempt_at!.getTime()).toBeLessThanOrEqual(deadline);
        clock.set((await stored()).next_attempt_at!);
      }
    }
    expect((await stored())).toMatchObject({ status: 'failed', last_response_status: 500, next_attempt_at: null });
    expect((await stored()).last_error).toBe('the endpoint answered 500 Internal Server Error; gave up: no attempt succeeded within the 3-day retry window');
    expect(hits.length).toBe((await stored()).attempts);
    // doubling from 7.5 s up to a 3 h cap (4 h with jitter 0.5), then a last try at the window's end
    expect(gaps.slice(0, 5)).toEqual([7_500, 15_000, 30_000, 60_000, 120_000]);
    expect(Math.max(...gaps)).toBe(3 * 60 * 60 * 1000);
    expect(clock.now().getTime()).toBe(deadline);
    expect((await stored()).attempts).toBe(35);
  });
});


describe('410 Gone', () => {
  it('fails the delivery, disables the webhook with a reason, fails its other pending deliveries and stops new ones', async () => {
    script['/gone'] = [answer(410)];
    // one at a time: the second delivery waits while the first gets the 410, which fails it too
    const { engine, stored, outbox, webhook, clock, enqueue, logs } = await setUp('/gone', {}, http, { perWebhookConcurrency: 1 });
    clock.advance(1);
    const other = await enqueue();
    const [report, ...rest] = await engine.runDue();
    expect(rest).toEqual([]);
    expect(report).toMatchObject({ outcome: 'failed', response_status: 410, error: 'the endpoint answered 410 Gone, so the webhook was disabled' });
    expect(await stored()).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null });
    const disabled = await outbox.webhook(webhook);
    expect(disabled?.disabled_at).toBe(clock.now().toISOString());
    expect(disabled?.disabled_reason).toBe(`its endpoint answered 410 Gone on ${clock.now().toISOString()}: the platform sends nothing more until the webhook is enabled again (PATCH disabled_at: null)`);
    expect(await stored(other)).toMatchObject({ status: 'failed', attempts: 0, last_error: disabled?.disabled_reason });
    expect(planDeliveries(OrderCreatedEvent, [{ ...webhook, disabled_at: disabled?.disabled_at ?? null }], { now: clock.now(), newId: randomUUID })).toEqual([]);
    expect(logs.map((entry) => entry.event)).toEqual(['delivery.failed', 'webhook.disabled']);
    expect(logs[1]?.error).toBe(disabled?.disabled_reason);
    expect(hits).toHaveLength(1);
  });
});

describe('redirects', () => {
  it('are not followed: a 3xx is a failed attempt, retried, and its target is never called', async () => {
    script['/moved'] = [answer(301, { location: `${base}/new-home` })];
    const { engine, stored } = await setUp('/moved');
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: 301 });
    expect((await stored()).last_error).toBe("the endpoint answered 301 Moved Permanently, a redirect, which is never followed: set the webhook's url to the final address");
    expect(hits.map((hit) => hit.path)).toEqual(['/moved']);
  });
});

describe('the SSRF guard at connect time', () => {
  it('refuses a public-looking name that resolves to 127.0.0.1, and records why', async () => {
    const lying: Resolver = async (hostname) => (hostname === 'hooks.example.com' ? [{ address: '127.0.0.1' }] : localResolver(hostname));
    const guarded = createSenderHttpClient({ resolve: lying });
    const port = new URL(base).port;
    const { engine, stored } = await setUp('/ok', { url: `https://hooks.example.com:${port}/ok` }, guarded);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null });
    expect((await stored()).last_error).toBe('the host resolves to a loopback address, which the platform never sends to');
    expect(hits).toHaveLength(0);
    await guarded.close();
  });
});

describe('webhooks that changed', () => {
  it('fails a delivery whose webhook was deleted after it was claimed, without an attempt', async () => {
    const { engine, store, webhook } = await setUp('/ok');
    const [claim] = await engine.claim(10);
    await store.deleteWebhook('acme', webhook.id, Date.now());
    expect(await engine.deliverOne({ ...claim!, webhook: undefined })).toMatchObject({ outcome: 'failed', attempt: 0, error: 'the webhook was deleted before the delivery succeeded' });
    expect(hits).toHaveLength(0);
  });

  it('keeps the deliveries of a webhook disabled through the API, and sends them once it is enabled again', async () => {
    const { engine, outbox, webhook, clock, stored } = await setUp('/ok');
    const [claim] = await engine.claim(10);
    await outbox.changeWebhook(webhook, { disabled_at: clock.now().toISOString(), disabled_reason: 'disabled through the API' }, clock.now().getTime());
    // disabled between its claim and its attempt: handed back, not failed
    expect(await engine.deliverOne({ ...claim!, webhook: { ...claim!.webhook!, disabled_at: clock.now().toISOString() } })).toMatchObject({ outcome: 'released', recorded: true });
    clock.advance(60_000);
    expect(await engine.runDue()).toEqual([]);
    expect(await engine.nextDueAt()).toBeNull();
    expect(await stored()).toMatchObject({ status: 'pending', attempts: 0 });
    await outbox.changeWebhook(webhook, { disabled_at: null, disabled_reason: null }, clock.now().getTime());
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'succeeded', attempt: 1 });
    expect(hits).toHaveLength(1);
  });
});

describe('an explicit retry schedule', () => {
  it('waits exactly the listed delays, then gives up and says the schedule ran out', async () => {
    script['/down'] = [answer(503)];
    const { engine, stored, clock, enqueue, webhook } = await setUp('/down', {}, http, { retryPolicy: { baseDelayMs: 10_000, maxDelayMs: 1_000_000, windowMs: RETRY_WINDOW_MS, delaysMs: [1_000, 5_000] } });
    const start = clock.now().getTime();
    await engine.runDue();
    expect((await stored()).next_attempt_at).toEqual(new Date(start + 1_000));
    clock.advance(1_000);
    await engine.runDue();
    expect((await stored()).next_attempt_at).toEqual(new Date(start + 6_000));
    clock.advance(5_000);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'failed', attempt: 3 });
    expect((await stored()).last_error).toBe('the endpoint answered 503 Service Unavailable; gave up after 3 attempts: the retry schedule (1 s, 5 s) ran out');
    // a delivery's own schedule (the trigger's --retry-schedule) wins over the sender's
    const own = await enqueue(webhook, [250]);
    await engine.runDue();
    expect((await stored(own)).next_attempt_at).toEqual(new Date(clock.now().getTime() + 250));
  });
});

describe('an endpoint that stops answering', () => {
  it('gets one delivery at a time until it answers again, then its full limit', async () => {
    const { engine, enqueue, outbox, clock, webhook } = await setUp('/down', { url: 'http://localhost:1/down' });
    for (let index = 0; index < 5; index += 1) await enqueue();
    // refused connections: the first claim took all six (the limit is 32), and every one failed
    expect(await engine.runDue()).toHaveLength(6);
    clock.advance(60 * 60 * 1000);
    expect(await engine.claim(10)).toHaveLength(1);
    // it answers again: back to its full limit
    await outbox.changeWebhook(webhook, { url: `${base}/ok` }, clock.now().getTime());
    clock.advance(60 * 60 * 1000);
    // the probe's lease ended long ago: all six go
    expect((await engine.runDue()).map((report) => report.outcome)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded']);
  });

  it('is marked by a time-out too, and cleared by any answer', async () => {
    script['/hang'] = [(response) => void setTimeout(() => response.writeHead(500).end(), 400), answer(500)];
    const slowClient = { ...http, post: (request: Parameters<SenderHttpClient['post']>[0]) => http.post({ ...request, timeoutMs: 150 }) };
    const { engine, enqueue, clock } = await setUp('/hang', {}, slowClient);
    expect((await engine.runDue()).map((report) => report.error)).toEqual(['no answer within 150 ms']);
    await enqueue();
    await enqueue();
    clock.advance(DAY_MS);
    // one probe: it gets an answer (a 500, but an answer), so the endpoint gets its full limit again
    const probe = await engine.runDue();
    expect(probe.map((report) => report.error)).toEqual(['the endpoint answered 500 Internal Server Error']);
    expect(await engine.claim(10)).toHaveLength(2);
  });
});

describe('auto-disable', () => {
  it('disables a webhook whose every attempt failed for the whole window and enough deliveries, keeping its pending ones', async () => {
    script['/down'] = [answer(503)];
    const policy = { afterMs: 2 * DAY_MS, minFailedDeliveries: 3 };
    const { engine, clock, enqueue, outbox, webhook, logs, stored, delivery } = await setUp('/down', {}, http, { autoDisable: policy });
    const start = clock.now().getTime();
    await engine.runDue();
    clock.advance(DAY_MS);
    await enqueue();
    await engine.runDue();
    clock.advance(DAY_MS - 1);
    await enqueue();
    await engine.runDue();
    // two days less a millisecond: not yet
    expect((await outbox.webhook(webhook))?.disabled_at).toBeUndefined();
    clock.advance(60_000);
    await engine.runDue();
    const disabled = await outbox.webhook(webhook);
    expect(disabled?.disabled_at).toBe(clock.now().toISOString());
    expect(disabled?.disabled_reason).toBe(
      `every attempt to its endpoint has failed since ${new Date(start).toISOString()} (3 deliveries); the last one: the endpoint answered 503 Service Unavailable. ` +
        'Its pending deliveries are kept: fix the endpoint, then enable the webhook again (PATCH disabled_at: null)',
    );
    expect(logs.filter((entry) => entry.event === 'webhook.disabled')).toHaveLength(1);
    // kept, and held: nothing is claimed while it is disabled
    expect(await stored()).toMatchObject({ status: 'pending' });
    clock.advance(DAY_MS);
    expect(await engine.runDue()).toEqual([]);
    // enabled again, after the endpoint is fixed: the deliveries still in their window go out
    script['/down'] = [answer(204)];
    await outbox.changeWebhook(webhook, { disabled_at: null, disabled_reason: null }, clock.now().getTime());
    const reports = await engine.runDue();
    expect(reports.map((report) => report.outcome).sort()).toEqual(['failed', 'succeeded', 'succeeded']);
    expect(reports.find((report) => report.delivery_id === delivery.id)).toMatchObject({ outcome: 'failed', error: 'gave up: the 3-day retry window ended before the next attempt' });
  });

  it('starts counting again after any success', async () => {
    script['/flaky'] = [answer(503), answer(204), answer(503)];
    // one at a time, so that the order of outcomes is the order of attempts
    const { engine, clock, enqueue, outbox, webhook } = await setUp('/flaky', {}, http, { autoDisable: { afterMs: DAY_MS, minFailedDeliveries: 1 }, perWebhookConcurrency: 1 });
    await engine.runDue(); // 503: failing since now
    clock.advance(DAY_MS / 2);
    await enqueue();
    expect((await engine.runDue()).map((report) => report.outcome)).toEqual(['succeeded']); // the retry: the run ends
    clock.advance(DAY_MS);
    expect((await engine.runDue()).map((report) => report.outcome)).toEqual(['retrying']); // 503: a new run starts now
    expect((await outbox.webhook(webhook))?.disabled_at).toBeUndefined();
    clock.advance(DAY_MS);
    await enqueue();
    await engine.runDue(); // a day of failures: now it is disabled
    expect((await outbox.webhook(webhook))?.disabled_at).toBe(clock.now().toISOString());
  });
});

describe('claims, leases and restarts', () => {
  it('a restart mid-schedule loses nothing: a claim whose attempt never finished is due again after its lease', async () => {
    script['/after-restart'] = [answer(500), answer(204)];
    const { engine, store, stored, clock, webhook } = await setUp('/after-restart', {}, http, { leaseMs: 15_000 });
    await engine.runDue(); // attempt 1: 500, retry scheduled
    clock.set((await stored()).next_attempt_at!);
    // attempt 2 is claimed, then the process dies before it is sent or recorded
    const [claim] = await engine.claim(10);
    expect(claim?.delivery.attempts).toBe(1);
    expect(claim?.delivery.next_attempt_at).toEqual(new Date(clock.now().getTime() + 15_000));
    expect(await engine.runDue()).toEqual([]); // leased: nobody else takes it meanwhile
    expect(await engine.nextDueAt()).toEqual(new Date(clock.now().getTime() + 15_000));

    // a new process: a new engine and client over the same store
    const client = createSenderHttpClient({ allowLocalhost: true, resolve: localResolver });
    const restarted = createDeliveryEngine({ outbox: store, http: client, now: clock.now, random: () => 0.5 });
    clock.advance(15_000);
    expect((await restarted.runDue())[0]).toMatchObject({ outcome: 'succeeded', attempt: 2 });
    expect(await stored()).toMatchObject({ status: 'succeeded', attempts: 2 });
    // the old claim is stale: recording it changes nothing
    const late = { attempted_at: clock.now(), status: 'failed' as const, response_status: 500, error: 'late', next_attempt_at: null, endpoint: 'answered' as const };
    expect(await store.recordAttempt(claim!.delivery, late)).toMatchObject({ applied: false });
    expect(hits.filter((hit) => hit.headers['webhook-id'] === claim!.delivery.event_id)).toHaveLength(2);
    expect(webhook.id).toBe(claim!.webhook?.id);
    await client.close();
  });

  it('renews the lease of a long attempt, so that no one else takes it while it runs', async () => {
    let answerNow!: () => void;
    endpoint.gate = new Promise<void>((resolve) => (answerNow = resolve));
    const { engine, store, clock } = await setUp('/slow', {}, http, { leaseMs: 1_500 });
    let renewed!: () => void;
    const renewal = new Promise<void>((resolve) => (renewed = resolve));
    const extend = store.extendLeases.bind(store);
    store.extendLeases = async (claimed, until) => {
      await extend(claimed, until);
      renewed();
    };
    const [claim] = await engine.claim(1);
    const running = engine.deliverOne(claim!);
    // a second passes on the sender's clock, and the renewal (every third of the lease) moves the lease on
    clock.advance(1_000);
    await renewal;
    clock.advance(1_000);
    // past the first lease: still in flight, so nobody else takes it
    expect(await store.claim({ now: clock.now(), limit: 10, leaseUntil: new Date(clock.now().getTime() + 1_500), perWebhookLimit: 8 })).toEqual([]);
    answerNow();
    expect(await running).toMatchObject({ outcome: 'succeeded', recorded: true });
  });

  it('keeps going when recording one delivery fails, and that one is due again after its lease', async () => {
    const { engine, store, enqueue, clock } = await setUp('/ok');
    const second = await enqueue();
    const record = store.recordAttempt.bind(store);
    store.recordAttempt = async (claimed: DeliveryRecord, outcome) => {
      if (claimed.id === second.id) throw new Error('disk full');
      return record(claimed, outcome);
    };
    const reports = await engine.runDue();
    expect(reports.map((report) => report.outcome).sort()).toEqual(['retrying', 'succeeded']);
    expect(reports.find((report) => report.delivery_id === second.id)).toMatchObject({ recorded: false, error: expect.stringContaining('due again') });
    store.recordAttempt = record;
    clock.advance(10 * 60 * 1000);
    expect((await engine.runDue()).map((report) => [report.delivery_id, report.outcome])).toEqual([[second.id, 'succeeded']]);
  });

  it('two claims at once never take one delivery twice', async () => {
    const { engine, enqueue } = await setUp('/ok', {}, http, { perWebhookConcurrency: 100 });
    for (let index = 0; index < 9; index += 1) await enqueue();
    const [first, second] = await Promise.all([engine.runDue(), engine.runDue()]);
    expect(first!.length + second!.length).toBe(10);
    expect(new Set(hits.map((hit) => hit.headers['webhook-id'])).size).toBe(10);
    expect(hits).toHaveLength(10);
  });
});

describe('secrets set before the Standard Webhooks key rule', () => {
  it('sign with the old key beside the new one, so that receivers written then keep verifying', async () => {
    const legacy = 'whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL';
    const { engine, delivery } = await setUp('/ok', { secret: legacy });
    const claimed = await engine.claim(1);
    await engine.deliverOne({ ...claimed[0]!, webhook: { ...claimed[0]!.webhook!, legacy_secret_key: true } });
    const [hit] = hits;
    expect(String(hit!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    // today's verifier, with the secret as it is: the standard signature
    expect(verifyWebhookSignature(hit!.body, hit!.headers, legacy, { now: new Date(Number(hit!.headers['webhook-timestamp']) * 1000) }).id).toBe(delivery.event_id);
    // a verifier of before, with the UTF-8 bytes: the second signature, and X-Webhook-Signature
    const utf8 = new TextEncoder().encode(legacy);
    expect(verifyWebhookSignature(hit!.body, hit!.headers, utf8, { now: new Date(Number(hit!.headers['webhook-timestamp']) * 1000) }).scheme).toBe('standard-webhooks');
    const { 'webhook-signature': _dropped, ...bodyOnly } = hit!.headers;
    expect(verifyWebhookSignature(hit!.body, bodyOnly, utf8).scheme).toBe('body-hmac');
  });
});

describe('what is recorded and logged', () => {
  it('never holds the secret, a signature or the body', async () => {
    script['/fail'] = [answer(500)];
    const { engine, logs, stored } = await setUp('/fail');
    await engine.runDue();
    const recorded = JSON.stringify({ logs, delivery: await stored() });
    expect(recorded).not.toContain(SECRET);
    expect(recorded).not.toContain(hits[0]!.headers['webhook-signature'] as string);
    expect(recorded).not.toContain(hits[0]!.headers['x-webhook-signature'] as string);
    expect(logs[0]).toEqual({
      event: 'delivery.retrying',
      account_id: 'acme',
      delivery_id: expect.any(String),
      webhook_id: expect.any(String),
      event_id: expect.any(String),
      event_type: 'order.created',
      attempt: 1,
      response_status: 500,
      error: 'the endpoint answered 500 Internal Server Error',
      next_attempt_at: expect.any(Date),
      signed: true,
    });
  });
});
