/**
 * The SQLite store's prepared statements, made once per connection (better-sqlite3 compiles each once).
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import { CONFIG_COLUMNS, PUBLIC_WEBHOOK_COLUMNS } from '../webhook-columns.js';

/** A prepared statement. */
export type Statement = BetterSqlite3.Statement;

/** The statements, by what they do. */
export type Statements = { [name in keyof typeof SQL]: Statement };

const configAssignments = CONFIG_COLUMNS.map((column) => `${column} = ?`).join(', ');

/** Each statement's SQL, by what it does. */
const SQL = {
  insertWebhook: `INSERT INTO webhooks (account_id, id, ${CONFIG_COLUMNS.join(', ')}, created_at, updated_at) VALUES (?, ?, ${CONFIG_COLUMNS.map(() => '?').join(', ')}, ?, ?)`,
  getWebhook: `SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL`,
  getWebhookWithSecrets: `SELECT ${PUBLIC_WEBHOOK_COLUMNS}, secret, oidc_client_secret FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL`,
  webhookSeq: 'SELECT seq FROM webhooks WHERE account_id = ? AND id = ?',
  getRepresentation: 'SELECT representation, representation_version FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL',
  listWebhooks: 'SELECT id, representation, representation_version FROM webhooks WHERE account_id = ? AND deleted_at IS NULL AND seq < ? ORDER BY seq DESC LIMIT ?',
  // a secret replaced is keyed by the Standard Webhooks rule alone from then on
  updateWebhook: `UPDATE webhooks SET ${configAssignments}, version = version + 1, updated_at = ?, legacy_secret_key = legacy_secret_key * (1 - ?)
     WHERE account_id = ? AND id = ? AND version = ? AND deleted_at IS NULL`,
  // the tombstone keeps only what a cursor needs: the account, the id and the place
  deleteWebhook: `UPDATE webhooks SET deleted_at = ?, version = version + 1, ${CONFIG_COLUMNS.map((column) => `${column} = NULL`).join(', ')} WHERE account_id = ? AND id = ? AND deleted_at IS NULL`,
  findKey: 'SELECT fingerprint, status, body, location, created_at FROM idempotency_keys WHERE account_id = ? AND key = ?',
  deleteKey: 'DELETE FROM idempotency_keys WHERE account_id = ? AND key = ?',
  insertKey: 'INSERT INTO idempotency_keys (account_id, key, fingerprint, status, body, location, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  disableWebhook: `UPDATE webhooks SET disabled_at = ?, disabled_at_ms = ?, disabled_reason = ?, representation = ?, representation_version = ?, version = version + 1, updated_at = ?
     WHERE account_id = ? AND id = ? AND deleted_at IS NULL AND disabled_at IS NULL`,
  webhookState: 'SELECT url, disabled_at FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL',
  webhooksReceiving: `SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks w WHERE account_id = ? AND deleted_at IS NULL
     AND EXISTS (SELECT 1 FROM json_each(w.enabled_events) WHERE value IN (?, '*')) ORDER BY seq`,
  listSigningKeys: 'SELECT kid, alg, public_jwk, private_key, created_at, activates_at, retires_at FROM signing_keys ORDER BY activates_at DESC, created_at DESC, kid',
  retireSigningKeys: 'UPDATE signing_keys SET retires_at = ? WHERE retires_at IS NULL',
  anySigningKey: 'SELECT 1 FROM signing_keys LIMIT 1',
  insertSigningKey: 'INSERT INTO signing_keys (kid, alg, public_jwk, private_key, created_at, activates_at, retires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  getServerSecret: 'SELECT value FROM server_secrets WHERE name = ?',
  insertServerSecret: 'INSERT OR IGNORE INTO server_secrets (name, value) VALUES (?, ?)',
  // an account's count of live webhooks, which the per-account limit bounds: up by one only below the limit
  takeWebhookSlot: 'INSERT INTO account_usage (account_id, webhooks) VALUES (?, 1) ON CONFLICT (account_id) DO UPDATE SET webhooks = webhooks + 1 WHERE webhooks < ?',
  releaseWebhookSlot: 'UPDATE account_usage SET webhooks = webhooks - 1 WHERE account_id = ? AND webhooks > 0',
  forgetDeliveries: 'DELETE FROM deliveries WHERE account_id = ?',
  forgetWebhooks: 'DELETE FROM webhooks WHERE account_id = ?',
  forgetKeys: 'DELETE FROM idempotency_keys WHERE account_id = ?',
  forgetUsage: 'DELETE FROM account_usage WHERE account_id = ?',
  forgetEvents: 'DELETE FROM published_events WHERE account_id = ?',
  publishedEvent: 'SELECT fingerprint, deliveries, published_at FROM published_events WHERE account_id = ? AND event_id = ?',
  insertPublishedEvent: 'INSERT INTO published_events (account_id, event_id, event_type, fingerprint, deliveries, published_at) VALUES (?, ?, ?, ?, ?, ?)',
  purgeEvents: 'DELETE FROM published_events WHERE published_at < ?',
  purgeKeys: 'DELETE FROM idempotency_keys WHERE created_at < ?',
  purgeTombstones: 'DELETE FROM webhooks WHERE deleted_at IS NOT NULL AND deleted_at < ?',
  purgeDeliveries: "DELETE FROM deliveries WHERE status != 'pending' AND created_at < ?",
  purgeSigningKeys: 'DELETE FROM signing_keys WHERE retires_at IS NOT NULL AND retires_at < ?',
};

/** the statements read as arrays of values: a page is read without building an object per column */
const RAW = new Set<string>(['getRepresentation', 'listWebhooks']);

/** Prepares every statement the store runs outside the outbox. */
export function prepareStatements(db: BetterSqlite3.Database): Statements {
  const prepared = Object.entries(SQL).map(([name, sql]) => [name, RAW.has(name) ? db.prepare(sql).raw() : db.prepare(sql)]);
  return Object.fromEntries(prepared) as Statements;
}
