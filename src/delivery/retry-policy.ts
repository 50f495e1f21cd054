/**
 * When to try a delivery again, as pure functions of the attempt's outcome, the clock and a random number:
 * exponential back-off with jitter, `Retry-After` honoured, and never beyond the contract's retry window.
 * @module
 */

/** How long a delivery is retried, from when it was scheduled: the contract's three days. */
export const RETRY_WINDOW_MS = 3 * 24 * 60 * 60 * 1000; // ms

/** The shape of the back-off. */
export interface RetryPolicy {
  /** the delay after the first failed attempt, before jitter */
  baseDelayMs: number;
  /** the longest delay between two attempts, before jitter */
  maxDelayMs: number;
  /** how long after scheduling a delivery is given up on */
  windowMs: number;
}

/**
 * 10 s after the first failure, doubling up to 4 h (each delay jittered down to between half and all of
 * it): about 35 attempts over three days, the first ten within about two hours (when most outages end),
 * then every three hours or so until the window closes, with a last one at its very end.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 10_000, // ms
  maxDelayMs: 4 * 60 * 60 * 1000, // ms
  windowMs: RETRY_WINDOW_MS,
};

/** What an attempt led to, as the retry policy sees it. */
export type AttemptVerdict =
  | { kind: 'succeeded' }
  /** 410 Gone: the endpoint asks never to be called again; the webhook is disabled */
  | { kind: 'gone' }
  | { kind: 'retry' };

/**
 * What a status means: any 2xx acknowledges; 410 disables the webhook; anything else, redirects and other
 * 4xx included, is retried (the contract: "anything else (or no answer) is retried").
 */
export function judgeStatus(status: number): AttemptVerdict {
  if (status >= 200 && status <= 299) return { kind: 'succeeded' };
  if (status === 410) return { kind: 'gone' };
  return { kind: 'retry' };
}

/**
 * The back-off before attempt `failedAttempts + 1`: `base × 2^(failedAttempts − 1)`, capped, with "equal
 * jitter" (between half and all of it), so that deliveries failed by one outage do not return together.
 * @example
 * backoffDelayMs(1, 0.5) // 7500: between 5 and 10 s after the first failure
 */
export function backoffDelayMs(failedAttempts: number, random: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Number.isFinite(failedAttempts) ? Math.max(0, Math.min(failedAttempts - 1, 40)) : 0;
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  // a broken random source waits the whole delay rather than none of it
  const unit = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1) : 1;
  return Math.round(delay / 2 + (delay / 2) * unit);
}

/**
 * A `Retry-After` value in ms from `now`: delay-seconds (`120`) or an HTTP date. Undefined when absent or
 * unreadable; a date in the past is 0.
 */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^[0-9]{1,10}$/.test(text)) return Number(text) * 1000;
  // an HTTP date always names the weekday and GMT (RFC 9110 IMF-fixdate, or the obsolete forms)
  if (!/[a-z]{3}/i.test(text) || !/GMT$/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : undefined;
}

/** When to try again after a failed attempt, or that the delivery is given up on. */
export type RetryDecision = { retry: true; nextAttemptAt: Date } | { retry: false; reason: string };

/** What `scheduleRetry` needs to know about the failed attempt. */
export interface FailedAttempt {
  /** when the delivery was scheduled: the window runs from here */
  createdAt: Date;
  /** when this attempt was made */
  now: Date;
  /** attempts made so far, this one included */
  attempts: number;
  /** what the endpoint's `Retry-After` asked for, in ms, if it sent one */
  retryAfterMs?: number | undefined;
  /** a number in [0, 1) for the jitter */
  random: number;
}

/**
 * The next attempt after a failure: the jittered back-off, or the endpoint's `Retry-After` when that is
 * later (never sooner: a `Retry-After: 0` on every answer must not become a tight loop). A back-off that
 * would end past the window is shortened to one last attempt at the window's end; a `Retry-After` past the
 * window is honoured by giving up, since calling earlier than asked is what it forbids.
 * @example
 * scheduleRetry({ createdAt, now, attempts: 1, retryAfterMs: 120_000, random: 0 }) // { retry: true, nextAttemptAt: now + 120 s }
 */
export function scheduleRetry(attempt: FailedAttempt, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryDecision {
  const deadline = attempt.createdAt.getTime() + policy.windowMs;
  const now = attempt.now.getTime();
  const backoff = backoffDelayMs(attempt.attempts, attempt.random, policy);
  const asked = attempt.retryAfterMs;
  const delay = asked === undefined ? backoff : Math.max(asked, backoff);
  if (now + delay <= deadline) return { retry: true, nextAttemptAt: new Date(now + delay) };
  if (asked !== undefined && now + asked > deadline) {
    return { retry: false, reason: `gave up: the endpoint asked to wait past the end of the ${describeWindow(policy.windowMs)} retry window` };
  }
  // one last try at the very end of the window, if there is time left for it
  if (deadline - now >= policy.baseDelayMs / 2) return { retry: true, nextAttemptAt: new Date(deadline) };
  return { retry: false, reason: `gave up: no attempt succeeded within the ${describeWindow(policy.windowMs)} retry window` };
}

/** Whether a delivery scheduled at `createdAt` may still be attempted at `now`. */
export function isWithinWindow(createdAt: Date, now: Date, policy: RetryPolicy = DEFAULT_RETRY_POLICY): boolean {
  return now.getTime() <= createdAt.getTime() + policy.windowMs;
}

/** `3-day`, `6-hour`, `90-second`. */
export function describeWindow(ms: number): string {
  const units: [number, string][] = [
    [24 * 60 * 60 * 1000, 'day'],
    [60 * 60 * 1000, 'hour'],
    [60 * 1000, 'minute'],
    [1000, 'second'],
  ];
  for (const [size, name] of units) if (ms % size === 0 && ms >= size) return `${ms / size}-${name}`;
  return `${ms}-ms`;
}
