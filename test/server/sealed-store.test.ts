/**
 * Sealing above the store, on SQLite and Postgres: every secret (a webhook's `secret` and
 * `oidc_client_secret`, an idempotent answer, a signing key's private key, a server secret) reaches the
 * database sealed, so a raw read of the file or the rows finds none of them in plain text; the layer opens
 * them on the way out; and re-sealing under a new SECRETS_KEY is one piece of code over both stores.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { resealAll, sealStore, sealedKeyIds } from '../../src/server/sealed-store.js';
import { SecretsBox, parseSecretsKey } from '../../src/server/secrets-box.js';
import { webhookRepresentation } from '../../src/server/views.js';
import type { NewWebhook, Store, WebhookConfig } from '../../src/store/contract.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { clientSecretCreate } from '../support/bodies.js';
import { postgresDatabase } from '../support/postgres.js';

const OLD_KEY = parseSecretsKey('1a'.repeat(32));
const NEW_KEY = parseSecretsKey('4f'.repeat(32));
/** what each kind of secret is in plain text: none of it may reach the database */
const PLAIN = {
  secret: 'whsec_sealed_canary_secret_0123',
  answer: 'idempotent-answer-canary-4567',
  privateKey: 'private-key-canary-89ab',
  serverSecret: 'server-secret-canary-cdef',
};

const folder = mkdtempSync(join(tmpdir(), 'webhooks-sealed-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A database of each store: opened as often as a test asks, and read raw (every byte it keeps, as text). */
interface Database {
  open(): Promise<Store>;
  rawText(): Promise<string>;
}

let files = 0;
async function sqliteDatabase(): Promise<Database> {
  const path = join(folder, `db-${++files}.db`);
  return {
    open: () => createSqliteStore({ path }),
    async rawText() {
      const read = (file: string) => {
        try {
          return readFileSync(file).toString('latin1');
        } catch {
          return '';
        }
      };
      return ['', '-wal'].map((suffix) => read(`${path}${suffix}`)).join('');
    },
  };
}

async function postgresOf(): Promise<Database> {
  const { url } = await postgresDatabase('sealed_store');
  return {
    open: () => createPostgresStore({ url }),
    async rawText() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const tables = ['webhooks', 'idempotency_keys', 'signing_keys', 'server_secrets'];
        return JSON.stringify(await Promise.all(tables.map(async (table) => (await client.query(`SELECT * FROM ${table}`)).rows)));
      } finally {
        await client.end();
      }
    },
  };
}

function newWebhook(): NewWebhook {
  const id = randomUUID();
  const config = { ...clientSecretCreate, secret: PLAIN.secret } as WebhookConfig;
  return { accountId: 'acme', id, config, createdAt: 1_000, representation: webhookRepresentation({ id, config, createdAt: 1_000, updatedAt: 1_000 }) };
}

describe.each([
  ['SQLite', sqliteDatabase],
  ['Postgres', postgresOf],
] as const)('sealing above the %s store', (_name, databaseOf) => {
  it('hands the store sealed values only, opens them on the way out, and re-seals them under a new key', async () => {
    const database = await databaseOf();
    const old = new SecretsBox(OLD_KEY);
    const store = sealStore(await database.open(), old);
    const hook = newWebhook();
    const claim = { key: 'k1', fingerprint: 'f', notBefore: 0, response: { status: 201, body: `{"answer":"${PLAIN.answer}"}`, location: '/v1/webhooks/x' } };
    expect((await store.createWebhook(hook, claim)).kind).toBe('created');
    await store.addFirstSigningKey({ kid: 'k', alg: 'ES256', publicJwk: { kty: 'EC' }, privateKeyPem: PLAIN.privateKey, createdAt: 1, activatesAt: 1, retiresAt: null });
    expect(await store.serverSecret('fingerprint', () => PLAIN.serverSecret)).toBe(PLAIN.serverSecret);
    expect((await store.getWebhook('acme', hook.id, { includeSecrets: true }))?.config).toMatchObject({ secret: PLAIN.secret, oidc_client_secret: clientSecretCreate.oidc_client_secret });
    expect((await store.createWebhook(newWebhook(), claim)).kind === 'replayed').toBe(true);
    await store.close();

    const raw = await database.rawText();
    for (const plain of [...Object.values(PLAIN), clientSecretCreate.oidc_client_secret]) expect(raw.includes(plain), plain).toBe(false);
    // the same values, sealed: two webhook secrets, the answer, the private key and the server secret
    const bare = await database.open();
    expect(await sealedKeyIds(bare)).toEqual(new Set([old.keyId]));
    const rotated = new SecretsBox(NEW_KEY, [OLD_KEY]);
    expect(await resealAll(bare, rotated)).toBe(5);
    expect(await resealAll(bare, rotated)).toBe(0);
    expect(await sealedKeyIds(bare)).toEqual(new Set([rotated.keyId]));
    await bare.close();

    const fresh = sealStore(await database.open(), new SecretsBox(NEW_KEY));
    try {
      expect((await fresh.getWebhook('acme', hook.id, { includeSecrets: true }))?.config).toMatchObject({ secret: PLAIN.secret });
      expect((await fresh.listSigningKeys())[0]?.privateKeyPem).toBe(PLAIN.privateKey);
      expect(await fresh.serverSecret('fingerprint', () => 'another')).toBe(PLAIN.serverSecret);
      expect(await fresh.createWebhook(newWebhook(), claim)).toMatchObject({ kind: 'replayed', response: { body: claim.response.body } });
      const [claimed] = await (async () => {
        await fresh.enqueue([{ account_id: 'acme', id: randomUUID(), webhook_id: hook.id, event_id: 'e1', event_type: 'order.created', body: '{}', created_at: new Date(0) }]);
        return fresh.claim({ now: new Date(10_000), limit: 1, leaseUntil: new Date(20_000), perWebhookLimit: 8 });
      })();
      // the sender gets the secrets opened
      expect(claimed?.webhook).toMatchObject({ secret: PLAIN.secret, oidc_client_secret: clientSecretCreate.oidc_client_secret });
    } finally {
      await fresh.close();
    }
  });
});
