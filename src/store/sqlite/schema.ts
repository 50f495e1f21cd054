/**
 * The SQLite store's schema: one migration per version (`PRAGMA user_version`), applied in one
 * `BEGIN IMMEDIATE` transaction when the database is opened; a newer schema than this code knows is refused.
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { LEASE_INDEX_MIGRATION, OUTBOX_MIGRATION } from './outbox.js';
import { APPLICATION_ID } from './open.js';

type Database = BetterSqlite3.Database;

/** The schema, one migration per version (`PRAGMA user_version`); never edit a released one, add one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE webhooks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    url TEXT,
    enabled_events TEXT,
    include TEXT,
    secret TEXT,
    oidc_auth_method TEXT CHECK (oidc_auth_method IN ('client_secret', 'private_key_jwt')),
    oidc_client_id TEXT,
    oidc_client_secret TEXT,
    oidc_token_endpoint TEXT,
    oidc_resource_uri TEXT,
    oidc_scope TEXT,
    oidc_access_token_ttl_seconds INTEGER,
    disabled_at TEXT,
    disabled_at_ms INTEGER,
    representation TEXT,
    representation_version INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER,
    UNIQUE (account_id, id)
  );
  CREATE INDEX webhooks_live ON webhooks (account_id, seq) WHERE deleted_at IS NULL;
  CREATE INDEX webhooks_deleted ON webhooks (deleted_at) WHERE deleted_at IS NOT NULL;

  CREATE TABLE idempotency_keys (
    account_id TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    location TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, key)
  ) WITHOUT ROWID;
  CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

  CREATE TABLE deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL,
    id TEXT NOT NULL,
    webhook_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_attempt_at INTEGER,
    last_response_status INTEGER CHECK (last_response_status BETWEEN 100 AND 599),
    last_error TEXT,
    next_attempt_at INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (account_id, id),
    UNIQUE (account_id, webhook_id, event_id),
    FOREIGN KEY (account_id, webhook_id) REFERENCES webhooks (account_id, id) ON DELETE CASCADE
  );
  CREATE INDEX deliveries_page ON deliveries (account_id, webhook_id, seq);
  CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';

  CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    alg TEXT NOT NULL,
    public_jwk TEXT NOT NULL,
    private_key TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    activates_at INTEGER NOT NULL,
    retires_at INTEGER
  );

  CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // each account's count of live webhooks, kept in the write that changes it: the per-account limit is
  // checked and taken in the create's own statement (a row another process would have to wait for)
  `
  CREATE TABLE account_usage (
    account_id TEXT PRIMARY KEY,
    webhooks INTEGER NOT NULL DEFAULT 0 CHECK (webhooks >= 0)
  ) WITHOUT ROWID;
  INSERT INTO account_usage (account_id, webhooks) SELECT account_id, count(*) FROM webhooks WHERE deleted_at IS NULL GROUP BY account_id;
  PRAGMA application_id = ${APPLICATION_ID};
  `,
  // 2: why a webhook is disabled; secrets set before the Standard Webhooks key rule (keyed with their UTF-8
  // bytes then, and signed that way too until they change); the fair outbox
  `
  ALTER TABLE webhooks ADD COLUMN disabled_reason TEXT;
  ALTER TABLE webhooks ADD COLUMN legacy_secret_key INTEGER NOT NULL DEFAULT 0;
  UPDATE webhooks SET legacy_secret_key = 1 WHERE secret IS NOT NULL;
  UPDATE webhooks SET disabled_reason = 'disabled through the API' WHERE disabled_at IS NOT NULL;
  ${OUTBOX_MIGRATION}
  `,
  // 3: events published by the platform, remembered by id so that a retried publish fans out once
  `
  CREATE TABLE published_events (
    account_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    deliveries INTEGER NOT NULL CHECK (deliveries >= 0),
    published_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, event_id)
  ) WITHOUT ROWID;
  CREATE INDEX published_events_age ON published_events (published_at);
  `,
  // 4: the claim counts deliveries in flight from the lease index alone
  LEASE_INDEX_MIGRATION,
];

/** Brings the schema of `db` to the latest version, or refuses one newer than this code. */
export function migrate(db: Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new StoreError('unavailable', `has schema version ${version}, newer than this server knows (${MIGRATIONS.length}): upgrade webhooks-contract`);
  }
  if (version === MIGRATIONS.length) return;
  db.transaction(() => {
    for (let next = version; next < MIGRATIONS.length; next++) db.exec(MIGRATIONS[next]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}
