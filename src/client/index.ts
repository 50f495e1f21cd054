/**
 * The client entry point: `createWebhooksClient` and what goes with it.
 * @module
 */
export { createWebhooksClient, USER_AGENT, type WebhooksClient, type WebhooksClientOptions } from './create-client.js';
export { ContractViolationError, type ContractViolation } from './contract-violation.js';
export { listAllWebhooks, WebhooksApiError, type ListAllOptions } from './paginate.js';
