/**
 * What the benchmarks that start servers as processes share: the load every server gets, and reading a
 * process's memory and CPU time (and a Postgres cluster's processes'), waiting for its first good answer and stopping it (Linux /proc).
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** autocannon connections for every load */
export const CONNECTIONS = 10;
/** seconds each load is measured, after WARM_UP_S seconds not measured */
export const DURATION_S = 10;
export const WARM_UP_S = 3;
/** a valid create body with a write-only secret, the same for every server measured */
export const CREATE_BODY = JSON.stringify({ url: 'https://hooks.example.com/webhooks', enabled_events: ['*'], secret: 'whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL' });

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Resident memory of the processes together, in MB; a process that has gone counts nothing.
 * @example
 * rssMb([child.pid!]) // 83.4
 */
export function rssMb(pids: readonly number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

/**
 * CPU time (user + system) a process has used, in µs (clock ticks of 10 ms).
 * @example
 * const before = cpuTimeUs(pid); await load(); (cpuTimeUs(pid) - before) / requests // µs per request
 */
export function cpuTimeUs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/**
 * Polls `GET /v1/webhooks` until it answers 200; resolves with the seconds since `started`, rejects when
 * `child` exits first.
 * @example
 * const startUpS = await firstGoodResponse(url, performance.now(), child, { authorization: 'Bearer key' });
 */
export async function firstGoodResponse(url: string, started: number, child: ChildProcess | undefined, headers: Record<string, string>): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(`${url}/v1/webhooks`, { headers });
      await response.arrayBuffer();
      if (response.status === 200) return (performance.now() - started) / 1000;
    } catch {
      // not yet
    }
    if (child !== undefined && child.exitCode !== null) throw new Error(`${url}: the server exited before answering`);
    await sleep(5);
  }
}

/**
 * Stops a process and resolves once it has exited (at once when it already has).
 * @example
 * await stopChild(server, 'SIGINT');
 */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill(signal);
  });
}

/**
 * The processes of a running PostgreSQL cluster: its postmaster (the first line of `postmaster.pid` in its
 * data folder) and every process it has forked (backends, writers), read from /proc now.
 * @example
 * postgresPids(join(server.dir, 'data')) // [4711, 4712, …]
 */
export function postgresPids(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = [postmaster];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU time of processes that may come and go: `cpuTimeUs` per pid, 0 for one that has gone. */
function cpuTimesUs(pids: readonly number[]): Map<number, number> {
  const times = new Map<number, number>();
  for (const pid of pids) {
    try {
      times.set(pid, cpuTimeUs(pid));
    } catch {
      times.set(pid, 0);
    }
  }
  return times;
}

/** Named groups of processes whose CPU use is measured over a window; `self` is this process (the load generator). */
export type CpuGroups = Record<string, () => readonly number[]>;

/**
 * Starts measuring the CPU use of each group (and of this process, named `self`); the returned
 * function gives each one's use in cores (CPU seconds per wall-clock second) since the start. A process of
 * a group that starts meanwhile counts from zero; one that ends meanwhile counts nothing of the window.
 * @example
 * const stop = cpuUse({ server: () => [child.pid!] }); await load(); stop() // { server: 0.93, 'load generator': 0.71 }
 */
export function cpuUse(groups: CpuGroups, self = 'load generator'): () => Record<string, number> {
  const started = performance.now();
  const selfBefore = process.cpuUsage();
  const before = new Map(Object.entries(groups).map(([name, pids]) => [name, cpuTimesUs(pids())]));
  return () => {
    const wallUs = (performance.now() - started) * 1000;
    const used = process.cpuUsage(selfBefore);
    const use: Record<string, number> = {};
    for (const [name, pids] of Object.entries(groups)) {
      const then = before.get(name)!;
      let us = 0;
      for (const [pid, now] of cpuTimesUs(pids())) us += Math.max(0, now - (then.get(pid) ?? 0));
      use[name] = us / wallUs;
    }
    use[self] = (used.user + used.system) / wallUs;
    return use;
  };
}

/** CPU use in cores, as the tables print it: `name 0.93` joined by commas. */
export function formatCpuUse(use: Record<string, number>): string {
  return Object.entries(use)
    .map(([name, cores]) => `${name} ${cores.toFixed(2)}`)
    .join(', ');
}

/**
 * Samples, every 50 ms, what the Postgres database's other backends are doing, until the returned function
 * is called, which gives the mean number running a statement and waiting on a lock.
 * @example
 * const stop = await sampleBackends(url); await load(); await stop() // { active: 3.1, waiting: 2.4 }
 */
export async function sampleBackends(url: string): Promise<() => Promise<{ active: number; waiting: number }>> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let samples = 0;
  let active = 0;
  let waiting = 0;
  let stopped = false;
  const sampling = (async () => {
    while (!stopped) {
      const row = (
        await client.query<{ active: number; waiting: number }>(
          "SELECT count(*) FILTER (WHERE state = 'active')::int AS active, count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
      ).rows[0]!;
      samples++;
      active += row.active;
      waiting += row.waiting;
      await sleep(50);
    }
  })();
  return async () => {
    stopped = true;
    await sampling;
    await client.end();
    return { active: active / Math.max(1, samples), waiting: waiting / Math.max(1, samples) };
  };
}
