/**
 * How the SQLite store runs its statements and transactions, in one place: SQLite's errors become
 * store-neutral `StoreError`s (busy, full, unavailable, gone, conflict); a lock held by another process is
 * waited for asynchronously (the connection's busy timeout is 0, as better-sqlite3 waits synchronously and
 * would stop the whole event loop); and no write is acknowledged once the database file the server opened
 * is no longer the one at its path (deleted, or its folder removed): SQLite would go on writing to the
 * unlinked file, which the next start cannot find.
 * @module
 */
import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { StoreError, type StoreFault } from '../errors.js';
import { retryWhileBusy } from '../retry.js';

/** SQLite's error code (`SQLITE_BUSY`, `SQLITE_IOERR_WRITE`, …), or undefined for another error. */
export function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** Whether SQLite could not take a lock another connection holds: nothing was done, trying again is safe. */
export function isSqliteBusy(error: unknown): boolean {
  const code = sqliteCode(error);
  return code !== undefined && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The store-neutral fault of a SQLite error; undefined for errors that are bugs, not faults. */
export function sqliteFault(error: unknown): StoreFault | undefined {
  const code = sqliteCode(error);
  if (code === undefined) return undefined;
  if (isSqliteBusy(error)) return 'busy';
  if (code === 'SQLITE_FULL') return 'full';
  if (code === 'SQLITE_READONLY_DBMOVED') return 'gone';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'conflict';
  if (/^SQLITE_(IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM|PROTOCOL|NOMEM|NOLFS|AUTH)/.test(code)) return 'unavailable';
  return undefined;
}

/** What each fault means, for the log; the SQLite code and message follow it. */
const FAULT_WORDS: Record<StoreFault, string> = {
  busy: 'another connection holds the database write lock',
  full: 'the database is full (no space left on its disk, or its size limit reached)',
  unavailable: 'the database cannot be read or written',
  gone: 'the database file was removed or replaced while the server ran',
  conflict: 'the write collided with another writer',
};

/** A SQLite error as the store-neutral `StoreError`; other errors as they are. */
export function toStoreError(error: unknown, waitedMs?: number): unknown {
  const fault = sqliteFault(error);
  if (fault === undefined) return error;
  const waited = fault === 'busy' && waitedMs !== undefined ? ` for more than ${waitedMs} ms` : '';
  return new StoreError(fault, `${FAULT_WORDS[fault]}${waited} (${sqliteCode(error)}: ${(error as Error).message})`, { cause: error });
}

/**
 * The database file as opened: its device and inode, held by a descriptor of our own, compared with what its
 * path names now. A file deleted (or whose folder was removed) has no link left; one replaced has another inode.
 */
export class DatabaseFileWatch {
  readonly #path: string;
  readonly #fd: number;
  readonly #dev: number;
  readonly #ino: number;

  constructor(path: string) {
    this.#path = path;
    this.#fd = openSync(path, 'r');
    const opened = fstatSync(this.#fd);
    this.#dev = opened.dev;
    this.#ino = opened.ino;
  }

  /** Undefined while the path still names the opened file; otherwise the reason, in words. */
  lost(): string | undefined {
    if (fstatSync(this.#fd).nlink === 0) return `the database file ${JSON.stringify(this.#path)} was deleted (or its folder removed) while the server ran`;
    try {
      const now = statSync(this.#path);
      if (now.ino !== this.#ino || now.dev !== this.#dev) return `the database file ${JSON.stringify(this.#path)} was replaced by another file while the server ran`;
    } catch {
      return `the database file ${JSON.stringify(this.#path)} is no longer there (its folder was removed or renamed)`;
    }
    return undefined;
  }

  close(): void {
    closeSync(this.#fd);
  }
}

/** How the runner waits and watches. */
export interface SqliteRunnerOptions {
  /** how long a statement may wait for another connection's lock (ms) */
  busyTimeoutMs: number;
  /** the opened file; none for `:memory:` */
  watch?: DatabaseFileWatch;
}

/**
 * Runs the store's statements and transactions: a first try at once (no promise, no timer: the common case
 * costs nothing), then, when another connection holds the lock, retries without blocking until the bound;
 * SQLite's errors leave as `StoreError`s. After every write, the file is checked before the write is
 * acknowledged; once it is lost, every later write is refused (reads still answer from the open file).
 */
export class SqliteRunner {
  readonly #busyTimeoutMs: number;
  readonly #watch: DatabaseFileWatch | undefined;
  #lost: StoreError | undefined;

  constructor(options: SqliteRunnerOptions) {
    this.#busyTimeoutMs = options.busyTimeoutMs;
    this.#watch = options.watch;
  }

  /** Runs a read: its value, or a promise of it when it had to wait for a lock. */
  read<T>(body: () => T): T | Promise<T> {
    try {
      return body();
    } catch (error) {
      return this.#afterFailure(error, body, false);
    }
  }

  /** Runs a write (a statement or a whole transaction), then checks that it went to the database the path names. */
  write<T>(body: () => T): T | Promise<T> {
    if (this.#lost) throw this.#lost;
    let result: T;
    try {
      result = body();
    } catch (error) {
      return this.#afterFailure(error, body, true);
    }
    this.#confirm();
    return result;
  }

  close(): void {
    this.#watch?.close();
  }

  async #afterFailure<T>(error: unknown, body: () => T, write: boolean): Promise<T> {
    if (!isSqliteBusy(error)) throw this.#noted(toStoreError(error));
    let result: T;
    try {
      result = await retryWhileBusy(body, isSqliteBusy, { timeoutMs: this.#busyTimeoutMs });
    } catch (failure) {
      throw this.#noted(toStoreError(failure, this.#busyTimeoutMs));
    }
    if (write) this.#confirm();
    return result;
  }

  /** Throws (and remembers) `gone` when the file the write went to is no longer the database's. */
  #confirm(): void {
    const reason = this.#watch?.lost();
    if (reason === undefined) return;
    this.#lost = new StoreError('gone', `${reason}: what was written since then is in a file the next start cannot find, so no write is acknowledged any more`);
    throw this.#lost;
  }

  #noted(error: unknown): unknown {
    if (error instanceof StoreError && error.fault === 'gone') this.#lost ??= error;
    return error;
  }
}
