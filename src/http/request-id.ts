/**
 * The one request-id format of every listening program (mock, validation proxy, reference server,
 * sandbox): `req_` and 32 hex digits, made by the server and never taken from the request.
 * @module
 */

/** 16 random hex digits per process (Web Crypto, so a browser bundle can use it too), then a counter. */
const REQUEST_ID_PREFIX = `req_${Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
let requestCounter = 0;

/** What every request id looks like. */
export const REQUEST_ID_PATTERN = /^req_[0-9a-f]{32}$/;

/**
 * A new request id for the `X-Request-Id` header: unique in this process by its counter, and across
 * processes and restarts by its random half, without asking for entropy per request.
 * @example
 * newRequestId() // 'req_5f0c9a2e4b7d4c1e000000000000002a'
 */
export function newRequestId(): string {
  requestCounter = (requestCounter + 1) % Number.MAX_SAFE_INTEGER;
  return `${REQUEST_ID_PREFIX}${requestCounter.toString(16).padStart(16, '0')}`;
}
