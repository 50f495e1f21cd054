/**
 * The sender scaled out on Postgres, in one run: a backlog of 10,000 deliveries over 20 webhooks, in a
 * throwaway Postgres cluster (fsync off, as the tests run it), drained by one sender process and then,
 * from the same backlog made afresh, by two sender processes on the one database, to the same receiver
 * process. After each drain, every delivery is checked to have been made exactly once: each succeeded
 * after one attempt in the database, and the receiver got each event id once. Prints the rates, their
 * ratio, and the CPU use of each process meanwhile (what bounds the second sender's gain on this machine).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { planDeliveries } from '../../src/delivery/events.js';
import { SecretsBox, parseSecretsKey } from '../../src/server/secrets-box.js';
import { sealStore } from '../../src/server/sealed-store.js';
import { webhookRepresentation } from '../../src/server/views.js';
import { SAMPLE_EVENTS } from '../../src/server/events.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import type { WebhookConfig } from '../../src/store/contract.js';
import { postgresUrl, startCluster, stopPostgres, type PostgresServer } from '../../test/support/postgres-cluster.js';
import { cpuUse, formatCpuUse, postgresPids, sampleBackends, sleep, stopChild } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SECRET = 'whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL';
const SECRETS_KEY = 'de'.repeat(32);
const BACKLOG = 10_000;
const WEBHOOKS = 20;
const ACCOUNTS = 5;
const POLL_MS = 20;
const GIVE_UP_MS = 180_000;

interface Drain {
  senders: number;
  rate: number;
  seconds: number;
  /** deliveries each sender made, as its own log counted them */
  shares: number[];
  cpu: Record<string, number>;
  /** the mean number of the database's backends running a statement, and of those waiting on a lock */
  backends: { active: number; waiting: number };
  /** what the exactly-once check found wrong; empty when every delivery was made once */
  faults: string[];
}

/** Reads the next line of a child's stdout. */
function lineOf(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      lines.close();
      done(line);
    });
    child.once('close', (code) => fail(new Error(`a child exited (${code}) before it printed a line`)));
  });
}

/** A new database on the cluster holding the backlog, and its URL. */
async function backlog(server: PostgresServer, name: string, base: string): Promise<string> {
  const admin = new pg.Client({ connectionString: postgresUrl(server, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = postgresUrl(server, name);
  const store = sealStore(await createPostgresStore({ url }), new SecretsBox(parseSecretsKey(SECRETS_KEY)));
  try {
    const event = SAMPLE_EVENTS['order.created'];
    for (let index = 0; index < WEBHOOKS; index++) {
      const id = randomUUID();
      const account = `account-${index % ACCOUNTS}`;
      const config = { url: `${base}/count/${name}/${index}`, enabled_events: ['*'], secret: SECRET } as WebhookConfig;
      await store.createWebhook({ accountId: account, id, config, createdAt: Date.now(), representation: webhookRepresentation({ id, config, createdAt: 0, updatedAt: 0 }) });
      const webhook = { ...config, id, account_id: account };
      const planned = [];
      for (let n = 0; n < BACKLOG / WEBHOOKS; n++) planned.push(...planDeliveries({ ...event, id: randomUUID() }, [webhook], { now: new Date(), newId: randomUUID }));
      await store.enqueue(planned);
    }
  } finally {
    await store.close();
  }
  return url;
}

/** Drains a fresh backlog with `senders` sender processes, then checks that each delivery was made exactly once. */
async function drain(server: PostgresServer, base: string, receiver: ChildProcess, senders: number): Promise<Drain> {
  const name = `drain_${senders}`;
  const url = await backlog(server, name, base);
  const children = Array.from({ length: senders }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/delivery-sender.ts'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: url, SECRETS_KEY } }),
  );
  const client = new pg.Client({ connectionString: url });
  try {
    await Promise.all(children.map(lineOf));
    await client.connect();
    const count = async () =>
      (await client.query<{ succeeded: number; failed: number; attempts: number }>(
        "SELECT count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded, count(*) FILTER (WHERE status = 'failed')::int AS failed, coalesce(sum(attempts), 0)::int AS attempts FROM deliveries",
      )).rows[0]!;
    const groups: Record<string, () => number[]> = {};
    children.forEach((child, index) => (groups[`sender ${index + 1}`] = () => [child.pid!]));
    groups.receiver = () => [receiver.pid!];
    groups.postgres = () => postgresPids(join(server.dir, 'data'));
    const stopCpu = cpuUse(groups, 'this process (polls)');
    const stopSampling = await sampleBackends(url);
    const started = performance.now();
    for (const child of children) child.stdin!.write('go\n');
    // the receiver is polled until it has every event (a count in the database costs Postgres a scan, which
    // would compete with the senders), then the database until every outcome is recorded
    const received = async () => (await (await fetch(`${base}/counts/${name}`)).json()) as { requests: number; distinct: number; duplicated: number };
    const giveUp = (what: string) => {
      if (performance.now() - started > GIVE_UP_MS) throw new Error(`${senders} sender(s) drained ${what} of ${BACKLOG} in ${GIVE_UP_MS / 1000} s`);
    };
    for (let got = await received(); got.distinct < BACKLOG; got = await received()) {
      giveUp(`${got.distinct} received`);
      await sleep(POLL_MS);
    }
    let counts = await count();
    while (counts.succeeded + counts.failed < BACKLOG) {
      giveUp(`${counts.succeeded} recorded`);
      await sleep(POLL_MS);
      counts = await count();
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = stopCpu();
    const backends = await stopSampling();
    const shares = await Promise.all(
      children.map(async (child) => {
        const said = lineOf(child);
        child.kill('SIGTERM');
        return (JSON.parse(await said) as { succeeded: number }).succeeded;
      }),
    );
    // exactly once: after the senders stopped, in the database and at the receiver
    counts = await count();
    const got = await received();
    const faults: string[] = [];
    if (counts.succeeded !== BACKLOG) faults.push(`${counts.succeeded} of ${BACKLOG} succeeded in the database (${counts.failed} failed)`);
    if (counts.attempts !== BACKLOG) faults.push(`${counts.attempts} attempts recorded for ${BACKLOG} deliveries`);
    if (got.requests !== BACKLOG || got.distinct !== BACKLOG) faults.push(`the receiver got ${got.requests} requests for ${got.distinct} distinct event ids (${got.duplicated} more than once)`);
    return { senders, rate: BACKLOG / seconds, seconds, shares, cpu, backends, faults };
  } finally {
    await Promise.all(children.map((child) => stopChild(child)));
    await client.end().catch(() => undefined);
  }
}

const rate = (value: number) => `${Math.round(value).toLocaleString('en')}/s`;

/** Runs the benchmark and prints its table. */
export async function run(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'webhooks-bench-delivery-postgres-'));
  // the Postgres server's user (postgres, when this runs as root) must reach its cluster inside
  chmodSync(folder, 0o755);
  let server: PostgresServer | undefined;
  const receiver = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/delivery-receiver.ts'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const base = await lineOf(receiver);
    server = await startCluster(join(folder, 'postgres'));
    const one = await drain(server, base, receiver, 1);
    const two = await drain(server, base, receiver, 2);
    console.log(
      `A backlog of ${BACKLOG.toLocaleString('en')} deliveries over ${WEBHOOKS} webhooks of ${ACCOUNTS} accounts, in Postgres (fsync off, synchronous_commit on), to one receiver process; this machine has ${availableParallelism()} cores, shared by the senders, Postgres and the receiver. CPU use in cores (CPU seconds per second) during each drain:\n`,
    );
    console.log('| senders | drained | seconds | deliveries per sender | exactly once | CPU use, cores | Postgres CPU per delivery | backends running a statement / waiting on a lock (mean) |');
    console.log('|---|---:|---:|---|---|---|---:|---:|');
    for (const row of [one, two]) {
      const postgresUs = ((row.cpu.postgres ?? 0) * row.seconds * 1e6) / BACKLOG;
      console.log(
        `| ${row.senders} | ${rate(row.rate)} | ${row.seconds.toFixed(2)} | ${row.shares.map((n) => n.toLocaleString('en')).join(' + ')} | ${row.faults.length === 0 ? 'yes' : `no: ${row.faults.join('; ')}`} | ${formatCpuUse(row.cpu)} | ${Math.round(postgresUs)} µs | ${row.backends.active.toFixed(2)} / ${row.backends.waiting.toFixed(2)} |`,
      );
    }
    const ratio = two.rate / one.rate;
    console.log('\n| two senders / one sender | ratio | target |');
    console.log('|---|---:|---|');
    console.log(`| backlog drained per second | ${ratio.toFixed(2)}× | ≥ 1.60× (${ratio >= 1.6 ? 'met' : 'missed'}) |`);
    const busy = (row: Drain) => Object.values(row.cpu).reduce((sum, cores) => sum + cores, 0).toFixed(2);
    console.log(`\nThe processes measured used ${busy(one)} of ${availableParallelism()} cores with one sender and ${busy(two)} with two; Postgres alone ${(one.cpu.postgres ?? 0).toFixed(2)} and ${(two.cpu.postgres ?? 0).toFixed(2)}.`);
    if (one.faults.length + two.faults.length > 0) process.exitCode = 1;
  } finally {
    await stopChild(receiver);
    if (server !== undefined) stopPostgres(server);
    rmSync(folder, { recursive: true, force: true });
  }
}
