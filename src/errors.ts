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
  | 'ERR_NETWORK'
  | 'ERR_TIMEOUT'
  | 'ERR_REDIRECT'
  | 'ERR_RESPONSE_TOO_LARGE'
  | 'ERR_RESPONSE_NOT_JSON'
  | 'ERR_RESPONSE_EMPTY'
  | 'ERR_RESPONSE_NOT_PROBLEM'
  | 'ERR_PAGINATION_STALLED'
  | 'ERR_PAGINATION_CYCLE'
  | 'ERR_PRISM_MISSING'
  | 'ERR_MOCK_START'
  | 'ERR_SPEC_MISSING';

/** The base class of every error this library throws. */
export class WebhooksContractError extends Error {
  declare readonly code: WebhooksContractErrorCode;

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
