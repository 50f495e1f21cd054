/**
 * The receiver's one error class: every refusal of a delivery, and every misuse of the receiver's
 * functions, is a `WebhookVerificationError` with a stable `code` and a message that says what to check.
 * @module
 */
import { WebhooksContractError, type WebhookVerificationErrorCode } from '../errors.js';

export type { WebhookVerificationErrorCode } from '../errors.js';

/**
 * A delivery was refused (bad or missing signature, stale timestamp, not an event), or a receiver function
 * was called the wrong way. Branch on `code`; show `message` to the person debugging. Messages never hold
 * the secret, a signature or the body.
 * @example
 * try {
 *   verifyWebhookSignature(rawBody, request.headers, secret);
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) return reply.code(400).send(error.code);
 *   throw error;
 * }
 */
export class WebhookVerificationError extends WebhooksContractError {
  declare readonly code: WebhookVerificationErrorCode;

  constructor(code: WebhookVerificationErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
