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
  | 'ERR_SPEC_MISSING'
  /** the spec, or a document given as one, breaks a rule the code relies on (a reference to nothing, a parameter type it cannot read) */
  | 'ERR_SPEC_INVALID'
  | WebhookVerificationErrorCode
  | 'ERR_DELIVERY_OPTIONS'
  | 'ERR_DESTINATION_REFUSED'
  | 'ERR_CONTRACT_OPTIONS'
  | 'ERR_SERVER_UNREACHABLE'
  | 'ERR_SCHEMA_NOT_SUPPORTED'
  | 'ERR_CONTRACT_INPUT'
  | 'ERR_BUNDLER_MISSING'
  | 'ERR_SERVER_CONFIG'
  | 'ERR_SECRETS_KEY'
  | 'ERR_SQLITE_MISSING'
  | 'ERR_PG_MISSING'
  | 'ERR_SERVER_START'
  | 'ERR_SIGNING_KEY'
  | 'ERR_EVENT_INVALID'
  | 'ERR_USAGE'
  | 'ERR_MSW_OPTIONS'
  | StoreErrorCode;

/**
 * Why a store could not do what it was asked, in words no database owns: `busy` (another writer holds the
 * lock past the bound; try again soon), `full` (no space left), `unavailable` (the database cannot be read
 * or written: an I/O error, a permission, a damaged or foreign file), `gone` (the database the server opened
 * is no longer the one at its path: anything written now would be lost), `conflict` (the write collided with
 * another writer's and was not applied).
 */
export type StoreErrorCode = 'ERR_STORE_BUSY' | 'ERR_STORE_FULL' | 'ERR_STORE_UNAVAILABLE' | 'ERR_STORE_GONE' | 'ERR_STORE_CONFLICT';

/** Why `verifyWebhookSignature` or `parseWebhookEvent` refused a delivery (or was called the wrong way). */
export type WebhookVerificationErrorCode =
  /** a signature, webhook-id or webhook-timestamp header is missing */
  | 'ERR_WEBHOOK_HEADER_MISSING'
  /** webhook-timestamp is not a whole number of seconds */
  | 'ERR_WEBHOOK_TIMESTAMP_INVALID'
  /** webhook-timestamp is older than the tolerance allows: a replay, or a slow clock */
  | 'ERR_WEBHOOK_TIMESTAMP_TOO_OLD'
  /** webhook-timestamp is further ahead than the tolerance allows: a fast clock */
  | 'ERR_WEBHOOK_TIMESTAMP_TOO_NEW'
  /** a signature header is empty or holds no signature this library knows how to check */
  | 'ERR_WEBHOOK_SIGNATURE_INVALID'
  /** no signature matches the body and the secret */
  | 'ERR_WEBHOOK_SIGNATURE_MISMATCH'
  /** the body is not an event: not UTF-8, not JSON, or without the envelope's fields */
  | 'ERR_WEBHOOK_PAYLOAD_INVALID'
  /** misuse: the body given was parsed JSON, not the raw bytes */
  | 'ERR_WEBHOOK_BODY_NOT_RAW'
  /** misuse: the secret is empty or not a string or bytes */
  | 'ERR_WEBHOOK_SECRET_MISSING'
  /** misuse: an option has an impossible value */
  | 'ERR_WEBHOOK_OPTIONS';

/**
 * The brand every error of this library carries, a registered symbol: the same in every copy of the library
 * (two packages, a bundle's chunks), where `instanceof` of one copy's class misses the other's errors.
 */
const BRAND = Symbol.for('webhooks-contract.error');

/** The base class of every error this library throws. */
export class WebhooksContractError extends Error {
  declare readonly code: WebhooksContractErrorCode;

  constructor(code: WebhooksContractErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether a value is an error of this library, from any copy of it (by brand and `code`, not `instanceof`),
 * optionally with one of the given codes.
 * @example
 * if (isWebhooksContractError(error, 'ERR_USAGE')) process.exitCode = 2;
 */
export function isWebhooksContractError(value: unknown, ...codes: WebhooksContractErrorCode[]): value is WebhooksContractError {
  if (typeof value !== 'object' || value === null || (value as Record<symbol, unknown>)[BRAND] !== true) return false;
  return codes.length === 0 || codes.includes((value as WebhooksContractError).code);
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
