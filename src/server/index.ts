/**
 * The reference server and the sandbox (`webhooks-contract/server`): start them from your own tests or
 * programs, or build the application and `inject()` requests into it. Needs better-sqlite3, an optional peer
 * dependency (`npm install better-sqlite3@12`), or on Postgres (`databaseUrl`) pg (`npm install pg@8`).
 * @module
 */
export {
  DEFAULT_MAX_WEBHOOKS_PER_ACCOUNT,
  DEV_ACCOUNT,
  SANDBOX_DEFAULTS,
  SANDBOX_OFFLINE_REASON,
  SERVER_DEFAULTS,
  buildSandbox,
  buildServer,
  startSandbox,
  startServer,
  type BuiltServer,
  type CommonOptions,
  type DeliveryOptions,
  type RunningServer,
  type SandboxOptions,
  type ServerOptions,
} from './server.js';
export { createApp, type AppOptions, type ExtraRoute } from './app.js';
export { EVENT_TYPES, SAMPLE_EVENTS, emitEvent, isEventType, type EmitContext, type EmitOutcome, type EmitRequest } from './events.js';
export { SANDBOX_EVENTS_PATH, checkTriggerRequest, sandboxTriggerRoute, type TriggerRequest } from './sandbox-trigger.js';
export { apiKeyAuthenticator, generateApiKey, parseApiKeys, sandboxAccountId, sandboxAuthenticator, type Authentication, type Authenticator } from './auth.js';
export { destinationGuard, systemResolver, type DestinationGuard, type DestinationGuardOptions, type Resolver } from './destinations.js';
export {
  EventError,
  SQLITE_INSTALL_HINT,
  SecretsKeyError,
  ServerConfigError,
  ServerStartError,
  SigningKeyError,
  SqliteMissingError,
  StoreError,
  storeFaultOf,
  type StoreFault,
} from './errors.js';
export { DEFAULT_ALLOWED_ORIGINS, corsPolicy, type CorsPolicy } from './cors.js';
export { DEFAULT_RATE_LIMIT_PER_MINUTE } from './rate-limit.js';
export { DEFAULT_SANDBOX_ACCOUNT_IDLE_MS, DEFAULT_SANDBOX_MAX_ACCOUNTS } from './sandbox-accounts.js';
export { DEFAULT_BUSY_TIMEOUT_MS, retryWhileBusy, type BusyRetryOptions } from '../store/retry.js';
export type { HttpTimeouts } from './http-edges.js';
export { formatLogLine, type LogOptions } from './logging.js';
export { SecretsBox, generateSecretsKey, parseSecretsKey, secretsKeyId } from './secrets-box.js';
// a store used without the server (a key rotated from a script) is wrapped in the same sealing as the server's
export { resealAll, sealStore, sealedKeyIds, sealingContext, type SealedStore } from './sealed-store.js';
export {
  DEFAULT_SIGNING_ALGORITHM,
  SIGNING_ALGORITHMS,
  createSigningKey,
  openSigningKeys,
  rotateSigningKey,
  type RotationOptions,
  type SigningAlgorithm,
  type SigningKey,
  type SigningKeys,
} from './signing-keys.js';
export { createSqliteStore, type SqliteStore, type SqliteStoreOptions } from '../store/sqlite/store.js';
// reads no Postgres code until called: pg is loaded by createPostgresStore itself
export { PgMissingError, createPostgresStore, type PostgresStore, type PostgresStoreOptions } from '../store/postgres/store.js';
export { PG_INSTALL_HINT } from '../store/postgres/runner.js';
// the platform's transactional outbox: a row (and a NOTIFY) written in the platform's own transaction
export { EVENT_OUTBOX_TABLE, publishEvent, type OutboxClient } from '../store/postgres/event-outbox.js';
export { decideOutboxRow, type OutboxReport } from './event-outbox.js';
export type * from '../store/contract.js';
export { DELIVERY_RETENTION_DAYS, IDEMPOTENCY_TTL_MS, TOMBSTONE_DAYS } from '../store/contract.js';
