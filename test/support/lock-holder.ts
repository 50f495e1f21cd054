/**
 * Another process that holds a SQLite database's write lock, as a backup or a `sqlite3` shell would: a
 * child Node process opens the file with better-sqlite3, runs `BEGIN IMMEDIATE`, and holds the lock until
 * told to commit. A real second process, so the lock is SQLite's own, not a fake.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './processes.js';

/** A process holding the write lock of a database. */
export interface LockHolder {
  /** Commits (releasing the lock) and resolves once the process has ended. */
  release(): Promise<void>;
}

const SCRIPT = `
  const Database = require(process.env.DRIVER);
  const db = new Database(process.env.DATABASE, { timeout: 5000 });
  db.exec('BEGIN IMMEDIATE');
  process.stdout.write('locked\\n');
  process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
`;

/**
 * Starts the process and resolves once it holds the lock.
 * @example
 * const lock = await holdWriteLock('/tmp/x/webhooks.db');
 * // … writes wait, then answer 503 …
 * await lock.release();
 */
export async function holdWriteLock(database: string): Promise<LockHolder> {
  const child = spawn(process.execPath, ['-e', SCRIPT], {
    env: { ...process.env, DATABASE: database, DRIVER: join(ROOT, 'node_modules', 'better-sqlite3') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('locked\n')) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`the lock holder exited (${code}) before locking:\n${output}`)));
  });
  return {
    async release() {
      child.stdin!.write('commit\n');
      const code = await exited;
      if (code !== 0) throw new Error(`the lock holder exited with ${code}:\n${output}`);
    },
  };
}
