/**
 * The server's storage faulted for real: another process holding SQLite's write lock (reads go on, the
 * event loop is never blocked, a write that cannot get the lock within the bound answers 503 with
 * Retry-After, a write that gets it in time succeeds, and the sender's claims wait without blocking
 * either); a full database (`max_page_count`): 503, nothing acknowledged lost, writes again once there is
 * room; the data folder removed while the server runs: 503 from then on, never a 201, and `fatal` for the
 * supervisor; files that are not this server's database, left as they were.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { minimalCreate } from '../support/bodies.js';
import { holdWriteLock } from '../support/lock-holder.js';
import { ALICE, send, testServer, type TestServer } from '../support/server.js';

const folder = mkdtempSync(join(tmpdir(), 'webhooks-storage-faults-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const newDatabase = () => join(folder, `db-${++files}`, 'webhooks.db');

// the store is faulted on purpose: a 503 is the right answer here (still checked against the contract)
const create = (server: TestServer, body: Record<string, unknown> = minimalCreate) => send(server, { method: 'POST', url: '/v1/webhooks', headers: ALICE, body }, { faults: true });
const list = (server: TestServer) => send(server, { method: 'GET', url: '/v1/webhooks?limit=100', headers: ALICE });

/** Every webhook id the account has, through the API. */
async function allIds(server: TestServer): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await send(server, { method: 'GET', url: `/v1/webhooks?limit=100${after ? `&starting_after=${after}` : ''}`, headers: ALICE });
    ids.push(...page.body.data.map((webhook: { id: string }) => webhook.id));
    if (!page.body.has_more) return ids;
    after = ids.at(-1);
  }
}

const logLines = (server: TestServer) => server.log.lines() as { level: number; msg: string; err?: { code?: string; cause?: string; message?: string } }[];

describe('another process holding the write lock', () => {
  it('lets reads through, answers a write that cannot get the lock within the bound 503 with Retry-After, and logs the real cause at warn', async () => {
    const database = newDatabase();
    const server = await testServer({ databasePath: database, busyTimeoutMs: 400 });
    try {
      const first = await create(server);
      expect(first.status).toBe(201);
      const lock = await holdWriteLock(database);
      let released = false;
      try {
        const order: string[] = [];
        const write = create(server).then((answer) => {
          order.push('write');
          return answer;
        });
        // the write waits for the lock without blocking the event loop: a read started after it answers first
        const read = await list(server);
        order.push('read');
        expect(read.status).toBe(200);
        expect(read.body.data.map((webhook: { id: string }) => webhook.id)).toEqual([first.body.id]);
        const refused = await write;
        expect(order).toEqual(['read', 'write']);
        expect(refused.status).toBe(503);
        expect(refused.headers['retry-after']).toBe('1');
        expect(refused.body).toMatchObject({ type: 'https://api.example.com/problems/service-unavailable', detail: 'The database is busy with another writer; nothing was changed. Send the request again in a moment.' });
        const logged = logLines(server).find((line) => line.err?.code === 'ERR_STORE_BUSY');
        expect(logged).toMatchObject({ level: 40, msg: 'the database could not take the request: busy', err: { cause: 'SQLITE_BUSY' } });
        expect(logged!.err!.message).toContain('another connection holds the database write lock for more than 400 ms');
        expect(server.log.text).not.toContain('the client went away');

        // the sender's claim waits the same way, and gives up within the bound instead of blocking
        await expect(server.deliveries.runOnce()).rejects.toMatchObject({ code: 'ERR_STORE_BUSY' });
        await lock.release();
        released = true;
      } finally {
        if (!released) await lock.release();
      }
      const after = await create(server);
      expect(after.status).toBe(201);
      // the refused write changed nothing
      expect(await allIds(server)).toEqual([after.body.id, first.body.id]);
    } finally {
      await server.close();
    }
  });

  it('completes a write that gets the lock within the bound', async () => {
    const database = newDatabase();
    const server = await testServer({ databasePath: database, busyTimeoutMs: 30_000 });
    try {
      expect((await create(server)).status).toBe(201);
      const lock = await holdWriteLock(database);
      const write = create(server);
      // a read answers while the write waits; then the lock goes, and the write goes through
      expect((await list(server)).status).toBe(200);
      await lock.release();
      const created = await write;
      expect(created.status).toBe(201);
      expect(await allIds(server)).toContain(created.body.id);
    } finally {
      await server.close();
    }
  });
});

describe('a full database (max_page_count)', () => {
  it('answers 503 in words, logs the cause at error, loses nothing acknowledged, and writes again once there is room', async () => {
    const database = newDatabase();
    const acknowledged: string[] = [];
    const server = await testServer({ databasePath: database, maxDatabaseBytes: 160 * 1024, maxWebhooksPerAccount: 10_000, rateLimitPerMinute: false });
    try {
      let refused;
      for (let i = 0; i < 2_000 && refused === undefined; i++) {
        const answer = await create(server, { ...minimalCreate, url: `https://hooks.example.com/${i}/${'x'.repeat(500)}` });
        if (answer.status === 201) acknowledged.push(answer.body.id);
        else refused = answer;
      }
      expect(acknowledged.length).toBeGreaterThan(10);
      expect(refused!.status).toBe(503);
      expect(refused!.headers['retry-after']).toBe('60');
      expect(refused!.body.detail).toBe("The server's storage is full; nothing was changed. Send the request again in a moment.");
      expect(logLines(server).find((line) => line.err?.code === 'ERR_STORE_FULL')).toMatchObject({ level: 50, err: { cause: 'SQLITE_FULL' } });
      // reads still answer, and show every acknowledged write
      expect(new Set(await allIds(server))).toEqual(new Set(acknowledged));
    } finally {
      await server.close();
    }
    // room again (here: a larger limit at the next start): everything acknowledged is there, and writes work
    const roomier = await testServer({ databasePath: database, maxWebhooksPerAccount: 10_000, rateLimitPerMinute: false });
    try {
      expect(new Set(await allIds(roomier))).toEqual(new Set(acknowledged));
      expect((await create(roomier)).status).toBe(201);
    } finally {
      await roomier.close();
    }
  });
});

describe('the data folder removed while the server runs', () => {
  it('never answers 201 again: writes get 503, the error is logged, fatal resolves, and the next start says what it finds', async () => {
    const database = newDatabase();
    const server = await testServer({ databasePath: database });
    let fatal: unknown;
    void server.fatal.then((error) => (fatal = error));
    try {
      const kept = await create(server);
      expect(kept.status).toBe(201);
      rmSync(join(database, '..'), { recursive: true, force: true });
      const lost = await create(server);
      expect(lost.status).toBe(503);
      expect(lost.body.detail).toBe('The server lost its database file and is stopping; nothing was changed. Send the request again in a moment.');
      expect(logLines(server).find((line) => line.err?.code === 'ERR_STORE_GONE')).toMatchObject({ level: 50 });
      await server.fatal;
      expect(fatal).toMatchObject({ code: 'ERR_STORE_GONE', fault: 'gone' });
      // every later write is refused at once, deletes included; reads still answer from the open file
      expect((await create(server)).status).toBe(503);
      expect((await send(server, { method: 'DELETE', url: `/v1/webhooks/${kept.body.id}`, headers: ALICE }, { faults: true })).status).toBe(503);
      expect((await list(server)).status).toBe(200);
    } finally {
      await server.close();
    }
    // a supervisor's restart: told that the database must exist, it refuses in one sentence
    await expect(testServer({ databasePath: database, databaseMustExist: true })).rejects.toThrow(
      `DATABASE_PATH ${JSON.stringify(database)} does not exist, and DATABASE_MUST_EXIST says the database must: restore it there, or unset DATABASE_MUST_EXIST to start a new, empty one.`,
    );
    // without it, it makes a new one and says so
    const fresh = await testServer({ databasePath: database });
    try {
      expect(fresh.createdDatabase).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('refuses writes once the file is replaced by another one', async () => {
    const database = newDatabase();
    const server = await testServer({ databasePath: database });
    try {
      expect((await create(server)).status).toBe(201);
      renameSync(database, `${database}.moved`);
      writeFileSync(database, '');
      expect((await create(server)).status).toBe(503);
      await expect(server.fatal).resolves.toMatchObject({ message: expect.stringContaining('was replaced by another file while the server ran') });
    } finally {
      await server.close();
    }
  });
});

describe('files that are not this server\'s database', () => {
  const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const open = (path: string) => createSqliteStore({ path, setting: 'DATABASE_PATH' });

  it('refuses a file that is not SQLite, and leaves it as it was', async () => {
    const dir = join(folder, 'foreign-text');
    mkdirSync(dir);
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'my notes\n'.repeat(100));
    const before = digest(path);
    await expect(open(path)).rejects.toMatchObject({ code: 'ERR_STORE_UNAVAILABLE', message: expect.stringContaining(`DATABASE_PATH ${JSON.stringify(path)} is not a SQLite database`) });
    expect(digest(path)).toBe(before);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
  });

  it("refuses another application's SQLite database, and leaves it as it was", async () => {
    const dir = join(folder, 'foreign-sqlite');
    mkdirSync(dir);
    const path = join(dir, 'app.db');
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(path);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me')");
    other.close();
    const before = digest(path);
    await expect(open(path)).rejects.toThrow(`DATABASE_PATH ${JSON.stringify(path)} is a SQLite database of another application (it has tables, none of them this server's: notes)`);
    expect(digest(path)).toBe(before);
  });
});
