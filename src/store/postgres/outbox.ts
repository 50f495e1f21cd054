/**
 * The Postgres store's outbox: deliveries enqueued (with a NOTIFY that wakes idle senders in every
 * process), claimed fairly across processes, leased, recorded and listed. A claim is one transaction that
 * locks the webhooks it serves (`FOR UPDATE SKIP LOCKED`, the parent row as graphile-worker locks its
 * queue), so that two processes never serve one webhook at once: its limit of deliveries in flight holds
 * exactly, and the other process moves on to the next webhooks in turn order (`claim_turn`, from one
 * sequence shared by every process) instead of waiting.
 * @module
 */
import { LAST_ERROR_MAX_CHARS, type ClaimRequest, type DeliveryRecord, type ListedDelivery, type NewDelivery, type PageRequest, type PageResult } from '../contract.js';
import type { Row, Transaction } from './runner.js';
import { roundRobin } from '../round-robin.js';
import { toListedDelivery } from '../rows.js';

/** The channel a NOTIFY on enqueue goes to; the idle senders LISTEN on it. */
export const DELIVERIES_CHANNEL = 'webhooks_contract_deliveries';

/** The delivery columns a claim and a list read. */
const DELIVERY_COLUMNS = 'd.seq, d.account_id, d.id, d.webhook_id, d.event_id, d.event_type, d.status, d.attempts, d.last_attempt_at, d.last_response_status, d.last_error, d.next_attempt_at, d.created_at';

/** How many webhooks with work a claim looks at, least recently served first (as the SQLite outbox). */
export function candidatesFor(limit: number): number {
  return Math.min(512, Math.max(64, limit * 2));
}

/** The account a delivery belongs to: accounts are kept apart, and ids are unique only within one. */
export function accountOf(delivery: { account_id?: string }): string {
  if (typeof delivery.account_id !== 'string') throw new TypeError('a delivery in the Postgres store needs its account_id');
  return delivery.account_id;
}

/**
 * Schedules deliveries inside `tx`: each only when its webhook is live and the event is not scheduled for it
 * yet; each webhook's queue due at the earliest new one; and a NOTIFY, sent at commit, when any was new.
 */
export async function enqueueIn(tx: Transaction, deliveries: readonly NewDelivery[]): Promise<number> {
  if (deliveries.length === 0) return 0;
  const rows = deliveries.map((d) => ({
    account_id: accountOf(d),
    id: d.id,
    webhook_id: d.webhook_id,
    event_id: d.event_id,
    event_type: d.event_type,
    payload: d.body,
    created_at: d.created_at.getTime(),
    retry_schedule: d.retry_schedule ?? null,
  }));
  const [result] = await tx.query<{ inserted: number }>(
    `WITH new AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS n(account_id text, id text, webhook_id text, event_id text, event_type text, payload text, created_at bigint, retry_schedule jsonb)
     ), inserted AS (
       INSERT INTO deliveries (account_id, id, webhook_id, event_id, event_type, payload, status, next_attempt_at, created_at, retry_schedule)
       SELECT n.account_id, n.id, n.webhook_id, n.event_id, n.event_type, n.payload, 'pending', n.created_at, n.created_at, n.retry_schedule FROM new n
       WHERE EXISTS (SELECT 1 FROM webhooks w WHERE w.account_id = n.account_id AND w.id = n.webhook_id AND w.deleted_at IS NULL)
       ON CONFLICT DO NOTHING
       RETURNING account_id, webhook_id, created_at
     ), queued AS (
       UPDATE webhooks w SET queue_due_at = LEAST(COALESCE(w.queue_due_at, q.at), q.at)
       FROM (SELECT account_id, webhook_id, min(created_at) AS at FROM inserted GROUP BY account_id, webhook_id) q
       WHERE w.account_id = q.account_id AND w.id = q.webhook_id AND w.deleted_at IS NULL AND (w.disabled_at_ms IS NULL OR w.disabled_at_ms > q.at)
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM queued)::int AS queued`,
    [JSON.stringify(rows)],
  );
  const inserted = result?.inserted ?? 0;
  // delivered at commit, to every process listening: an idle sender claims at once instead of at its next poll
  if (inserted > 0) await tx.query(`SELECT pg_notify('${DELIVERIES_CHANNEL}', '')`);
  return inserted;
}

/** Recomputes the queues' next due times of these webhooks (written only where the value changes). */
export async function refreshQueues(tx: Transaction, webhooks: readonly { account_id: string; webhook_id: string }[], now: number): Promise<void> {
  if (webhooks.length === 0) return;
  await tx.query(
    `UPDATE webhooks w SET queue_due_at = v.due FROM (
       SELECT x.seq, CASE WHEN x.deleted_at IS NOT NULL OR x.disabled_at_ms <= $2 THEN NULL ELSE
         (SELECT min(d.next_attempt_at) FROM deliveries d WHERE d.account_id = x.account_id AND d.webhook_id = x.id AND d.status = 'pending') END AS due
       FROM webhooks x JOIN jsonb_to_recordset($1::jsonb) AS p(account_id text, webhook_id text) ON x.account_id = p.account_id AND x.id = p.webhook_id
     ) v WHERE w.seq = v.seq AND w.queue_due_at IS DISTINCT FROM v.due`,
    [JSON.stringify(webhooks.map(({ account_id, webhook_id }) => ({ account_id, webhook_id }))), now],
  );
}

/** A due delivery a claim may take, in its webhook's turn order. */
type Due = {
  seq: number;
  account_id: string;
  webhook_id: string;
};

/**
 * Claims inside `tx` (see `DeliveryOutbox.claim`): the webhooks next in turn with due work and room below
 * their limit, locked (skipping those another process is claiming for), their room counted again now that
 * they are locked, their due deliveries handed out round robin across accounts, then webhooks; leased.
 * Resolves with the leased rows (payloads included), in the order handed out.
 */
export async function claimIn(tx: Transaction, request: ClaimRequest): Promise<Row[]> {
  const now = request.now.getTime();
  const limit = Math.max(0, Math.floor(request.limit));
  if (limit === 0) return [];
  const cap = Math.max(1, Math.floor(request.perWebhookLimit));
  // the webhooks' own rows are the lock: a webhook another claim holds is skipped, never waited for
  const candidates = await tx.query<{ account_id: string; id: string; cap: number }>(
    `SELECT w.account_id, w.id, CASE WHEN w.unresponsive_since IS NULL THEN $2::int ELSE 1 END AS cap FROM webhooks w
     WHERE w.queue_due_at <= $1 AND w.deleted_at IS NULL AND (w.disabled_at_ms IS NULL OR w.disabled_at_ms > $1)
       AND CASE WHEN w.unresponsive_since IS NULL THEN $2::int ELSE 1 END >
         (SELECT count(*) FROM deliveries f WHERE f.account_id = w.account_id AND f.webhook_id = w.id AND f.status = 'pending' AND f.leased_until > $1)
     ORDER BY w.claim_turn, w.queue_due_at, w.seq LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [now, cap, candidatesFor(limit)],
  );
  if (candidates.length === 0) return [];
  // a new statement, a new snapshot: what other claims leased before we held the locks is counted
  const due = await tx.query<Due & { ord: number }>(
    `SELECT d.seq, c.account_id, c.webhook_id, c.ord FROM jsonb_to_recordset($1::jsonb) AS c(account_id text, webhook_id text, cap int, ord int)
     CROSS JOIN LATERAL (SELECT GREATEST(0, c.cap - count(*))::int AS room FROM deliveries f
       WHERE f.account_id = c.account_id AND f.webhook_id = c.webhook_id AND f.status = 'pending' AND f.leased_until > $2) r
     CROSS JOIN LATERAL (SELECT seq, next_attempt_at FROM deliveries d
       WHERE d.account_id = c.account_id AND d.webhook_id = c.webhook_id AND d.status = 'pending' AND d.next_attempt_at <= $2
       ORDER BY d.next_attempt_at, d.seq LIMIT LEAST(r.room, $3)) d
     ORDER BY c.ord, d.next_attempt_at, d.seq`,
    [JSON.stringify(candidates.map((c, ord) => ({ account_id: c.account_id, webhook_id: c.id, cap: c.cap, ord }))), now, limit],
  );
  const picked = pickFairly(due, limit);
  if (picked.length === 0) return [];
  const leaseUntil = request.leaseUntil.getTime();
  const leased = await tx.query(
    `UPDATE deliveries d SET next_attempt_at = $1, leased_until = $1 WHERE d.seq = ANY($2::bigint[])
     RETURNING ${DELIVERY_COLUMNS}, d.payload, d.retry_schedule`,
    [leaseUntil, picked.map((row) => row.seq)],
  );
  // each webhook served goes to the back of the turn order, for every process (one shared sequence)
  const served = [...new Map(picked.map((row) => [`${row.account_id}\u0000${row.webhook_id}`, { account_id: row.account_id, webhook_id: row.webhook_id }])).values()];
  await tx.query(
    `UPDATE webhooks w SET claim_turn = nextval('claim_turns'), queue_due_at =
       (SELECT min(d.next_attempt_at) FROM deliveries d WHERE d.account_id = w.account_id AND d.webhook_id = w.id AND d.status = 'pending')
     FROM jsonb_to_recordset($1::jsonb) AS s(account_id text, webhook_id text) WHERE w.account_id = s.account_id AND w.id = s.webhook_id`,
    [JSON.stringify(served)],
  );
  const order = new Map(picked.map((row, index) => [row.seq, index]));
  return leased.sort((a, b) => order.get(a.seq as number)! - order.get(b.seq as number)!);
}

/** Due deliveries handed out one at a time: round robin across accounts, then across each account's webhooks. */
function pickFairly(due: readonly Due[], limit: number): Due[] {
  const accounts = new Map<string, Map<string, Due[]>>();
  for (const row of due) {
    const webhooks = accounts.get(row.account_id) ?? new Map<string, Due[]>();
    accounts.set(row.account_id, webhooks);
    const rows = webhooks.get(row.webhook_id) ?? [];
    webhooks.set(row.webhook_id, rows);
    rows.push(row);
  }
  return roundRobin([...accounts.values()].map((webhooks) => roundRobin([...webhooks.values()])), limit);
}


/** Moves the leases of deliveries still in flight, and their queues' due times. */
export async function extendLeasesIn(tx: Transaction, claimed: readonly DeliveryRecord[], leaseUntil: Date): Promise<void> {
  if (claimed.length === 0) return;
  const until = leaseUntil.getTime();
  const moved = await tx.query<{ account_id: string; webhook_id: string }>(
    `WITH moved AS (
       UPDATE deliveries d SET next_attempt_at = $1, leased_until = $1 FROM jsonb_to_recordset($2::jsonb) AS c(account_id text, id text, attempts int)
       WHERE d.account_id = c.account_id AND d.id = c.id AND d.status = 'pending' AND d.attempts = c.attempts AND d.leased_until IS NOT NULL
       RETURNING d.account_id, d.webhook_id
     ) SELECT DISTINCT account_id, webhook_id FROM moved`,
    [until, JSON.stringify(claimed.map((d) => ({ account_id: accountOf(d), id: d.id, attempts: d.attempts })))],
  );
  await refreshQueues(tx, moved, until);
}

/** Fails a webhook's pending deliveries with `reason`, and holds its queue (deleted or disabled on 410). */
export async function failPendingIn(tx: Transaction, accountId: string, webhookId: string, reason: string): Promise<void> {
  await tx.query(
    `UPDATE deliveries SET status = 'failed', last_error = $1, next_attempt_at = NULL, leased_until = NULL WHERE account_id = $2 AND webhook_id = $3 AND status = 'pending'`,
    [reason.slice(0, LAST_ERROR_MAX_CHARS), accountId, webhookId],
  );
}

/** When the earliest pending delivery of an enabled webhook is due, leases included. */
export async function nextDueAtIn(tx: Transaction, now: number): Promise<Date | null> {
  const [row] = await tx.query<{ at: number | null }>(
    'SELECT min(queue_due_at) AS at FROM webhooks WHERE queue_due_at IS NOT NULL AND deleted_at IS NULL AND (disabled_at_ms IS NULL OR disabled_at_ms > $1)',
    [now],
  );
  return row?.at === null || row?.at === undefined ? null : new Date(row.at);
}

/** A webhook's deliveries, newest first, one page. */
export async function listDeliveriesIn(tx: Transaction, accountId: string, webhookId: string, page: PageRequest): Promise<PageResult<ListedDelivery>> {
  let before = Number.MAX_SAFE_INTEGER;
  if (page.startingAfter !== undefined) {
    const [cursor] = await tx.query<{ seq: number }>('SELECT seq FROM deliveries WHERE account_id = $1 AND webhook_id = $2 AND id = $3', [accountId, webhookId, page.startingAfter]);
    if (!cursor) return { ok: false, reason: 'unknown-cursor' };
    before = cursor.seq;
  }
  const rows = await tx.query(`SELECT ${DELIVERY_COLUMNS} FROM deliveries d WHERE d.account_id = $1 AND d.webhook_id = $2 AND d.seq < $3 ORDER BY d.seq DESC LIMIT $4`, [
    accountId,
    webhookId,
    before,
    page.limit + 1,
  ]);
  return { ok: true, items: rows.slice(0, page.limit).map(toListedDelivery), hasMore: rows.length > page.limit };
}

