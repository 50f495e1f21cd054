/**
 * The server on Postgres when the database fails, for real: a table locked past the statement time-out, the
 * connections killed (`pg_terminate_backend`), the server stopped and started again. Each answers 503
 * problem+json with Retry-After, changes nothing, and the server recovers by itself. A cluster of this file's
 * own, since stopping the run's shared one would fail the other files' tests.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { minimalCreate } from '../support/bodies.js';
import { postgresUrl, restartPostgres, startCluster, stopPostgres, type PostgresServer } from '../support/postgres-cluster.js';
import { ALICE, send, testServer, type TestServer } from '../support/server.js';

const STATEMENT_TIMEOUT_MS = 300;
let cluster: PostgresServer;
let server: TestServer;
let admin: pg.Client;

beforeAll(async () => {
  cluster = await startCluster(join(inject('postgresRunDir'), 'faults-cluster'));
  const setup = new pg.Client({ connectionString: postgresUrl(cluster, 'postgres') });
  await setup.connect();
  await setup.query('CREATE DATABASE faults');
  await setup.end();
  server = await testServer({ databaseUrl: postgresUrl(cluster, 'faults'), statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  admin = new pg.Client({ connectionString: postgresUrl(cluster, 'faults') });
  await admin.connect();
}, 30_000);

afterAll(async () => {
  await admin?.end().catch(() => undefined);
  await server?.close();
  try {
    stopPostgres(cluster);
  } catch {
    // stopped by a test that failed midway
  }
  rmSync(cluster.dir, { recursive: true, force: true });
});

// a 503 is what these tests expect; the answers are still checked against the contract
const list = () => send(server, { method: 'GET', url: '/v1/webhooks', headers: ALICE }, { faults: true });
const create = () => send(server, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: minimalCreate }, { faults: true });

/** Waits until `done()` holds, or fails after `ms`. */
async function eventually(done: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function expectUnavailable(answer: Awaited<ReturnType<typeof send>>, retryAfter: string): void {
  expect(answer.status, answer.text).toBe(503);
  expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(answer.headers['retry-after']).toBe(retryAfter);
  expect(answer.body).toMatchObject({ status: 503, type: expect.stringContaining('service-unavailable') });
}

describe('the server on Postgres, when the database fails', () => {
  it('answers 503 busy (Retry-After 1) to a statement that waits past the time-out for a lock, and nothing is changed', async () => {
    expect((await create()).status).toBe(201);
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE account_usage, webhooks IN ACCESS EXCLUSIVE MODE');
    try {
      expectUnavailable(await create(), '1');
      expectUnavailable(await list(), '1');
    } finally {
      await admin.query('ROLLBACK');
    }
    const page = await list();
    expect(page.status).toBe(200);
    expect((page.body as { data: unknown[] }).data).toHaveLength(1);
  });

  it('gets over its connections being killed: the pool opens new ones', async () => {
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'faults' AND pid <> pg_backend_pid()");
    // a request on a connection that died may be answered 503; the pool opens new connections for the next
    await eventually(async () => (await list()).status === 200);
    expect((await create()).status).toBe(201);
  });

  it('answers 503 unavailable (Retry-After 10) while the database server is down, and recovers by itself once it is back', async () => {
    await admin.end();
    stopPostgres(cluster);
    try {
      expectUnavailable(await list(), '10');
      expectUnavailable(await create(), '10');
    } finally {
      restartPostgres(cluster);
    }
    await eventually(async () => (await list()).status === 200);
    const page = await list();
    expect((page.body as { data: unknown[] }).data).toHaveLength(2);
    expect((await create()).status).toBe(201);
    admin = new pg.Client({ connectionString: postgresUrl(cluster, 'faults') });
    await admin.connect();
  }, 30_000);
});
