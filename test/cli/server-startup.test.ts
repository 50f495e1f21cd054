/**
 * `webhooks-contract serve` as built (`dist/src/cli/index.js`), started on every kind of bad
 * `DATABASE_PATH`: each exits 1 with one sentence naming the setting, the path and the cause (no stack
 * trace), and leaves a file that is not its database as it was. Permission cases run as an unprivileged
 * user (`runuser -u nobody` when the tests run as root, who ignores file modes), so the modes are met for
 * real. And a server whose data folder is removed while it runs exits 1 for its supervisor.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { minimalCreate } from '../support/bodies.js';
import { ensureBuilt } from '../support/build.js';
import { holdWriteLock } from '../support/lock-holder.js';
import { freePort } from '../support/ports.js';
import { ROOT, startProcess } from '../support/processes.js';
import { ALICE, API_KEYS, SECRETS_KEY } from '../support/server.js';

const CLI = join(ROOT, 'dist', 'src', 'cli', 'index.js');
const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-startup-'));
// an unprivileged user must be able to reach the cases' folders
chmodSync(folder, 0o755);
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeAll(() => ensureBuilt(), 180_000);

const AS_ROOT = process.getuid?.() === 0;
const NOBODY = 65534;
const ENV = { API_KEYS, SECRETS_KEY, LOG_FORMAT: 'json', SIGNING_KEY_ALG: 'ES256', PORT: '0' };

/** Runs the built `serve` with `args` (as an unprivileged user when `unprivileged`), to its exit. */
function serve(args: string[], options: { unprivileged?: boolean; env?: Record<string, string> } = {}) {
  const command = options.unprivileged && AS_ROOT ? ['runuser', ['-u', 'nobody', '--', process.execPath, CLI, 'serve', ...args]] : [process.execPath, [CLI, 'serve', ...args]];
  return spawnSync(command[0] as string, command[1] as string[], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...ENV, ...options.env }, timeout: 30_000 });
}

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
let cases = 0;
const caseFolder = () => {
  const dir = join(folder, `case-${++cases}`);
  mkdirSync(dir);
  chmodSync(dir, 0o755);
  return dir;
};
const ownByNobody = (...paths: string[]) => {
  if (AS_ROOT) for (const path of paths) chownSync(path, NOBODY, NOBODY);
};

/** A database of this server's, made and closed. */
async function ourDatabase(path: string): Promise<void> {
  await (await createSqliteStore({ path })).close();
}

/** Asserts the one-sentence refusal: exit 1, one line on stderr naming DATABASE_PATH, the path and `cause`. */
function expectRefusal(run: ReturnType<typeof serve>, path: string, cause: string): void {
  expect(run.status, run.stderr + run.stdout).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toContain(`webhooks-contract: DATABASE_PATH ${JSON.stringify(path)} ${cause}`);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).not.toContain('Press Ctrl-C');
}

describe('serve refuses a DATABASE_PATH it cannot use, in one sentence, and touches nothing', () => {
  it('a file that is not SQLite', () => {
    const path = join(caseFolder(), 'notes.txt');
    writeFileSync(path, 'my notes\n'.repeat(200));
    const before = digest(path);
    expectRefusal(serve(['--database', path]), path, "is not a SQLite database: the file holds something else, and was left as it was; point it at a new file, or at this server's database.");
    expect(digest(path)).toBe(before);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`) || existsSync(`${path}-journal`)).toBe(false);
  });

  it("another application's SQLite database", async () => {
    const path = join(caseFolder(), 'app.db');
    const Database = (await import('better-sqlite3')).default;
    const other = new Database(path);
    other.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices (total) VALUES (12.5)");
    other.close();
    const before = digest(path);
    expectRefusal(serve([], { env: { DATABASE_PATH: path } }), path, "is a SQLite database of another application (it has tables, none of them this server's: invoices); it was left as it was");
    expect(digest(path)).toBe(before);
  });

  it('a path under a regular file', () => {
    const file = join(caseFolder(), 'plain-file');
    writeFileSync(file, 'not a folder');
    const path = join(file, 'data', 'webhooks.db');
    expectRefusal(serve(['--database', path]), path, `cannot be created: ${JSON.stringify(file)} is a file, not a folder; point it at a file inside a folder.`);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('a folder', () => {
    const path = caseFolder();
    expectRefusal(serve(['--database', path]), path, `is a folder, not a file: name the database file in it, such as ${JSON.stringify(join(path, 'webhooks.db'))}.`);
  });

  it('a database file it may not write (chmod 0444)', async () => {
    const dir = caseFolder();
    const path = join(dir, 'webhooks.db');
    await ourDatabase(path);
    ownByNobody(dir, path);
    chmodSync(path, 0o444);
    const before = digest(path);
    expectRefusal(serve(['--database', path], { unprivileged: true }), path, `cannot be used: no permission to read and write it (mode 0444, owner uid ${AS_ROOT ? NOBODY : process.getuid!()}); the server needs both.`);
    expect(digest(path)).toBe(before);
  });

  it('a folder it may not write in (chmod 0555)', () => {
    const dir = caseFolder();
    ownByNobody(dir);
    chmodSync(dir, 0o555);
    const path = join(dir, 'webhooks.db');
    expectRefusal(serve(['--database', path], { unprivileged: true }), path, `cannot be created: no permission to write in its folder ${JSON.stringify(dir)} (mode 0555).`);
    expect(existsSync(path)).toBe(false);
  });

  it('no database where one must be (--database-must-exist), or where one was (its -wal left behind)', () => {
    const missing = join(caseFolder(), 'webhooks.db');
    expectRefusal(serve(['--database', missing, '--database-must-exist']), missing, 'does not exist, and DATABASE_MUST_EXIST says the database must');
    expect(existsSync(missing)).toBe(false);
    const moved = join(caseFolder(), 'webhooks.db');
    writeFileSync(`${moved}-wal`, '');
    expectRefusal(serve(['--database', moved]), moved, `does not exist, but ${JSON.stringify(`${moved}-wal`)} beside it does: the database was moved or deleted`);
    expect(existsSync(moved)).toBe(false);
  });

  it('a database another process holds the write lock of for longer than the bound', async () => {
    const path = join(caseFolder(), 'webhooks.db');
    await ourDatabase(path);
    const lock = await holdWriteLock(path);
    try {
      expectRefusal(serve(['--database', path, '--busy-timeout', '300']), path, 'cannot be used now: another connection holds the database write lock for more than 300 ms (SQLITE_BUSY: database is locked): stop what holds it (a backup, a sqlite3 shell) or wait for it, then start again.');
    } finally {
      await lock.release();
    }
  });
});

describe('serve, when its data folder is removed while it runs', () => {
  it('never answers 201 again (503, or no answer once it stops), and exits 1 saying why', async () => {
    const dir = join(caseFolder(), 'data');
    const path = join(dir, 'webhooks.db');
    const port = await freePort();
    const server = startProcess(process.execPath, [CLI, 'serve', '--database', path], { ...ENV, PORT: String(port) });
    try {
      await server.waitFor('Press Ctrl-C to stop.', 30_000);
      expect(server.output()).toContain(`There was no database at ${path}: made a new, empty one.`);
      const post = () => fetch(`http://127.0.0.1:${port}/v1/webhooks`, { method: 'POST', headers: { ...ALICE, 'content-type': 'application/json' }, body: JSON.stringify(minimalCreate) });
      expect((await post()).status).toBe(201);
      rmSync(dir, { recursive: true, force: true });
      // the sender, which claims every second, may notice first and the server be stopping already: then the
      // connection is refused or reset; either way the write is never acknowledged
      const refused = await post().then(
        (response) => `${response.status} ${response.headers.get('retry-after')}`,
        () => 'no answer: the server is stopping',
      );
      expect(['503 10', 'no answer: the server is stopping']).toContain(refused);
      expect(await server.exit).toBe(1);
      expect(server.output()).toContain(`webhooks-contract: the database file ${JSON.stringify(path)} was deleted (or its folder removed) while the server ran`);
      expect(server.output()).toContain(`Restore the database at ${path}, then start the server again.`);
    } finally {
      server.kill();
    }
  }, 60_000);
});
