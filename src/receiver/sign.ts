/**
 * Signing a delivery: the four headers the platform sends. The sender signs with this function and the
 * receiver checks with the same HMACs (`hmac.ts`), so the two sides can never disagree.
 * @module
 */
import { WebhookVerificationError } from './errors.js';
import type { RawBody, WebhookSecret } from './inputs.js';
import { bodyBytes, bodySignature, secretKey, standardSignature, STANDARD_SECRET, STANDARD_SECRET_PREFIX, unixSeconds, utf8SecretKey } from './hmac.js';

export type { RawBody, WebhookSecret } from './inputs.js';

/** The headers a signed delivery carries, names in lowercase. */
export type WebhookSignatureHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
  'x-webhook-signature': string;
};

/** What `signWebhookPayload` signs besides the body. */
export interface SignOptions {
  /** the event's `id`, sent as `webhook-id` (the same on every attempt) */
  id: string;
  /** when this attempt is sent; defaults to now. Sent as `webhook-timestamp`, whole seconds. */
  timestamp?: Date;
}

/**
 * Signs a body as the platform does, and returns the four headers a delivery carries. Give several secrets
 * (newest first) to get one `v1` signature per secret, as a sender does while a secret is rotated;
 * `x-webhook-signature` uses the first.
 * @example
 * const body = JSON.stringify(event);
 * const headers = signWebhookPayload(body, 'whk-secret-at-least-16', { id: event.id });
 * // { 'webhook-id': '0b9e…', 'webhook-timestamp': '1793613600', 'webhook-signature': 'v1,K5oZ…=', 'x-webhook-signature': '5257…' }
 */
export function signWebhookPayload(rawBody: RawBody, secret: WebhookSecret | readonly WebhookSecret[], options: SignOptions): WebhookSignatureHeaders {
  const secrets = Array.isArray(secret) ? (secret as readonly WebhookSecret[]) : [secret as WebhookSecret];
  if (secrets.length === 0) throw new WebhookVerificationError('ERR_WEBHOOK_SECRET_MISSING', 'No secret given: pass the webhook secret to sign with.');
  if (typeof options?.id !== 'string' || options.id === '') {
    throw new WebhookVerificationError('ERR_WEBHOOK_OPTIONS', "options.id must be the event's id (a non-empty string): it is sent as webhook-id and signed.");
  }
  const keys = secrets.map(secretKey);
  const body = bodyBytes(rawBody);
  const timestamp = unixSeconds(options.timestamp ?? new Date());
  return {
    'webhook-id': options.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': keys.map((key) => `v1,${standardSignature(key, options.id, timestamp, body)}`).join(' '),
    'x-webhook-signature': bodySignature(keys[0]!, body),
  };
}

/**
 * The secret in the form every Standard Webhooks library (`standardwebhooks`, `svix`) takes in
 * `new Webhook(…)`: a `whsec_` secret as it is, any other as `whsec_` and the base64 of its key bytes, so
 * that the library keys its HMAC exactly as the platform does.
 * @example
 * import { Webhook } from 'standardwebhooks';
 * new Webhook(toStandardWebhooksSecret(process.env.WEBHOOK_SECRET!)).verify(rawBody, headers);
 */
export function toStandardWebhooksSecret(secret: WebhookSecret): string {
  if (typeof secret === 'string' && STANDARD_SECRET.test(secret)) return secret;
  return `${STANDARD_SECRET_PREFIX}${utf8SecretKey(secret).toString('base64')}`;
}
