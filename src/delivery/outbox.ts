/**
 * The outbox: where pending deliveries live between attempts, so that a restart loses none (delivery is
 * at-least-once). The engine needs only this interface; the reference server's SQLite store implements it,
 * and `MemoryOutbox` does for tests. `src/delivery/README.md` says what each method must guarantee.
 * @module
 */
import type { components } from '../../generated/openapi.js';
import type { EventType } from '../types.js';
import type { NewDelivery, StoredWebhook } from './events.js';

/** A value or a promise of it: better-sqlite3 answers synchronously, other stores do not. */
export type Awaitable<T> = T | Promise<T>;

/** Where a delivery stands (the spec's `DeliveryStatus`). */
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** A stored delivery: the spec's `Delivery`, with dates as `Date`, plus the body every attempt sends. */
export interface DeliveryRecord {
  /**
   * The account the delivery belongs to, for a store that keeps several accounts apart (where ids are
   * unique only within an account, as in the sandbox); the engine hands it back to the outbox untouched.
   */
  account_id?: string;
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: EventType;
  /** the JSON body, exactly as sent (and signed) on every attempt; never shown by the API */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  last_attempt_at: Date | null;
  last_response_status: number | null;
  last_error: string | null;
  /** when it is due; while an attempt is in flight, the end of its lease */
  next_attempt_at: Date | null;
  created_at: Date;
}

/** A delivery claimed for an attempt, with its webhook (`undefined` when the webhook was deleted). */
export interface ClaimedDelivery {
  delivery: DeliveryRecord;
  webhook: StoredWebhook | undefined;
}

/** What one attempt came to, as recorded. */
export interface AttemptRecord {
  attempted_at: Date;
  /** `pending` to retry at `next_attempt_at`; `succeeded` or `failed` when done */
  status: DeliveryStatus;
  /** the endpoint's status, or `null` when it did not answer (or no request was sent) */
  response_status: number | null;
  /** why the attempt failed, in words safe to show (no secret, token or signature); `null` on success */
  error: string | null;
  /** when to try again; `null` once done */
  next_attempt_at: Date | null;
}

/**
 * The store of pending deliveries that the delivery engine works against. Every method that changes a
 * claimed delivery takes the record as `claimDue` returned it, and applies only while that claim is
 * current: the delivery is still `pending` with the `attempts` it had when claimed. A late write from a
 * claim that expired (its process stalled past the lease, and another run took the delivery) changes nothing.
 */
export interface DeliveryOutbox {
  /** Adds new deliveries: `pending`, no attempts yet, due at their `created_at`. */
  enqueue(deliveries: readonly NewDelivery[]): Awaitable<void>;
  /**
   * Claims up to `limit` pending deliveries due at `now` (`next_attempt_at <= now`), oldest due first, and
   * moves their `next_attempt_at` to `leaseUntil` in the same transaction: no other claim takes them while
   * an attempt is in flight, and if the process dies mid-attempt they are due again once the lease ends.
   */
  claimDue(now: Date, limit: number, leaseUntil: Date): Awaitable<ClaimedDelivery[]>;
  /** Records an attempt of a claimed delivery: `attempts + 1` and every field of `outcome`; returns whether it applied. */
  recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Awaitable<boolean>;
  /**
   * Gives a claimed delivery up without an attempt (its webhook was deleted or disabled, or its window
   * ended): `failed`, `last_error = reason`, `next_attempt_at = null`, attempts unchanged; returns whether it applied.
   */
  markFailed(claimed: DeliveryRecord, reason: string): Awaitable<boolean>;
  /**
   * Hands a claimed delivery back without an attempt (the sender is stopping): due again at `dueAt`,
   * nothing else changed. Applies only while its lease is the one claimed; returns whether it applied.
   */
  release(claimed: DeliveryRecord, dueAt: Date): Awaitable<boolean>;
  /**
   * Disables the webhook of a claimed delivery whose endpoint answered `410 Gone`: `disabled_at = at`
   * unless already set, and every pending delivery of that webhook `failed` with `last_error = reason` and
   * no next attempt, in one transaction.
   */
  disableWebhook(claimed: DeliveryRecord, at: Date, reason: string): Awaitable<void>;
}

/** The spec's `Delivery` resource. */
export type DeliveryResource = components['schemas']['Delivery'];

/** A delivery as a list shows it: everything but the body. */
export type ListedDelivery = Omit<DeliveryRecord, 'body'>;

/**
 * The API's view of a stored delivery (`GET /v1/webhooks/{id}/deliveries`): the body stays out, and so
 * does everything the record does not name (never a secret, a signature or a token). Times are RFC 3339
 * in UTC with milliseconds, as the reference server writes every time; a pending delivery's
 * `next_attempt_at` is, while an attempt is in flight, the end of that attempt's lease.
 * @example
 * reply.send({ object: 'list', data: records.map(toDeliveryResource), has_more })
 */
export function toDeliveryResource(record: ListedDelivery): DeliveryResource {
  const time = (date: Date | null) => (date === null ? null : date.toISOString());
  return {
    object: 'delivery',
    id: record.id,
    webhook_id: record.webhook_id,
    event_id: record.event_id,
    event_type: record.event_type,
    status: record.status,
    attempts: record.attempts,
    last_attempt_at: time(record.last_attempt_at),
    last_response_status: record.last_response_status,
    last_error: record.last_error,
    next_attempt_at: record.status === 'pending' ? time(record.next_attempt_at) : null,
    created_at: record.created_at.toISOString(),
  };
}
