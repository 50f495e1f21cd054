/**
 * The sender's loop against real local receivers: a freed slot starts the next delivery at once (no batch
 * waits for its slowest member), a webhook whose endpoint hangs holds at most its own limit of slots while
 * the others' deliveries flow, an idle loop wakes on enqueue and at the next due time rather than on its
 * poll, and a stop lets the attempts in flight finish. Order of events is asserted, never durations.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OrderCreatedEvent } from '../../generated/examples.js';
import { createDeliveryEngine, type DeliveryEngineOptions } from '../../src/delivery/engine.js';
import { planDeliveries, type SenderWebhook } from '../../src/delivery/events.js';
import { createSenderHttpClient, type SenderHttpClient } from '../../src/delivery/http-client.js';
import { createDeliveryWorker, type DeliveryWorker } from '../../src/delivery/worker.js';
import type { Store } from '../../src/store/contract.js';
import { openOutboxStore, type OutboxStore } from '../support/outbox-store.js';
import { localResolver } from './support.js';

/** A receiver: `/fast` answers at once; `/hang` accepts and never answers; every arrival is told. */
let receiver: Server;
let base: string;
const arrivals: string[] = [];
const waiting: ServerResponse[] = [];
let onArrival: ((path: string) => void) | undefined;

let http: SenderHttpClient;
const opened: { store: Store; worker?: DeliveryWorker }[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const path = request.url ?? '/';
      arrivals.push(path);
      onArrival?.(path);
      if (path.startsWith('/hang')) waiting.push(response);
      else response.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  base = `http://localhost:${(receiver.address() as { port: number }).port}`;
  http = createSenderHttpClient({ allowLocalhost: true, resolve: localResolver });
});

afterEach(async () => {
  // a hanging request ends (reset), so that stopping does not wait out its time-out
  for (const response of waiting.splice(0)) response.destroy();
  for (const { worker } of opened) await worker?.stop();
  await Promise.all(opened.splice(0).map(({ store }) => store.close()));
  arrivals.length = 0;
  onArrival = undefined;
});

afterAll(async () => {
  await http.close();
  receiver.closeAllConnections();
  await new Promise<void>((done) => receiver.close(() => done()));
});

async function setUp(engineOptions: Partial<DeliveryEngineOptions> = {}) {
  const outbox: OutboxStore = await openOutboxStore();
  const engine = createDeliveryEngine({ outbox: outbox.store, http, random: () => 0.5, ...engineOptions });
  const entry: { store: Store; worker?: DeliveryWorker } = { store: outbox.store };
  opened.push(entry);
  const enqueue = async (webhook: SenderWebhook, count: number) => {
    for (let index = 0; index < count; index++) await outbox.store.enqueue(planDeliveries({ ...OrderCreatedEvent, id: randomUUID() }, [webhook], { now: new Date(), newId: randomUUID }));
  };
  const worker = (options: Parameters<typeof createDeliveryWorker>[0] extends infer O ? Omit<O, 'engine'> : never) => (entry.worker = createDeliveryWorker({ engine, ...options }));
  return { outbox, engine, enqueue, worker };
}

/** Resolves when `count` requests have arrived at paths starting with `prefix`. */
function arrived(prefix: string, count: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => arrivals.filter((path) => path.startsWith(prefix)).length >= count && resolve();
    const previous = onArrival;
    onArrival = (path) => {
      previous?.(path);
      check();
    };
    check();
  });
}

describe('the loop', () => {
  it('keeps delivering to healthy webhooks while a hanging one holds its own limit of slots, and no more', async () => {
    const { outbox, enqueue, worker } = await setUp({ perWebhookConcurrency: 2, attemptTimeoutMs: 60_000 });
    const hanging = await outbox.addWebhook({ url: `${base}/hang` });
    const healthy = [await outbox.addWebhook({ url: `${base}/fast-a` }, 'other'), await outbox.addWebhook({ url: `${base}/fast-b` }, 'third')];
    await enqueue(hanging, 10);
    for (const webhook of healthy) await enqueue(webhook, 20);
    const loop = worker({ concurrency: 4 });
    loop.start();
    // every healthy delivery arrives while the hanging endpoint holds two requests that never end
    await arrived('/fast', 40);
    expect(arrivals.filter((path) => path === '/hang')).toHaveLength(2);
    // once the last healthy answers are recorded, only the two hanging requests hold slots
    await expect.poll(() => loop.inFlight).toBe(2);
    // one more event to a healthy webhook, after all that: it goes out at once, through the free slots
    await enqueue(healthy[0]!, 1);
    loop.wake();
    await arrived('/fast', 41);
  });

  it('wakes on enqueue, and at the time the next delivery falls due, not on its poll', async () => {
    const { outbox, enqueue } = await setUp();
    const webhook = await outbox.addWebhook({ url: `${base}/fast` });
    // the first attempt is answered 503 without reaching the receiver; the retry, 150 ms later, arrives
    let attempts = 0;
    const flaky: SenderHttpClient = { ...http, post: (request) => (attempts++ === 0 ? Promise.resolve({ answered: true, status: 503, retryAfter: undefined }) : http.post(request)) };
    const engine = createDeliveryEngine({ outbox: outbox.store, http: flaky, retryPolicy: { baseDelayMs: 1, maxDelayMs: 1, windowMs: 60_000, delaysMs: [150] } });
    const loop = (opened.at(-1)!.worker = createDeliveryWorker({ engine, pollIntervalMs: 3_600_000 }));
    loop.start();
    await enqueue(webhook, 1);
    loop.wake();
    // a poll of an hour would not see it before the test's end: the loop slept until the retry was due
    await arrived('/fast', 1);
    expect(attempts).toBe(2);
  });

  it('stops: the attempts in flight finish and are recorded, and nothing more starts', async () => {
    const { outbox, enqueue, worker } = await setUp({ perWebhookConcurrency: 1 });
    const webhook = await outbox.addWebhook({ url: `${base}/hang-then-answer` });
    await enqueue(webhook, 3);
    const loop = worker({ concurrency: 8 });
    loop.start();
    await arrived('/hang', 1);
    const stopping = loop.stop();
    waiting.shift()!.writeHead(204).end();
    await stopping;
    expect(arrivals).toEqual(['/hang-then-answer']);
    const page = await outbox.store.listDeliveries('acme', webhook.id, { limit: 10 });
    expect(page.ok && page.items.map((delivery) => delivery.status).sort()).toEqual(['pending', 'pending', 'succeeded']);
  });

  it('delivers everything due with runOnce, refilling slots as a limited webhook finishes', async () => {
    const { outbox, enqueue, worker } = await setUp({ perWebhookConcurrency: 2 });
    const webhook = await outbox.addWebhook({ url: `${base}/fast` });
    await enqueue(webhook, 7);
    const reports = await worker({ concurrency: 4 }).runOnce();
    expect(reports.map((report) => report.outcome)).toEqual(Array(7).fill('succeeded'));
  });

  it('naps while what is due waits for its webhook\'s limit, instead of claiming nothing in a loop', async () => {
    // an engine whose one webhook is at its limit: the first claim starts an attempt that never ends, every
    // later claim finds nothing with room, and the webhook's queue is due now all the while
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate'] });
    try {
      let claims = 0;
      const engine = {
        claim: async () => (claims++ === 0 ? [{} as never] : []),
        deliverOne: () => new Promise<never>(() => undefined),
        nextDueAt: async () => new Date(),
      };
      const loop = createDeliveryWorker({ engine, concurrency: 4, pollIntervalMs: 1_000 });
      loop.start();
      // a loop of empty claims would never let the clock move on (the fake timers give up after 10,000)
      await vi.advanceTimersByTimeAsync(1_000);
      expect(claims).toBeGreaterThan(1);
      expect(claims).toBeLessThanOrEqual(1_000 / 50 + 2);
      void loop.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks the store for the next due time once per nap, not once per delivery, while a webhook at its limit keeps sending', async () => {
    // one webhook at its limit of one: every claim starts one delivery, which ends a turn later (a real
    // setImmediate) and pumps again; the clock and the nap's timer stand still, so every ending falls
    // within the first nap
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let remaining = 200;
      let asked = 0;
      const engine = {
        claim: async () => (remaining-- > 0 ? [{} as never] : []),
        deliverOne: (_claim: never, hooks?: { onSent?: () => void }) =>
          new Promise<never>((done) => setImmediate(() => {
            hooks?.onSent?.();
            done({ outcome: 'succeeded' } as never);
          })),
        nextDueAt: async () => {
          asked++;
          return remaining > 0 ? new Date() : null;
        },
      };
      const loop = createDeliveryWorker({ engine, concurrency: 4, pollIntervalMs: 1_000 });
      loop.start();
      await vi.waitFor(() => expect(remaining).toBeLessThan(0));
      // before: once per delivery (200); now once for the nap, and once when nothing is left
      expect(asked).toBeLessThanOrEqual(3);
      void loop.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
