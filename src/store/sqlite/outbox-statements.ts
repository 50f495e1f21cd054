/**
 * The SQLite outbox's schema changes and its prepared statements, in one place: what each statement reads
 * and writes, and why it is shaped so (the indexes they rely on are created here too).
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;

/** The schema changes of the fair outbox (migration 2 of the store). */
export const OUTBOX_MIGRATION = `
  ALTER TABLE webhooks ADD COLUMN queue_due_at INTEGER;
  ALTER TABLE webhooks ADD COLUMN claim_turn INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE webhooks ADD COLUMN unresponsive_since INTEGER;
  ALTER TABLE webhooks ADD COLUMN failing_since INTEGER;
  ALTER TABLE webhooks ADD COLUMN failing_deliveries INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE deliveries ADD COLUMN leased_until INTEGER;
  ALTER TABLE deliveries ADD COLUMN retry_schedule TEXT;
  DROP INDEX deliveries_due;
  CREATE INDEX deliveries_queue ON deliveries (account_id, webhook_id, next_attempt_at) WHERE status = 'pending';
  CREATE INDEX deliveries_leased ON deliveries (account_id, webhook_id, leased_until) WHERE leased_until IS NOT NULL;
  CREATE INDEX webhooks_queue ON webhooks (queue_due_at) WHERE queue_due_at IS NOT NULL;
  UPDATE webhooks SET queue_due_at = (
    SELECT MIN(d.next_attempt_at) FROM deliveries d WHERE d.account_id = webhooks.account_id AND d.webhook_id = webhooks.id AND d.status = 'pending'
  ) WHERE deleted_at IS NULL AND disabled_at IS NULL;
`;

/**
 * The lease index covers the status too (migration 4 of the store): a claim counts each candidate's
 * deliveries in flight from the index alone, where reading every leased row (payload and all) cost a
 * claim about 200 µs with 32 in flight.
 */
export const LEASE_INDEX_MIGRATION = `
  DROP INDEX deliveries_leased;
  CREATE INDEX deliveries_leased ON deliveries (account_id, webhook_id, leased_until, status) WHERE leased_until IS NOT NULL;
`;

/** The columns of a delivery as the API lists it. */
export const DELIVERY_COLUMNS =
  'account_id, id, webhook_id, event_id, event_type, status, attempts, last_attempt_at, last_response_status, last_error, next_attempt_at, created_at';

/** The names of the outbox's statements. */
type OutboxStatementName =
  | 'lastTurn'
  | 'insertDelivery'
  | 'queueAt'
  | 'refreshQueue'
  | 'tookTurn'
  | 'holdQueue'
  | 'readyWebhooks'
  | 'dueOf'
  | 'lease'
  | 'webhookWithSecrets'
  | 'extendLease'
  | 'recordAttempt'
  | 'webhookVersion'
  | 'succeeded'
  | 'endpointAnswered'
  | 'endpointUnresponsive'
  | 'failed'
  | 'freshRecord'
  | 'markFailed'
  | 'release'
  | 'failPending'
  | 'nextDue'
  | 'deliverySeq'
  | 'listDeliveries';

/** The outbox's statements, prepared once (named in full: the declarations shipped cannot name better-sqlite3's inner types). */
export type OutboxStatements = { [name in OutboxStatementName]: BetterSqlite3.Statement };

/** Prepares the outbox's statements over `db`; `webhookColumns` are those the sender's view of a webhook reads. */
export function prepareOutbox(db: Database, webhookColumns: string): OutboxStatements {
  const enabledAt = '(disabled_at_ms IS NULL OR disabled_at_ms > ?)';
  return {
    lastTurn: db.prepare('SELECT COALESCE(MAX(claim_turn), 0) AS turn FROM webhooks'),
    insertDelivery: db.prepare(
      `INSERT OR IGNORE INTO deliveries (account_id, id, webhook_id, event_id, event_type, payload, status, next_attempt_at, created_at, retry_schedule)
       SELECT ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ? WHERE EXISTS (SELECT 1 FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL)`,
    ),
    // min() of two values: the queue is due at the earlier of what it had and the new delivery
    queueAt: db.prepare(`UPDATE webhooks SET queue_due_at = min(COALESCE(queue_due_at, ?), ?) WHERE account_id = ? AND id = ? AND deleted_at IS NULL AND ${enabledAt}`),
    // written only when the value changes: a row rewritten with what it holds still costs a page in the WAL
    refreshQueue: db.prepare(
      `UPDATE webhooks SET queue_due_at = v.due FROM (SELECT CASE WHEN w.deleted_at IS NOT NULL OR w.disabled_at_ms <= :now THEN NULL ELSE
         (SELECT next_attempt_at FROM deliveries WHERE account_id = :account AND webhook_id = :webhook AND status = 'pending' ORDER BY next_attempt_at LIMIT 1) END AS due
         FROM webhooks w WHERE w.account_id = :account AND w.id = :webhook) AS v
       WHERE account_id = :account AND id = :webhook AND queue_due_at IS NOT v.due`,
    ),
    // a claim: the webhook's turn moves to the back, and its queue's next due time to what is left
    tookTurn: db.prepare(
      `UPDATE webhooks SET claim_turn = :turn, queue_due_at =
         (SELECT next_attempt_at FROM deliveries WHERE account_id = :account AND webhook_id = :webhook AND status = 'pending' ORDER BY next_attempt_at LIMIT 1)
       WHERE account_id = :account AND id = :webhook`,
    ),
    holdQueue: db.prepare('UPDATE webhooks SET queue_due_at = NULL WHERE account_id = ? AND id = ?'),
    // room: the webhook's limit (one while its endpoint does not answer) less its deliveries in flight
    readyWebhooks: db.prepare(
      `SELECT account_id, id, room FROM (
         SELECT w.account_id, w.id, w.claim_turn, w.queue_due_at, w.seq,
           CASE WHEN w.unresponsive_since IS NULL THEN :cap ELSE 1 END - (
             SELECT count(*) FROM deliveries d WHERE d.account_id = w.account_id AND d.webhook_id = w.id
               AND d.leased_until IS NOT NULL AND d.leased_until > :now AND d.status = 'pending') AS room
         FROM webhooks w WHERE w.queue_due_at <= :now AND w.deleted_at IS NULL AND (w.disabled_at_ms IS NULL OR w.disabled_at_ms > :now))
       WHERE room > 0 ORDER BY claim_turn, queue_due_at, seq LIMIT :candidates`,
    ),
    dueOf: db.prepare(
      `SELECT seq, ${DELIVERY_COLUMNS}, payload, retry_schedule FROM deliveries
       WHERE account_id = ? AND webhook_id = ? AND status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, seq LIMIT ? OFFSET ?`,
    ),
    lease: db.prepare('UPDATE deliveries SET next_attempt_at = ?, leased_until = ? WHERE seq IN (SELECT value FROM json_each(?))'),
    webhookWithSecrets: db.prepare(`SELECT ${webhookColumns} FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL`),
    extendLease: db.prepare(
      `UPDATE deliveries SET next_attempt_at = ?, leased_until = ? WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ? AND leased_until IS NOT NULL`,
    ),
    recordAttempt: db.prepare(
      `UPDATE deliveries SET attempts = attempts + 1, last_attempt_at = ?, last_response_status = ?, last_error = ?, status = ?, next_attempt_at = ?, leased_until = NULL
       WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ?`,
    ),
    webhookVersion: db.prepare('SELECT version FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL'),
    // a success: the endpoint answers, and the run of failures ends (the row is written only when either was set)
    succeeded: db.prepare(
      `UPDATE webhooks SET unresponsive_since = NULL, failing_since = NULL, failing_deliveries = 0
       WHERE account_id = ? AND id = ? AND (unresponsive_since IS NOT NULL OR failing_since IS NOT NULL)`,
    ),
    endpointAnswered: db.prepare('UPDATE webhooks SET unresponsive_since = NULL WHERE account_id = ? AND id = ? AND unresponsive_since IS NOT NULL'),
    endpointUnresponsive: db.prepare('UPDATE webhooks SET unresponsive_since = COALESCE(unresponsive_since, ?) WHERE account_id = ? AND id = ?'),
    // the CASE reads the row as it was: a new run starts at 1; a delivery last attempted before the run began is new to it
    failed: db.prepare(
      `UPDATE webhooks SET
         failing_deliveries = CASE WHEN failing_since IS NULL THEN 1 WHEN :previous IS NULL OR :previous < failing_since THEN failing_deliveries + 1 ELSE failing_deliveries END,
         failing_since = COALESCE(failing_since, :at)
       WHERE account_id = :account AND id = :webhook RETURNING failing_since, failing_deliveries`,
    ),
    freshRecord: db.prepare('UPDATE webhooks SET unresponsive_since = NULL, failing_since = NULL, failing_deliveries = 0 WHERE account_id = ? AND id = ?'),
    markFailed: db.prepare(
      `UPDATE deliveries SET status = 'failed', last_error = ?, next_attempt_at = NULL, leased_until = NULL WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ?`,
    ),
    release: db.prepare(
      `UPDATE deliveries SET next_attempt_at = ?, leased_until = NULL WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ? AND leased_until IS NOT NULL`,
    ),
    failPending: db.prepare(
      `UPDATE deliveries SET status = 'failed', last_error = ?, next_attempt_at = NULL, leased_until = NULL WHERE account_id = ? AND webhook_id = ? AND status = 'pending'`,
    ),
    nextDue: db.prepare(`SELECT MIN(queue_due_at) AS at FROM webhooks WHERE queue_due_at IS NOT NULL AND deleted_at IS NULL AND ${enabledAt}`),
    deliverySeq: db.prepare('SELECT seq FROM deliveries WHERE account_id = ? AND webhook_id = ? AND id = ?'),
    listDeliveries: db.prepare(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE account_id = ? AND webhook_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?`),
  };
}
