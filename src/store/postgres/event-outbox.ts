/**
 * The platform's transactional outbox on Postgres: the `event_outbox` table (migration 2), the helper a
 * platform's service calls inside its own transaction (`publishEvent(client, accountId, event)`: one row
 * and a NOTIFY, both only at its commit), and the statements with which the server takes the rows
 * (`FOR UPDATE SKIP LOCKED`, so that every process may relay and none takes a row another holds).
 * @module
 */
import type { WebhookEvent } from '../../types.js';
import type { OutboxRow } from '../contract.js';
import type { Row, Transaction } from './runner.js';

/** The table the platform writes its events to. */
export const EVENT_OUTBOX_TABLE = 'event_outbox';
/** The channel a write to the outbox notifies (at its commit), which wakes every server's relay. */
export const EVENTS_CHANNEL = 'webhooks_contract_events';
/** The longest a rejection's reason is kept, in characters. */
const REASON_MAX_CHARS = 1000;

/**
 * Any `pg` client inside the platform's own transaction: a `pg.Client` or a pool's `PoolClient` after
 * `BEGIN` (any object with node-postgres's `query(text, values)` will do).
 */
export interface OutboxClient {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/**
 * Writes an event to the outbox on `client`, in whatever transaction it is in, and never commits: the
 * platform's `COMMIT` makes the event and its own writes visible together (and wakes the servers), a
 * `ROLLBACK` leaves no trace. The server checks the event as `POST /v1/events` does, publishes it once
 * (by its `id`, whatever the number of rows or HTTP publishes of it), and removes the row; a malformed
 * event is never delivered: its row stays, rejected, with the reason. Outside a transaction the
 * statement commits by itself.
 * @example
 * const client = await pool.connect();
 * await client.query('BEGIN');
 * await client.query('INSERT INTO orders (id, total) VALUES ($1, $2)', [order.id, order.total]);
 * await publishEvent(client, 'acme', { object: 'event', id: randomUUID(), type: 'order.created', created_at, data: { object: order } });
 * await client.query('COMMIT');
 * client.release();
 */
export async function publishEvent(client: OutboxClient, accountId: string, event: WebhookEvent): Promise<void> {
  if (typeof accountId !== 'string') throw new TypeError('publishEvent needs the account id as a string');
  if (typeof event !== 'object' || event === null || typeof (event as { id?: unknown }).id !== 'string' || typeof (event as { type?: unknown }).type !== 'string') {
    throw new TypeError('publishEvent needs an event object with a string id and type');
  }
  // one statement: the row, and a notification Postgres holds until the transaction commits
  await client.query(
    `WITH written AS (INSERT INTO ${EVENT_OUTBOX_TABLE} (account_id, event_id, event_type, body) VALUES ($1, $2, $3, $4::jsonb) RETURNING seq)
     SELECT seq, pg_notify('${EVENTS_CHANNEL}', '') FROM written`,
    [accountId, event.id, event.type, JSON.stringify(event)],
  );
}

/** Takes up to `limit` pending rows no other transaction holds, oldest first, locked until this one ends. */
export async function takeOutboxRows(tx: Transaction, limit: number): Promise<OutboxRow[]> {
  const rows = await tx.query(`SELECT seq, account_id, event_id, event_type, body, created_at FROM ${EVENT_OUTBOX_TABLE} WHERE status = 'pending' ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
  return rows.map((row: Row) => ({
    seq: row.seq as number,
    accountId: row.account_id as string,
    eventId: row.event_id as string,
    eventType: row.event_type as string,
    body: row.body,
    createdAt: row.created_at as number,
  }));
}

/** A row delivered: it leaves the table in the fan-out's transaction. */
export async function removeOutboxRow(tx: Transaction, seq: number): Promise<void> {
  await tx.query(`DELETE FROM ${EVENT_OUTBOX_TABLE} WHERE seq = $1`, [seq]);
}

/** A row that is never delivered: it stays, with the reason, and is not taken again. */
export async function rejectOutboxRow(tx: Transaction, seq: number, reason: string, at: number): Promise<string> {
  const kept = reason.slice(0, REASON_MAX_CHARS);
  await tx.query(`UPDATE ${EVENT_OUTBOX_TABLE} SET status = 'rejected', rejected_reason = $1, rejected_at = $2 WHERE seq = $3`, [kept, at, seq]);
  return kept;
}
