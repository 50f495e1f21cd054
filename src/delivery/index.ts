/**
 * The sender (used by the reference server): events and who gets them, signed attempts, OIDC access
 * tokens, the SSRF-guarded HTTP client, the retry policy, and the engine that runs deliveries from an
 * outbox. `README.md` beside this file says how a store implements the outbox.
 * @module
 */
export { oidcSettingsOf, requestAccessToken, type OidcSettings, type SigningKey, type TokenRequestOptions, type TokenResult } from './access-token.js';
export { checkConnectAddress, checkDestination, classifyAddress, describeRange, isLocalhostName, type Resolver } from './destination-policy.js';
export {
  createDeliveryEngine,
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  type DeliveryEngine,
  type DeliveryEngineOptions,
  type DeliveryLogEntry,
  type DeliveryReport,
} from './engine.js';
export {
  buildEvent,
  BUSINESS_ASSOCIATIONS,
  eventForWebhook,
  includedAssociations,
  planDeliveries,
  webhookReceives,
  type EventInput,
  type NewDelivery,
  type StoredWebhook,
} from './events.js';
export { createSenderHttpClient, DestinationRefusedError, type PostOutcome, type SenderHttpClient, type SenderHttpClientOptions } from './http-client.js';
export { MemoryOutbox } from './memory-outbox.js';
export {
  toDeliveryResource,
  type AttemptRecord,
  type Awaitable,
  type ClaimedDelivery,
  type DeliveryOutbox,
  type DeliveryRecord,
  type DeliveryResource,
  type DeliveryStatus,
  type ListedDelivery,
} from './outbox.js';
export { DEFAULT_RETRY_POLICY, judgeStatus, parseRetryAfter, RETRY_WINDOW_MS, scheduleRetry, type RetryPolicy } from './retry-policy.js';
export { signDelivery } from './sign-delivery.js';
export { AccessTokenCache } from './token-cache.js';
export { createDeliveryWorker, DEFAULT_POLL_INTERVAL_MS, type DeliveryWorker, type DeliveryWorkerOptions } from './worker.js';
