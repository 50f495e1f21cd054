/**
 * The validators entry point (`webhooks-contract/validators`): readable validation of request bodies,
 * webhook objects and event payloads, and the problem+json body for failures. Loads no HTTP client.
 * @module
 */
export { describeErrors, fieldLabel, type ValidationIssue } from './messages.js';
export {
  validateEvent,
  validateSchema,
  validateWebhook,
  validateWebhookCreate,
  validateWebhookUpdate,
  type ValidationResult,
} from './validate.js';
export { validateReceivedEvent, type ReceivedEvent } from './received-event.js';
export type { EventEnvelope, EventType, WebhookEvent } from '../types.js';
export { DEFAULT_PROBLEM_TYPE_BASE, PROBLEM_CONTENT_TYPE, toValidationProblem, type Problem, type ProblemOptions } from './problem.js';
export { checkResponse, contractCheck } from './contract-check.js';
export { ContractViolationError, type ContractCheck, type ContractViolation } from './contract-violation.js';
export { applyWebhookUpdate, type WebhookConfig } from './apply-update.js';
