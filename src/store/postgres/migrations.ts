/**
 * The Postgres store's schema, one migration per version, applied once: in one transaction that first
 * takes a transaction-level advisory lock, so that processes starting together wait for the first one's
 * migration instead of racing it, and then reads the version. A database of a newer version than this
 * code knows is refused. Never edit a released migration; add one.
 * @module
 */
import { StoreError } from '../errors.js';
import type { PostgresRunner } from './runner.js';

/** The advisory lock's key: any constant of our own ("webhooks" in ASCII). */
const MIGRATION_LOCK = 0x776562686f6f6b73n;

/** How long a migration (or the wait for another process's) may take (ms). */
const MIGRATION_TIMEOUT_MS = 10 * 60 * 1000;

/** Times are milliseconds since the Unix epoch (bigint), as everywhere in the store contract. */
export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE webhooks (
    seq bigserial PRIMARY KEY,
    account_id text NOT NULL,
    id text NOT NULL,
    version integer NOT NULL DEFAULT 1,
    url text,
    enabled_events jsonb,
    include text,
    secret text,
    oidc_auth_method text CHECK (oidc_auth_method IN ('client_secret', 'private_key_jwt')),
    oidc_client_id text,
    oidc_client_secret text,
    oidc_token_endpoint text,
    oidc_resource_uri text,
    oidc_scope text,
    oidc_access_token_ttl_seconds integer,
    disabled_at text,
    disabled_at_ms bigint,
    disabled_reason text,
    legacy_secret_key boolean NOT NULL DEFAULT false,
    representation text,
    representation_version integer,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    deleted_at bigint,
    -- the fair outbox: the queue's next due time, the turn it was last served in, the endpoint's record
    queue_due_at bigint,
    claim_turn bigint NOT NULL DEFAULT 0,
    unresponsive_since bigint,
    failing_since bigint,
    failing_deliveries integer NOT NULL DEFAULT 0,
    UNIQUE (account_id, id)
  );
  CREATE INDEX webhooks_live ON webhooks (account_id, seq) WHERE deleted_at IS NULL;
  CREATE INDEX webhooks_deleted ON webhooks (deleted_at) WHERE deleted_at IS NOT NULL;
  CREATE INDEX webhooks_queue ON webhooks (claim_turn, queue_due_at) WHERE queue_due_at IS NOT NULL;
  CREATE SEQUENCE claim_turns;

  CREATE TABLE account_usage (
    account_id text PRIMARY KEY,
    webhooks integer NOT NULL DEFAULT 0 CHECK (webhooks >= 0)
  );

  CREATE TABLE idempotency_keys (
    account_id text NOT NULL,
    key text NOT NULL,
    fingerprint text NOT NULL,
    status integer NOT NULL,
    body text NOT NULL,
    location text NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (account_id, key)
  );
  CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

  CREATE TABLE deliveries (
    seq bigserial PRIMARY KEY,
    account_id text NOT NULL,
    id text NOT NULL,
    webhook_id text NOT NULL,
    event_id text NOT NULL,
    event_type text NOT NULL,
    payload text NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_attempt_at bigint,
    last_response_status integer CHECK (last_response_status BETWEEN 100 AND 599),
    last_error text,
    next_attempt_at bigint,
    leased_until bigint,
    retry_schedule jsonb,
    created_at bigint NOT NULL,
    UNIQUE (account_id, id),
    UNIQUE (account_id, webhook_id, event_id),
    FOREIGN KEY (account_id, webhook_id) REFERENCES webhooks (account_id, id) ON DELETE CASCADE
  );
  CREATE INDEX deliveries_page ON deliveries (account_id, webhook_id, seq);
  CREATE INDEX deliveries_queue ON deliveries (account_id, webhook_id, next_attempt_at) WHERE status = 'pending';
  CREATE INDEX deliveries_leased ON deliveries (account_id, webhook_id, leased_until) WHERE leased_until IS NOT NULL;
  CREATE INDEX deliveries_finished ON deliveries (created_at) WHERE status <> 'pending';

  CREATE TABLE published_events (
    account_id text NOT NULL,
    event_id text NOT NULL,
    event_type text NOT NULL,
    fingerprint text NOT NULL,
    deliveries integer NOT NULL CHECK (deliveries >= 0),
    published_at bigint NOT NULL,
    PRIMARY KEY (account_id, event_id)
  );
  CREATE INDEX published_events_age ON published_events (published_at);

  CREATE TABLE signing_keys (
    kid text PRIMARY KEY,
    alg text NOT NULL,
    public_jwk text NOT NULL,
    private_key text NOT NULL,
    created_at bigint NOT NULL,
    activates_at bigint NOT NULL,
    retires_at bigint
  );

  CREATE TABLE server_secrets (
    name text PRIMARY KEY,
    value text NOT NULL
  );
  `,
  // 2: the transactional outbox the platform writes in its own transaction (event-outbox.ts)
  `
  CREATE TABLE event_outbox (
    seq bigserial PRIMARY KEY,
    account_id text NOT NULL,
    event_id text NOT NULL,
    event_type text NOT NULL,
    body jsonb NOT NULL,
    created_at bigint NOT NULL DEFAULT (extract(epoch FROM clock_timestamp()) * 1000)::bigint,
    -- a row the server cannot deliver stays, rejected, with the reason in words; a delivered one is deleted
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'rejected')),
    rejected_reason text,
    rejected_at bigint
  );
  CREATE INDEX event_outbox_pending ON event_outbox (seq) WHERE status = 'pending';
  CREATE INDEX event_outbox_rejected ON event_outbox (rejected_at) WHERE status = 'rejected';
  `,
  // 3: the per-key rate limit's fixed windows, shared by every process (rateLimitHit in store.ts)
  `
  CREATE TABLE rate_limit_windows (
    key text PRIMARY KEY,
    hits bigint NOT NULL CHECK (hits > 0),
    resets_at bigint NOT NULL
  );
  CREATE INDEX rate_limit_windows_resets ON rate_limit_windows (resets_at);
  `,
];

/**
 * Brings the schema to the latest version, once across processes; rejects with an `unavailable`
 * StoreError for a database of a newer version (`setting` names where it came from, for the message).
 * @example
 * await migratePostgres(runner, 'DATABASE_URL');
 */
export async function migratePostgres(runner: PostgresRunner, setting = 'the database'): Promise<{ from: number; to: number }> {
  return runner.transaction(async (tx) => {
    // a migration of a large table, and a process waiting for another's migration, may take longer than the
    // statement time-out every request runs under
    await tx.query(`SET LOCAL statement_timeout = ${MIGRATION_TIMEOUT_MS}`);
    await tx.query(`SET LOCAL lock_timeout = ${MIGRATION_TIMEOUT_MS}`);
    // held to the end of this transaction: a second process waits here, then finds the work done
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_versions (version integer PRIMARY KEY, applied_at bigint NOT NULL)');
    const [row] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_versions');
    const from = row?.version ?? 0;
    if (from > POSTGRES_MIGRATIONS.length) {
      throw new StoreError('unavailable', `${setting} has schema version ${from}, newer than this server knows (${POSTGRES_MIGRATIONS.length}): upgrade webhooks-contract`);
    }
    for (let next = from; next < POSTGRES_MIGRATIONS.length; next++) {
      await tx.query(POSTGRES_MIGRATIONS[next]!);
      await tx.query('INSERT INTO schema_versions (version, applied_at) VALUES ($1, $2)', [next + 1, Date.now()]);
    }
    return { from, to: POSTGRES_MIGRATIONS.length };
  }, { queryTimeoutMs: MIGRATION_TIMEOUT_MS + 1_000 });
}
