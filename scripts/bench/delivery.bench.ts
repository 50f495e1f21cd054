/**
 * The sender's speed and fairness, in one run, against receivers in their own process (the second core):
 *   1. a backlog of 10,000 deliveries to one receiver, drained by the sender (the SQLite outbox on a file,
 *      the engine and its loop) beside a bare undici loop that signs the same bodies, with as many requests
 *      in flight as the sender gives one webhook, run just before and just after the sender (their mean);
 *   2. 100 healthy webhooks beside 16 that accept connections and never answer: the healthy ones' rate
 *      beside their rate alone, and how long a fresh event to a healthy webhook takes to be acknowledged;
 *   3. a webhook whose receiver takes 500 ms beside a fast one: the fast one's rate beside its rate alone.
 * Prints each figure with its baseline and the ratio; nothing here gates CI. The backlog's CPU time per
 * delivery is printed beside its rate: on a loaded machine it moves less than the rates do.
 * DELIVERY_BENCH_PROFILE=<folder> writes a V8 CPU profile of the sender's drain there and prints its
 * heaviest functions; DELIVERY_BENCH_ONLY=backlog runs the first scene alone.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Agent, request } from 'undici';
import { createDeliveryEngine, DEFAULT_PER_WEBHOOK_CONCURRENCY, type DeliveryLogEntry } from '../../src/delivery/engine.js';
import { planDeliveries, type SenderWebhook } from '../../src/delivery/events.js';
import { createSenderHttpClient } from '../../src/delivery/http-client.js';
import type { DeliveryOutbox } from '../../src/delivery/outbox.js';
import { signDelivery } from '../../src/delivery/sign-delivery.js';
import { createDeliveryWorker } from '../../src/delivery/worker.js';
import { SecretsBox } from '../../src/server/secrets-box.js';
import { sealStore } from '../../src/server/sealed-store.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store, WebhookConfig } from '../../src/store/contract.js';
import { webhookRepresentation } from '../../src/server/views.js';
import { SAMPLE_EVENTS } from '../../src/server/events.js';
import { stopChild } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SECRET = 'whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL';
const BACKLOG = 10_000;
const HEALTHY = 100;
const PER_HEALTHY = 60;
const HANGING = 16;
const PROBE_EVERY_MS = 25;
const FAST_BACKLOG = 4_000;
const WARM_UP = 3_000;
const PROFILE = process.env.DELIVERY_BENCH_PROFILE;
const ONLY = process.env.DELIVERY_BENCH_ONLY;
const localhost = async () => [{ address: '127.0.0.1' }];

interface Scene {
  store: Store;
  add(path: string, account: string): Promise<SenderWebhook>;
  enqueue(webhook: SenderWebhook, count: number): Promise<string[]>;
  close(): Promise<void>;
}

async function scene(base: string): Promise<Scene> {
  const folder = mkdtempSync(join(tmpdir(), 'webhooks-bench-delivery-'));
  const store = sealStore(await createSqliteStore({ path: join(folder, 'webhooks.db') }), SecretsBox.ephemeral());
  const event = SAMPLE_EVENTS['order.created'];
  return {
    store,
    async add(path, account) {
      const id = randomUUID();
      const config = { url: `${base}${path}`, enabled_events: ['*'], secret: SECRET } as WebhookConfig;
      await store.createWebhook({ accountId: account, id, config, createdAt: Date.now(), representation: webhookRepresentation({ id, config, createdAt: 0, updatedAt: 0 }) });
      return { ...config, id, account_id: account };
    },
    async enqueue(webhook, count) {
      const planned = [];
      for (let index = 0; index < count; index++) planned.push(...planDeliveries({ ...event, id: randomUUID() }, [webhook], { now: new Date(), newId: randomUUID }));
      for (let at = 0; at < planned.length; at += 1_000) await store.enqueue(planned.slice(at, at + 1_000));
      return planned.map((delivery) => delivery.id);
    },
    async close() {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Runs the sender over `store` until `done` holds; resolves with the engine's log lines and the seconds taken. */
async function send(store: Store, until: (log: DeliveryLogEntry[]) => boolean, during?: (wake: () => void) => () => void): Promise<{ log: DeliveryLogEntry[]; seconds: number; cpuUs: number; claims: number; at: Map<string, number> }> {
  const http = createSenderHttpClient({ allowLocalhost: true, resolve: localhost, userAgent: 'webhooks-contract/bench' });
  const log: DeliveryLogEntry[] = [];
  const at = new Map<string, number>();
  let finish!: () => void;
  const finished = new Promise<void>((done) => (finish = done));
  // the claims are counted: each costs the same whatever its size, so their size says much of the cost
  let claims = 0;
  const outbox: DeliveryOutbox = {
    enqueue: (deliveries) => store.enqueue(deliveries),
    claim: async (request) => {
      claims++;
      return store.claim(request);
    },
    extendLeases: (claimed, leaseUntil) => store.extendLeases(claimed, leaseUntil),
    recordAttempt: (claimed, outcome) => store.recordAttempt(claimed, outcome),
    markFailed: (claimed, reason) => store.markFailed(claimed, reason),
    release: (claimed, dueAt) => store.release(claimed, dueAt),
    disableWebhook: (claimed, request) => store.disableWebhook(claimed, { ...request, render: webhookRepresentation }),
    nextDueAt: (now) => store.nextDueAt(now),
  };
  const engine = createDeliveryEngine({
    outbox,
    http,
    attemptTimeoutMs: 30_000,
    autoDisable: false,
    log: (entry) => {
      log.push(entry);
      at.set(entry.delivery_id, performance.now());
      if (until(log)) finish();
    },
  });
  const worker = createDeliveryWorker({ engine });
  const started = performance.now();
  const cpu = process.cpuUsage();
  worker.start();
  const stopDuring = during?.(() => worker.wake());
  await finished;
  const seconds = (performance.now() - started) / 1000;
  const cpuUs = cpuPerItem(cpu, log.length);
  stopDuring?.();
  void worker.stop();
  await http.close().catch(() => undefined);
  return { log, seconds, cpuUs, claims, at };
}

/** A counter of the successes of `webhooks`, fed the log one entry at a time (the log is never scanned). */
function succeeded(webhooks: ReadonlySet<string>, total: number): (log: DeliveryLogEntry[]) => boolean {
  let count = 0;
  return (log) => {
    const entry = log.at(-1)!;
    if (entry.event === 'delivery.succeeded' && webhooks.has(entry.webhook_id)) count++;
    return count >= total;
  };
}

/** A bare loop: undici requests with the same signed bodies, `inFlight` at a time. */
async function bareLoop(url: string, count: number, inFlight: number): Promise<{ rate: number; cpuUs: number }> {
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  const body = JSON.stringify(SAMPLE_EVENTS['order.created']);
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < count) {
        const headers = signDelivery(body, SECRET, randomUUID(), new Date());
        const response = await request(url, { method: 'POST', headers, body, dispatcher: agent });
        await response.body.dump();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuUs = cpuPerItem(cpu, count);
  await agent.close();
  return { rate: count / seconds, cpuUs };
}

/** CPU time (user and system, µs) of this process since `since`, per item. */
function cpuPerItem(since: NodeJS.CpuUsage, count: number): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / count;
}

/** Runs `body` under the V8 profiler, writes the profile into `folder` and prints the functions with the most self time. */
async function profiled<T>(folder: string, name: string, body: () => Promise<T>): Promise<T> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  const result = await body();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
  const self = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || !node.hitCount) continue;
    busy += node.hitCount;
    const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|src|scripts)\//, '$1/')}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + node.hitCount);
  }
  console.log(`\nprofile of ${name} (${join(folder, `${name}.cpuprofile`)}), self time of busy samples:`);
  for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${((100 * hits) / busy).toFixed(1).padStart(5)} %  ${key}`);
  return result;
}

const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

export async function run(): Promise<void> {
  const receiver = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/delivery-receiver.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((done) => createInterface({ input: receiver.stdout! }).once('line', done));
  const rows: string[][] = [];
  try {
    // 1. a backlog to one receiver; the bare loop runs before and after the sender, and its mean is the
    // baseline (on a machine shared with other work, the load moves between runs)
    {
      const s = await scene(base);
      const webhook = await s.add('/fast/backlog', 'acme');
      await s.enqueue(webhook, BACKLOG);
      // JIT warm-up of what both share (undici, signing), so that neither measures cold code
      await bareLoop(`${base}/fast/bare`, WARM_UP, DEFAULT_PER_WEBHOOK_CONCURRENCY);
      const before = await bareLoop(`${base}/fast/bare`, BACKLOG, DEFAULT_PER_WEBHOOK_CONCURRENCY);
      const drain = () => send(s.store, (log) => log.length >= BACKLOG);
      const { seconds, cpuUs, claims } = PROFILE === undefined ? await drain() : await profiled(PROFILE, 'backlog', drain);
      const after = await bareLoop(`${base}/fast/bare`, BACKLOG, DEFAULT_PER_WEBHOOK_CONCURRENCY);
      const bare = { rate: (before.rate + after.rate) / 2, cpuUs: (before.cpuUs + after.cpuUs) / 2 };
      const bareWide = await bareLoop(`${base}/fast/bare`, BACKLOG, 64);
      const sender = BACKLOG / seconds;
      const bareRates = `(${rate(before.rate)} before, ${rate(after.rate)} after)`;
      rows.push(['10,000 to one receiver: the sender', rate(sender), `bare undici loop, ${DEFAULT_PER_WEBHOOK_CONCURRENCY} in flight: ${rate(bare.rate)} ${bareRates}`, ratio(sender, bare.rate), '≥ 0.8×']);
      rows.push(['  CPU per delivery', `${Math.round(cpuUs)} µs`, `bare loop: ${Math.round(bare.cpuUs)} µs`, ratio(bare.cpuUs, cpuUs), '']);
      rows.push(['  the sender\'s claims', claims.toLocaleString('en'), `${(BACKLOG / claims).toFixed(1)} deliveries each`, '', '']);
      rows.push(['  (the bare loop with 64 in flight, for scale)', rate(bareWide.rate), '', '', '']);
      await s.close();
    }

    if (ONLY !== 'backlog') await others(base, rows);
  } finally {
    await stopChild(receiver);
  }
  console.log('| measurement | value | baseline (same run) | ratio | target |');
  console.log('|---|---:|---|---:|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** Scenes 2 and 3: fairness beside hanging and slow receivers. */
async function others(base: string, rows: string[][]): Promise<void> {
  {
    // 2. healthy webhooks, alone and beside hanging ones, with fresh events to a healthy webhook meanwhile
    const healthyRun = async (hanging: number) => {
      const s = await scene(base);
      const healthy = new Set<string>();
      for (let index = 0; index < HEALTHY; index++) {
        const webhook = await s.add(`/fast/h${index}`, `account-${index % 20}`);
        healthy.add(webhook.id);
        await s.enqueue(webhook, PER_HEALTHY);
      }
      for (let index = 0; index < hanging; index++) await s.enqueue(await s.add(`/hang/${index}`, `hanging-${index}`), 50);
      const probe = await s.add('/fast/probe', 'probe-account');
      const probes = new Map<string, number>();
      const total = HEALTHY * PER_HEALTHY;
      const result = await send(
        s.store,
        succeeded(healthy, total),
        (wake) => {
          const timer = setInterval(() => {
            void s.enqueue(probe, 1).then(([id]) => {
              probes.set(id!, performance.now());
              wake();
            });
          }, PROBE_EVERY_MS);
          return () => clearInterval(timer);
        },
      );
      const latencies = [...probes].filter(([id]) => result.at.has(id)).map(([id, sent]) => result.at.get(id)! - sent).sort((a, b) => a - b);
      await s.close();
      return { rate: total / result.seconds, p99: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN, probes: latencies.length };
    };
    const alone = await healthyRun(0);
    const beside = await healthyRun(HANGING);
    rows.push([`${HEALTHY} healthy webhooks beside ${HANGING} hanging`, rate(beside.rate), `alone: ${rate(alone.rate)}`, ratio(beside.rate, alone.rate), '≥ 0.9×']);
    rows.push([`  a fresh event to a healthy webhook, p99 (${beside.probes} events)`, `${Math.round(beside.p99)} ms`, `alone: ${Math.round(alone.p99)} ms`, '', '≤ 1,000 ms']);

    // 3. a fast webhook, alone and beside one whose receiver takes 500 ms
    const fastRun = async (slow: boolean) => {
      const s = await scene(base);
      const fast = await s.add('/fast/only', 'fast-account');
      await s.enqueue(fast, FAST_BACKLOG);
      if (slow) await s.enqueue(await s.add('/slow/one', 'slow-account'), 1_000);
      const result = await send(s.store, succeeded(new Set([fast.id]), FAST_BACKLOG));
      await s.close();
      return FAST_BACKLOG / result.seconds;
    };
    const fastAlone = await fastRun(false);
    const fastBeside = await fastRun(true);
    rows.push(['a fast webhook beside a 500 ms one', rate(fastBeside), `alone: ${rate(fastAlone)}`, ratio(fastBeside, fastAlone), '≥ 0.8×']);
  }
}
