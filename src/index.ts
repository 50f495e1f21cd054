/**
 * webhooks-contract: the typed client and the types of the Webhooks API contract.
 * Validators live on their own subpath, `webhooks-contract/validators`.
 * @module
 */
export * from './client/index.js';
export { ClientOptionsError, WebhooksContractError, isWebhooksContractError, type WebhooksContractErrorCode } from './errors.js';
export { VERSION } from './version.js';
export type * from './types.js';
