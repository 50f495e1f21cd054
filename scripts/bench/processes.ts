/**
 * What the benchmarks that start servers as processes share: the load every server gets, and reading a
 * process's memory and CPU time, waiting for its first good answer and stopping it (Linux /proc).
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

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
