/**
 * The delivery engine on an injected clock, with the in-memory outbox and a real local endpoint that answers
 * what each test scripts: retries and back-off on 500 and 429 + Retry-After, 410 disabling the webhook,
 * redirects not followed, the SSRF guard at connect time, a whole three-day schedule, and a restart
 * mid-schedule (a claim whose attempt never finished).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OrderCreatedEvent } from '../../generated/examples.js';
import { createDeliveryEngine, type DeliveryLogEntry } from '../../src/delivery/engine.js';
import { planDeliveries, type StoredWebhook } from '../../src/delivery/events.js';
import { createSenderHttpClient, type SenderHttpClient } from '../../src/delivery/http-client.js';
import { MemoryOutbox } from '../../src/delivery/memory-outbox.js';
import { RETRY_WINDOW_MS } from '../../src/delivery/retry-policy.js';
import { verifyWebhookSignature } from '../../src/receiver/index.js';
import type { Resolver } from '../../src/delivery/destination-policy.js';
import { answer, startScriptedEndpoint, type Hit, type ScriptedEndpoint } from '../support/scripted-endpoint.js';
import { fakeClock, localResolver, storedWebhook } from './support.js';

const SECRET = 'whk-engine-secret-0123456789';

let endpoint: ScriptedEndpoint;
let base: string;
let hits: Hit[];
let script: ScriptedEndpoint['script'];
let http: SenderHttpClient;

beforeAll(async () => {
  endpoint = await startScriptedEndpoint();
  ({ base, hits, script } = endpoint);
  http = createSenderHttpClient({ allowLocalhost: true, resolve: localResolver });
});

afterEach(() => endpoint.reset());

afterAll(async () => {
  await http.close();
  await endpoint.close();
});

/** A webhook at `path`, an outbox holding one delivery of a new event to it, and an engine on a fake clock. */
function setUp(path: string, fields: Partial<StoredWebhook> = {}, client: SenderHttpClient = http) {
  const clock = fakeClock();
  const webhook = storedWebhook({ id: randomUUID(), url: `${base}${path}`, secret: SECRET, ...fields });
  const outbox = new MemoryOutbox([webhook]);
  const logs: DeliveryLogEntry[] = [];
  const engine = createDeliveryEngine({ outbox, http: client, now: clock.now, random: () => 0.5, log: (entry) => logs.push(entry) });
  const enqueue = () => {
    const [delivery] = planDeliveries({ ...OrderCreatedEvent, id: randomUUID() }, [outbox.webhooks.get(webhook.id)!], { now: clock.now(), newId: randomUUID });
    outbox.enqueue([delivery!]);
    return delivery!;
  };
  const delivery = enqueue();
  const stored = () => outbox.deliveries.get(delivery.id)!;
  return { clock, webhook, outbox, engine, delivery, stored, logs, enqueue };
}

describe('a successful delivery', () => {
  it('is signed at the time of the attempt and recorded as succeeded', async () => {
    const { engine, stored, clock, delivery } = setUp('/ok');
    const [report] = await engine.runDue();
    expect(report).toMatchObject({ outcome: 'succeeded', attempt: 1, response_status: 204, error: null, next_attempt_at: null, recorded: true });
    expect(stored()).toMatchObject({ status: 'succeeded', attempts: 1, last_attempt_at: clock.now(), last_response_status: 204, last_error: null, next_attempt_at: null });
    const [hit] = hits;
    expect(hit?.body).toBe(delivery.body);
    expect(hit?.headers['webhook-timestamp']).toBe(String(clock.now().getTime() / 1000));
    expect(verifyWebhookSignature(hit!.body, hit!.headers, SECRET, { now: clock.now() })).toMatchObject({ scheme: 'standard-webhooks', id: delivery.event_id });
    expect(await engine.runDue()).toEqual([]);
  });

  it('carries webhook-id and webhook-timestamp but no signature when the webhook has no secret', async () => {
    const { engine } = setUp('/ok', { secret: undefined });
    await engine.runDue();
    expect(hits[0]?.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': expect.any(String), 'webhook-timestamp': expect.any(String) });
    expect(hits[0]?.headers).not.toHaveProperty('webhook-signature');
    expect(hits[0]?.headers).not.toHaveProperty('x-webhook-signature');
  });
});

describe('retries', () => {
  it('backs off exponentially on 500, re-signing each attempt with the same webhook-id, until a 2xx', async () => {
    script['/flaky'] = [answer(500), answer(503), answer(204)];
    const { engine, stored, clock } = setUp('/flaky');
    const start = clock.now().getTime();

    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', attempt: 1, response_status: 500, error: 'the endpoint answered 500 Internal Server Error' });
    // 10 s doubled per failure, with equal jitter: random 0.5 gives three quarters of it
    expect(stored().next_attempt_at).toEqual(new Date(start + 7_500));
    clock.advance(7_499);
    expect(await engine.runDue()).toEqual([]);
    clock.advance(1);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', attempt: 2, response_status: 503 });
    expect(stored().next_attempt_at).toEqual(new Date(start + 7_500 + 15_000));
    clock.set(stored().next_attempt_at!);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'succeeded', attempt: 3, response_status: 204 });
    expect(stored()).toMatchObject({ status: 'succeeded', attempts: 3, last_error: null });

    expect(new Set(hits.map((hit) => hit.headers['webhook-id'])).size).toBe(1);
    // webhook-timestamp is in whole seconds
    expect(hits.map((hit) => Number(hit.headers['webhook-timestamp']) * 1000 - start)).toEqual([0, 7_000, 22_000]);
  });

  it.each([
    ['delay-seconds', '120', 120_000],
    ['an HTTP date', new Date(Date.parse('2026-11-02T09:31:12Z') + 600_000).toUTCString(), 600_000],
  ])('honours 429 with Retry-After as %s', async (_form, retryAfter, waitMs) => {
    script['/busy'] = [answer(429, { 'retry-after': retryAfter }), answer(204)];
    const { engine, stored, clock } = setUp('/busy');
    const start = clock.now().getTime();
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: 429, error: 'the endpoint answered 429 Too Many Requests' });
    expect(stored().next_attempt_at).toEqual(new Date(start + waitMs));
    clock.advance(waitMs - 1_000);
    expect(await engine.runDue()).toEqual([]);
    clock.advance(1_000);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'succeeded', attempt: 2 });
  });

  it('never retries sooner than its back-off, even when Retry-After says 0', async () => {
    script['/eager'] = [answer(503, { 'retry-after': '0' })];
    const { engine, stored, clock } = setUp('/eager');
    await engine.runDue();
    expect(stored().next_attempt_at!.getTime() - clock.now().getTime()).toBe(7_500);
  });

  it('gives up when Retry-After asks to wait past the retry window', async () => {
    script['/later'] = [answer(503, { 'retry-after': String(4 * 24 * 60 * 60) })];
    const { engine, stored } = setUp('/later');
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'failed' });
    expect(stored()).toMatchObject({ status: 'failed', next_attempt_at: null });
    expect(stored().last_error).toBe('the endpoint answered 503 Service Unavailable; gave up: the endpoint asked to wait past the end of the 3-day retry window');
  });

  it('retries a network failure and a time-out, saying what happened', async () => {
    const refused = setUp('/x', { url: 'http://localhost:1/x' });
    expect((await refused.engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null, error: 'the connection was refused: is the endpoint listening on that host and port?' });
    script['/slow'] = [(response) => void setTimeout(() => response.writeHead(204).end(), 1_500)];
    const slowClient = { ...http, post: (request: Parameters<SenderHttpClient['post']>[0]) => http.post({ ...request, timeoutMs: 200 }) };
    const slow = setUp('/slow', {}, slowClient);
    expect((await slow.engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null, error: 'no answer within 200 ms' });
  });

  it('records a status HTTP does not have (999) as no answer, and retries', async () => {
    script['/odd'] = [(response) => response.writeHead(999).end()];
    const { engine, stored } = setUp('/odd');
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null, error: 'the endpoint answered with status 999, which is not an HTTP status' });
    expect(stored()).toMatchObject({ status: 'pending', attempts: 1, last_response_status: null });
  });

  it('runs a whole schedule against an endpoint that always fails, and gives up at the end of the window', async () => {
    script['/down'] = [answer(500)];
    const { engine, stored, clock, delivery } = setUp('/down');
    const deadline = delivery.created_at.getTime() + RETRY_WINDOW_MS;
    const gaps: number[] = [];
    for (let run = 0; run < 100 && stored().status === 'pending'; run += 1) {
      const before = clock.now().getTime();
      await engine.runDue();
      if (stored().next_attempt_at !== null) {
        gaps.push(stored().next_attempt_at!.getTime() - before);
        expect(stored().next_attempt_at!.getTime()).toBeLessThanOrEqual(deadline);
        clock.set(stored().next_attempt_at!);
      }
    }
    expect(stored()).toMatchObject({ status: 'failed', last_response_status: 500, next_attempt_at: null });
    expect(stored().last_error).toBe('the endpoint answered 500 Internal Server Error; gave up: no attempt succeeded within the 3-day retry window');
    expect(hits.length).toBe(stored().attempts);
    // doubling from 7.5 s up to a 3 h cap (4 h with jitter 0.5), then a last try at the window's end
    expect(gaps.slice(0, 5)).toEqual([7_500, 15_000, 30_000, 60_000, 120_000]);
    expect(Math.max(...gaps)).toBe(3 * 60 * 60 * 1000);
    expect(clock.now().getTime()).toBe(deadline);
    expect(stored().attempts).toBe(35);
  });
});

describe('410 Gone', () => {
  it('fails the delivery, disables the webhook, fails its other pending deliveries and stops new ones', async () => {
    script['/gone'] = [answer(410)];
    const { engine, stored, outbox, webhook, clock, enqueue, logs } = setUp('/gone');
    const other = enqueue();
    clock.advance(1); // the second delivery is due after the first
    outbox.deliveries.get(other.id)!.next_attempt_at = new Date(clock.now().getTime() + 60_000);
    const [report] = await engine.runDue();
    expect(report).toMatchObject({ outcome: 'failed', response_status: 410, error: 'the endpoint answered 410 Gone, so the webhook was disabled' });
    expect(stored()).toMatchObject({ status: 'failed', attempts: 1, next_attempt_at: null });
    expect(outbox.webhooks.get(webhook.id)?.disabled_at).toBe(clock.now().toISOString());
    expect(outbox.deliveries.get(other.id)).toMatchObject({ status: 'failed', attempts: 0, last_error: 'the webhook was disabled: its endpoint answered 410 Gone' });
    expect(planDeliveries(OrderCreatedEvent, [outbox.webhooks.get(webhook.id)!], { now: clock.now(), newId: randomUUID })).toEqual([]);
    expect(logs.map((entry) => entry.event)).toEqual(['delivery.failed', 'webhook.disabled']);
    expect(hits).toHaveLength(1);
  });
});

describe('redirects', () => {
  it('are not followed: a 3xx is a failed attempt, retried, and its target is never called', async () => {
    script['/moved'] = [answer(301, { location: `${base}/new-home` })];
    const { engine, stored } = setUp('/moved');
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: 301 });
    expect(stored().last_error).toBe("the endpoint answered 301 Moved Permanently, a redirect, which is never followed: set the webhook's url to the final address");
    expect(hits.map((hit) => hit.path)).toEqual(['/moved']);
  });
});

describe('the SSRF guard at connect time', () => {
  it('refuses a public-looking name that resolves to 127.0.0.1, and records why', async () => {
    const lying: Resolver = async (hostname) => (hostname === 'hooks.example.com' ? [{ address: '127.0.0.1' }] : localResolver(hostname));
    const guarded = createSenderHttpClient({ resolve: lying });
    const port = new URL(base).port;
    const { engine, stored } = setUp('/ok', { url: `https://hooks.example.com:${port}/ok` }, guarded);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'retrying', response_status: null });
    expect(stored().last_error).toBe('the host resolves to a loopback address, which the platform never sends to');
    expect(hits).toHaveLength(0);
    await guarded.close();
  });
});

describe('webhooks that changed', () => {
  it('fails a delivery whose webhook was deleted, without an attempt', async () => {
    const { engine, outbox, webhook, stored } = setUp('/ok');
    outbox.webhooks.delete(webhook.id);
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'failed', attempt: 0, error: 'the webhook was deleted before the delivery succeeded' });
    expect(stored()).toMatchObject({ status: 'failed', attempts: 0 });
    expect(hits).toHaveLength(0);
  });

  it('fails a delivery whose webhook was disabled in the meantime', async () => {
    const { engine, outbox, webhook, clock } = setUp('/ok');
    outbox.webhooks.set(webhook.id, { ...webhook, disabled_at: clock.now().toISOString() });
    expect((await engine.runDue())[0]).toMatchObject({ outcome: 'failed', error: 'the webhook was disabled before the delivery succeeded' });
  });
});

describe('claims, leases and restarts', () => {
  it('a restart mid-schedule loses nothing: a claim whose attempt never finished is due again after its lease', async () => {
    script['/after-restart'] = [answer(500), answer(204)];
    const { engine, outbox, stored, clock, webhook } = setUp('/after-restart');
    await engine.runDue(); // attempt 1: 500, retry scheduled
    clock.set(stored().next_attempt_at!);
    // attempt 2 is claimed, then the process dies before it is sent or recorded
    const [claim] = await outbox.claimDue(clock.now(), 10, new Date(clock.now().getTime() + 60_000));
    expect(claim?.delivery.attempts).toBe(1);
    expect(await engine.runDue()).toEqual([]); // leased: nobody else takes it meanwhile

    // a new process: a new engine and client over the same outbox
    const client = createSenderHttpClient({ allowLocalhost: true, resolve: localResolver });
    const restarted = createDeliveryEngine({ outbox, http: client, now: clock.now, random: () => 0.5 });
    clock.advance(60_000);
    expect((await restarted.runDue())[0]).toMatchObject({ outcome: 'succeeded', attempt: 2 });
    expect(stored()).toMatchObject({ status: 'succeeded', attempts: 2 });
    // the old claim is stale: recording it changes nothing
    expect(outbox.recordAttempt(claim!.delivery, { attempted_at: clock.now(), status: 'failed', response_status: 500, error: 'late', next_attempt_at: null })).toBe(false);
    expect(hits.filter((hit) => hit.headers['webhook-id'] === claim!.delivery.event_id)).toHaveLength(2);
    expect(webhook.id).toBe(claim!.webhook?.id);
    await client.close();
  });

  it('keeps going when recording one delivery fails, and that one is due again after its lease', async () => {
    const { engine, outbox, enqueue, clock } = setUp('/ok');
    const second = enqueue();
    const record = outbox.recordAttempt.bind(outbox);
    outbox.recordAttempt = (claimed, outcome) => {
      if (claimed.id === second.id) throw new Error('disk full');
      return record(claimed, outcome);
    };
    const reports = await engine.runDue();
    expect(reports.map((report) => report.outcome).sort()).toEqual(['retrying', 'succeeded']);
    expect(reports.find((report) => report.delivery_id === second.id)).toMatchObject({ recorded: false, error: expect.stringContaining('due again') });
    outbox.recordAttempt = record;
    clock.advance(10 * 60 * 1000);
    expect((await engine.runDue()).map((report) => [report.delivery_id, report.outcome])).toEqual([[second.id, 'succeeded']]);
  });

  it('two runs at once never send one delivery twice', async () => {
    const { engine, enqueue } = setUp('/ok');
    for (let index = 0; index < 9; index += 1) enqueue();
    const [first, second] = await Promise.all([engine.runDue(), engine.runDue()]);
    expect(first!.length + second!.length).toBe(10);
    expect(new Set(hits.map((hit) => hit.headers['webhook-id'])).size).toBe(10);
    expect(hits).toHaveLength(10);
  });
});

describe('what is recorded and logged', () => {
  it('never holds the secret, a signature or the body', async () => {
    script['/fail'] = [answer(500)];
    const { engine, outbox, logs } = setUp('/fail');
    await engine.runDue();
    const recorded = JSON.stringify({ logs, deliveries: outbox.list().map(({ body: _body, ...rest }) => rest) });
    expect(recorded).not.toContain(SECRET);
    expect(recorded).not.toContain(hits[0]!.headers['webhook-signature'] as string);
    expect(recorded).not.toContain(hits[0]!.headers['x-webhook-signature'] as string);
    expect(logs[0]).toEqual({
      event: 'delivery.retrying',
      delivery_id: expect.any(String),
      webhook_id: expect.any(String),
      event_id: expect.any(String),
      event_type: 'order.created',
      attempt: 1,
      response_status: 500,
      error: 'the endpoint answered 500 Internal Server Error',
      next_attempt_at: expect.any(Date),
    });
  });
});
