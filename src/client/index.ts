/**
 * The client entry point: `createWebhooksClient` and what goes with it.
 * @module
 */
export {
  createWebhooksClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  USER_AGENT,
  type WebhooksClient,
  type WebhooksClientOptions,
} from './create-client.js';
export { ContractViolationError, type ContractCheck, type ContractViolation } from '../validation/contract-violation.js';
export { WebhooksConnectionError, WebhooksResponseError } from './errors.js';
export { listAllDeliveries, listAllWebhooks, WebhooksApiError, type ListAllOptions } from './paginate.js';
