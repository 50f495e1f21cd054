/**
 * The limits that are on by default: webhooks per account (409 of its own type, taken atomically with
 * the insert, also by two servers on one database), the trigger's fan-out and its small answer, the
 * sandbox's accounts (least recently used and idle ones forgotten), slow clients cut within a second of
 * the documented time-outs, and a log no client can forge a line in, in either format.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { sandboxAccountId } from '../../src/server/auth.js';
import { formatLogLine } from '../../src/server/logging.js';
import { startServer } from '../../src/server/server.js';
import { minimalCreate } from '../support/bodies.js';
import { ALICE, API_KEYS, BOB, CapturedLog, SECRETS_KEY, send, testResolver, testSandbox, testServer } from '../support/server.js';

const folder = mkdtempSync(join(tmpdir(), 'webhooks-limits-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const create = (server: Parameters<typeof send>[0], auth: Record<string, string>, headers: Record<string, string> = {}) =>
  send(server, { method: 'POST', url: '/v1/webhooks', headers: { ...auth, ...headers }, body: minimalCreate });

describe('the webhook limit per account', () => {
  it('answers 409 webhook-limit-reached past it, per account; a delete makes room; a key still replays its 201', async () => {
    const server = await testServer({ maxWebhooksPerAccount: 3 });
    try {
      const made = [];
      for (let i = 0; i < 2; i++) made.push(await create(server, ALICE));
      const keyed = await create(server, ALICE, { 'idempotency-key': 'third' });
      expect([...made, keyed].map((answer) => answer.status)).toEqual([201, 201, 201]);
      const refused = await create(server, ALICE);
      expect(refused.status).toBe(409);
      expect(refused.body).toEqual({ ...examples.ProblemWebhookLimitReached, detail: 'This account already has 3 webhooks, the most it may have; delete one you no longer need before creating another.' });
      // the key that was answered 201 is answered so again, limit or not
      const replayed = await create(server, ALICE, { 'idempotency-key': 'third' });
      expect(replayed).toMatchObject({ status: 201, headers: { 'idempotent-replayed': 'true' }, text: keyed.text });
      expect((await create(server, BOB)).status).toBe(201);
      expect((await send(server, { method: 'DELETE', url: `/v1/webhooks/${made[0]!.body.id}`, headers: ALICE })).status).toBe(204);
      expect((await create(server, ALICE)).status).toBe(201);
      expect((await create(server, ALICE)).status).toBe(409);
    } finally {
      await server.close();
    }
  });

  it('holds when two servers write one database at the same time: exactly the limit is created', async () => {
    const databasePath = join(folder, 'shared.db');
    const options = { databasePath, apiKeys: API_KEYS, secretsKey: SECRETS_KEY, resolve: testResolver, log: false as const, signingKeyAlgorithm: 'ES256' as const, maxWebhooksPerAccount: 25, rateLimitPerMinute: false as const, delivery: { autoStart: false } };
    const first = await startServer({ ...options, port: 0 });
    const second = await startServer({ ...options, port: 0 });
    try {
      const post = (url: string) => fetch(`${url}/v1/webhooks`, { method: 'POST', headers: { ...ALICE, 'content-type': 'application/json' }, body: JSON.stringify(minimalCreate) }).then((response) => response.status);
      const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => post(i % 2 === 0 ? first.url : second.url)));
      expect(statuses.filter((status) => status === 201)).toHaveLength(25);
      expect(statuses.filter((status) => status === 409)).toHaveLength(15);
      const listed = (await (await fetch(`${first.url}/v1/webhooks?limit=100`, { headers: ALICE })).json()) as { data: unknown[] };
      expect(listed.data).toHaveLength(25);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe("the sandbox's trigger and accounts", () => {
  it('answers a trigger with a small summary, naming at most 100 deliveries, whatever the fan-out', async () => {
    const sandbox = await testSandbox({ seed: false, maxWebhooksPerAccount: 150, rateLimitPerMinute: false });
    const token = { authorization: 'Bearer fan-out' };
    try {
      for (let i = 0; i < 150; i++) expect((await create(sandbox, token)).status).toBe(201);
      expect((await create(sandbox, token)).status).toBe(409);
      // outside the contract: read as it is
      const response = await sandbox.app.inject({ method: 'POST', url: '/v1/sandbox/events', headers: { ...token, 'content-type': 'application/json' }, payload: '{"type":"order.created"}' });
      const answer = { status: response.statusCode, text: response.body, body: JSON.parse(response.body) };
      expect(answer.status).toBe(202);
      expect(answer.body.deliveries).toMatchObject({ object: 'list', total: 150, has_more: true });
      expect(answer.body.deliveries.data).toHaveLength(100);
      expect(Object.keys(answer.body.deliveries.data[0]).sort()).toEqual(['id', 'webhook_id']);
      expect(answer.text.length).toBeLessThan(16 * 1024);
    } finally {
      await sandbox.close();
    }
  });

  it('forgets the least recently used account past the cap, and one idle past the idle time; a forgotten token starts again from the seed', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const sandbox = await testSandbox({ maxAccounts: 3, accountIdleMs: 60_000, now: () => now });
    const token = (name: string) => ({ authorization: `Bearer ${name}` });
    const count = async (name: string) => (await send(sandbox, { method: 'GET', url: '/v1/webhooks?limit=100', headers: token(name) })).body.data.length;
    // what the store holds for a token, read past the sandbox (a request would seed it again)
    const stored = async (name: string) => {
      const page = await sandbox.store.listWebhooks(sandboxAccountId(name), { limit: 100 });
      return page.ok ? page.items.length : -1;
    };
    try {
      expect(await count('a')).toBe(4);
      expect((await create(sandbox, token('a'))).status).toBe(201);
      expect(await count('a')).toBe(5);
      for (const name of ['b', 'c']) expect(await count(name)).toBe(4);
      // a is the least recently used of a, b, c: d takes its place, and a's data is removed
      expect(await count('d')).toBe(4);
      expect(await stored('a')).toBe(0);
      expect(await stored('b')).toBe(4);
      expect(await count('a')).toBe(4);
      // idle: a minute later, every account but the one in use is forgotten
      expect((await create(sandbox, token('a'))).status).toBe(201);
      now += 61_000;
      expect((await create(sandbox, token('d'))).status).toBe(201);
      now += 1_000;
      expect(await count('a')).toBe(4);
      expect(await count('d')).toBe(5);
    } finally {
      await sandbox.close();
    }
  });
});

describe('slow clients', () => {
  it('are answered 408 once the header time-out passes, checked within a second of it', async () => {
    const server = await startServer({ port: 0, databasePath: ':memory:', apiKeys: API_KEYS, secretsKey: SECRETS_KEY, resolve: false, log: false, signingKeyAlgorithm: 'ES256', timeouts: { headersMs: 1_000, requestMs: 2_000 } });
    try {
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(server.port, '127.0.0.1');
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
        // headers that never end: Node's default would let this socket be for up to 30 s past the limit
        socket.write('GET /v1/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 Request timeout\r\n/);
      expect(answer).toContain('"type":"https://api.example.com/problems/request-timeout"');
      expect(server.app.server.headersTimeout).toBe(1_000);
      expect((server.app.server as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval).toBeLessThanOrEqual(1_000);
    } finally {
      await server.close();
    }
  }, 10_000);

  it('keeps the documented limits by default, checked every second', async () => {
    const server = await startServer({ port: 0, databasePath: ':memory:', apiKeys: API_KEYS, secretsKey: SECRETS_KEY, resolve: false, log: false, signingKeyAlgorithm: 'ES256' });
    try {
      expect([server.app.server.headersTimeout, server.app.server.requestTimeout]).toEqual([15_000, 30_000]);
      expect((server.app.server as unknown as { connectionsCheckingInterval: number }).connectionsCheckingInterval).toBe(1_000);
    } finally {
      await server.close();
    }
  });
});

describe('the log', () => {
  const FORGED = 'x\n00:00:00 GET /v1/admin → 200 (1 ms) forged\u001b[2J\u009b31m\u2028\u202e';

  it('escapes what a client sent in pretty lines: no new line, no terminal escape, no bidirectional override', () => {
    const json = JSON.stringify({ level: 30, time: 0, msg: 'request', method: 'POST', path: '/v1/webhooks', status: 422, ms: 1, reqId: 'req_1', errors: [{ pointer: `/${FORGED}`, message: `${FORGED} is not a known field` }] });
    const pretty = formatLogLine(json);
    expect(pretty.split('\n')).toHaveLength(2);
    expect(pretty).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(pretty).toContain('x\\n00:00:00 GET /v1/admin → 200 (1 ms) forged\\u001b[2J\\u009b31m\\u2028\\u202e is not a known field');
    expect(formatLogLine(`not json ${FORGED}`)).not.toContain('\n');
    expect(formatLogLine(JSON.stringify({ level: 50, time: 0, msg: FORGED, err: { type: FORGED, message: FORGED } }))).not.toMatch(/[\n\u001b\u009b\u2028]/);
  });

  it('escapes in JSON lines too: each line one JSON value, no raw separator or control character', async () => {
    const log = new CapturedLog();
    const server = await testServer({ log: { stream: log.stream } });
    try {
      const answer = await server.app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'content-type': 'application/json' }, payload: JSON.stringify({ ...minimalCreate, [FORGED]: 1 }) });
      expect(answer.statusCode).toBe(422);
      expect(log.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      for (const line of log.text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      await server.close();
    }
  });
});
