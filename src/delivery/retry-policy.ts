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
  /**
   * An explicit schedule instead of the back-off: the delay before each retry (ms), in order, without
   * jitter; the delivery is given up on once they are used up. For development (`--retry-schedule`).
   */
  delaysMs?: readonly number[];
}

/** The named schedules `--retry-schedule` takes besides a list of delays. */
export const RETRY_SCHEDULE_PRESETS = {
  /** the platform's: 10 s doubling to 4 h, for three days */
  default: undefined,
  /** for local development: six retries within about a minute */
  fast: [1_000, 2_000, 4_000, 8_000, 16_000, 32_000],
} as const satisfies Record<string, readonly number[] | undefined>;

/** The most retries an explicit schedule may list. */
const MAX_SCHEDULED_RETRIES = 50;
const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Reads a retry schedule as `--retry-schedule` and `RETRY_SCHEDULE` give it: a preset (`default`,
 * `fast`) or delays separated by commas (`1s,5s,30s,2m`: units ms, s, m, h, d). Returns the delays (ms),
 * or undefined for the default back-off; throws a `RangeError` whose message says what is wrong.
 * @example
 * parseRetrySchedule('fast')      // [1000, 2000, 4000, 8000, 16000, 32000]
 * parseRetrySchedule('5s, 1m')    // [5000, 60000]
 */
export function parseRetrySchedule(text: string): readonly number[] | undefined {
  const value = text.trim();
  if (Object.hasOwn(RETRY_SCHEDULE_PRESETS, value)) return RETRY_SCHEDULE_PRESETS[value as keyof typeof RETRY_SCHEDULE_PRESETS];
  const parts = value.split(',').map((part) => part.trim());
  if (value === '' || parts.length > MAX_SCHEDULED_RETRIES) {
    throw new RangeError(`a retry schedule is "default", "fast" or 1 to ${MAX_SCHEDULED_RETRIES} delays separated by commas, such as 1s,5s,30s`);
  }
  return parts.map((part) => {
    const match = DURATION.exec(part);
    const ms = match ? Math.round(Number(match[1]) * UNIT_MS[match[2]!]!) : Number.NaN;
    if (!(ms >= 0) || ms > RETRY_WINDOW_MS) {
      throw new RangeError(`"${part.slice(0, 20)}" is not a delay of the retry schedule: write a number and a unit (ms, s, m, h or d), such as 5s, up to 3d`);
    }
    return ms;
  });
}

/** The policy with an explicit schedule, or the policy itself when `delaysMs` is undefined. */
export function withSchedule(policy: RetryPolicy, delaysMs: readonly number[] | null | undefined): RetryPolicy {
  return delaysMs === undefined || delaysMs === null ? policy : { ...policy, delaysMs };
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
  if (policy.delaysMs !== undefined) return scheduledRetry(attempt, policy.delaysMs, deadline, policy.windowMs);
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

/** The next attempt of an explicit schedule: its next delay (or a later `Retry-After`), until the list runs out. */
function scheduledRetry(attempt: FailedAttempt, delaysMs: readonly number[], deadline: number, windowMs: number): RetryDecision {
  const delay = delaysMs[attempt.attempts - 1];
  if (delay === undefined) {
    return { retry: false, reason: `gave up after ${attempt.attempts} attempt${attempt.attempts === 1 ? '' : 's'}: the retry schedule (${delaysMs.map(formatDelay).join(', ') || 'no retries'}) ran out` };
  }
  const at = attempt.now.getTime() + Math.max(delay, attempt.retryAfterMs ?? 0);
  if (at > deadline) return { retry: false, reason: `gave up: the next attempt would fall past the ${describeWindow(windowMs)} retry window` };
  return { retry: true, nextAttemptAt: new Date(at) };
}

/** `500 ms`, `5 s`, `2 min`, `4 h`. */
function formatDelay(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 60_000) return `${ms / 1_000} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 6_000) / 10} min`;
  return `${Math.round(ms / 360_000) / 10} h`;
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
