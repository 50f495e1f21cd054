/**
 * What the receiver's functions take, as types only: a module of their own, which imports nothing, so that
 * the declarations a consumer type-checks need no Node.js types to name them.
 * @module
 */

/**
 * A webhook's secret: the string set on the webhook or answered when it was created (a `whsec_` secret is
 * keyed with its base64-decoded bytes, any other with its UTF-8 bytes), or the key bytes themselves.
 */
export type WebhookSecret = string | Uint8Array;

/** A request body exactly as it travels: a string (sent as UTF-8) or the bytes. */
export type RawBody = string | Uint8Array | ArrayBuffer;
