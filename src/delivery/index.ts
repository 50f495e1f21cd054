/**
 * The sender (used by the reference server): events and who gets them, signed attempts, OIDC access
 * tokens, the SSRF-guarded HTTP client, the retry policy, and the engine that runs deliveries from an
 * outbox. `README.md` beside this file says how a store implements the outbox.
 * @module
 */
export { oidcSettingsOf, requestAccessToken, type OidcSettings, type SigningKey, type TokenRequestOptions, type TokenResult } from './access-token.js';
export { checkConnectAddress, checkDestination, classifyAddress, describeRange, isLocalhostName, type Resolver } from './destination-policy.js';
export { describeAttempt, describeStatus, type AttemptResult, type DescribedAttempt } from './attempt-outcome.js';
export {
  createDeliveryEngine,
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_AUTO_DISABLE,
  DEFAULT_LEASE_MS,
  DEFAULT_PER_WEBHOOK_CONCURRENCY,
  type AutoDisablePolicy,
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
  type SenderWebhook,
} from './events.js';
export { createSenderHttpClient, DestinationRefusedError, type PostOutcome, type SenderHttpClient, type SenderHttpClientOptions } from './http-client.js';
export {
  toDeliveryResource,
  type AttemptRecord,
  type AttemptRecorded,
  type Awaitable,
  type ClaimedDelivery,
  type ClaimRequest,
  type DeliveryOutbox,
  type DeliveryRecord,
  type DeliveryResource,
  type DeliveryStatus,
  type DisableRequest,
  type ListedDelivery,
} from './outbox.js';
export { DEFAULT_RETRY_POLICY, judgeStatus, parseRetryAfter, parseRetrySchedule, RETRY_SCHEDULE_PRESETS, RETRY_WINDOW_MS, scheduleRetry, withSchedule, type RetryPolicy } from './retry-policy.js';
export { signDelivery, type SigningOptions } from './sign-delivery.js';
export { AccessTokenCache } from './token-cache.js';
export { createDeliveryWorker, DEFAULT_CONCURRENCY, DEFAULT_POLL_INTERVAL_MS, type DeliveryWorker, type DeliveryWorkerOptions } from './worker.js';
