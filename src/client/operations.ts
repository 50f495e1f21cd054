/**
 * What the client must know of each operation beyond its types, read from the spec (a test keeps these
 * equal to it): which operations are public, and which take an `Idempotency-Key`.
 * @module
 */

/** Paths of operations with `security: []`: the client sends no API key to them. */
export const PUBLIC_PATHS: ReadonlySet<string> = new Set(['/.well-known/jwks.json']);

/** `METHOD path` of operations that take an `Idempotency-Key` header: the client sends one unless given one. */
export const IDEMPOTENCY_KEY_OPERATIONS: ReadonlySet<string> = new Set(['POST /v1/webhooks']);
