/**
 * What the server keeps and how: secrets sealed with AES-256-GCM under SECRETS_KEY (bound to their row,
 * readable after a restart, re-sealed when the key rotates, refused without the right key), what is the
 * SQLite store's own (its schema version, WAL mode; the rest is the store contract's, in test/store/), the
 * platform's signing keys and their rotation, and the
 * problems for a busy database or a failure of the server itself.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SignJWT, createLocalJWKSet, jwtVerify } from 'jose';
import { createApp } from '../../src/server/app.js';
import { apiKeyAuthenticator } from '../../src/server/auth.js';
import { destinationGuard } from '../../src/server/destinations.js';
import { SecretsKeyError, StoreError } from '../../src/server/errors.js';
import { sealedKeyIds } from '../../src/server/sealed-store.js';
import { SecretsBox, generateSecretsKey, parseSecretsKey, secretsKeyId } from '../../src/server/secrets-box.js';
import { openSigningKeys, rotateSigningKey, DEFAULT_PUBLISH_AHEAD_MS, DEFAULT_RETAIN_MS } from '../../src/server/signing-keys.js';
import { createSqliteStore, MIGRATIONS } from '../../src/store/sqlite/store.js';
import type { Store } from '../../src/store/contract.js';
import { validateSchema } from '../../src/validation/validate.js';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate } from '../support/bodies.js';
import { ALICE, ALICE_KEY, SECRETS_KEY, createWebhook, send, testServer } from '../support/server.js';

const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-storage-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const newDatabase = () => join(folder, `db-${++files}`, 'webhooks.db');

describe('SecretsBox', () => {
  const box = new SecretsBox(parseSecretsKey(SECRETS_KEY));

  it('seals to v1.<key id>.<iv>.<ciphertext>, differently each time, and opens only in its own context', () => {
    const sealed = box.seal('whsec_canary', 'webhook/alice/1/secret');
    expect(sealed).toMatch(new RegExp(`^v1\\.${box.keyId}\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]+$`));
    expect(box.seal('whsec_canary', 'webhook/alice/1/secret')).not.toBe(sealed);
    expect(box.open(sealed, 'webhook/alice/1/secret')).toBe('whsec_canary');
    expect(() => box.open(sealed, 'webhook/bob/1/secret')).toThrow(SecretsKeyError);
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => box.open(tampered, 'webhook/alice/1/secret')).toThrow(/does not decrypt/);
  });

  it('opens what a previous key sealed, and names a missing key by id only', () => {
    const old = parseSecretsKey(generateSecretsKey());
    const sealed = new SecretsBox(old).seal('value', 'ctx');
    expect(new SecretsBox(parseSecretsKey(SECRETS_KEY), [old]).open(sealed, 'ctx')).toBe('value');
    expect(() => box.open(sealed, 'ctx')).toThrow(`the stored secrets were encrypted with the key whose id is ${secretsKeyId(old)}, and SECRETS_KEY has id ${box.keyId}`);
  });

  it.each([
    ['64 hex digits', 'ab'.repeat(32)],
    ['base64', Buffer.alloc(32, 7).toString('base64')],
    ['base64url without padding', Buffer.alloc(32, 250).toString('base64url')],
  ])('reads a key written as %s', (_, text) => {
    expect(parseSecretsKey(text)).toHaveLength(32);
  });

  it.each(['short', 'ab'.repeat(31), Buffer.alloc(16).toString('base64'), 'not base64 at all!'])('refuses %j, without quoting it', (text) => {
    expect(() => parseSecretsKey(text)).toThrow(SecretsKeyError);
    try {
      parseSecretsKey(text);
    } catch (error) {
      expect((error as Error).message).toContain('openssl rand -base64 32');
      expect((error as Error).message).not.toContain(text);
    }
  });
});

describe('any store', () => {
  it('is taken by buildServer({ store }), handed only values sealed under SECRETS_KEY, and closed with the server', async () => {
    const path = newDatabase();
    let opened: Store | undefined;
    const server = await testServer({
      store: async () => {
        opened = await createSqliteStore({ path });
        return opened;
      },
    });
    const created = await createWebhook(server, ALICE, { ...clientSecretCreate, secret: 'any-store-secret-0123' });
    const keyId = secretsKeyId(parseSecretsKey(SECRETS_KEY));
    // the store itself holds the secrets sealed; the server above it opens them
    const raw = (await opened!.getWebhook('alice', created.id, { includeSecrets: true }))?.config as unknown as Record<string, string>;
    for (const field of ['secret', 'oidc_client_secret']) expect(raw[field]?.startsWith(`v1.${keyId}.`)).toBe(true);
    expect((await server.store.getWebhook('alice', created.id, { includeSecrets: true }))?.config).toMatchObject({ secret: 'any-store-secret-0123' });
    await server.close();
    await expect(opened!.getWebhook('alice', created.id)).rejects.toThrow();
  });
});

describe('restarts and SECRETS_KEY', () => {
  it('keeps encrypted secrets readable across a restart with the same key', async () => {
    const path = newDatabase();
    const first = await testServer({ databasePath: path });
    const created = await createWebhook(first, ALICE, { ...clientSecretCreate, secret: 'restart-secret-0123' });
    await first.close();
    const second = await testServer({ databasePath: path });
    try {
      expect((await send(second, { method: 'GET', url: `/v1/webhooks/${created.id}`, headers: ALICE })).body).toEqual(created);
      expect((await second.store.getWebhook('alice', created.id, { includeSecrets: true }))?.config).toMatchObject({
        secret: 'restart-secret-0123',
        oidc_client_secret: clientSecretCreate.oidc_client_secret,
      });
    } finally {
      await second.close();
    }
  });

  it('seals a generated secret at rest, in the webhook and in the answer kept for its Idempotency-Key, and replays it after a restart', async () => {
    const path = newDatabase();
    const first = await testServer({ databasePath: path });
    const request = { method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'idempotency-key': 'sealed-1' }, body: minimalCreate } as const;
    const created = await send(first, request);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^whsec_/);
    await first.close();
    const bytes = ['', '-wal', '-shm'].map((suffix) => { try { return readFileSync(`${path}${suffix}`); } catch { return Buffer.alloc(0); } });
    for (const file of bytes) expect(file.includes(Buffer.from(secret.slice('whsec_'.length)))).toBe(false);
    const second = await testServer({ databasePath: path });
    try {
      const replay = await send(second, request);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.body.secret).toBe(secret);
    } finally {
      await second.close();
    }
  });

  it('marks the secrets of a version 1 database as keyed the old way, so that the sender signs both ways until they change', async () => {
    const path = newDatabase();
    const Database = (await import('better-sqlite3')).default;
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    old.exec(MIGRATIONS[0]!);
    const id = randomUUID();
    const box = new SecretsBox(parseSecretsKey(SECRETS_KEY));
    const secret = 'whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL';
    old.prepare(
      `INSERT INTO webhooks (account_id, id, url, enabled_events, secret, representation, representation_version, created_at, updated_at)
       VALUES ('alice', ?, 'https://hooks.example.com/old', '["*"]', ?, '{}', 1, 1, 1)`,
    ).run(id, box.seal(secret, `webhook/alice/${id}/secret`));
    old.pragma('user_version = 1');
    old.close();
    const server = await testServer({ databasePath: path });
    try {
      expect((await send(server, { method: 'GET', url: `/v1/webhooks/${id}`, headers: ALICE })).body).toMatchObject({ id, disabled_reason: null });
      await server.store.enqueue([{ account_id: 'alice', id: randomUUID(), webhook_id: id, event_id: 'e', event_type: 'order.created', body: '{}', created_at: new Date(10) }]);
      const claim = async () => (await server.store.claim({ now: new Date(Date.now()), limit: 1, leaseUntil: new Date(Date.now() + 1), perWebhookLimit: 8 }))[0]?.webhook;
      expect(await claim()).toMatchObject({ secret, legacy_secret_key: true });
      // a new secret is keyed by the Standard Webhooks rule alone
      expect((await send(server, { method: 'PATCH', url: `/v1/webhooks/${id}`, headers: ALICE, body: { secret: `${secret.slice(0, -4)}AAAA` } })).status).toBe(200);
      await server.store.enqueue([{ account_id: 'alice', id: randomUUID(), webhook_id: id, event_id: 'e2', event_type: 'order.created', body: '{}', created_at: new Date(20) }]);
      expect(await claim()).toMatchObject({ legacy_secret_key: false });
    } finally {
      await server.close();
    }
  });

  it('renders again, at start, the stored answers of webhooks rendered by another version', async () => {
    const path = newDatabase();
    const first = await testServer({ databasePath: path });
    const created = await createWebhook(first, ALICE, privateKeyJwtCreate);
    await first.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    db.prepare("UPDATE webhooks SET representation = '{\"stale\":true}', representation_version = 0").run();
    db.close();
    const second = await testServer({ databasePath: path });
    try {
      expect((await send(second, { method: 'GET', url: `/v1/webhooks/${created.id}`, headers: ALICE })).body).toEqual(created);
      expect((await send(second, { method: 'GET', url: '/v1/webhooks', headers: ALICE })).body.data).toEqual([created]);
    } finally {
      await second.close();
    }
  });

  it('refuses to start on stored secrets without SECRETS_KEY, or with another key, saying what to set', async () => {
    const path = newDatabase();
    const first = await testServer({ databasePath: path });
    await createWebhook(first, ALICE, clientSecretCreate);
    await first.close();
    const keyId = secretsKeyId(parseSecretsKey(SECRETS_KEY));
    await expect(testServer({ databasePath: path, secretsKey: undefined })).rejects.toThrow(
      `This database holds encrypted secrets, and SECRETS_KEY is not set: set it to the key they were encrypted with (key id ${keyId})`,
    );
    await expect(testServer({ databasePath: path, secretsKey: generateSecretsKey() })).rejects.toThrow(
      new RegExp(`encrypted with the key whose id is ${keyId}, and SECRETS_KEY has id .*Set SECRETS_KEY to that key`),
    );
  });

  it('makes a key for a new database without SECRETS_KEY, which the next start must be given', async () => {
    const path = newDatabase();
    const first = await testServer({ databasePath: path, secretsKey: undefined });
    expect(first.generatedSecretsKey).toBeDefined();
    const created = await createWebhook(first, ALICE, { ...minimalCreate, secret: 'made-key-secret-0123' });
    await first.close();
    const second = await testServer({ databasePath: path, secretsKey: first.generatedSecretsKey });
    try {
      expect((await second.store.getWebhook('alice', created.id, { includeSecrets: true }))?.config.secret).toBe('made-key-secret-0123');
    } finally {
      await second.close();
    }
  });

  it('rotates SECRETS_KEY: with the old key as previous, every secret is sealed again; then the new key alone reads them', async () => {
    const path = newDatabase();
    const first = await testServer({ databasePath: path });
    const created = await createWebhook(first, ALICE, { ...clientSecretCreate, secret: 'rotated-secret-0123' });
    await first.close();
    const newKey = generateSecretsKey();
    const rotating = await testServer({ databasePath: path, secretsKey: newKey, previousSecretsKeys: [SECRETS_KEY] });
    // the webhook's two secrets, the signing key, and the idempotency fingerprint key
    expect(rotating.resealed).toBe(4);
    expect([...(await sealedKeyIds(rotating.store))]).toEqual([secretsKeyId(parseSecretsKey(newKey))]);
    await rotating.close();
    const after = await testServer({ databasePath: path, secretsKey: newKey });
    try {
      expect((await after.store.getWebhook('alice', created.id, { includeSecrets: true }))?.config).toMatchObject({ secret: 'rotated-secret-0123' });
      expect((await send(after, { method: 'GET', url: '/.well-known/jwks.json' })).status).toBe(200);
    } finally {
      await after.close();
    }
    await expect(testServer({ databasePath: path })).rejects.toThrow(SecretsKeyError);
  });
});

// what every store does is the store contract's (test/store/); what is SQLite's own stays here
describe('the SQLite store', () => {
  async function openStore(path = ':memory:'): Promise<Store> {
    return createSqliteStore({ path });
  }
  it('refuses a database written by a newer version of the schema', async () => {
    const path = newDatabase();
    await (await openStore(path)).close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    await expect(openStore(path)).rejects.toThrow(`the database ${JSON.stringify(path)} has schema version 99, newer than this server knows (${MIGRATIONS.length}): upgrade webhooks-contract`);
  });

  it('writes in WAL mode', async () => {
    const path = newDatabase();
    await (await openStore(path)).close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe('signing keys', () => {
  it('signs a client assertion with the active key, which the published JWKS verifies', async () => {
    const store = await createSqliteStore({ path: ':memory:' });
    const keys = openSigningKeys(store, { algorithm: 'ES256' });
    expect(() => keys.activeSigningKey()).toThrow('no signing key is ready yet: await signingKeys.ready first');
    await keys.ready;
    const { kid, alg, privateKey } = keys.activeSigningKey();
    expect(alg).toBe('ES256');
    const jwt = await new SignJWT({}).setProtectedHeader({ alg, kid }).setIssuer('client').setSubject('client').setAudience('https://idp.example.com/token').setExpirationTime('5m').sign(privateKey);
    const jwks = await keys.jwks();
    expect(validateSchema('JsonWebKeySet', jwks).ok).toBe(true);
    const { payload } = await jwtVerify(jwt, createLocalJWKSet(jwks as never), { audience: 'https://idp.example.com/token' });
    expect(payload.iss).toBe('client');
    keys.close();
    await store.close();
  });

  // RS256 (the default) is checked in api.test.ts; RSA keys take a second of CPU to make, so PS256 is left out
  it.each(['ES256', 'EdDSA'] as const)('makes %s keys whose JWK holds public members only', async (algorithm) => {
    const store = await createSqliteStore({ path: ':memory:' });
    const keys = openSigningKeys(store, { algorithm });
    const jwks = await keys.jwks();
    expect(validateSchema('JsonWebKeySet', jwks).ok).toBe(true);
    expect(jwks.keys[0]!.alg).toBe(algorithm);
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) expect(jwks.keys[0]).not.toHaveProperty(member);
    keys.close();
    await store.close();
  });

  it('rotates: the new key is published at once, signs after the publish-ahead time; the old one is listed until retained long enough', async () => {
    let now = Date.parse('2026-11-01T00:00:00Z');
    const path = newDatabase();
    const store = await createSqliteStore({ path });
    const keys = openSigningKeys(store, { algorithm: 'ES256', now: () => now });
    await keys.ready;
    const old = keys.activeSigningKey().kid;
    const rotated = await rotateSigningKey(store, { now });
    await keys.refresh();
    expect((await keys.jwks()).keys.map((key) => key.kid)).toEqual([rotated.kid, old]);
    expect(keys.activeSigningKey().kid).toBe(old);
    now += DEFAULT_PUBLISH_AHEAD_MS;
    expect(keys.activeSigningKey().kid).toBe(rotated.kid);
    now += DEFAULT_RETAIN_MS - 1;
    expect((await keys.jwks()).keys).toHaveLength(2);
    now += 2;
    expect((await keys.jwks()).keys.map((key) => key.kid)).toEqual([rotated.kid]);
    keys.close();
    await store.close();
    // the keys are in the database: a restart signs with the same one
    const reopened = await createSqliteStore({ path });
    const again = openSigningKeys(reopened, { now: () => now });
    await again.ready;
    expect(again.activeSigningKey().kid).toBe(rotated.kid);
    again.close();
    await reopened.close();
  });
});

describe('failures of the server itself', () => {
  async function appOver(fail: (method: string) => Error | undefined) {
    const real = await createSqliteStore({ path: ':memory:' });
    const store = new Proxy(real, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const error = fail(String(property));
          if (error) throw error;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const lines: string[] = [];
    const app = createApp({
      store,
      authenticate: apiKeyAuthenticator(new Map([[ALICE_KEY, 'alice']])),
      signingKeys: openSigningKeys(store, { algorithm: 'ES256' }),
      guard: destinationGuard({ resolve: false }),
      fingerprintKey: Buffer.alloc(32),
      log: { stream: { write: (line: string) => lines.push(line) } as unknown as NodeJS.WritableStream },
      onClose: () => real.close(),
    });
    return { app, lines };
  }

  it('answers 503 with Retry-After when the database is busy, and nothing is changed', async () => {
    // the store's own, store-neutral error (test/server/storage-faults.test.ts makes a real lock)
    const { app } = await appOver((method) => (method === 'createWebhook' ? new StoreError('busy', 'another connection holds the database write lock') : undefined));
    const answer = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'content-type': 'application/json' }, payload: JSON.stringify(minimalCreate) });
    expect(answer.statusCode).toBe(503);
    expect(answer.headers['retry-after']).toBe('1');
    expect(JSON.parse(answer.body)).toMatchObject({ type: 'https://api.example.com/problems/service-unavailable', status: 503 });
    await app.close();
  });

  it('answers 500 with the request id to quote, and logs the error without the request', async () => {
    const { app, lines } = await appOver((method) => (method === 'getWebhookRepresentation' ? new TypeError('boom in the store') : undefined));
    const answer = await app.inject({ method: 'GET', url: `/v1/webhooks/${randomUUID()}`, headers: ALICE });
    expect(answer.statusCode).toBe(500);
    const requestId = answer.headers['x-request-id'] as string;
    expect(JSON.parse(answer.body)).toEqual({
      type: 'https://api.example.com/problems/internal-error',
      title: 'Internal server error',
      status: 500,
      detail: `The server failed on this request. Quote request id ${requestId} when you report it.`,
      instance: expect.stringMatching(/^\/v1\/webhooks\//),
    });
    const logged = lines.map((line) => JSON.parse(line) as { reqId?: string; msg: string; err?: { message: string } }).find((line) => line.msg === 'the request failed');
    expect(logged).toMatchObject({ reqId: requestId, err: { message: 'boom in the store' } });
    expect(lines.join('')).not.toContain(ALICE_KEY);
    await app.close();
  });
});
