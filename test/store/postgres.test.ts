/**
 * The store contract against the Postgres store, on the run's throwaway server: a database for this file,
 * emptied (its schema dropped, so every test also runs the migrations) before each test; and what is the
 * Postgres store's own: migrations once across processes, a newer schema refused, an unreachable server,
 * and the NOTIFY that wakes another process's sender.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { webhookRepresentation } from '../../src/server/views.js';
import type { NewWebhook, WebhookConfig } from '../../src/store/contract.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import { freePort } from '../support/ports.js';
import { postgresDatabase } from '../support/postgres.js';
import { describeStoreContract } from './store-contract.js';

let admin: pg.Client | undefined;
afterAll(() => admin?.end());

describeStoreContract('Postgres', async () => {
  const { url } = await postgresDatabase('store_contract');
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
  return {
    reset: async () => {
      await admin!.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    },
    open: () => createPostgresStore({ url }),
  };
});

describe('the Postgres store’s migrations', () => {
  it('run once when several processes open a new database together, and refuse a newer schema in one sentence', async () => {
    const { url } = await postgresDatabase('migrations');
    const stores = await Promise.all(Array.from({ length: 4 }, () => createPostgresStore({ url })));
    // exactly one of them made the schema
    expect(stores.filter((store) => store.created)).toHaveLength(1);
    await Promise.all(stores.map((store) => store.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query('SELECT version FROM schema_versions ORDER BY version')).rows).toEqual(POSTGRES_MIGRATIONS.map((_, index) => ({ version: index + 1 })));
      await client.query('INSERT INTO schema_versions (version, applied_at) VALUES (99, 0)');
    } finally {
      await client.end();
    }
    await expect(createPostgresStore({ url, setting: 'DATABASE_URL' })).rejects.toThrow(
      `DATABASE_URL has schema version 99, newer than this server knows (${POSTGRES_MIGRATIONS.length}): upgrade webhooks-contract`,
    );
  });

  it('answers an unreachable server with an unavailable StoreError, not a hang', async () => {
    // a port nothing listens on: the connection is refused at once
    const port = await freePort();
    await expect(createPostgresStore({ url: `postgres://postgres@127.0.0.1:${port}/none` })).rejects.toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
  });
});

describe('the Postgres store’s wake-ups', () => {
  it('wakes a store listening in one process when another enqueues on the database, and stops when told', async () => {
    const { url } = await postgresDatabase('notify');
    const [listening, writing] = await Promise.all([createPostgresStore({ url }), createPostgresStore({ url })]);
    try {
      let wakes = 0;
      let woken: () => void = () => undefined;
      const stop = await listening.watchEnqueued!(() => {
        wakes++;
        woken();
      });
      // listening starts with one wake-up of its own: what was enqueued before is found by the next claim
      expect(wakes).toBe(1);
      const hook = webhookOf('acme');
      await writing.createWebhook(hook);
      const next = new Promise<void>((resolve) => (woken = resolve));
      await writing.enqueue([{ account_id: 'acme', id: randomUUID(), webhook_id: hook.id, event_id: 'e1', event_type: 'order.created', body: '{}', created_at: new Date(0) }]);
      await next;
      expect(wakes).toBe(2);
      // stopped: its listening connection is closed, and later enqueues wake no one
      await stop();
      await writing.enqueue([{ account_id: 'acme', id: randomUUID(), webhook_id: hook.id, event_id: 'e2', event_type: 'order.created', body: '{}', created_at: new Date(0) }]);
      const [claimed] = await writing.claim({ now: new Date(1), limit: 10, leaseUntil: new Date(10), perWebhookLimit: 8 });
      expect(claimed?.delivery.event_id).toBe('e1');
      expect(wakes).toBe(2);
    } finally {
      await Promise.all([listening.close(), writing.close()]);
    }
  });
});

function webhookOf(accountId: string): NewWebhook {
  const id = randomUUID();
  const config = { url: 'https://receiver.example/hook', enabled_events: ['*'] } as WebhookConfig;
  return { accountId, id, config, createdAt: 0, representation: webhookRepresentation({ id, config, createdAt: 0, updatedAt: 0 }) };
}
