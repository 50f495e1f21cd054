/**
 * What an attempt came to, in the words a delivery's `last_error` and a webhook's `disabled_reason` carry:
 * the endpoint's answer judged by the retry policy, or why there was none, and what it says of the endpoint.
 * @module
 */
import { STATUS_CODES } from 'node:http';
import type { PostOutcome } from './http-client.js';
import type { AttemptRecord, AttemptRecorded, DeliveryRecord } from './outbox.js';
import { judgeStatus, parseRetryAfter, scheduleRetry, withSchedule, type RetryPolicy } from './retry-policy.js';

/** The longest `last_error` the contract allows (`Delivery.last_error`). */
const MAX_REASON_LENGTH = 1000; // characters

/** An attempt as the engine made it: no request (no access token), or a request and what came of it. */
export type AttemptResult = { kind: 'no-token'; reason: string } | { kind: 'sent'; outcome: PostOutcome; withToken: boolean };

/** What the engine records of an attempt. */
export interface DescribedAttempt {
  /** null when it was acknowledged */
  error: string | null;
  responseStatus: number | null;
  /** the answer's `Retry-After`, as sent */
  retryAfter: string | undefined;
  /** `410 Gone`: the webhook is disabled */
  gone: boolean;
  endpoint: AttemptRecord['endpoint'];
}

/**
 * An attempt in words: a 2xx acknowledges; another status is a reason; no answer is the client's reason,
 * and marks the endpoint unresponsive (a time-out, a refused, reset or unreachable connection), except a
 * destination the SSRF policy refused, which was never contacted.
 */
export function describeAttempt(result: AttemptResult): DescribedAttempt {
  if (result.kind === 'no-token') return { error: `no access token: ${result.reason}`, responseStatus: null, retryAfter: undefined, gone: false, endpoint: 'unknown' };
  const { outcome } = result;
  if (!outcome.answered) {
    return { error: outcome.reason, responseStatus: null, retryAfter: undefined, gone: false, endpoint: outcome.kind === 'refused-destination' ? 'unknown' : 'unresponsive' };
  }
  if (outcome.status < 100 || outcome.status > 599) {
    // HTTP has no such status (a server may still send one): recorded as no answer, retried
    return { error: `the endpoint answered with status ${outcome.status}, which is not an HTTP status`, responseStatus: null, retryAfter: undefined, gone: false, endpoint: 'answered' };
  }
  const verdict = judgeStatus(outcome.status);
  return {
    error: verdict.kind === 'succeeded' ? null : describeStatus(outcome.status, result.withToken),
    responseStatus: outcome.status,
    retryAfter: outcome.retryAfter,
    gone: verdict.kind === 'gone',
    endpoint: 'answered',
  };
}

/** Why a status is not an acknowledgement, in words. */
export function describeStatus(status: number, withToken: boolean): string {
  const phrase = STATUS_CODES[status];
  const answered = `the endpoint answered ${status}${phrase === undefined ? '' : ` ${phrase}`}`;
  if (status >= 300 && status <= 399) return `${answered}, a redirect, which is never followed: set the webhook's url to the final address`;
  if (status === 410) return `${answered}, so the webhook was disabled`;
  if (status === 401 && withToken) return `${answered} to a fresh access token: check what the endpoint expects of the token (audience, scope)`;
  if (status === 401 || status === 403) return `${answered}: check the signature or token verification of the endpoint`;
  return answered;
}

/** The `disabled_reason` of a webhook disabled because every attempt to it failed. */
export function describeAutoDisable(failingSince: Date, failedDeliveries: number, lastError: string): string {
  return (
    `every attempt to its endpoint has failed since ${failingSince.toISOString()} (${failedDeliveries} deliveries); the last one: ${lastError}. ` +
    'Its pending deliveries are kept: fix the endpoint, then enable the webhook again (PATCH disabled_at: null)'
  );
}

/** What the engine knows of an attempt besides its outcome, to decide what to record. */
export interface AttemptContext {
  delivery: DeliveryRecord;
  startedAt: Date;
  /** the engine's clock: a retry is scheduled from when the attempt ended */
  now: () => Date;
  /** a number in [0, 1) for the retry's jitter */
  random: () => number;
  policy: RetryPolicy;
}

/** The record of an attempt: succeeded, failed for good (410, or the schedule is over), or due again later. */
export function recordOf(described: DescribedAttempt, { delivery, startedAt, now, random, policy }: AttemptContext): AttemptRecord {
  const base = { attempted_at: startedAt, response_status: described.responseStatus, endpoint: described.endpoint };
  if (described.error === null) return { ...base, status: 'succeeded', error: null, next_attempt_at: null };
  if (described.gone) return { ...base, status: 'failed', error: clampReason(described.error), next_attempt_at: null };
  const ended = now();
  const decision = scheduleRetry(
    { createdAt: delivery.created_at, now: ended, attempts: delivery.attempts + 1, retryAfterMs: parseRetryAfter(described.retryAfter, ended), random: random() },
    withSchedule(policy, delivery.retry_schedule),
  );
  return decision.retry
    ? { ...base, status: 'pending', error: clampReason(described.error), next_attempt_at: decision.nextAttemptAt }
    : { ...base, status: 'failed', error: clampReason(`${described.error}; ${decision.reason}`), next_attempt_at: null };
}

/** Why the webhook is to be disabled after this attempt (410 Gone, or every attempt failed for long enough), if it is. */
export function disableReasonOf(
  described: DescribedAttempt,
  record: AttemptRecord,
  recorded: AttemptRecorded,
  startedAt: Date,
  autoDisable: { afterMs: number; minFailedDeliveries: number } | undefined,
): string | undefined {
  if (described.gone) return `its endpoint answered 410 Gone on ${startedAt.toISOString()}: the platform sends nothing more until the webhook is enabled again (PATCH disabled_at: null)`;
  if (record.status === 'succeeded' || autoDisable === undefined || recorded.failingSince === null) return undefined;
  const failingForMs = startedAt.getTime() - recorded.failingSince.getTime();
  if (failingForMs < autoDisable.afterMs || recorded.failedDeliveries < autoDisable.minFailedDeliveries) return undefined;
  return describeAutoDisable(recorded.failingSince, recorded.failedDeliveries, described.error ?? 'it failed');
}

/** A reason cut to the length the contract allows. */
export function clampReason(reason: string): string {
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}
