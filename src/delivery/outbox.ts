/**
 * The outbox: where pending deliveries live between attempts, so that a restart loses none (delivery is
 * at-least-once). The engine needs only this interface; the reference server's store implements it.
 * `src/delivery/README.md` says what each method must guarantee.
 * @module
 */
import type { components } from '../../generated/openapi.js';
import type { EventType } from '../types.js';
import type { NewDelivery, SenderWebhook } from './events.js';

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
  /** its own delays between attempts (ms), or null for the sender's retry policy */
  retry_schedule?: readonly number[] | null;
}

/** A delivery claimed for an attempt, with its webhook (`undefined` when the webhook was deleted). */
export interface ClaimedDelivery {
  delivery: DeliveryRecord;
  webhook: SenderWebhook | undefined;
}

/** What the sender asks of a claim. */
export interface ClaimRequest {
  /** the sender's clock: deliveries with `next_attempt_at <= now` are due */
  now: Date;
  /** at most this many (the sender's free slots) */
  limit: number;
  /** each claimed delivery is leased until then: in flight, and due again then if nothing is recorded */
  leaseUntil: Date;
  /**
   * A webhook never has more than this many deliveries in flight, and only one while its endpoint does
   * not answer (`AttemptRecord.endpoint`); deliveries of a webhook at its limit are not claimed.
   */
  perWebhookLimit: number;
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
  /**
   * What the attempt said of the endpoint: `answered` (any HTTP answer: it takes deliveries again at its
   * full limit), `unresponsive` (a time-out, a refused or broken connection: one delivery at a time until
   * it answers), `unknown` (no request was sent, such as when no access token could be had).
   */
  endpoint: 'answered' | 'unresponsive' | 'unknown';
}

/** What recording an attempt did, and where the webhook's run of failures stands after it. */
export interface AttemptRecorded {
  /** false when the claim was no longer current (another claim recorded this delivery first) */
  applied: boolean;
  /** since when every attempt to the webhook has failed; null after a success */
  failingSince: Date | null;
  /** how many of its deliveries have failed since then */
  failedDeliveries: number;
}

/** How a webhook is disabled by the sender. */
export interface DisableRequest {
  at: Date;
  /** the webhook's `disabled_reason`, in words */
  reason: string;
  /**
   * `410 Gone`: its pending deliveries fail with `reason`. Otherwise (every attempt failed for days) they
   * are kept, held while it is disabled, and go out again once it is re-enabled.
   */
  failPending: boolean;
}

/**
 * The store of pending deliveries that the delivery engine works against. Every method that changes a
 * claimed delivery takes the record as `claim` returned it, and applies only while that claim is
 * current: the delivery is still `pending` with the `attempts` it had when claimed. A late write from a
 * claim that expired (its process stalled past the lease, and another took the delivery) changes nothing.
 */
export interface DeliveryOutbox {
  /** Adds new deliveries: `pending`, no attempts yet, due at their `created_at`. */
  enqueue(deliveries: readonly NewDelivery[]): Awaitable<void>;
  /**
   * Claims, in one transaction, up to `limit` deliveries that can start now: due (`next_attempt_at <=
   * now`), of webhooks that are not disabled and below their limit of deliveries in flight; taken round
   * robin across accounts, then across each account's webhooks, oldest due first within a webhook. Each is
   * leased until `leaseUntil` (its `next_attempt_at` moves there), so that a process that dies mid-attempt
   * leaves it due again once the lease ends.
   */
  claim(request: ClaimRequest): Awaitable<ClaimedDelivery[]>;
  /** Moves the lease of claimed deliveries still in flight to `leaseUntil` (a long attempt keeps its claim). */
  extendLeases(claimed: readonly DeliveryRecord[], leaseUntil: Date): Awaitable<void>;
  /**
   * Records an attempt of a claimed delivery: `attempts + 1` and every field of `outcome`, the lease
   * ended, the endpoint's state (`outcome.endpoint`) and the webhook's run of failures updated.
   */
  recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Awaitable<AttemptRecorded>;
  /**
   * Gives a claimed delivery up without an attempt (its webhook was deleted, or its window ended):
   * `failed`, `last_error = reason`, `next_attempt_at = null`, attempts unchanged; returns whether it applied.
   */
  markFailed(claimed: DeliveryRecord, reason: string): Awaitable<boolean>;
  /**
   * Hands a claimed delivery back without an attempt: due again at `dueAt`, nothing else changed.
   * Applies only while its claim is current; returns whether it applied.
   */
  release(claimed: DeliveryRecord, dueAt: Date): Awaitable<boolean>;
  /**
   * Disables the webhook of a claimed delivery, unless it is disabled already: `disabled_at`,
   * `disabled_reason`; with `failPending`, every pending delivery of it `failed` with the reason. Resolves
   * with whether it disabled the webhook (false when it was disabled or deleted already).
   */
  disableWebhook(claimed: DeliveryRecord, request: DisableRequest): Awaitable<boolean>;
  /**
   * When the earliest pending delivery of a webhook that is not disabled falls due (for one in flight, when
   * its lease ends); null when none is pending. The idle sender sleeps until then.
   */
  nextDueAt(now: Date): Awaitable<Date | null>;
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
