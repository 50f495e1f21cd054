/**
 * The reference server and the sandbox (`webhooks-contract/server`): start them from your own tests or
 * programs, or build the application and `inject()` requests into it. Needs better-sqlite3, an optional peer
 * dependency (`npm install better-sqlite3@12`).
 * @module
 */
export {
  DEV_ACCOUNT,
  SANDBOX_DEFAULTS,
  SERVER_DEFAULTS,
  buildSandbox,
  buildServer,
  startSandbox,
  startServer,
  type BuiltServer,
  type CommonOptions,
  type RunningServer,
  type SandboxOptions,
  type ServerOptions,
} from './server.js';
export { createApp, type AppOptions } from './app.js';
export { apiKeyAuthenticator, generateApiKey, parseApiKeys, sandboxAuthenticator, type Authentication, type Authenticator } from './auth.js';
export { destinationGuard, systemResolver, type DestinationGuard, type DestinationGuardOptions, type Resolver } from './destinations.js';
export { SQLITE_INSTALL_HINT, SecretsKeyError, ServerConfigError, ServerStartError, SigningKeyError, SqliteMissingError } from './errors.js';
export { formatLogLine, type LogOptions } from './logging.js';
export { SecretsBox, generateSecretsKey, parseSecretsKey, secretsKeyId } from './secrets-box.js';
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
export { createSqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
export type * from './store.js';
export { IDEMPOTENCY_TTL_MS, TOMBSTONE_DAYS } from './store.js';
