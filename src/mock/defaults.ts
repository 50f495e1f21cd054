/**
 * The mock's defaults that both its starter and the validation proxy read, in a module of their own so
 * that neither imports the other for them.
 * @module
 */

/** How long the validation proxy waits for the upstream's whole answer unless told otherwise, in milliseconds. */
export const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
