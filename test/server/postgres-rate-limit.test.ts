/**
 * The per-key rate limit on Postgres, counted in the database: two servers on one database together
 * allow the configured rate, not twice it, with the RateLimit headers counting down across both, whether
 * the requests come one after another or all at once; a window that ended starts again; and a fault of the limiter's table is answered as
 * every database fault is, 503 problem+json with Retry-After, never a 500.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDatabase } from '../support/postgres.js';
import { ALICE, BOB, send, testServer, type TestServer } from '../support/server.js';

const PER_MINUTE = 10;
let first: TestServer;
let second: TestServer;
let admin: pg.Client;

beforeAll(async () => {
  const { url } = await postgresDatabase('rate_limit');
  const options = { databaseUrl: url, rateLimitPerMinute: PER_MINUTE, statementTimeoutMs: 500 };
  [first, second] = await Promise.all([testServer(options), testServer(options)]);
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
}, 30_000);

afterAll(async () => {
  await admin?.end();
  await first?.close();
  await second?.close();
});

const list = (server: TestServer, headers: Record<string, string>) => send(server, { method: 'GET', url: '/v1/webhooks', headers }, { faults: true });

describe('the per-key rate limit on Postgres', () => {
  it('holds across two servers: the configured rate in all, the RateLimit headers counting down across both, then 429', async () => {
    const answers = [];
    for (let i = 0; i < PER_MINUTE + 3; i++) answers.push(await list(i % 2 === 0 ? first : second, ALICE));
    expect(answers.map((answer) => answer.status)).toEqual([...Array(PER_MINUTE).fill(200), 429, 429, 429]);
    for (const answer of answers) expect(answer.headers['ratelimit-policy']).toBe(`"per-key";q=${PER_MINUTE};w=60`);
    const left = answers.map((answer) => Number(/^"per-key";r=(\d+);t=(\d+)$/.exec(answer.headers.ratelimit!)?.[1]));
    expect(left).toEqual([...Array.from({ length: PER_MINUTE }, (_, i) => PER_MINUTE - 1 - i), 0, 0, 0]);
    const limited = answers[PER_MINUTE]!;
    const wait = Number(limited.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(limited.headers.ratelimit).toBe(`"per-key";r=0;t=${wait}`);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429 });
  });

  it('holds when a key sends everything at once to both servers: exactly the rate is allowed', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => list(i % 2 === 0 ? first : second, BOB)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(PER_MINUTE);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(30 - PER_MINUTE);
    const { rows } = await admin.query('SELECT hits FROM rate_limit_windows ORDER BY hits');
    // one row per key id, never the key itself
    expect(rows).toEqual([{ hits: String(PER_MINUTE + 3) }, { hits: '30' }]);
    expect(JSON.stringify((await admin.query('SELECT key FROM rate_limit_windows')).rows)).not.toMatch(/sk_test/);
  });

  it("starts a key's window again at 1 once it ended, and purges ended windows", async () => {
    const hit = (key: string) => first.store.rateLimitHit!(key, 300);
    const counted = [await hit('window-test'), await hit('window-test'), await second.store.rateLimitHit!('window-test', 300)];
    expect(counted.map((count) => count.hits)).toEqual([1, 2, 3]);
    for (const count of counted) expect(count.resetsInMs).toBeLessThanOrEqual(300);
    await new Promise((resolve) => setTimeout(resolve, counted[2]!.resetsInMs + 50));
    const next = await hit('window-test');
    expect(next.hits).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, next.resetsInMs + 50));
    await first.store.purgeExpired(Date.now());
    expect((await admin.query("SELECT key FROM rate_limit_windows WHERE key = 'window-test'")).rows).toEqual([]);
  });

  it('answers a fault of its table 503 with Retry-After, as every database fault, and counts again once it is over', async () => {
    await admin.query('BEGIN');
    try {
      await admin.query('LOCK TABLE rate_limit_windows IN ACCESS EXCLUSIVE MODE');
      const answer = await list(first, ALICE);
      expect(answer.status, answer.text).toBe(503);
      expect(answer.headers['retry-after']).toBe('1');
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ status: 503 });
    } finally {
      await admin.query('ROLLBACK');
    }
    await admin.query('DELETE FROM rate_limit_windows');
    const again = await list(second, ALICE);
    expect(again.status).toBe(200);
    expect(again.headers.ratelimit).toMatch(new RegExp(`^"per-key";r=${PER_MINUTE - 1};t=(60|59)$`));
  });
});
