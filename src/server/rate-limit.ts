/**
 * An optional limit of requests per account (a token bucket in memory, per process), answered with the
 * contract's 429 and `Retry-After`. Off unless asked for (`RATE_LIMIT_PER_MINUTE`).
 * @module
 */
import type { Problem } from '../validation/problem.js';
import { tooManyRequests } from './problems.js';

/** Accounts remembered at most; the idlest are forgotten first (a forgotten account starts with a full bucket). */
const MAX_ACCOUNTS = 100_000;

/** Decides whether an account may send one more request. */
export interface RateLimiter {
  /** undefined when the request may go; otherwise the whole seconds to wait */
  take(accountId: string, now: number): number | undefined;
  /** the 429 problem for a wait */
  problem(instance: string, waitSeconds: number): Problem;
}

/**
 * A limit of `perMinute` requests per account, with bursts up to `burst` (default: a tenth of a minute's).
 * @example
 * const limiter = rateLimiter({ perMinute: 600 });
 * limiter.take('acme', Date.now()) // undefined: go ahead
 */
export function rateLimiter(options: { perMinute: number; burst?: number }): RateLimiter {
  const perMs = options.perMinute / 60_000;
  const capacity = Math.max(1, options.burst ?? Math.ceil(options.perMinute / 10));
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(accountId, now) {
      let bucket = buckets.get(accountId);
      if (bucket) {
        buckets.delete(accountId);
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
        bucket.at = now;
      } else {
        bucket = { tokens: capacity, at: now };
        if (buckets.size >= MAX_ACCOUNTS) buckets.delete(buckets.keys().next().value as string);
      }
      // re-inserted: the map's order is least recently seen first
      buckets.set(accountId, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return undefined;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
    problem: tooManyRequests,
  };
}
