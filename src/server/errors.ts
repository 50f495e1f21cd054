/**
 * The reference server's errors: each carries a stable `code` and a message that says what to do next.
 * None ever holds a secret, a key or a submitted value.
 * @module
 */
import { WebhooksContractError } from '../errors.js';

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

export { SQLITE_INSTALL_HINT, SqliteMissingError, StoreError, storeFaultOf, type StoreFault } from '../store/errors.js';
