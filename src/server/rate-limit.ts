/**
 * The per-key rate limit, on by default: `@fastify/rate-limit` counts each API key's requests in a fixed
 * window of a minute (in this process's memory, for at most `keys` keys, least recently seen forgotten
 * first; or, given a `counter`, in a store every process shares, such as Postgres), and the server answers
 * past the limit with the contract's 429, `Retry-After` and the IETF draft's `RateLimit` /
 * `RateLimit-Policy` headers, which every counted answer carries.
 * @module
 */
import rateLimitPlugin, { type FastifyRateLimitStore, type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** Requests a minute per API key unless configured otherwise. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1_200;
/** Keys whose counts are kept at most (the least recently seen are forgotten first). */
export const RATE_LIMIT_KEYS = 10_000;
/** The window the limit counts in (ms). */
const WINDOW_MS = 60_000;
/** The policy's name in the RateLimit headers. */
const POLICY = '"per-key"';

/** How the limit is set. */
export interface RateLimitOptions {
  /** requests a minute per key */
  perMinute: number;
  /** keys remembered at most; default 10,000 (in memory only) */
  keys?: number;
  /**
   * counts a request of a key in its window for every process at once (the store's `rateLimitHit`);
   * in this process's memory without one. A fault of it rejects the check (the server answers 503)
   */
  counter?: RateLimitCounter;
}

/** Counts one request of `key` in its fixed window; resolves with the window's count so far and how long it has left. */
export type RateLimitCounter = (key: string, windowMs: number) => Promise<{ hits: number; resetsInMs: number }>;


/** A `@fastify/rate-limit` store class over `counter`; what it counts by is the key's id (`key-1`), never the key itself. */
function sharedStore(counter: RateLimitCounter): FastifyRateLimitStoreCtor {
  // the plugin makes it with `new`, and asks it for a child for each limiter: one count serves them all
  return class SharedRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: Parameters<FastifyRateLimitStore['incr']>[1], timeWindow: number): void {
      counter(`per-key/${key}`, timeWindow).then(
        ({ hits, resetsInMs }) => callback(null, { current: hits, ttl: resetsInMs }),
        (error: Error) => callback(error),
      );
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

/** What the limit says of one request: the headers every answer carries, and whether to refuse it. */
export type RateLimitVerdict = { headers: Record<string, string> } & ({ limited: false } | { limited: true; retryAfterSeconds: number });

/** Counts one request against its key. */
export type RateLimitCheck = (request: FastifyRequest) => Promise<RateLimitVerdict>;

/**
 * Registers the plugin on `app` (without its own hook: the server counts a request once it knows the key,
 * after authentication and before the body is read), and resolves the check once the app is ready.
 * @example
 * const check = installRateLimit(app, { perMinute: 1200 }, (request) => keyOf(request));
 * app.addHook('onReady', (done) => { limit = check(); done(); });
 */
export function installRateLimit(app: FastifyInstance, options: RateLimitOptions, keyOf: (request: FastifyRequest) => string): () => RateLimitCheck {
  // skipOnError stays off: a fault of the shared counter rejects the check, and the server answers it as it
  // answers every database fault (503 with Retry-After), since the request would need that database next
  void app.register(rateLimitPlugin, { global: false, ...(options.counter === undefined ? {} : { store: sharedStore(options.counter) }) });
  const policy = `${POLICY};q=${options.perMinute};w=${WINDOW_MS / 1000}`;
  return () => {
    const limiter = app.createRateLimit({ max: options.perMinute, timeWindow: WINDOW_MS, keyGenerator: keyOf, cache: options.keys ?? RATE_LIMIT_KEYS } as Parameters<FastifyInstance['createRateLimit']>[0]);
    return async (request) => {
      const result = await limiter(request);
      if (result.isAllowed) return { limited: false, headers: {} };
      const headers = { 'RateLimit-Policy': policy, RateLimit: `${POLICY};r=${result.remaining};t=${result.ttlInSeconds}` };
      return result.isExceeded ? { limited: true, retryAfterSeconds: Math.max(1, result.ttlInSeconds), headers } : { limited: false, headers };
    };
  };
}
