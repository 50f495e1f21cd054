/**
 * The Postgres store's record of what became of a claimed delivery: an attempt (a success in one statement,
 * anything else with the endpoint's state and the webhook's run of failures in one transaction), a delivery
 * given up without an attempt, or one handed back. Each is fenced by the claim's `attempts`.
 * @module
 */
import { LAST_ERROR_MAX_CHARS, type AttemptRecord, type AttemptRecorded, type DeliveryRecord } from '../contract.js';
import { accountOf, refreshQueues } from './outbox.js';
import type { Row, Transaction } from './runner.js';

/**
 * Records a successful attempt (fenced by the claim's `attempts`) in one statement, outside any transaction:
 * the delivery succeeded, and its webhook's record of failures ends and its queue's due time follows, both
 * written only where they change. Most attempts succeed: one round trip instead of a transaction of five.
 */
export async function recordSuccessIn(tx: Transaction, claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded> {
  const at = outcome.attempted_at.getTime();
  const [row] = await tx.query<{ applied: number }>(
    `WITH done AS (
       UPDATE deliveries SET attempts = attempts + 1, last_attempt_at = $1, last_response_status = $2, last_error = NULL, status = 'succeeded', next_attempt_at = NULL, leased_until = NULL
       WHERE account_id = $3 AND id = $4 AND status = 'pending' AND attempts = $5 RETURNING account_id, webhook_id, id
     ), due AS (
       -- one snapshot for the whole statement: the delivery just finished still reads as pending here
       SELECT w.seq, CASE WHEN w.deleted_at IS NOT NULL OR w.disabled_at_ms <= $1 THEN NULL ELSE
         (SELECT min(p.next_attempt_at) FROM deliveries p WHERE p.account_id = done.account_id AND p.webhook_id = done.webhook_id AND p.status = 'pending' AND p.id <> done.id) END AS at
       FROM done JOIN webhooks w ON w.account_id = done.account_id AND w.id = done.webhook_id
     ), webhook AS (
       UPDATE webhooks w SET unresponsive_since = NULL, failing_since = NULL, failing_deliveries = 0, queue_due_at = due.at FROM due
       WHERE w.seq = due.seq AND (w.unresponsive_since IS NOT NULL OR w.failing_since IS NOT NULL OR w.queue_due_at IS DISTINCT FROM due.at) RETURNING 1
     ) SELECT (SELECT count(*) FROM done)::int AS applied`,
    [at, outcome.response_status, accountOf(claimed), claimed.id, claimed.attempts],
  );
  return { applied: row?.applied === 1, failingSince: null, failedDeliveries: 0 };
}

/** Records an attempt (fenced by the claim's `attempts`), the endpoint's state and the webhook's run of failures. */
export async function recordAttemptIn(tx: Transaction, claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded> {
  const accountId = accountOf(claimed);
  const at = outcome.attempted_at.getTime();
  const error = outcome.error === null ? null : outcome.error.slice(0, LAST_ERROR_MAX_CHARS);
  const next = outcome.status === 'pending' ? (outcome.next_attempt_at?.getTime() ?? null) : null;
  const applied =
    (
      await tx.query(
        `UPDATE deliveries SET attempts = attempts + 1, last_attempt_at = $1, last_response_status = $2, last_error = $3, status = $4, next_attempt_at = $5, leased_until = NULL
         WHERE account_id = $6 AND id = $7 AND status = 'pending' AND attempts = $8 RETURNING 1`,
        [at, outcome.response_status, error, outcome.status, next, accountId, claimed.id, claimed.attempts],
      )
    ).length === 1;
  if (!applied) return { applied, failingSince: null, failedDeliveries: 0 };
  const webhook = [accountId, claimed.webhook_id];
  let streak: Row | undefined;
  if (outcome.status === 'succeeded') {
    await tx.query(
      `UPDATE webhooks SET unresponsive_since = NULL, failing_since = NULL, failing_deliveries = 0
       WHERE account_id = $1 AND id = $2 AND (unresponsive_since IS NOT NULL OR failing_since IS NOT NULL)`,
      webhook,
    );
  } else {
    if (outcome.endpoint === 'answered') await tx.query('UPDATE webhooks SET unresponsive_since = NULL WHERE account_id = $1 AND id = $2 AND unresponsive_since IS NOT NULL', webhook);
    else if (outcome.endpoint === 'unresponsive') await tx.query('UPDATE webhooks SET unresponsive_since = COALESCE(unresponsive_since, $3) WHERE account_id = $1 AND id = $2', [...webhook, at]);
    // the SET reads the row as it was: a new run starts at 1; a delivery last attempted before the run began is new to it
    [streak] = await tx.query(
      `UPDATE webhooks SET
         failing_deliveries = CASE WHEN failing_since IS NULL THEN 1 WHEN $4::bigint IS NULL OR $4::bigint < failing_since THEN failing_deliveries + 1 ELSE failing_deliveries END,
         failing_since = COALESCE(failing_since, $3)
       WHERE account_id = $1 AND id = $2 RETURNING failing_since, failing_deliveries`,
      [...webhook, at, claimed.last_attempt_at?.getTime() ?? null],
    );
  }
  await refreshQueues(tx, [{ account_id: accountId, webhook_id: claimed.webhook_id }], at);
  return {
    applied,
    failingSince: streak?.failing_since === undefined || streak.failing_since === null ? null : new Date(streak.failing_since as number),
    failedDeliveries: (streak?.failing_deliveries as number | undefined) ?? 0,
  };
}

/** Gives a claimed delivery up without an attempt, while its claim is current. */
export async function markFailedIn(tx: Transaction, claimed: DeliveryRecord, reason: string, now: number): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE deliveries SET status = 'failed', last_error = $1, next_attempt_at = NULL, leased_until = NULL
     WHERE account_id = $2 AND id = $3 AND status = 'pending' AND attempts = $4 RETURNING 1`,
    [reason.slice(0, LAST_ERROR_MAX_CHARS), accountOf(claimed), claimed.id, claimed.attempts],
  );
  if (rows.length === 1) await refreshQueues(tx, [{ account_id: accountOf(claimed), webhook_id: claimed.webhook_id }], now);
  return rows.length === 1;
}

/** Hands a claimed delivery back, due at `dueAt`, while its claim is current. */
export async function releaseIn(tx: Transaction, claimed: DeliveryRecord, dueAt: Date): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE deliveries SET next_attempt_at = $1, leased_until = NULL
     WHERE account_id = $2 AND id = $3 AND status = 'pending' AND attempts = $4 AND leased_until IS NOT NULL RETURNING 1`,
    [dueAt.getTime(), accountOf(claimed), claimed.id, claimed.attempts],
  );
  if (rows.length === 1) await refreshQueues(tx, [{ account_id: accountOf(claimed), webhook_id: claimed.webhook_id }], dueAt.getTime());
  return rows.length === 1;
}
