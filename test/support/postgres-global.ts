/**
 * Vitest's global setup for the Postgres tests: a folder for the run's server (started lazily by the first
 * file that needs it, see `postgres.ts`), and a teardown that stops that server if one was started.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { stopPostgres, type PostgresServer } from './postgres-cluster.js';

/** The file, in the run's folder, that says where the run's server listens. */
export const POSTGRES_STATE = 'server.json';

/** Makes the run's folder; the returned function stops the server and removes the folder. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'webhooks-postgres-run-'));
  // the server's user (postgres, when the tests run as root) must reach the cluster's folder inside
  chmodSync(dir, 0o755);
  project.provide('postgresRunDir', dir);
  return () => {
    const state = join(dir, POSTGRES_STATE);
    if (existsSync(state)) {
      try {
        stopPostgres(JSON.parse(readFileSync(state, 'utf8')) as PostgresServer);
      } catch {
        // stopped already (a fault test that failed midway): the folder goes anyway
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
