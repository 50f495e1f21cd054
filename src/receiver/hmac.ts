/**
 * The HMACs of both signature schemes and the bytes they are computed over, shared by signing and
 * verifying (and by the sender). Internal: its types mention Node's Buffer, the public ones do not.
 * @module
 */
import { Buffer } from 'node:buffer';
import { createHmac } from 'node:crypto';
import { WebhookVerificationError } from './errors.js';
import type { RawBody, WebhookSecret } from './inputs.js';


/**
 * A Standard Webhooks secret: `whsec_` and standard base64 of 24 to 64 bytes, padding included. The same
 * expression is the `then` pattern of `WebhookSecret` in the spec (a test holds them equal).
 */
export const STANDARD_SECRET = /^whsec_(?:(?:[A-Za-z0-9+/]{4}){8,21}(?:[A-Za-z0-9+/]{2}==)?|(?:[A-Za-z0-9+/]{4}){8,20}[A-Za-z0-9+/]{3}=)$/;
/** The prefix of a Standard Webhooks secret. */
export const STANDARD_SECRET_PREFIX = 'whsec_';

/**
 * The key bytes of a secret, by the Standard Webhooks rule: a `whsec_` secret is keyed with the
 * base64-decoded bytes after the prefix; any other string with its UTF-8 bytes (a `whsec_` string that is
 * not base64 of 24 to 64 bytes, which the contract accepted before version 2, too: that is how it was
 * keyed then). Bytes are the key as they are.
 */
export function secretKey(secret: WebhookSecret): Buffer {
  if (typeof secret === 'string' && STANDARD_SECRET.test(secret)) return Buffer.from(secret.slice(STANDARD_SECRET_PREFIX.length), 'base64');
  return utf8SecretKey(secret);
}

/**
 * The key bytes a secret had before version 2 of the contract: a string's UTF-8 bytes, whatever its
 * prefix. The sender signs with this key beside the standard one for secrets set before then.
 */
export function utf8SecretKey(secret: WebhookSecret): Buffer {
  if (typeof secret === 'string' && secret !== '') return Buffer.from(secret, 'utf8');
  if (secret instanceof Uint8Array && secret.byteLength > 0) return Buffer.from(secret.buffer, secret.byteOffset, secret.byteLength);
  throw new WebhookVerificationError(
    'ERR_WEBHOOK_SECRET_MISSING',
    secret === '' || (secret instanceof Uint8Array && secret.byteLength === 0)
      ? 'The webhook secret is empty: pass the secret set on the webhook (is the environment variable that holds it set?).'
      : `The webhook secret must be a string or a Uint8Array; got ${describeType(secret)}.`,
  );
}

/** The bytes of a raw body; refuses parsed JSON, the most common mistake, with what to do instead. */
export function bodyBytes(rawBody: RawBody): Buffer {
  if (typeof rawBody === 'string') return Buffer.from(rawBody, 'utf8');
  if (rawBody instanceof Uint8Array) return Buffer.from(rawBody.buffer, rawBody.byteOffset, rawBody.byteLength);
  if (rawBody instanceof ArrayBuffer) return Buffer.from(rawBody);
  throw new WebhookVerificationError(
    'ERR_WEBHOOK_BODY_NOT_RAW',
    `The request body must be the raw bytes as received (a Buffer, Uint8Array, ArrayBuffer or string); got ${describeType(rawBody)}. ` +
      'A parsed JSON object cannot be verified: re-serialised JSON differs from what was signed. Read the body raw ' +
      "(express.raw({ type: 'application/json' }), Fastify's parseAs: 'buffer', or await request.arrayBuffer()), verify, then parse.",
  );
}

/** The Standard Webhooks signature of one attempt: base64 HMAC-SHA256 of `{id}.{timestamp}.{body}`. */
export function standardSignature(key: Buffer, id: string, timestampSeconds: string, body: Buffer): string {
  return createHmac('sha256', key).update(`${id}.${timestampSeconds}.`, 'utf8').update(body).digest('base64');
}

/** The body-only signature (`X-Webhook-Signature`): lowercase hex HMAC-SHA256 of the body. */
export function bodySignature(key: Buffer, body: Buffer): string {
  return createHmac('sha256', key).update(body).digest('hex');
}

/** Whole seconds since the Unix epoch, as `webhook-timestamp` carries them. */
export function unixSeconds(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) {
    throw new WebhookVerificationError('ERR_WEBHOOK_OPTIONS', 'The timestamp is an invalid Date: pass a valid Date (or leave it out for now).');
  }
  return String(Math.floor(ms / 1000));
}

/** How a message names a value's type without quoting the value (it may be a secret). */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}
