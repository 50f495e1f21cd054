/**
 * The store contract against the Postgres store, on the run's throwaway server: a database for this file,
 * emptied (its schema dropped, so every test also runs the migrations) before each test.
 */
import pg from 'pg';
import { afterAll } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres/store.js';
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
    open: (secrets) => createPostgresStore({ url, secrets }),
  };
});
