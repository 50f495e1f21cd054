/**
 * The reference server's errors: each carries a stable `code` and a message that says what to do next.
 * None ever holds a secret, a key or a submitted value.
 * @module
 */
import { WebhooksContractError, type StoreErrorCode } from '../errors.js';

/**
 * A setting of the server is missing or malformed (API_KEYS, PORT, a flag); the message names it and shows a
 * valid value.
 * @example
 * parseApiKeys('no-equals-sign') // throws ServerConfigError: API_KEYS entry 1 must look like key=account …
 */
export class ServerConfigError extends WebhooksContractError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_SERVER_CONFIG', message, options);
  }
}

/**
 * SECRETS_KEY is missing, malformed, or not the key the stored secrets were encrypted with.
 * @example
 * new SecretsBox(parseSecretsKey('short')) // throws SecretsKeyError: SECRETS_KEY must be 32 random bytes …
 */
export class SecretsKeyError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_SECRETS_KEY', message);
  }
}

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

/**
 * The server could not start listening (port taken, no permission, unknown host).
 * @example
 * await startServer({ port: 80 }) // rejects: cannot listen on 127.0.0.1:80: no permission …
 */
export class ServerStartError extends WebhooksContractError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_SERVER_START', message, options);
  }
}

/**
 * The platform's signing key is not usable yet (still being created or loaded), or a rotation was asked
 * for with settings that cannot work.
 * @example
 * keys.activeSigningKey() // throws SigningKeyError before `await keys.ready`
 */
export class SigningKeyError extends WebhooksContractError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_SIGNING_KEY', message, options);
  }
}

/**
 * An event given to `emit` that the contract does not allow: an unknown type, or an object that breaks the
 * event's schema. The message names each broken rule.
 * @example
 * await server.emit('acme', { type: 'business.archived' }) // rejects: the event type must be one of …
 */
export class EventError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_EVENT_INVALID', message);
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
