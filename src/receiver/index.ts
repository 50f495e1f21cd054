/**
 * The receiver entry point (`webhooks-contract/receiver`): verify, parse and sign deliveries. Tiny on
 * purpose: `node:crypto` and nothing else, no HTTP client, no validators.
 * @module
 */
export { WebhookVerificationError, type WebhookVerificationErrorCode } from './errors.js';
export type { WebhookHeaders } from './headers.js';
export {
  isKnownWebhookEvent,
  KNOWN_EVENT_TYPES,
  parseWebhookEvent,
  type EventType,
  type ParsedWebhookEvent,
  type UnknownWebhookEvent,
  type WebhookEvent,
} from './parse.js';
export { signWebhookPayload, toStandardWebhooksSecret, type RawBody, type SignOptions, type WebhookSecret, type WebhookSignatureHeaders } from './sign.js';
export { createSignedTestRequest, type SignedTestRequest, type SignedTestRequestOptions } from './test-request.js';
export { DEFAULT_TOLERANCE_S, verifyWebhookSignature, type VerifiedWebhook, type VerifyOptions } from './verify.js';
