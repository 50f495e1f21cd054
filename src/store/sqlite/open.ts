/**
 * Opening the SQLite file at start, so that every bad path fails in one sentence that names the setting,
 * the path and the cause (a folder, a file that is not SQLite, another application's database, no
 * permission, a path under a regular file, a database that should be there and is not), and so that a file
 * that is not this server's database is left exactly as it was: it is read, never written, before it is known.
 * @module
 */
import { accessSync, constants, existsSync, mkdirSync, openSync, closeSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { isSqliteBusy, sqliteCode } from './faults.js';
import { retryWhileBusy } from '../retry.js';

type Database = BetterSqlite3.Database;

/** What every SQLite database file starts with. */
const SQLITE_HEADER = 'SQLite format 3\0';
/** This server's mark in the database header (`PRAGMA application_id`): "WHKC". */
export const APPLICATION_ID = 0x57484b43;

/** How to open the file, and what to call things in messages. */
export interface OpenFileOptions {
  path: string;
  /** the setting that names the path, for messages (`DATABASE_PATH`); default "the database" */
  setting?: string;
  /** refuse to make a new database where none is; names the setting that asked for it, for messages */
  mustExist?: string | false;
  /** how long to wait for another process's lock while opening (ms) */
  busyTimeoutMs: number;
  /** sets the connection up and migrates the schema, once the file is known to be this server's or new */
  initialise: (db: Database) => void;
}

/** The open database, and whether it was made now. */
export interface OpenedFile {
  db: Database;
  created: boolean;
}

/** The errno code of a failed file-system call. */
const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The nearest part of `path` that exists, with its stats (the path itself, or a folder above it). */
function nearestExisting(path: string): { path: string; stats: Stats } | undefined {
  for (let current = resolve(path); ; current = dirname(current)) {
    try {
      return { path: current, stats: statSync(current) };
    } catch (error) {
      if (errnoOf(error) !== 'ENOENT' && errnoOf(error) !== 'ENOTDIR') return undefined;
    }
    if (dirname(current) === current) return undefined;
  }
}

/** Whether the process may read and write `path` (root may, whatever the mode says; `access` knows). */
function mayWrite(path: string, mode = constants.R_OK | constants.W_OK): boolean {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

const octal = (stats: Stats) => `0${(stats.mode & 0o777).toString(8)}`;

/**
 * Opens (or creates) the database file, after checking, without writing, that it is one this server may use.
 * Throws `StoreError` (`unavailable`, or `busy` for a lock that outlived the bound) with one sentence.
 * @example
 * const { db, created } = await openSqliteFile(Driver, { path, setting: 'DATABASE_PATH', busyTimeoutMs: 2000, initialise });
 */
export async function openSqliteFile(Driver: typeof BetterSqlite3, options: OpenFileOptions): Promise<OpenedFile> {
  const { path } = options;
  const where = `${options.setting ?? 'the database'} ${JSON.stringify(path)}`;
  const refuse = (cause: string, error?: unknown): never => {
    throw new StoreError('unavailable', `${where} ${cause}`, error === undefined ? undefined : { cause: error });
  };
  const folder = dirname(resolve(path));

  let existing: Stats | undefined;
  try {
    existing = statSync(path);
  } catch (error) {
    if (errnoOf(error) === 'EACCES') refuse(`cannot be reached: no permission to enter a folder on its path (${errnoOf(error)}).`, error);
    if (errnoOf(error) !== 'ENOENT' && errnoOf(error) !== 'ENOTDIR') refuse(`cannot be read (${errnoOf(error)}: ${(error as Error).message}).`, error);
  }

  if (existing === undefined) {
    const above = nearestExisting(path);
    if (above && !above.stats.isDirectory()) refuse(`cannot be created: ${JSON.stringify(above.path)} is a file, not a folder; point it at a file inside a folder.`);
    const leftover = ['-wal', '-journal', '-shm'].map((suffix) => `${path}${suffix}`).find((file) => existsSync(file));
    if (leftover !== undefined) {
      refuse(`does not exist, but ${JSON.stringify(leftover)} beside it does: the database was moved or deleted; put it back, or remove what it left to start a new, empty one.`);
    }
    if (options.mustExist) refuse(`does not exist, and ${options.mustExist} says the database must: restore it there, or unset ${options.mustExist} to start a new, empty one.`);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      const code = errnoOf(error);
      refuse(`cannot be created: ${code === 'EACCES' || code === 'EPERM' ? `no permission to create the folder ${JSON.stringify(folder)}` : code === 'EROFS' ? 'its file system is read-only' : `the folder ${JSON.stringify(folder)} cannot be made (${code})`}.`, error);
    }
    if (!mayWrite(folder, constants.W_OK | constants.X_OK)) refuse(`cannot be created: no permission to write in its folder ${JSON.stringify(folder)} (mode ${octal(statSync(folder))}).`);
  } else {
    if (existing.isDirectory()) refuse(`is a folder, not a file: name the database file in it, such as ${JSON.stringify(join(path, 'webhooks.db'))}.`);
    if (!existing.isFile()) refuse('is not a regular file (a device, a socket or a pipe); point it at a database file.');
    if (!mayWrite(path)) refuse(`cannot be used: no permission to read and write it (mode ${octal(existing)}, owner uid ${existing.uid}); the server needs both.`);
    // SQLite keeps the -wal and -shm files beside the database, and must create them
    if (!mayWrite(folder, constants.W_OK | constants.X_OK)) refuse(`cannot be used: no permission to write in its folder ${JSON.stringify(folder)}, where SQLite keeps the database's -wal and -shm files.`);
    if (existing.size > 0 && !startsLikeSqlite(path)) {
      refuse('is not a SQLite database: the file holds something else, and was left as it was; point it at a new file, or at this server\'s database.');
    }
  }

  let db: Database;
  try {
    // busy timeout 0: better-sqlite3 waits for locks synchronously, which would stop the event loop
    db = new Driver(path, { timeout: 0, fileMustExist: existing !== undefined });
  } catch (error) {
    return refuse(`cannot be opened (${sqliteCode(error) ?? errnoOf(error) ?? 'error'}: ${(error as Error).message}).`, error);
  }
  try {
    const foreign = await retryWhileBusy(() => foreignDatabase(db), isSqliteBusy, { timeoutMs: options.busyTimeoutMs });
    if (foreign) refuse(`is a SQLite database of another application (${foreign}); it was left as it was: point it at a new file, or at this server's database.`);
    await retryWhileBusy(() => options.initialise(db), isSqliteBusy, { timeoutMs: options.busyTimeoutMs });
  } catch (error) {
    db.close();
    // the schema's own refusal (a newer version), said of this path
    if (error instanceof StoreError) throw error.message.startsWith(where) ? error : new StoreError(error.fault, `${where} ${error.message}`, { cause: error.cause });
    const code = sqliteCode(error);
    if (code === undefined) throw error;
    if (isSqliteBusy(error)) {
      throw new StoreError('busy', `${where} is locked by another process, which held its write lock for more than ${options.busyTimeoutMs} ms: stop it (a backup, a sqlite3 shell) or wait for it, then start again.`, { cause: error });
    }
    if (code.startsWith('SQLITE_READONLY')) refuse(`can only be read: the file, its folder or its file system does not allow writing (${code}).`, error);
    if (code === 'SQLITE_FULL') refuse(`cannot be written: its disk is full (${code}).`, error);
    if (code === 'SQLITE_NOTADB') refuse(`is not a SQLite database this server can read (${code}: ${(error as Error).message}); it was left as it was.`, error);
    if (code.startsWith('SQLITE_CORRUPT')) refuse(`is damaged (${code}): restore it from a backup.`, error);
    refuse(`cannot be opened (${code}: ${(error as Error).message}).`, error);
  }
  return { db, created: existing === undefined || existing.size === 0 };
}

/** Whether the file's first bytes are SQLite's header. */
function startsLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/**
 * Why an open database is another application's, read without writing: another application id in its
 * header, or tables but none of this server's. Undefined for a new database, or one of this server's.
 */
function foreignDatabase(db: Database): string | undefined {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) return `its header names application id ${applicationId}`;
  if (applicationId === APPLICATION_ID) return undefined;
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  if (tables.length === 0 || (tables.includes('webhooks') && tables.includes('idempotency_keys'))) return undefined;
  return `it has tables, none of them this server's: ${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''}`;
}
