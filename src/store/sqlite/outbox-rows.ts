/**
 * The SQLite outbox's rows as the sender and the API see them: a listed delivery, a claimed one (its body
 * and retry schedule too), and the account a delivery belongs to.
 * @module
 */
import type { DeliveryRecord, ListedDelivery } from '../contract.js';
import type { EventType } from '../../types.js';

/** A row as better-sqlite3 answers it. */
export type Row = Record<string, unknown>;

/** The account a delivery belongs to: this store keeps accounts apart, and ids are unique only within one. */
export function accountOf(delivery: { account_id?: string }): string {
  if (typeof delivery.account_id !== 'string') throw new TypeError('a delivery in the SQLite store needs its account_id');
  return delivery.account_id;
}

const dateOrNull = (ms: unknown): Date | null => (ms === null || ms === undefined ? null : new Date(ms as number));

/** A delivery row (the columns of `DELIVERY_COLUMNS`) as the API lists it. */
export function toListedDelivery(row: Row): ListedDelivery {
  return {
    account_id: row.account_id as string,
    id: row.id as string,
    webhook_id: row.webhook_id as string,
    event_id: row.event_id as string,
    event_type: row.event_type as EventType,
    status: row.status as ListedDelivery['status'],
    attempts: row.attempts as number,
    last_attempt_at: dateOrNull(row.last_attempt_at),
    last_response_status: row.last_response_status as number | null,
    last_error: row.last_error as string | null,
    next_attempt_at: dateOrNull(row.next_attempt_at),
    created_at: new Date(row.created_at as number),
  };
}

/** A delivery row just claimed (its payload and retry schedule read too), leased until `leaseUntil`. */
export function claimedDelivery(row: Row, leaseUntil: Date): DeliveryRecord {
  return {
    ...toListedDelivery(row),
    next_attempt_at: leaseUntil,
    body: row.payload as string,
    retry_schedule: typeof row.retry_schedule === 'string' ? (JSON.parse(row.retry_schedule) as number[]) : null,
  };
}
