/**
 * The headers of one delivery attempt: JSON, the Standard Webhooks id and timestamp, and with a secret
 * both signatures, computed by the receiver's own functions so that sender and receiver cannot disagree.
 * @module
 */
import { bodyBytes, bodySignature, secretKey, standardSignature, unixSeconds } from '../receiver/hmac.js';

/**
 * The headers of an attempt sent at `sentAt`. Without a secret, a delivery carries `webhook-id` and
 * `webhook-timestamp` but no signature (the contract makes the secret optional).
 * @example
 * signDelivery(delivery.body, webhook.secret, delivery.event_id, new Date())
 * // { 'content-type': 'application/json', 'webhook-id': …, 'webhook-timestamp': …, 'webhook-signature': 'v1,…', 'x-webhook-signature': … }
 */
export function signDelivery(body: string, secret: string | undefined, eventId: string, sentAt: Date): Record<string, string> {
  const timestamp = unixSeconds(sentAt);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'webhook-id': eventId, 'webhook-timestamp': timestamp };
  if (secret === undefined || secret === '') return headers;
  const key = secretKey(secret);
  const bytes = bodyBytes(body);
  headers['webhook-signature'] = `v1,${standardSignature(key, eventId, timestamp, bytes)}`;
  headers['x-webhook-signature'] = bodySignature(key, bytes);
  return headers;
}
