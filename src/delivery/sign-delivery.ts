/**
 * The headers of one delivery attempt: JSON, the Standard Webhooks id and timestamp, and with a secret
 * both signatures, computed by the receiver's own functions so that sender and receiver cannot disagree.
 * @module
 */
import { bodyBytes, bodySignature, secretKey, standardSignature, unixSeconds, utf8SecretKey } from '../receiver/hmac.js';

/** How the secret of a webhook signs. */
export interface SigningOptions {
  /**
   * The secret was set before version 2 of the contract, when every secret was keyed with its UTF-8 bytes:
   * `webhook-signature` then carries that signature too (Standard Webhooks allows several), and
   * `X-Webhook-Signature` keeps that key, so receivers written then keep verifying until the secret changes.
   */
  legacyUtf8Key?: boolean;
}

/**
 * The headers of an attempt sent at `sentAt`, keyed by the Standard Webhooks rule (a `whsec_` secret by
 * its base64-decoded bytes, any other by its UTF-8 bytes). Without a secret, a delivery carries
 * `webhook-id` and `webhook-timestamp` but no signature (only webhooks stored before the platform
 * generated missing secrets have none).
 * @example
 * signDelivery(delivery.body, webhook.secret, delivery.event_id, new Date())
 * // { 'content-type': 'application/json', 'webhook-id': …, 'webhook-timestamp': …, 'webhook-signature': 'v1,…', 'x-webhook-signature': … }
 */
export function signDelivery(body: string, secret: string | undefined, eventId: string, sentAt: Date, options: SigningOptions = {}): Record<string, string> {
  const timestamp = unixSeconds(sentAt);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'webhook-id': eventId, 'webhook-timestamp': timestamp };
  if (secret === undefined || secret === '') return headers;
  const key = secretKey(secret);
  const bytes = bodyBytes(body);
  const signatures = [`v1,${standardSignature(key, eventId, timestamp, bytes)}`];
  let bodyKey = key;
  if (options.legacyUtf8Key === true) {
    const legacy = utf8SecretKey(secret);
    if (!legacy.equals(key)) signatures.push(`v1,${standardSignature(legacy, eventId, timestamp, bytes)}`);
    bodyKey = legacy;
  }
  headers['webhook-signature'] = signatures.join(' ');
  headers['x-webhook-signature'] = bodySignature(bodyKey, bytes);
  return headers;
}
