/**
 * Random ids for the client (idempotency keys) that work in every browser: `crypto.randomUUID` exists only
 * in secure contexts (https, http://localhost), so a page served over plain http from a LAN address gets a
 * version 4 UUID built from `crypto.getRandomValues`, which exists everywhere.
 * @module
 */

/**
 * A random version 4 UUID.
 * @example
 * headers.set('Idempotency-Key', randomId());
 */
export function randomId(): string {
  // typed as always there, but undefined outside secure contexts
  if (crypto.randomUUID) return crypto.randomUUID();
  // RFC 9562: version 4 in the high nibble of byte 6, variant 10 in the top bits of byte 8
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte, at) =>
    ((at === 6 ? (byte & 15) | 64 : at === 8 ? (byte & 63) | 128 : byte) + 256).toString(16).slice(1),
  ).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
