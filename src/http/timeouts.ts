/**
 * The slow-client time-outs every listening program applies to its HTTP server, and their defaults.
 * @module
 */

/** How long a client may take to send a whole request (ms). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** How long a client may take to send the request's headers (ms): slow clients do not hold sockets for long. */
export const HEADERS_TIMEOUT_MS = 15_000;
/** How long an idle keep-alive connection stays open (ms). */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/**
 * How often Node looks for connections past the header and request time-outs (ms). Node checks them only
 * this often (30 s by default), so a limit acts up to one interval late: at 1 s, each holds within a second.
 */
export const TIMEOUT_CHECK_MS = 1_000;

/** The slow-client time-outs of an HTTP server, in ms. */
export interface HttpTimeouts {
  /** the request's headers, from the first byte; default 15 s */
  headersMs?: number;
  /** the whole request, body included; default 30 s */
  requestMs?: number;
  /** an idle keep-alive connection; default 5 s */
  keepAliveMs?: number;
  /** how often Node checks the first two; by default within a second, and never later than half the header limit */
  checkIntervalMs?: number;
}

/** The time-outs with their defaults filled in, as Node's `createServer` takes them. */
export interface NodeServerTimeouts {
  requestTimeout: number;
  headersTimeout: number;
  keepAliveTimeout: number;
  connectionsCheckingInterval: number;
}

/**
 * The time-outs as Node's server options; the header limit is never longer than the whole request's.
 * @example
 * createServer({ ...nodeServerTimeouts({ headersMs: 2_000 }) }, handler);
 */
export function nodeServerTimeouts(timeouts: HttpTimeouts = {}): NodeServerTimeouts {
  const requestTimeout = timeouts.requestMs ?? REQUEST_TIMEOUT_MS;
  const headersTimeout = Math.min(timeouts.headersMs ?? HEADERS_TIMEOUT_MS, requestTimeout);
  return {
    requestTimeout,
    headersTimeout,
    keepAliveTimeout: timeouts.keepAliveMs ?? KEEP_ALIVE_TIMEOUT_MS,
    // never later than the shorter limit allows, and within a second of the longer ones
    connectionsCheckingInterval: timeouts.checkIntervalMs ?? Math.max(50, Math.min(TIMEOUT_CHECK_MS, Math.floor(headersTimeout / 2))),
  };
}
