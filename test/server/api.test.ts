/**
 * The reference server answers every operation of the contract as the spec says, in-process: each answer
 * is checked against the contract by `send` (status, media type, headers, schema, X-Request-Id). Covers
 * every operation's success and error paths, idempotent creates, the PATCH merge rules (each checked again
 * by a GET), cursor pagination under concurrent creates and deletes, the deliveries list, the signing keys,
 * and isolation between accounts on every operation.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { specRoutes } from '../../src/spec/routes.js';
import { IDEMPOTENCY_TTL_MS, type DeliveryRecord, type NewDelivery } from '../../src/store/contract.js';
import { webhookView } from '../../src/server/views.js';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate } from '../support/bodies.js';
import { ALICE, ALICE_KEY, BOB, PLATFORM, contractViolations, createWebhook, send, testServer, type TestServer } from '../support/server.js';

const ID = '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('every operation of the spec is served', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());

  it('routes each operation of specRoutes() to a handler (no 404 or 405 for a documented method and path)', async () => {
    for (const route of specRoutes()) {
      const webhook = await createWebhook(server, ALICE, minimalCreate);
      const url = route.template.replace('{id}', webhook.id);
      const bodies: Record<string, unknown> = { WebhookCreate: minimalCreate, WebhookUpdate: { include: '*' }, EventPublish: { account_id: 'alice', event: { ...examples.OrderCreatedEvent, id: randomUUID() } } };
      const body = route.requestBody === undefined ? undefined : bodies[route.requestBody];
      expect(route.requestBody === undefined || body !== undefined, `${route.operationId} needs a body here`).toBe(true);
      const headers = route.securityScheme === 'platformKey' ? PLATFORM : ALICE;
      const answer = await send(server, { method: route.method, url, headers, ...(body ? { body } : {}) });
      expect([200, 201, 202, 204], `${route.operationId}: ${answer.text}`).toContain(answer.status);
    }
  });
});

describe('createWebhook and getWebhook', () => {
  let server: TestServer;
  // the server's clock, read by the tests: now, but standing still unless a test moves it
  const clock = Date.now();
  beforeAll(async () => {
    server = await testServer({ now: () => clock });
  });
  afterAll(() => server.close());

  it.each([
    ['wildcard', examples.WebhookCreateWildcard, examples.WebhookWildcard],
    ['selected events', examples.WebhookCreateSelectedEvents, examples.WebhookSelectedEvents],
    ['client_secret', examples.WebhookCreateClientSecret, examples.WebhookClientSecret],
    ['private_key_jwt', examples.WebhookCreatePrivateKeyJwt, examples.WebhookPrivateKeyJwt],
  ])('creates the %s example: 201, Location, the example webhook (new id and times), and the same on GET', async (_, create, want) => {
    const answer = await send(server, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: create });
    expect(answer.status).toBe(201);
    const { id, created_at: createdAt, updated_at: updatedAt, ...rest } = answer.body;
    const { id: _id, created_at: _c, updated_at: _u, ...expected } = want;
    expect(rest).toEqual(expected);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(updatedAt).toBe(createdAt);
    expect(createdAt).toBe(new Date(clock).toISOString());
    expect(answer.headers.location).toBe(`/v1/webhooks/${id}`);
    const read = await send(server, { method: 'GET', url: answer.headers.location!, headers: ALICE });
    expect(read.status).toBe(200);
    expect(read.body).toEqual(answer.body);
  });

  it('answers without any secret field, and keeps the secrets for the sender', async () => {
    const created = await createWebhook(server, ALICE, clientSecretCreate);
    expect(Object.keys(created)).not.toContain('oidc_client_secret');
    expect(Object.keys(created)).not.toContain('secret');
    const stored = await server.store.getWebhook('alice', created.id, { includeSecrets: true });
    expect(stored?.config).toMatchObject({ oidc_client_secret: clientSecretCreate.oidc_client_secret });
    // the answer kept beside the webhook is the view of what is stored, with no secret in it
    expect(JSON.parse(stored!.representation.json)).toEqual(webhookView(stored!));
    expect(stored!.representation.json).not.toContain(clientSecretCreate.oidc_client_secret);
  });

  it('generates a secret when none is given: answered once in the 201, sealed at rest, never read back; a replay answers the same', async () => {
    const post = (key: string) => send(server, { method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'idempotency-key': key }, body: examples.WebhookCreateGeneratedSecret });
    const first = await post('generated-1');
    expect(first.status).toBe(201);
    const secret = first.body.secret as string;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(await contractViolations('POST', '/v1/webhooks', first)).toEqual([]);
    const { secret: _answered, ...webhook } = first.body;
    const read = await send(server, { method: 'GET', url: `/v1/webhooks/${first.body.id}`, headers: ALICE });
    expect(read.body).toEqual(webhook);
    expect(read.text).not.toContain(secret);
    expect((await send(server, { method: 'GET', url: '/v1/webhooks?limit=100', headers: ALICE })).text).not.toContain(secret);
    // the sender signs with it
    expect((await server.store.getWebhook('alice', first.body.id, { includeSecrets: true }))?.config.secret).toBe(secret);
    // a replay of the same request answers the same secret; a new request gets a new one
    const again = await post('generated-1');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.secret).toBe(secret);
    expect((await post('generated-2')).body.secret).not.toBe(secret);
  });

  it.each([
    ['base64 of 16 bytes', `whsec_${Buffer.alloc(16, 3).toString('base64')}`],
    ['base64 of 65 bytes', `whsec_${Buffer.alloc(65, 3).toString('base64')}`],
    ['base64url', `whsec_${Buffer.alloc(32, 0xfb).toString('base64url')}`],
    ['no base64 at all', 'whsec_not base64, just words'],
  ])('refuses a whsec_ secret whose rest is %s with a 422 naming /secret and the rule', async (_, secret) => {
    const answer = await send(server, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body: { ...minimalCreate, secret } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([{ pointer: '/secret', message: expect.stringContaining('secret starts with whsec_, so the rest must be standard base64 of 24 to 64 bytes') }]);
    expect(answer.text).not.toContain(secret);
  });

  it('answers 404 for an unknown id and 400 for an id that is not a UUID', async () => {
    const missing = await send(server, { method: 'GET', url: `/v1/webhooks/${UNKNOWN_ID}`, headers: ALICE });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ type: 'https://api.example.com/problems/not-found', detail: `No webhook with id ${UNKNOWN_ID} exists.` });
    const bad = await send(server, { method: 'GET', url: '/v1/webhooks/wh_1', headers: ALICE });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ pointer: '/id', message: 'id must be a UUID' }]);
  });
});

describe('Idempotency-Key on createWebhook', () => {
  let server: TestServer;
  let now = Date.parse('2026-11-02T10:00:00Z');
  beforeAll(async () => {
    server = await testServer({ now: () => now });
  });
  afterAll(() => server.close());

  const count = async (auth: Record<string, string>) => (await send(server, { method: 'GET', url: '/v1/webhooks?limit=100', headers: auth })).body.data.length;
  const post = (body: unknown, key: string, auth: Record<string, string> = ALICE) =>
    send(server, { method: 'POST', url: '/v1/webhooks', headers: { ...auth, 'idempotency-key': key, 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('answers a repeat with the stored 201 and Idempotent-Replayed: true, and creates nothing', async () => {
    const before = await count(ALICE);
    const first = await post(clientSecretCreate, 'key-1');
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    now += 60_000;
    const again = await post(clientSecretCreate, 'key-1');
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    expect(await count(ALICE)).toBe(before + 1);
  });

  it('takes the same JSON value in another key order and spacing as the same body', async () => {
    const first = await post(minimalCreate, 'key-order');
    const reordered = `{ "enabled_events" : [ "*" ],\n  "url": "${minimalCreate.url}" }`;
    const again = await post(reordered, 'key-order');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
  });

  it('answers 422 idempotency-key-reused to the same key with another body, a changed secret included', async () => {
    await post(clientSecretCreate, 'key-2');
    for (const other of [{ ...clientSecretCreate, url: 'https://hooks.example.com/other' }, { ...clientSecretCreate, oidc_client_secret: 'another-secret' }]) {
      const answer = await post(other, 'key-2');
      expect(answer.status).toBe(422);
      expect(answer.body).toEqual({ ...examples.ProblemIdempotencyKeyReused });
    }
  });

  it('stores only 201 results: a failed request can be sent again with the same key', async () => {
    const failed = await post({ ...minimalCreate, url: 'http://hooks.example.com' }, 'key-3');
    expect(failed.status).toBe(422);
    const created = await post(minimalCreate, 'key-3');
    expect(created.status).toBe(201);
    expect(created.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keeps keys per account: another account with the same key creates its own webhook', async () => {
    const alices = await post(minimalCreate, 'shared-key');
    const bobs = await post(minimalCreate, 'shared-key', BOB);
    expect(bobs.status).toBe(201);
    expect(bobs.headers['idempotent-replayed']).toBeUndefined();
    expect(bobs.body.id).not.toBe(alices.body.id);
  });

  it('forgets a key after 24 hours', async () => {
    const first = await post(minimalCreate, 'key-4');
    now += IDEMPOTENCY_TTL_MS + 1000;
    const later = await post({ ...minimalCreate, url: 'https://hooks.example.com/new' }, 'key-4');
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
  });

  it.each([
    ['a space', 'a key'],
    ['256 characters', 'k'.repeat(256)],
    ['a non-ASCII character', 'clé'],
  ])('answers 400 to a key with %s', async (_, key) => {
    const answer = await send(server, { method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'idempotency-key': key }, body: minimalCreate });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: '/Idempotency-Key', message: 'Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID' }]);
  });
});

describe('updateWebhook: the merge rules, each checked again with a GET', () => {
  let server: TestServer;
  // the server's clock: the system's, moved on by a test instead of sleeping
  let ahead = 0;
  beforeAll(async () => {
    server = await testServer({ now: () => Date.now() + ahead });
  });
  afterAll(() => server.close());

  /** PATCHes, expects 200, and checks that a following GET says the same. */
  async function patch(id: string, body: unknown): Promise<any> {
    const answer = await send(server, { method: 'PATCH', url: `/v1/webhooks/${id}`, headers: ALICE, body });
    expect(answer.status, answer.text).toBe(200);
    const read = await send(server, { method: 'GET', url: `/v1/webhooks/${id}`, headers: ALICE });
    expect(read.body).toEqual(answer.body);
    return read.body;
  }
  const secretsOf = async (id: string) => (await server.store.getWebhook('alice', id, { includeSecrets: true }))!.config as Record<string, unknown>;

  it('changes only the fields present, and moves updated_at', async () => {
    const created = await createWebhook(server, ALICE, { ...privateKeyJwtCreate, oidc_scope: 'read' });
    ahead += 1_000;
    const after = await patch(created.id, { url: 'https://hooks.example.com/moved', include: 'identifiers' });
    expect(after).toEqual({ ...created, url: 'https://hooks.example.com/moved', include: 'identifiers', updated_at: after.updated_at });
    expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(created.updated_at));
  });

  it('disables with a date-time and re-enables with null (disabled_at)', async () => {
    const created = await createWebhook(server, ALICE, minimalCreate);
    expect(created.disabled_reason).toBeNull();
    expect(await patch(created.id, examples.WebhookUpdateDisable)).toMatchObject({ disabled_at: '2026-11-03T12:00:00Z', disabled_reason: 'disabled through the API' });
    expect((await patch(created.id, { disabled_at: '2027-01-01T00:59:60+01:00' })).disabled_at).toBe('2027-01-01T00:59:60+01:00');
    expect(await patch(created.id, { disabled_at: null })).toMatchObject({ disabled_at: null, disabled_reason: null });
  });

  it('replaces the secret (rotate_secret example) without returning it', async () => {
    const created = await createWebhook(server, ALICE, examples.WebhookCreateWildcard);
    await patch(created.id, examples.WebhookUpdateRotateSecret);
    expect((await secretsOf(created.id)).secret).toBe((examples.WebhookUpdateRotateSecret as { secret: string }).secret);
  });

  it('switching to private_key_jwt discards the stored client secret', async () => {
    const created = await createWebhook(server, ALICE, clientSecretCreate);
    const after = await patch(created.id, examples.WebhookUpdateSwitchToPrivateKeyJwt);
    expect(after.oidc_auth_method).toBe('private_key_jwt');
    expect((await secretsOf(created.id)).oidc_client_secret).toBeUndefined();
  });

  it('oidc_auth_method: null removes the whole OIDC configuration and its client secret', async () => {
    const created = await createWebhook(server, ALICE, { ...clientSecretCreate, oidc_scope: 'read', oidc_resource_uri: 'api://hooks' });
    const after = await patch(created.id, examples.WebhookUpdateRemoveOidc);
    for (const field of ['oidc_auth_method', 'oidc_client_id', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope', 'oidc_access_token_ttl_seconds']) {
      expect(after[field], field).toBeNull();
    }
    expect((await secretsOf(created.id)).oidc_client_secret).toBeUndefined();
    // the signing secret is not OIDC's: it stays (the platform made one, as none was given)
    expect((await secretsOf(created.id)).secret).toMatch(/^whsec_/);
  });

  it('null removes oidc_scope and oidc_resource_uri', async () => {
    const created = await createWebhook(server, ALICE, { ...privateKeyJwtCreate, oidc_scope: 'read', oidc_resource_uri: 'api://hooks' });
    const after = await patch(created.id, { oidc_scope: null, oidc_resource_uri: null });
    expect(after).toMatchObject({ oidc_scope: null, oidc_resource_uri: null, oidc_auth_method: 'private_key_jwt' });
  });

  it('switching to client_secret needs oidc_client_secret unless one is stored', async () => {
    const jwt = await createWebhook(server, ALICE, privateKeyJwtCreate);
    const refused = await send(server, { method: 'PATCH', url: `/v1/webhooks/${jwt.id}`, headers: ALICE, body: { oidc_auth_method: 'client_secret' } });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret" (after this update)' },
    ]);
    expect((await send(server, { method: 'GET', url: `/v1/webhooks/${jwt.id}`, headers: ALICE })).body).toEqual(jwt);
    const switched = await patch(jwt.id, { oidc_auth_method: 'client_secret', oidc_client_secret: 'fresh-client-secret' });
    expect(switched.oidc_auth_method).toBe('client_secret');
    // with a client secret stored, changing another OIDC field needs none
    expect((await patch(jwt.id, { oidc_auth_method: 'client_secret', oidc_client_id: 'renamed' })).oidc_client_id).toBe('renamed');
    expect((await secretsOf(jwt.id)).oidc_client_secret).toBe('fresh-client-secret');
  });

  it.each<[string, unknown, { pointer: string; message: string }[]]>([
    ['an empty body', {}, [{ pointer: '', message: 'the update must change at least one field' }]],
    ['an unknown field', { enabled_event: ['*'] }, [{ pointer: '/enabled_event', message: 'enabled_event is not a known field' }]],
    ['a client secret beside private_key_jwt', { oidc_auth_method: 'private_key_jwt', oidc_client_secret: 'x' }, []],
    ['OIDC fields beside oidc_auth_method: null', { oidc_auth_method: null, oidc_scope: 'read' }, []],
    ['OIDC fields on a webhook without OIDC', { oidc_client_id: 'x' }, []],
  ])('answers 422 to %s and changes nothing', async (_, body, errors) => {
    const created = await createWebhook(server, ALICE, minimalCreate);
    const answer = await send(server, { method: 'PATCH', url: `/v1/webhooks/${created.id}`, headers: ALICE, body });
    expect(answer.status).toBe(422);
    if (errors.length > 0) expect(answer.body.errors).toEqual(errors);
    else expect(answer.body.errors.length).toBeGreaterThan(0);
    expect((await send(server, { method: 'GET', url: `/v1/webhooks/${created.id}`, headers: ALICE })).body).toEqual(created);
  });

  it('loses no change when updates of different fields race', async () => {
    const created = await createWebhook(server, ALICE, minimalCreate);
    const patches = [
      { url: 'https://hooks.example.com/raced' },
      { include: 'identifiers' },
      { enabled_events: ['order.created'] },
      { disabled_at: '2026-12-01T00:00:00Z' },
      { secret: 'a-raced-secret-of-16+' },
    ];
    const answers = await Promise.all(patches.map((body) => send(server, { method: 'PATCH', url: `/v1/webhooks/${created.id}`, headers: ALICE, body })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    const read = await send(server, { method: 'GET', url: `/v1/webhooks/${created.id}`, headers: ALICE });
    expect(read.body).toMatchObject({ url: 'https://hooks.example.com/raced', include: 'identifiers', enabled_events: ['order.created'], disabled_at: '2026-12-01T00:00:00Z' });
    expect((await secretsOf(created.id)).secret).toBe('a-raced-secret-of-16+');
  });

  it('answers 404 to a patch of an unknown webhook, whatever the patch says', async () => {
    const answer = await send(server, { method: 'PATCH', url: `/v1/webhooks/${UNKNOWN_ID}`, headers: ALICE, body: { url: 'https://10.0.0.1/x' } });
    expect(answer.status).toBe(404);
  });
});

describe('deleteWebhook', () => {
  it('answers 204, then 404 to GET, PATCH and a second DELETE, and the list no longer has it', async () => {
    const server = await testServer();
    try {
      const created = await createWebhook(server, ALICE, clientSecretCreate);
      const deleted = await send(server, { method: 'DELETE', url: `/v1/webhooks/${created.id}`, headers: ALICE });
      expect(deleted.status).toBe(204);
      expect(deleted.text).toBe('');
      for (const [method, body] of [['GET'], ['PATCH', { include: '*' }], ['DELETE']] as const) {
        expect((await send(server, { method, url: `/v1/webhooks/${created.id}`, headers: ALICE, ...(body ? { body } : {}) })).status).toBe(404);
      }
      expect((await send(server, { method: 'GET', url: '/v1/webhooks', headers: ALICE })).body.data).toEqual([]);
      // nothing of it is kept but its place for cursors
      expect(await server.store.getWebhook('alice', created.id, { includeSecrets: true })).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('listWebhooks: newest first, cursor pages', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());

  const page = (query: string, auth: Record<string, string> = ALICE) => send(server, { method: 'GET', url: `/v1/webhooks${query}`, headers: auth });

  async function readAll(limit: number, between?: (pageIndex: number) => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let index = 0; ; index++) {
      const answer = await page(`?limit=${limit}${cursor ? `&starting_after=${cursor}` : ''}`);
      expect(answer.status).toBe(200);
      expect(answer.body.data.length).toBeLessThanOrEqual(limit);
      seen.push(...answer.body.data.map((webhook: { id: string }) => webhook.id));
      if (!answer.body.has_more) return seen;
      cursor = answer.body.data.at(-1).id;
      await between?.(index);
    }
  }

  it('pages 45 webhooks 20 at a time (the default), newest first, each once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) ids.push((await createWebhook(server, ALICE, { ...minimalCreate, url: `https://hooks.example.com/${i}` })).id);
    const first = await page('');
    expect(first.body.data).toHaveLength(20);
    expect(first.body.has_more).toBe(true);
    expect(await readAll(20)).toEqual(ids.reverse());
    const last = await page(`?starting_after=${ids.at(-2)}`);
    expect(last.body).toEqual({ object: 'list', data: [expect.objectContaining({ id: ids.at(-1) })], has_more: false });
  });

  it('lists webhooks created within the same second (the same millisecond, even) in the reverse of the order they were created', async () => {
    const frozen = await testServer({ now: () => Date.parse('2026-11-02T10:00:00Z') });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 8; i++) ids.push((await createWebhook(frozen, ALICE, { ...minimalCreate, url: `https://hooks.example.com/${i}` })).id);
      const first = await send(frozen, { method: 'GET', url: '/v1/webhooks?limit=3', headers: ALICE });
      expect(new Set(first.body.data.map((webhook: { created_at: string }) => webhook.created_at))).toEqual(new Set(['2026-11-02T10:00:00.000Z']));
      const seen: string[] = first.body.data.map((webhook: { id: string }) => webhook.id);
      const rest = await send(frozen, { method: 'GET', url: `/v1/webhooks?limit=100&starting_after=${seen.at(-1)}`, headers: ALICE });
      seen.push(...rest.body.data.map((webhook: { id: string }) => webhook.id));
      // neither by created_at (all equal) nor by id (random): by creation
      expect(seen).toEqual([...ids].reverse());
    } finally {
      await frozen.close();
    }
  });

  it.each([
    ['limit=0', 'limit must be at least 1'],
    ['limit=101', 'limit must be at most 100'],
    ['limit=ten', 'limit must be a whole number'],
    ['limit=0x10', 'limit must be a whole number'],
    ['limit=1e1', 'limit must be a whole number'],
    ['limit=1&limit=2', 'limit must be given at most once'],
    ['starting_after=wh_1', 'starting_after must be a UUID'],
  ])('answers 400 to ?%s', async (query, message) => {
    const answer = await page(`?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: query.startsWith('limit') ? '/limit' : '/starting_after', message }]);
  });

  it('answers 400 to a cursor that is none of your webhooks', async () => {
    const answer = await page(`?starting_after=${UNKNOWN_ID}`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ pointer: '/starting_after', message: 'starting_after must be the id of one of your webhooks, such as the last id of the previous page' }]);
  });

  it('lists every webhook exactly once while others are created and deleted between pages, the cursor itself included', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push((await createWebhook(server, BOB, { ...minimalCreate, url: `https://hooks.example.com/b${i}` })).id);
    const deleted = new Set<string>();
    const created: string[] = [];
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let round = 0; ; round++) {
      const answer = await page(`?limit=7${cursor ? `&starting_after=${cursor}` : ''}`, BOB);
      const pageIds = answer.body.data.map((webhook: { id: string }) => webhook.id);
      seen.push(...pageIds);
      if (!answer.body.has_more) break;
      cursor = pageIds.at(-1);
      // between pages, at the same time: new webhooks, the cursor deleted, one already seen and one not yet seen deleted
      const notYetSeen = ids.filter((id) => !seen.includes(id) && !deleted.has(id));
      const victims = [cursor!, seen[0]!, notYetSeen[round % Math.max(1, notYetSeen.length)]].filter((id): id is string => id !== undefined && !deleted.has(id));
      const news = await Promise.all([
        ...victims.map((id) => send(server, { method: 'DELETE', url: `/v1/webhooks/${id}`, headers: BOB }).then(() => void deleted.add(id))),
        ...[0, 1].map(() => createWebhook(server, BOB, minimalCreate).then((webhook) => void created.push(webhook.id))),
      ]);
      expect(news).toHaveLength(victims.length + 2);
    }
    expect(new Set(seen).size).toBe(seen.length);
    // every webhook that existed from the first page to the last appears
    for (const id of ids.filter((id) => !deleted.has(id))) expect(seen).toContain(id);
    // none created after paging began leaks into later pages
    for (const id of created) expect(seen).not.toContain(id);
    // newest first
    const order = seen.map((id) => ids.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it('pages consistently while creates and deletes run concurrently with the page reads', async () => {
    const auth = { authorization: ALICE.authorization };
    const base: string[] = (await readAll(100)).slice();
    const churn = Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const webhook = await createWebhook(server, auth, minimalCreate);
        if (i % 2 === 0) await send(server, { method: 'DELETE', url: `/v1/webhooks/${webhook.id}`, headers: auth });
      }),
    );
    const [seen] = await Promise.all([readAll(5), churn]);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of base) expect(seen).toContain(id);
  });
});

describe('listWebhookDeliveries', () => {
  let server: TestServer;
  let webhookId: string;
  const deliveryIds: string[] = [];
  beforeAll(async () => {
    server = await testServer();
    webhookId = (await createWebhook(server, ALICE, examples.WebhookCreateClientSecret)).id;
    const start = Date.parse('2026-11-02T10:00:00Z');
    const scheduled: NewDelivery[] = [];
    for (let i = 0; i < 25; i++) {
      const delivery: NewDelivery = {
        account_id: 'alice',
        webhook_id: webhookId,
        id: randomUUID(),
        event_id: randomUUID(),
        event_type: i % 2 === 0 ? 'business.created' : 'order.completed',
        body: JSON.stringify(examples.BusinessCreatedEvent),
        created_at: new Date(start + i * 1000),
      };
      await server.store.enqueue([delivery]);
      scheduled.push(delivery);
      deliveryIds.push(delivery.id);
    }
    // each as the sender finds it before its first attempt
    const fresh = (index: number): DeliveryRecord => ({
      ...scheduled[index]!,
      status: 'pending',
      attempts: 0,
      last_attempt_at: null,
      last_response_status: null,
      last_error: null,
      next_attempt_at: scheduled[index]!.created_at,
    });
    const at = (ms: number) => new Date(start + ms);
    await server.store.recordAttempt(fresh(24), { attempted_at: at(30_000), status: 'pending', response_status: 503, error: 'the endpoint answered 503', next_attempt_at: at(90_000), endpoint: 'answered' });
    await server.store.recordAttempt(fresh(23), { attempted_at: at(31_000), status: 'succeeded', response_status: 200, error: null, next_attempt_at: null, endpoint: 'answered' });
    await server.store.recordAttempt(fresh(22), { attempted_at: at(32_000), status: 'failed', response_status: null, error: 'x'.repeat(5000), next_attempt_at: null, endpoint: 'unresponsive' });
  });
  afterAll(() => server.close());

  const list = (query = '', auth: Record<string, string> = ALICE, id = webhookId) => send(server, { method: 'GET', url: `/v1/webhooks/${id}/deliveries${query}`, headers: auth });

  it('shows each delivery as the spec shapes it, newest first, with its latest attempt', async () => {
    const answer = await list('?limit=3');
    expect(answer.status).toBe(200);
    expect(answer.body.has_more).toBe(true);
    const [retried, succeeded, failed] = answer.body.data;
    expect(retried).toEqual({
      object: 'delivery',
      id: deliveryIds[24],
      webhook_id: webhookId,
      event_id: expect.any(String),
      event_type: 'business.created',
      status: 'pending',
      attempts: 1,
      last_attempt_at: '2026-11-02T10:00:30.000Z',
      last_response_status: 503,
      last_error: 'the endpoint answered 503',
      next_attempt_at: '2026-11-02T10:01:30.000Z',
      created_at: '2026-11-02T10:00:24.000Z',
    });
    expect(succeeded).toMatchObject({ status: 'succeeded', attempts: 1, last_response_status: 200, last_error: null, next_attempt_at: null });
    expect(failed).toMatchObject({ status: 'failed', last_response_status: null, next_attempt_at: null });
    expect(failed.last_error).toHaveLength(1000);
  });

  it('pages through every delivery once, 10 at a time', async () => {
    const seen: string[] = [];
    let cursor = '';
    for (;;) {
      const answer = await list(`?limit=10${cursor}`);
      seen.push(...answer.body.data.map((delivery: { id: string }) => delivery.id));
      if (!answer.body.has_more) break;
      cursor = `&starting_after=${answer.body.data.at(-1).id}`;
    }
    expect(seen).toEqual([...deliveryIds].reverse());
  });

  it('answers an empty page for a webhook without deliveries, 404 for an unknown or deleted one, 400 for a bad limit or cursor', async () => {
    const fresh = await createWebhook(server, ALICE, minimalCreate);
    expect((await list('', ALICE, fresh.id)).body).toEqual(examples.DeliveryListEmpty);
    expect((await list('', ALICE, UNKNOWN_ID)).status).toBe(404);
    await send(server, { method: 'DELETE', url: `/v1/webhooks/${fresh.id}`, headers: ALICE });
    expect((await list('', ALICE, fresh.id)).status).toBe(404);
    expect((await list('?limit=0')).status).toBe(400);
    const unknown = await list(`?starting_after=${UNKNOWN_ID}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].pointer).toBe('/starting_after');
  });
});

describe('getSigningKeys (/.well-known/jwks.json)', () => {
  it('serves the RS256 public key without an API key: public members only, kid the thumbprint, cacheable', async () => {
    const server = await testServer({ signingKeyAlgorithm: undefined });
    try {
      const answer = await send(server, { method: 'GET', url: '/.well-known/jwks.json' });
      expect(answer.status).toBe(200);
      const [key] = answer.body.keys;
      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      const { calculateJwkThumbprint } = await import('jose');
      expect(key.kid).toBe(await calculateJwkThumbprint({ kty: key.kty, n: key.n, e: key.e }));
      expect(answer.headers['cache-control']).toBe('public, max-age=300');
      expect((await send(server, { method: 'GET', url: '/.well-known/jwks.json', headers: ALICE })).body).toEqual(answer.body);
    } finally {
      await server.close();
    }
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After and the RateLimit headers past the limit, per API key', async () => {
    const server = await testServer({ rateLimitPerMinute: 5 });
    try {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push(await send(server, { method: 'GET', url: '/v1/webhooks', headers: ALICE }));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(answers[0]!.headers['ratelimit-policy']).toBe('"per-key";q=5;w=60');
      expect(answers[0]!.headers.ratelimit).toMatch(/^"per-key";r=4;t=(60|59)$/);
      const limited = answers[5]!;
      const wait = Number(limited.headers['retry-after']);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      expect(limited.headers.ratelimit).toBe(`"per-key";r=0;t=${wait}`);
      expect(limited.body).toMatchObject({ type: 'https://api.example.com/problems/too-many-requests', detail: `This API key sent too many requests; send the request again after ${wait} second${wait === 1 ? '' : 's'}.` });
      // another key has its own count; a request without a valid key is not counted for anyone
      expect((await send(server, { method: 'GET', url: '/v1/webhooks', headers: BOB })).status).toBe(200);
      expect((await send(server, { method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer sk_test_nobody_0123456789' } })).status).toBe(401);
    } finally {
      await server.close();
    }
  });

  it('is on by default (1,200 requests a minute per key), and off with false', async () => {
    const server = await testServer();
    const unlimited = await testServer({ rateLimitPerMinute: false });
    try {
      expect((await send(server, { method: 'GET', url: '/v1/webhooks', headers: ALICE })).headers['ratelimit-policy']).toBe('"per-key";q=1200;w=60');
      expect((await send(unlimited, { method: 'GET', url: '/v1/webhooks', headers: ALICE })).headers['ratelimit-policy']).toBeUndefined();
    } finally {
      await server.close();
      await unlimited.close();
    }
  });
});

describe('methods, paths and authentication', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());

  it.each([
    ['PUT', `/v1/webhooks/${ID}`, 'GET, DELETE, PATCH, HEAD, OPTIONS'],
    ['POST', `/v1/webhooks/${ID}`, 'GET, DELETE, PATCH, HEAD, OPTIONS'],
    ['DELETE', '/v1/webhooks', 'GET, POST, HEAD, OPTIONS'],
    ['PATCH', '/v1/webhooks', 'GET, POST, HEAD, OPTIONS'],
    ['POST', `/v1/webhooks/${ID}/deliveries`, 'GET, HEAD, OPTIONS'],
    ['POST', '/.well-known/jwks.json', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/v1/webhooks', 'GET, POST, HEAD, OPTIONS'],
  ])('answers %s %s with 405 and Allow: %s', async (method, url, allow) => {
    const answer = await send(server, { method, url, headers: ALICE });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe(allow);
  });

  it('answers HEAD as GET without a body, and OPTIONS with 204 and Allow, as the mock does', async () => {
    const head = await server.app.inject({ method: 'HEAD', url: '/v1/webhooks', headers: ALICE });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toMatch(/^application\/json/);
    expect(head.body).toBe('');
    const options = await server.app.inject({ method: 'OPTIONS', url: '/v1/webhooks', headers: ALICE });
    expect(options.statusCode).toBe(204);
    expect(options.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
  });

  it('answers an Accept header that allows no JSON with a 406 problem, and ignores a malformed one', async () => {
    const refused = await send(server, { method: 'GET', url: '/v1/webhooks', headers: { ...ALICE, accept: 'text/html' } });
    expect(refused.status).toBe(406);
    expect(refused.body.type).toBe('https://api.example.com/problems/not-acceptable');
    const malformed = await send(server, { method: 'GET', url: '/v1/webhooks', headers: { ...ALICE, accept: '*/*;q=x' } });
    expect(malformed.status).toBe(200);
  });

  it.each(['/v1/webhook', '/v1/webhooks/', '/v2/webhooks', '//v1/webhooks', '/v1/%77ebhooks', `/v1/webhooks/${ID}/deliveries/x`, '/', '/.well-known/jwks'])(
    'answers 404 problem to the unknown path %s',
    async (url) => {
      const answer = await send(server, { method: 'GET', url, headers: ALICE });
      expect(answer.status).toBe(404);
      expect(answer.body.type).toBe('https://api.example.com/problems/not-found');
    },
  );

  const authenticated = specRoutes().filter((route) => route.authenticated);
  it.each(
    authenticated.flatMap((route) =>
      [
        ['no Authorization', undefined],
        ['an unknown key', 'Bearer sk_test_nobody_000000000'],
        ['an empty bearer token', 'Bearer '],
        ['the Basic scheme', `Basic ${Buffer.from(`${ALICE_KEY}:`).toString('base64')}`],
        ['the key without a scheme', ALICE.authorization.slice('Bearer '.length)],
      ].map(([why, authorization]) => [route.operationId, why, route, authorization] as const),
    ),
  )('%s: answers 401 with WWW-Authenticate to %s', async (_, __, route, authorization) => {
    const body = route.requestBody === undefined ? undefined : minimalCreate;
    const answer = await send(server, { method: route.method, url: route.template.replace('{id}', ID), headers: { authorization }, ...(body ? { body } : {}) });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer realm="webhooks"');
  });

  it('takes the bearer scheme in any case', async () => {
    expect((await send(server, { method: 'GET', url: '/v1/webhooks', headers: { authorization: ALICE.authorization.replace('Bearer', 'bEaReR') } })).status).toBe(200);
  });

  it('makes its own X-Request-Id, a new one on every answer, and never echoes the client one', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => send(server, { method: 'GET', url: '/v1/webhooks', headers: { ...ALICE, 'x-request-id': 'client-made-id' } })),
    );
    const ids = answers.map((answer) => answer.headers['x-request-id']);
    expect(new Set(ids).size).toBe(20);
    expect(ids).not.toContain('client-made-id');
  });
});


describe('accounts are isolated on every operation', () => {
  let server: TestServer;
  let alices: any;
  beforeAll(async () => {
    server = await testServer();
    alices = await createWebhook(server, ALICE, clientSecretCreate);
    await server.store.enqueue([
      { account_id: 'alice', webhook_id: alices.id, id: randomUUID(), event_id: randomUUID(), event_type: 'business.created', body: '{}', created_at: new Date() },
    ]);
  });
  afterAll(() => server.close());

  it("answers 404 (never 403) to another account's webhook on GET, PATCH, DELETE and its deliveries, exactly as for an unknown id", async () => {
    for (const [method, suffix, body] of [
      ['GET', ''],
      ['PATCH', '', { url: 'https://hooks.example.com/stolen' }],
      ['DELETE', ''],
      ['GET', '/deliveries'],
    ] as const) {
      const theirs = await send(server, { method, url: `/v1/webhooks/${alices.id}${suffix}`, headers: BOB, ...(body ? { body } : {}) });
      const unknown = await send(server, { method, url: `/v1/webhooks/${UNKNOWN_ID}${suffix}`, headers: BOB, ...(body ? { body } : {}) });
      expect(theirs.status, `${method} ${suffix}`).toBe(404);
      expect({ ...theirs.body, detail: undefined, instance: undefined }).toEqual({ ...unknown.body, detail: undefined, instance: undefined });
    }
  });

  it("lists only the caller's webhooks, and refuses another account's id as a cursor like an unknown one", async () => {
    const bobs = await createWebhook(server, BOB, minimalCreate);
    expect((await send(server, { method: 'GET', url: '/v1/webhooks', headers: BOB })).body.data.map((w: { id: string }) => w.id)).toEqual([bobs.id]);
    const cursor = await send(server, { method: 'GET', url: `/v1/webhooks?starting_after=${alices.id}`, headers: BOB });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toEqual((await send(server, { method: 'GET', url: `/v1/webhooks?starting_after=${UNKNOWN_ID}`, headers: BOB })).body.errors);
  });

  it("never replays another account's Idempotency-Key result", async () => {
    const first = await send(server, { method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'idempotency-key': 'iso-key' }, body: minimalCreate });
    const other = await send(server, { method: 'POST', url: '/v1/webhooks', headers: { ...BOB, 'idempotency-key': 'iso-key' }, body: minimalCreate });
    expect(other.body.id).not.toBe(first.body.id);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
  });

  it("leaves the owner's webhook untouched after every attempt by another account", async () => {
    const read = await send(server, { method: 'GET', url: `/v1/webhooks/${alices.id}`, headers: ALICE });
    expect(read.body).toEqual(alices);
    expect((await send(server, { method: 'GET', url: `/v1/webhooks/${alices.id}/deliveries`, headers: ALICE })).body.data).toHaveLength(1);
  });
});
