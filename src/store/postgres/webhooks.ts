/**
 * The Postgres store's webhooks: a create with its Idempotency-Key (serialised by a transaction advisory
 * lock) and the per-account limit (the `account_usage` row, raised only below the limit in the create's
 * transaction), reads, pages, an update at the version read, a delete that leaves a tombstone, the
 * representations rendered again, and the sender's disabling. Secrets arrive sealed and are kept as they are.
 * @module
 */
import type {
  CreateLimits,
  CreateWebhookOutcome,
  StoreDisableRequest,
  DeliveryRecord,
  IdempotencyClaim,
  ListedWebhook,
  NewWebhook,
  PageRequest,
  PageResult,
  Representation,
  SenderWebhook,
  StoredWebhook,
  UpdateWebhookOutcome,
  WebhookChange,
  WebhookConfig,
} from '../contract.js';
import { dateTime } from '../instant.js';
import { accountOf, failPendingIn, refreshQueues } from './outbox.js';
import type { PostgresRunner, Row, Transaction } from './runner.js';
import { CONFIG_COLUMNS, PUBLIC_WEBHOOK_COLUMNS, configColumns, webhookFromRow, withoutSecrets } from '../webhook-columns.js';

/** A webhook row as the contract returns it (`enabled_events` is jsonb, parsed by the driver). */
export function postgresWebhook(row: Row, includeSecrets: boolean): StoredWebhook {
  return webhookFromRow(row, row.enabled_events, includeSecrets);
}

/** A webhook row read without secrets, as the fan-out sees it. */
export function senderView(row: Row): SenderWebhook {
  return { ...postgresWebhook(row, false).config, id: row.id as string, account_id: row.account_id as string };
}

/** A webhook row read with its (sealed) secrets, as the sender signs with it. */
export function senderWebhook(row: Row): SenderWebhook {
  return { ...postgresWebhook(row, true).config, id: row.id as string, account_id: row.account_id as string, legacy_secret_key: row.legacy_secret_key === true };
}

/** An account's live webhooks that receive `eventType` (or `*`), oldest first, without secrets. */
export function receivingIn(tx: Transaction, accountId: string, eventType: string): Promise<Row[]> {
  return tx.query(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE account_id = $1 AND deleted_at IS NULL AND enabled_events ?| ARRAY[$2, '*'] ORDER BY seq`, [accountId, eventType]);
}

/** The create without an Idempotency-Key, as one statement: the account's usage row is locked only while it runs, never across a round trip. */
const CREATE_IN_ONE = `WITH slot AS (
    INSERT INTO account_usage (account_id, webhooks) VALUES ($1, 1)
    ON CONFLICT (account_id) DO UPDATE SET webhooks = account_usage.webhooks + 1 WHERE account_usage.webhooks < $2 RETURNING 1
  ), created AS (
    INSERT INTO webhooks (account_id, id, ${CONFIG_COLUMNS.join(', ')}, created_at, updated_at)
    SELECT $1, $3, ${CONFIG_COLUMNS.map((_, index) => `$${index + 4}`).join(', ')}, $${CONFIG_COLUMNS.length + 4}, $${CONFIG_COLUMNS.length + 4} WHERE EXISTS (SELECT 1 FROM slot) RETURNING 1
  ) SELECT (SELECT count(*) FROM created)::int AS created`;

/** `Store.createWebhook`. */
export async function createWebhookIn(run: PostgresRunner, webhook: NewWebhook, claim?: IdempotencyClaim, limits?: CreateLimits): Promise<CreateWebhookOutcome> {
  const columns = configColumns(webhook.config, webhook.representation);
  const maxWebhooks = limits?.maxWebhooksPerAccount ?? 2_147_483_647;
  const { accountId, id, createdAt, representation } = webhook;
  const created = (): CreateWebhookOutcome => ({ kind: 'created', webhook: { accountId, id, version: 1, config: withoutSecrets(webhook.config), createdAt, updatedAt: createdAt, representation } });
  if (claim === undefined) {
    const [row] = await run.query<{ created: number }>(CREATE_IN_ONE, [accountId, maxWebhooks, id, ...columns, createdAt]);
    return row?.created === 1 ? created() : { kind: 'limit-reached', limit: maxWebhooks };
  }
  return run.transaction(async (tx) => {
    // one key at a time: a second create with it (another process) waits here, then replays
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`idempotency/${accountId}/${claim.key}`]);
    const [used] = await tx.query('SELECT fingerprint, status, body, location, created_at FROM idempotency_keys WHERE account_id = $1 AND key = $2', [accountId, claim.key]);
    if (used && (used.created_at as number) >= claim.notBefore) {
      if (used.fingerprint !== claim.fingerprint) return { kind: 'key-reused' };
      return { kind: 'replayed', response: { status: used.status as number, body: used.body as string, location: used.location as string } };
    }
    if (used) await tx.query('DELETE FROM idempotency_keys WHERE account_id = $1 AND key = $2', [accountId, claim.key]);
    // the account's count goes up only while under the limit: its row is the lock every process takes
    const slot = await tx.query(
      `INSERT INTO account_usage (account_id, webhooks) VALUES ($1, 1)
       ON CONFLICT (account_id) DO UPDATE SET webhooks = account_usage.webhooks + 1 WHERE account_usage.webhooks < $2 RETURNING webhooks`,
      [webhook.accountId, maxWebhooks],
    );
    if (slot.length === 0) return { kind: 'limit-reached', limit: maxWebhooks };
    const placeholders = CONFIG_COLUMNS.map((_, index) => `$${index + 3}`).join(', ');
    await tx.query(
      `INSERT INTO webhooks (account_id, id, ${CONFIG_COLUMNS.join(', ')}, created_at, updated_at) VALUES ($1, $2, ${placeholders}, $${CONFIG_COLUMNS.length + 3}, $${CONFIG_COLUMNS.length + 3})`,
      [webhook.accountId, webhook.id, ...columns, webhook.createdAt],
    );
    const { response } = claim;
    await tx.query('INSERT INTO idempotency_keys (account_id, key, fingerprint, status, body, location, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      accountId,
      claim.key,
      claim.fingerprint,
      response.status,
      response.body,
      response.location,
      createdAt,
    ]);
    return created();
  });
}

/** `Store.getWebhook`. */
export async function getWebhookIn(tx: Transaction, accountId: string, id: string, includeSecrets: boolean): Promise<StoredWebhook | undefined> {
  const columns = includeSecrets ? `${PUBLIC_WEBHOOK_COLUMNS}, secret, oidc_client_secret` : PUBLIC_WEBHOOK_COLUMNS;
  const [row] = await tx.query(`SELECT ${columns} FROM webhooks WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL`, [accountId, id]);
  return row && postgresWebhook(row, includeSecrets);
}

/** `Store.getWebhookRepresentation`. */
export async function representationIn(tx: Transaction, accountId: string, id: string): Promise<Representation | undefined> {
  const [row] = await tx.query('SELECT representation, representation_version FROM webhooks WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL', [accountId, id]);
  return row && { json: row.representation as string, version: row.representation_version as number };
}

/** `Store.listWebhooks`. */
export async function webhookPageIn(tx: Transaction, accountId: string, page: PageRequest): Promise<PageResult<ListedWebhook>> {
  let before = Number.MAX_SAFE_INTEGER;
  if (page.startingAfter !== undefined) {
    // deleted webhooks keep their place (a tombstone), so a cursor outlives the webhook it names
    const [cursor] = await tx.query('SELECT seq FROM webhooks WHERE account_id = $1 AND id = $2', [accountId, page.startingAfter]);
    if (!cursor) return { ok: false, reason: 'unknown-cursor' };
    before = cursor.seq as number;
  }
  const rows = await tx.query('SELECT id, representation, representation_version FROM webhooks WHERE account_id = $1 AND deleted_at IS NULL AND seq < $2 ORDER BY seq DESC LIMIT $3', [accountId, before, page.limit + 1]);
  const items = rows.slice(0, page.limit).map((row) => ({ id: row.id as string, representation: { json: row.representation as string, version: row.representation_version as number } }));
  return { ok: true, items, hasMore: rows.length > page.limit };
}

/** `Store.updateWebhook`. */
export function updateWebhookIn(run: PostgresRunner, accountId: string, id: string, expectedVersion: number, change: WebhookChange): Promise<UpdateWebhookOutcome> {
  const columns = configColumns(change.config, change.representation);
  return run.transaction(async (tx) => {
    const [before] = await tx.query('SELECT url, disabled_at FROM webhooks WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE', [accountId, id]);
    if (!before) return { kind: 'not-found' };
    const n = CONFIG_COLUMNS.length;
    const assignments = CONFIG_COLUMNS.map((column, index) => `${column} = $${index + 1}`).join(', ');
    // a secret replaced is keyed by the Standard Webhooks rule alone from then on
    const [after] = await tx.query(
      `UPDATE webhooks SET ${assignments}, version = version + 1, updated_at = $${n + 1}, legacy_secret_key = legacy_secret_key AND NOT $${n + 2}::boolean
       WHERE account_id = $${n + 3} AND id = $${n + 4} AND version = $${n + 5} AND deleted_at IS NULL RETURNING ${PUBLIC_WEBHOOK_COLUMNS}`,
      [...columns, change.updatedAt, change.secretReplaced === true, accountId, id, expectedVersion],
    );
    if (!after) return { kind: 'conflict' };
    // an endpoint at a new URL, or enabled again, starts with a clean record; the queue follows the state
    if (after.url !== before.url || (before.disabled_at !== null && after.disabled_at === null)) {
      await tx.query('UPDATE webhooks SET unresponsive_since = NULL, failing_since = NULL, failing_deliveries = 0 WHERE account_id = $1 AND id = $2', [accountId, id]);
    }
    await refreshQueues(tx, [{ account_id: accountId, webhook_id: id }], change.updatedAt);
    return { kind: 'updated', webhook: postgresWebhook(after, false) };
  });
}

/** `Store.refreshRepresentations`. */
export function refreshRepresentationsIn(run: PostgresRunner, version: number, render: (webhook: StoredWebhook) => Representation): Promise<number> {
  return run.transaction(async (tx) => {
    const stale = await tx.query(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE deleted_at IS NULL AND representation_version IS DISTINCT FROM $1 FOR UPDATE`, [version]);
    for (const row of stale) {
      const representation = render(postgresWebhook(row, false));
      await tx.query('UPDATE webhooks SET representation = $1, representation_version = $2 WHERE account_id = $3 AND id = $4', [representation.json, representation.version, row.account_id, row.id]);
    }
    return stale.length;
  });
}

/** `Store.deleteWebhook`. */
export function deleteWebhookIn(run: PostgresRunner, accountId: string, id: string, deletedAt: number): Promise<boolean> {
  return run.transaction(async (tx) => {
    // the tombstone keeps only what a cursor needs: the account, the id and the place
    const deleted = await tx.query(
      `UPDATE webhooks SET deleted_at = $1, version = version + 1, queue_due_at = NULL, ${CONFIG_COLUMNS.map((column) => `${column} = NULL`).join(', ')}
       WHERE account_id = $2 AND id = $3 AND deleted_at IS NULL RETURNING 1`,
      [deletedAt, accountId, id],
    );
    if (deleted.length === 0) return false;
    await tx.query('UPDATE account_usage SET webhooks = webhooks - 1 WHERE account_id = $1 AND webhooks > 0', [accountId]);
    await failPendingIn(tx, accountId, id, 'the webhook was deleted');
    return true;
  });
}

/** `Store.disableWebhook`. */
export function disableWebhookIn(run: PostgresRunner, claimed: DeliveryRecord, request: StoreDisableRequest): Promise<boolean> {
  const accountId = accountOf(claimed);
  const reason = request.reason.slice(0, 1000);
  const at = request.at.getTime();
  return run.transaction(async (tx) => {
    const [row] = await tx.query(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`, [accountId, claimed.webhook_id]);
    let disabled = false;
    if (row && row.disabled_at === null) {
      const current = postgresWebhook(row, false);
      const disabledAt = dateTime(at);
      const config = { ...current.config, disabled_at: disabledAt, disabled_reason: reason } as WebhookConfig;
      const representation = request.render({ ...current, version: current.version + 1, config, updatedAt: at });
      await tx.query(
        `UPDATE webhooks SET disabled_at = $1, disabled_at_ms = $2, disabled_reason = $3, representation = $4, representation_version = $5, version = version + 1, updated_at = $2
         WHERE account_id = $6 AND id = $7`,
        [disabledAt, at, reason, representation.json, representation.version, accountId, claimed.webhook_id],
      );
      disabled = true;
    }
    if (request.failPending) await failPendingIn(tx, accountId, claimed.webhook_id, reason);
    // held while disabled: the queue leaves the claims until the webhook is enabled again
    await tx.query('UPDATE webhooks SET queue_due_at = NULL WHERE account_id = $1 AND id = $2', [accountId, claimed.webhook_id]);
    return disabled;
  });
}
