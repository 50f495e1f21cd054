/**
 * A throwaway PostgreSQL server for the tests, started at most once per test run by the first file that
 * asks (under a lock, as test files run side by side) and stopped by the run's global teardown
 * (`postgres-global.ts`). Each file gets a database of its own, so that files run in parallel.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { postgresUrl, startCluster, type PostgresServer } from './postgres-cluster.js';
import { POSTGRES_STATE } from './postgres-global.js';

export { postgresUrl, restartPostgres, stopPostgres, type PostgresServer } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the folder this test run keeps its Postgres server's state in */
    postgresRunDir: string;
  }
}

/** a lock older than this was left by a worker that died (a start takes a few seconds) */
const STALE_LOCK_MS = 60_000;

/**
 * The run's Postgres server, started by the first caller (under a lock: files run side by side).
 * @example
 * const server = await postgresServer();
 */
export async function postgresServer(): Promise<PostgresServer> {
  const runDir = inject('postgresRunDir');
  const state = join(runDir, POSTGRES_STATE);
  const lock = join(runDir, 'lock');
  for (;;) {
    if (existsSync(state)) return JSON.parse(readFileSync(state, 'utf8')) as PostgresServer;
    try {
      mkdirSync(lock);
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // removed meanwhile: look again
      }
      await sleep(100);
      continue;
    }
    try {
      if (!existsSync(state)) {
        // written whole, then renamed: a file reading it meanwhile never sees half of it
        writeFileSync(`${state}.tmp`, JSON.stringify(await startCluster(join(runDir, 'cluster'))));
        renameSync(`${state}.tmp`, state);
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * A new, empty database on the run's server, named after the calling file (plus a counter), and its URL.
 * @example
 * const url = await postgresDatabase('store');
 */
export async function postgresDatabase(prefix: string): Promise<{ url: string; server: PostgresServer; name: string }> {
  const server = await postgresServer();
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${process.pid}_${++databases}`;
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: postgresUrl(server, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return { url: postgresUrl(server, name), server, name };
}
let databases = 0;

