/**
 * What "the same body" means for an Idempotency-Key: the same JSON value, whatever the key order and
 * whitespace. The store keeps only a keyed digest of it, never the body (it may hold secrets).
 * @module
 */
import { createHmac } from 'node:crypto';

/**
 * The canonical JSON of a value: object keys sorted, no whitespace. Only called on validated bodies,
 * whose depth the schema bounds.
 * @example
 * canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The digest the store keeps for a body: HMAC-SHA256 of its canonical JSON under a key of the server, so
 * that the stored digest cannot be used to guess a secret in the body.
 * @example
 * requestFingerprint(key, { url: 'https://h.example.com', enabled_events: ['*'] }) // 'mC3…' (base64url)
 */
export function requestFingerprint(key: Buffer, body: unknown): string {
  return createHmac('sha256', key).update(canonicalJson(body), 'utf8').digest('base64url');
}
