/**
 * Verifies a delivery's signature: the Standard Webhooks headers when present (signature over id,
 * timestamp and body, with a replay window; `webhook-*`, or the same under `svix-*`), otherwise the
 * body-only `X-Webhook-Signature`. Secrets are keyed by the Standard Webhooks rule (`hmac.ts`).
 * @module
 */
import { Buffer } from 'node:buffer';
import { timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError } from './errors.js';
import { headerValues, type WebhookHeaders } from './headers.js';
import { bodyBytes, bodySignature, describeType, secretKey, standardSignature } from './hmac.js';
import type { RawBody, WebhookSecret } from './inputs.js';

/** How far `webhook-timestamp` may be from the receiver's clock, either way, unless told otherwise. */
export const DEFAULT_TOLERANCE_S = 5 * 60; // seconds

/** `webhook-timestamp`: digits only (no sign, no fraction, no trailing junk), as the spec's pattern says. */
const TIMESTAMP = /^[0-9]{1,12}$/;
/** A v1 signature: the base64 of 32 bytes. */
const V1_VALUE = /^[A-Za-z0-9+/]{43}=$/;
/** `X-Webhook-Signature`: 64 hex digits. */
const HEX_VALUE = /^[0-9a-f]{64}$/;

/** Options of `verifyWebhookSignature`. */
export interface VerifyOptions {
  /** how far `webhook-timestamp` may be from `now`, either way, in seconds; defaults to 300 */
  toleranceSeconds?: number;
  /** the receiver's clock; defaults to the current time */
  now?: Date;
  /**
   * Whether a delivery without `webhook-signature` may pass on `X-Webhook-Signature` (the body-only HMAC)
   * alone. Defaults to `true`, for senders that predate the Standard Webhooks headers. Set it to `false`
   * when every sender you accept signs the Standard Webhooks way: a replayed body whose
   * `webhook-signature` was stripped is then refused instead of falling back to the timeless signature.
   */
  allowBodyOnlySignature?: boolean;
}

/** What a verified delivery's headers say. */
export interface VerifiedWebhook {
  /** which signature verified the body */
  scheme: 'standard-webhooks' | 'body-hmac';
  /** `webhook-id`: the event's id (the same on every attempt); use it to ignore duplicates */
  id: string | undefined;
  /** `webhook-timestamp`, when the signature covers it (`standard-webhooks`) */
  timestamp: Date | undefined;
}

/**
 * Checks that a delivery was signed with `secret` and, for Standard Webhooks signatures, sent within
 * `toleranceSeconds` of `now`. Throws `WebhookVerificationError` (with a stable `code`) when it was not.
 * Pass the raw body bytes as received, and the secret as it was set or answered (a `whsec_` secret whole:
 * its base64-decoded bytes are the key); pass several secrets while rotating (any one may match).
 * @example
 * // Fastify, with the body read as a Buffer
 * const verified = verifyWebhookSignature(request.body, request.headers, process.env.WEBHOOK_SECRET!);
 * const event = parseWebhookEvent(request.body);
 */
export function verifyWebhookSignature(
  rawBody: RawBody,
  headers: WebhookHeaders,
  secret: WebhookSecret | readonly WebhookSecret[],
  options: VerifyOptions = {},
): VerifiedWebhook {
  const keys = (Array.isArray(secret) ? (secret as readonly WebhookSecret[]) : [secret as WebhookSecret]).map(secretKey);
  if (keys.length === 0) throw new WebhookVerificationError('ERR_WEBHOOK_SECRET_MISSING', 'No secret given: pass the webhook secret (or several while rotating).');
  const body = bodyBytes(rawBody);
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_TOLERANCE_S;
  if (typeof toleranceSeconds !== 'number' || !Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_OPTIONS',
      `toleranceSeconds must be a finite number of seconds, 0 or more; got ${describeType(toleranceSeconds)}. Leave it out for the recommended 300.`,
    );
  }
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || !Number.isFinite(now.getTime())) {
    throw new WebhookVerificationError('ERR_WEBHOOK_OPTIONS', 'options.now must be a valid Date (or left out for the current time).');
  }
  if (headers === null || typeof headers !== 'object') {
    throw new WebhookVerificationError('ERR_WEBHOOK_OPTIONS', `headers must be the request's headers (a Headers or a plain object); got ${describeType(headers)}.`);
  }

  // Standard Webhooks headers, or the same three under the svix- names some senders (Svix) use
  const family = headerValues(headers, 'webhook-signature').length > 0 || headerValues(headers, 'svix-signature').length === 0 ? 'webhook' : 'svix';
  const signatures = headerValues(headers, `${family}-signature`);
  const id = joined(headerValues(headers, `${family}-id`));
  if (signatures.length > 0) return verifyStandard(body, keys, signatures, id, joined(headerValues(headers, `${family}-timestamp`)), family, toleranceSeconds, now);

  const hex = headerValues(headers, 'x-webhook-signature');
  if (hex.length === 0) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_HEADER_MISSING',
      'The request has neither a webhook-signature nor an X-Webhook-Signature header: check that the webhook has a secret, ' +
        'that the request really comes from the platform, and that no proxy or framework drops these headers.',
    );
  }
  if (options.allowBodyOnlySignature === false) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_HEADER_MISSING',
      'The request has only X-Webhook-Signature, and body-only signatures are refused here (allowBodyOnlySignature: false): ' +
        'the platform always sends webhook-signature too, so check that no proxy drops it, or that this is not a replayed body.',
    );
  }
  verifyBodyOnly(body, keys, joined(hex));
  return { scheme: 'body-hmac', id: id === '' ? undefined : id, timestamp: undefined };
}

/** Checks `webhook-signature` over `{id}.{timestamp}.{body}`, then the timestamp against the tolerance. */
function verifyStandard(
  body: Buffer,
  keys: readonly Buffer[],
  signatureValues: readonly string[],
  id: string,
  timestamp: string,
  family: 'webhook' | 'svix',
  toleranceSeconds: number,
  now: Date,
): VerifiedWebhook {
  if (id === '' || timestamp === '') {
    const missing = [id === '' ? `${family}-id` : undefined, timestamp === '' ? `${family}-timestamp` : undefined].filter(Boolean).join(' and ');
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_HEADER_MISSING',
      `The request has a ${family}-signature but no ${missing}; the signature covers both: pass every request header, not only the signature.`,
    );
  }
  if (!TIMESTAMP.test(timestamp)) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_TIMESTAMP_INVALID',
      `The ${family}-timestamp header is not a whole number of seconds since 1970 (digits only): pass the header value unchanged.`,
    );
  }
  // several space-separated signatures appear while a secret is rotated; a repeated header counts the same
  const entries = signatureValues.join(' ').split(/[\s,]*\s+/).filter((entry) => entry !== '');
  const candidates = entries
    .map((entry) => entry.replace(/,$/, ''))
    .filter((entry) => entry.startsWith('v1,'))
    .map((entry) => entry.slice(3))
    .filter((value) => V1_VALUE.test(value));
  if (candidates.length === 0) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_SIGNATURE_INVALID',
      entries.length === 0
        ? `The ${family}-signature header is empty: check that no proxy or framework rewrites it.`
        : `The ${family}-signature header holds no well-formed v1 signature ("v1," and the base64 of an HMAC-SHA256): pass the header value unchanged.`,
    );
  }
  const expected = keys.map((key) => Buffer.from(standardSignature(key, id, timestamp, body), 'latin1'));
  if (!anyEqual(candidates.map((value) => Buffer.from(value, 'latin1')), expected)) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_SIGNATURE_MISMATCH',
      `No signature in ${family}-signature matches: verify over the raw request body exactly as received (not re-serialised JSON, ` +
        `not text decoded and re-encoded), with the webhook's current secret as it was given (a whsec_ secret whole, prefix included), and the ${family}-id and ${family}-timestamp headers unchanged.`,
    );
  }
  const sentAt = Number(timestamp);
  const ageSeconds = Math.floor(now.getTime() / 1000) - sentAt;
  if (ageSeconds > toleranceSeconds) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_TIMESTAMP_TOO_OLD',
      `The ${family}-timestamp is ${ageSeconds} s behind this receiver's clock, more than the tolerance of ${toleranceSeconds} s: ` +
        'the delivery may be a replay. Every attempt is signed anew, so a real one is never this old: if this clock is wrong, synchronise it (NTP).',
    );
  }
  if (-ageSeconds > toleranceSeconds) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_TIMESTAMP_TOO_NEW',
      `The ${family}-timestamp is ${-ageSeconds} s ahead of this receiver's clock, more than the tolerance of ${toleranceSeconds} s: ` +
        "check this machine's clock (NTP).",
    );
  }
  return { scheme: 'standard-webhooks', id, timestamp: new Date(sentAt * 1000) };
}

/** Checks `X-Webhook-Signature`, the lowercase hex HMAC of the body alone. */
function verifyBodyOnly(body: Buffer, keys: readonly Buffer[], header: string): void {
  const value = header.trim().toLowerCase();
  if (!HEX_VALUE.test(value)) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_SIGNATURE_INVALID',
      value === ''
        ? 'The X-Webhook-Signature header is empty: check that no proxy or framework rewrites it.'
        : 'The X-Webhook-Signature header is not 64 hex digits (an HMAC-SHA256): pass the header value unchanged.',
    );
  }
  const expected = keys.map((key) => Buffer.from(bodySignature(key, body), 'latin1'));
  if (!anyEqual([Buffer.from(value, 'latin1')], expected)) {
    throw new WebhookVerificationError(
      'ERR_WEBHOOK_SIGNATURE_MISMATCH',
      'X-Webhook-Signature does not match: verify over the raw request body exactly as received (not re-serialised JSON, ' +
        "not text decoded and re-encoded), with the webhook's current secret.",
    );
  }
}

/**
 * Whether any candidate equals any expected value, in constant time per comparison. Lengths are compared
 * first (they are not secret), so `timingSafeEqual` never sees different lengths and never throws.
 */
function anyEqual(candidates: readonly Buffer[], expected: readonly Buffer[]): boolean {
  let found = false;
  for (const candidate of candidates) {
    for (const value of expected) {
      // no early return: every pair is compared, so timing does not tell which one matched
      if (candidate.length === value.length && timingSafeEqual(candidate, value)) found = true;
    }
  }
  return found;
}

/** One header's values as a single string, as fetch's `Headers` joins them. */
function joined(values: readonly string[]): string {
  return values.join(', ');
}
