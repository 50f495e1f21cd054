/** The store contract against the SQLite store: a new database file per test, opened as often as a test asks. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { describeStoreContract } from './store-contract.js';

const folder = mkdtempSync(join(tmpdir(), 'webhooks-store-sqlite-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
let path = '';
describeStoreContract('SQLite', async () => ({
  reset: async () => {
    path = join(folder, `db-${++files}.db`);
  },
  open: () => createSqliteStore({ path }),
}));
