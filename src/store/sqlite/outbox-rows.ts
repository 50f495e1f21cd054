/**
 * The SQLite outbox's rows as the sender and the API see them: a listed delivery, a claimed one (its body
 * and retry schedule too), and the account a delivery belongs to.
 * @module
 */
import type { DeliveryRecord } from '../contract.js';
import { toListedDelivery } from '../rows.js';

/** A row as better-sqlite3 answers it. */
export type Row = Record<string, unknown>;

/** The account a delivery belongs to: this store keeps accounts apart, and ids are unique only within one. */
export function accountOf(delivery: { account_id?: string }): string {
  if (typeof delivery.account_id !== 'string') throw new TypeError('a delivery in the SQLite store needs its account_id');
  return delivery.account_id;
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
