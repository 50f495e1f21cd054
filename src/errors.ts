/**
 * The library's errors: one base class, and subclasses with a stable `code` to branch on.
 * Messages never contain a secret.
 * @module
 */

/** Every stable error code this library throws with. */
export type WebhooksContractErrorCode =
  | 'ERR_CLIENT_OPTIONS'
  | 'ERR_CONTRACT_VIOLATION'
  | 'ERR_API_RESPONSE'
  | 'ERR_PAGINATION_STALLED'
  | 'ERR_PRISM_MISSING'
  | 'ERR_MOCK_START'
  | 'ERR_SPEC_MISSING'
  | 'ERR_SERVER_CONFIG'
  | 'ERR_SECRETS_KEY'
  | 'ERR_SQLITE_MISSING'
  | 'ERR_SERVER_START'
  | 'ERR_SIGNING_KEY';

/** The base class of every error this library throws. */
export class WebhooksContractError extends Error {
  readonly code: WebhooksContractErrorCode;

  constructor(code: WebhooksContractErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * A client was created or called the wrong way; the message says how to fix the call.
 * @example
 * createWebhooksClient({ apiKey }) // throws: baseUrl is required …
 */
export class ClientOptionsError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_CLIENT_OPTIONS', message);
  }
}
