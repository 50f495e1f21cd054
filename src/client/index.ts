/**
 * The client entry point: `createWebhooksClient` and what goes with it.
 * @module
 */
export { createWebhooksClient, type WebhooksClient, type WebhooksClientOptions } from './create-client.js';
export { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, USER_AGENT } from './transport.js';
// the error a failed check throws comes from webhooks-contract/contract-check, with the check itself
export type { ContractCheck, ContractViolation } from '../validation/contract-violation.js';
export { WebhooksConnectionError, WebhooksResponseError } from './errors.js';
export { listAllDeliveries, listAllWebhooks, WebhooksApiError, type ListAllOptions } from './paginate.js';
