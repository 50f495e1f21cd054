/**
 * How a store fails: one coded error class whose store-neutral `fault` (busy, full, unavailable, gone,
 * conflict) the application answers without knowing the database, and the error for a missing driver.
 * @module
 */
import { WebhooksContractError, type StoreErrorCode } from '../errors.js';

/** What to install when better-sqlite3, an optional peer dependency, is missing. */
export const SQLITE_INSTALL_HINT = 'npm install better-sqlite3@12';

/**
 * better-sqlite3 is not installed where this package can load it.
 * @example
 * await createSqliteStore({ path: 'data/webhooks.db', secrets }) // rejects with SqliteMissingError when it is missing
 */
export class SqliteMissingError extends WebhooksContractError {
  constructor(options?: { cause?: unknown }) {
    super(
      'ERR_SQLITE_MISSING',
      `The reference server and the sandbox store their data with better-sqlite3, an optional peer dependency of webhooks-contract. Install it with:\n  ${SQLITE_INSTALL_HINT}`,
      options,
    );
  }
}

/** The store-neutral reason a `StoreError` carries, without its `ERR_STORE_` prefix. */
export type StoreFault = 'busy' | 'full' | 'unavailable' | 'gone' | 'conflict';

const STORE_CODES: Record<StoreFault, StoreErrorCode> = {
  busy: 'ERR_STORE_BUSY',
  full: 'ERR_STORE_FULL',
  unavailable: 'ERR_STORE_UNAVAILABLE',
  gone: 'ERR_STORE_GONE',
  conflict: 'ERR_STORE_CONFLICT',
};

/**
 * A store could not do what it was asked, for a reason of its own, not of the request: every store (SQLite
 * today, another database tomorrow) throws this one class, so that the application answers each `fault`
 * the same way without knowing the database. `cause` is the database's own error, for the log.
 * @example
 * throw new StoreError('busy', 'another process holds the database's write lock', { cause: sqliteError });
 */
export class StoreError extends WebhooksContractError {
  declare readonly code: StoreErrorCode;
  /** busy, full, unavailable, gone or conflict */
  readonly fault: StoreFault;

  constructor(fault: StoreFault, message: string, options?: { cause?: unknown }) {
    super(STORE_CODES[fault], message, options);
    this.fault = fault;
  }
}

/**
 * The fault of a store error, recognised by its code (a bundled copy of the class fails `instanceof`);
 * undefined for any other error.
 * @example
 * storeFaultOf(error) === 'busy' // answer 503 with Retry-After
 */
export function storeFaultOf(error: unknown): StoreFault | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_STORE_')) return undefined;
  const fault = code.slice('ERR_STORE_'.length).toLowerCase();
  return Object.hasOwn(STORE_CODES, fault) ? (fault as StoreFault) : undefined;
}
