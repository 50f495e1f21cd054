/**
 * The SQLite store's prepared statements, made once per connection (better-sqlite3 compiles each once).
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import { CONFIG_COLUMNS, PUBLIC_WEBHOOK_COLUMNS } from '../webhook-columns.js';

/** The statements, by what they do. */
export type Statements = ReturnType<typeof prepareStatements>;

/** Prepares every statement the store runs outside the outbox. */
export function prepareStatements(db: BetterSqlite3.Database) {
  const configAssignments = CONFIG_COLUMNS.map((column) => `${column} = ?`).join(', ');
  return {
    insertWebhook: db.prepare(
      `INSERT INTO webhooks (account_id, id, ${CONFIG_COLUMNS.join(', ')}, created_at, updated_at) VALUES (?, ?, ${CONFIG_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
    ),
    getWebhook: db.prepare(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL`),
    getWebhookWithSecrets: db.prepare(`SELECT ${PUBLIC_WEBHOOK_COLUMNS}, secret, oidc_client_secret FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL`),
    webhookSeq: db.prepare('SELECT seq FROM webhooks WHERE account_id = ? AND id = ?'),
    getRepresentation: db.prepare('SELECT representation, representation_version FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL').raw(),
    listWebhooks: db.prepare('SELECT id, representation, representation_version FROM webhooks WHERE account_id = ? AND deleted_at IS NULL AND seq < ? ORDER BY seq DESC LIMIT ?').raw(),
    // a secret replaced is keyed by the Standard Webhooks rule alone from then on
    updateWebhook: db.prepare(
      `UPDATE webhooks SET ${configAssignments}, version = version + 1, updated_at = ?, legacy_secret_key = legacy_secret_key * (1 - ?)
       WHERE account_id = ? AND id = ? AND version = ? AND deleted_at IS NULL`,
    ),
    // the tombstone keeps only what a cursor needs: the account, the id and the place
    deleteWebhook: db.prepare(
      `UPDATE webhooks SET deleted_at = ?, version = version + 1, ${CONFIG_COLUMNS.map((column) => `${column} = NULL`).join(', ')} WHERE account_id = ? AND id = ? AND deleted_at IS NULL`,
    ),
    findKey: db.prepare('SELECT fingerprint, status, body, location, created_at FROM idempotency_keys WHERE account_id = ? AND key = ?'),
    deleteKey: db.prepare('DELETE FROM idempotency_keys WHERE account_id = ? AND key = ?'),
    insertKey: db.prepare('INSERT INTO idempotency_keys (account_id, key, fingerprint, status, body, location, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    disableWebhook: db.prepare(
      `UPDATE webhooks SET disabled_at = ?, disabled_at_ms = ?, disabled_reason = ?, representation = ?, representation_version = ?, version = version + 1, updated_at = ?
       WHERE account_id = ? AND id = ? AND deleted_at IS NULL AND disabled_at IS NULL`,
    ),
    webhookState: db.prepare('SELECT url, disabled_at FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL'),
    webhooksReceiving: db.prepare(
      `SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks w WHERE account_id = ? AND deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM json_each(w.enabled_events) WHERE value IN (?, '*')) ORDER BY seq`,
    ),
    listSigningKeys: db.prepare('SELECT kid, alg, public_jwk, private_key, created_at, activates_at, retires_at FROM signing_keys ORDER BY activates_at DESC, created_at DESC, kid'),
    retireSigningKeys: db.prepare('UPDATE signing_keys SET retires_at = ? WHERE retires_at IS NULL'),
    anySigningKey: db.prepare('SELECT 1 FROM signing_keys LIMIT 1'),
    insertSigningKey: db.prepare('INSERT INTO signing_keys (kid, alg, public_jwk, private_key, created_at, activates_at, retires_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    getServerSecret: db.prepare('SELECT value FROM server_secrets WHERE name = ?'),
    insertServerSecret: db.prepare('INSERT OR IGNORE INTO server_secrets (name, value) VALUES (?, ?)'),
    // an account's count of live webhooks, which the per-account limit bounds: up by one only below the limit
    takeWebhookSlot: db.prepare(
      'INSERT INTO account_usage (account_id, webhooks) VALUES (?, 1) ON CONFLICT (account_id) DO UPDATE SET webhooks = webhooks + 1 WHERE webhooks < ?',
    ),
    releaseWebhookSlot: db.prepare('UPDATE account_usage SET webhooks = webhooks - 1 WHERE account_id = ? AND webhooks > 0'),
    forgetDeliveries: db.prepare('DELETE FROM deliveries WHERE account_id = ?'),
    forgetWebhooks: db.prepare('DELETE FROM webhooks WHERE account_id = ?'),
    forgetKeys: db.prepare('DELETE FROM idempotency_keys WHERE account_id = ?'),
    forgetUsage: db.prepare('DELETE FROM account_usage WHERE account_id = ?'),
    forgetEvents: db.prepare('DELETE FROM published_events WHERE account_id = ?'),
    publishedEvent: db.prepare('SELECT fingerprint, deliveries, published_at FROM published_events WHERE account_id = ? AND event_id = ?'),
    insertPublishedEvent: db.prepare('INSERT INTO published_events (account_id, event_id, event_type, fingerprint, deliveries, published_at) VALUES (?, ?, ?, ?, ?, ?)'),
    purgeEvents: db.prepare('DELETE FROM published_events WHERE published_at < ?'),
    purgeKeys: db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?'),
    purgeTombstones: db.prepare('DELETE FROM webhooks WHERE deleted_at IS NOT NULL AND deleted_at < ?'),
    purgeDeliveries: db.prepare("DELETE FROM deliveries WHERE status != 'pending' AND created_at < ?"),
    purgeSigningKeys: db.prepare('DELETE FROM signing_keys WHERE retires_at IS NOT NULL AND retires_at < ?'),
  };
}
