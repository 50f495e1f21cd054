/**
 * The store on PostgreSQL (node-postgres, an optional peer dependency), for several server processes on
 * one database: each write is one transaction; the per-account limit is a counter row taken in the
 * create's own transaction; an Idempotency-Key and a published event's id are serialised by a transaction
 * advisory lock, so that two processes sending the same one at once answer once; secrets are sealed with
 * the SecretsBox before they leave the process.
 * @module
 */
import type pg from 'pg';
import type { EventType } from '../../types.js';
import { SecretsBox } from '../../server/secrets-box.js';
import { dateTime, webhookRepresentation } from '../../server/views.js';
import { WebhooksContractError } from '../../errors.js';
import {
  DELIVERY_RETENTION_DAYS,
  IDEMPOTENCY_TTL_MS,
  PUBLISHED_EVENT_RETENTION_DAYS,
  TOMBSTONE_DAYS,
  type AttemptRecord,
  type AttemptRecorded,
  type ClaimedDelivery,
  type ClaimRequest,
  type CreateLimits,
  type CreateWebhookOutcome,
  type DeliveryRecord,
  type DisableRequest,
  type IdempotencyClaim,
  type ListedDelivery,
  type ListedWebhook,
  type NewDelivery,
  type NewWebhook,
  type OutboxDecision,
  type OutboxRelayed,
  type OutboxRow,
  type PageRequest,
  type PageResult,
  type PublishedEvent,
  type PublishOutcome,
  type Representation,
  type SenderWebhook,
  type Store,
  type StoredSigningKey,
  type StoredWebhook,
  type UpdateWebhookOutcome,
  type WebhookChange,
  type WebhookConfig,
} from '../contract.js';
import { idempotencyContext, instantOf, secretContext, serverSecretContext, signingKeyContext } from '../sealing.js';
import { migratePostgres } from './migrations.js';
import {
  DELIVERIES_CHANNEL,
  accountOf,
  claimIn,
  enqueueIn,
  extendLeasesIn,
  failPendingIn,
  listDeliveriesIn,
  markFailedIn,
  nextDueAtIn,
  recordAttemptIn,
  refreshQueues,
  releaseIn,
  toListedDelivery,
} from './outbox.js';
import { EVENTS_CHANNEL, rejectOutboxRow, removeOutboxRow, takeOutboxRows } from './event-outbox.js';
import { PG_INSTALL_HINT, PostgresRunner, toStoreError, type Row, type Transaction } from './runner.js';
import { storeFaultOf } from '../errors.js';
import { CONFIG_COLUMNS, DAY_MS, PUBLIC_WEBHOOK_COLUMNS, SENDER_WEBHOOK_COLUMNS, withoutSecrets } from '../webhook-columns.js';

/** How to open the store. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** seals and opens the stored secrets */
  secrets: SecretsBox;
  /** the longest any statement may run (a 503 past it); default 5 s */
  statementTimeoutMs?: number;
  /** connections at most, per process; default 10 */
  maxConnections?: number;
  /** the setting that names `url`, for start-up messages; default "the database" */
  setting?: string;
}

/**
 * pg, an optional peer dependency, is not installed where this package can load it.
 * @example
 * await createPostgresStore({ url, secrets }) // rejects with PgMissingError when pg is missing
 */
export class PgMissingError extends WebhooksContractError {
  constructor(options?: { cause?: unknown }) {
    super('ERR_PG_MISSING', `DATABASE_URL names a Postgres database, which the server reaches with pg, an optional peer dependency of webhooks-contract-tools. Install it with:\n  ${PG_INSTALL_HINT}`, options);
  }
}


/** A Postgres store, and whether this start made its schema (the database had none of our tables). */
export type PostgresStore = Store & { readonly created: boolean };

/**
 * Opens the Postgres store, migrating its schema first (once across processes starting together).
 * @example
 * const store = await createPostgresStore({ url: process.env.DATABASE_URL!, secrets: new SecretsBox(key) });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  let driver: typeof pg;
  try {
    driver = (await import('pg')).default;
  } catch (error) {
    throw new PgMissingError({ cause: error });
  }
  const runner = new PostgresRunner(driver, {
    url: options.url,
    ...(options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs }),
    ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
  });
  try {
    const { from } = await migratePostgres(runner, options.setting ?? 'the database');
    return new PostgresStoreImpl(runner, options.secrets, from === 0);
  } catch (error) {
    await runner.close();
    throw error;
  }
}

class PostgresStoreImpl implements PostgresStore {
  readonly #run: PostgresRunner;
  readonly #secrets: SecretsBox;
  readonly created: boolean;

  constructor(run: PostgresRunner, secrets: SecretsBox, created: boolean) {
    this.#run = run;
    this.#secrets = secrets;
    this.created = created;
  }

  /** A read outside any transaction, on whichever connection of the pool is free. */
  get #read(): Transaction {
    return this.#run;
  }

  async createWebhook(webhook: NewWebhook, claim?: IdempotencyClaim, limits?: CreateLimits): Promise<CreateWebhookOutcome> {
    const columns = this.#configColumns(webhook.accountId, webhook.id, webhook.config, webhook.representation);
    const maxWebhooks = limits?.maxWebhooksPerAccount ?? 2_147_483_647;
    const sealedBody = claim && this.#secrets.seal(claim.response.body, idempotencyContext(webhook.accountId, claim.key));
    return this.#run.transaction(async (tx) => {
      if (claim) {
        // one key at a time: a second create with it (another process) waits here, then replays
        await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`idempotency/${webhook.accountId}/${claim.key}`]);
        const [used] = await tx.query('SELECT fingerprint, status, body, location, created_at FROM idempotency_keys WHERE account_id = $1 AND key = $2', [webhook.accountId, claim.key]);
        if (used && (used.created_at as number) >= claim.notBefore) {
          if (used.fingerprint !== claim.fingerprint) return { kind: 'key-reused' };
          const body = this.#secrets.open(used.body as string, idempotencyContext(webhook.accountId, claim.key));
          return { kind: 'replayed', response: { status: used.status as number, body, location: used.location as string } };
        }
        if (used) await tx.query('DELETE FROM idempotency_keys WHERE account_id = $1 AND key = $2', [webhook.accountId, claim.key]);
      }
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
      if (claim) {
        await tx.query('INSERT INTO idempotency_keys (account_id, key, fingerprint, status, body, location, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          webhook.accountId,
          claim.key,
          claim.fingerprint,
          claim.response.status,
          sealedBody,
          claim.response.location,
          webhook.createdAt,
        ]);
      }
      const stored: StoredWebhook = {
        accountId: webhook.accountId,
        id: webhook.id,
        version: 1,
        config: withoutSecrets(webhook.config),
        createdAt: webhook.createdAt,
        updatedAt: webhook.createdAt,
        representation: webhook.representation,
      };
      return { kind: 'created', webhook: stored };
    });
  }

  async getWebhook(accountId: string, id: string, options: { includeSecrets?: boolean } = {}): Promise<StoredWebhook | undefined> {
    const columns = options.includeSecrets ? `${PUBLIC_WEBHOOK_COLUMNS}, secret, oidc_client_secret` : PUBLIC_WEBHOOK_COLUMNS;
    const [row] = await this.#read.query(`SELECT ${columns} FROM webhooks WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL`, [accountId, id]);
    return row && this.#toWebhook(row, options.includeSecrets === true);
  }

  async getWebhookRepresentation(accountId: string, id: string): Promise<Representation | undefined> {
    const [row] = await this.#read.query('SELECT representation, representation_version FROM webhooks WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL', [accountId, id]);
    return row && { json: row.representation as string, version: row.representation_version as number };
  }

  async listWebhooks(accountId: string, page: PageRequest): Promise<PageResult<ListedWebhook>> {
    let before = Number.MAX_SAFE_INTEGER;
    if (page.startingAfter !== undefined) {
      // deleted webhooks keep their place (a tombstone), so a cursor outlives the webhook it names
      const [cursor] = await this.#read.query('SELECT seq FROM webhooks WHERE account_id = $1 AND id = $2', [accountId, page.startingAfter]);
      if (!cursor) return { ok: false, reason: 'unknown-cursor' };
      before = cursor.seq as number;
    }
    const rows = await this.#read.query('SELECT id, representation, representation_version FROM webhooks WHERE account_id = $1 AND deleted_at IS NULL AND seq < $2 ORDER BY seq DESC LIMIT $3', [
      accountId,
      before,
      page.limit + 1,
    ]);
    const items = rows.slice(0, page.limit).map((row) => ({ id: row.id as string, representation: { json: row.representation as string, version: row.representation_version as number } }));
    return { ok: true, items, hasMore: rows.length > page.limit };
  }

  async updateWebhook(accountId: string, id: string, expectedVersion: number, change: WebhookChange): Promise<UpdateWebhookOutcome> {
    const columns = this.#configColumns(accountId, id, change.config, change.representation);
    return this.#run.transaction(async (tx) => {
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
      return { kind: 'updated', webhook: this.#toWebhook(after, false) };
    });
  }

  async refreshRepresentations(version: number, render: (webhook: StoredWebhook) => Representation): Promise<number> {
    return this.#run.transaction(async (tx) => {
      const stale = await tx.query(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE deleted_at IS NULL AND representation_version IS DISTINCT FROM $1 FOR UPDATE`, [version]);
      for (const row of stale) {
        const representation = render(this.#toWebhook(row, false));
        await tx.query('UPDATE webhooks SET representation = $1, representation_version = $2 WHERE account_id = $3 AND id = $4', [representation.json, representation.version, row.account_id, row.id]);
      }
      return stale.length;
    });
  }

  async deleteWebhook(accountId: string, id: string, deletedAt: number): Promise<boolean> {
    return this.#run.transaction(async (tx) => {
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

  async enqueue(deliveries: readonly NewDelivery[]): Promise<void> {
    for (const delivery of deliveries) accountOf(delivery);
    await this.#run.transaction((tx) => enqueueIn(tx, deliveries));
  }

  async publishEvent(event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): Promise<PublishOutcome> {
    return this.#run.transaction((tx) => this.#publishIn(tx, event, plan));
  }

  async relayOutbox(limit: number, decide: (row: OutboxRow) => OutboxDecision): Promise<OutboxRelayed[]> {
    return this.#run.transaction(async (tx) => {
      const relayed: OutboxRelayed[] = [];
      const now = Date.now();
      for (const row of await takeOutboxRows(tx, limit)) {
        const of = { seq: row.seq, accountId: row.accountId, eventId: row.eventId };
        const reject = async (reason: string) => relayed.push({ ...of, outcome: 'rejected', reason: await rejectOutboxRow(tx, row.seq, reason, now) });
        const decision = decide(row);
        if ('reject' in decision) {
          await reject(decision.reject);
          continue;
        }
        // a row this server cannot publish (a fault of ours, not of the database) is rejected alone, not retried forever
        await tx.query('SAVEPOINT outbox_row');
        let outcome: PublishOutcome;
        try {
          outcome = await this.#publishIn(tx, decision.publish, decision.plan);
          await tx.query('RELEASE SAVEPOINT outbox_row');
        } catch (error) {
          if (storeFaultOf(toStoreError(error)) !== undefined) throw error;
          await tx.query('ROLLBACK TO SAVEPOINT outbox_row');
          await reject(`the server could not publish the event: ${(error as Error).message}`);
          continue;
        }
        if (outcome.outcome === 'conflict') {
          await reject(`the event id ${row.eventId} was published for account ${row.accountId} before (at ${dateTime(outcome.publishedAt.getTime())}) with another body; an event id names one event`);
          continue;
        }
        await removeOutboxRow(tx, row.seq);
        relayed.push({ ...of, outcome: outcome.outcome, deliveries: outcome.deliveries });
      }
      return relayed;
    });
  }

  async rateLimitHit(key: string, windowMs: number): Promise<{ hits: number; resetsInMs: number }> {
    const window = Math.max(1, Math.round(windowMs));
    // one statement, on the database's clock (every process shares it): a window that ended starts again at 1
    const [row] = await this.#read.query(
      `WITH clock AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now),
       counted AS (
         INSERT INTO rate_limit_windows AS w (key, hits, resets_at) SELECT $1, 1, now + $2 FROM clock
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN w.resets_at <= EXCLUDED.resets_at - $2 THEN 1 ELSE w.hits + 1 END,
           resets_at = CASE WHEN w.resets_at <= EXCLUDED.resets_at - $2 THEN EXCLUDED.resets_at ELSE w.resets_at END
         RETURNING hits, resets_at)
       SELECT counted.hits, counted.resets_at - clock.now AS resets_in FROM counted, clock`,
      [key, window],
    );
    return { hits: row!.hits as number, resetsInMs: Math.max(0, row!.resets_in as number) };
  }

  async watchOutbox(wake: () => void): Promise<() => Promise<void>> {
    return this.#run.listen(EVENTS_CHANNEL, wake);
  }

  /** The publish of one event inside `tx`: `POST /v1/events`, `emit` and the outbox all come here. */
  async #publishIn(tx: Transaction, event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): Promise<PublishOutcome> {
    // one publish of an id at a time: a retry racing the first (another process) waits, then replays
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`event/${event.accountId}/${event.eventId}`]);
    const [known] = await tx.query('SELECT fingerprint, deliveries, published_at FROM published_events WHERE account_id = $1 AND event_id = $2', [event.accountId, event.eventId]);
    if (known) {
      const publishedAt = new Date(known.published_at as number);
      return known.fingerprint === event.fingerprint ? { outcome: 'replayed', deliveries: known.deliveries as number, publishedAt } : { outcome: 'conflict', publishedAt };
    }
    const receivers = (await this.#receiving(tx, event.accountId, event.eventType)).map((row) => this.#senderView(row, event.accountId));
    const deliveries = plan(receivers);
    for (const delivery of deliveries) if (accountOf(delivery) !== event.accountId) throw new TypeError('a published event plans deliveries of its own account only');
    await enqueueIn(tx, deliveries);
    await tx.query('INSERT INTO published_events (account_id, event_id, event_type, fingerprint, deliveries, published_at) VALUES ($1, $2, $3, $4, $5, $6)', [
      event.accountId,
      event.eventId,
      event.eventType,
      event.fingerprint,
      deliveries.length,
      event.publishedAt.getTime(),
    ]);
    return { outcome: 'published', deliveries: deliveries.length, publishedAt: event.publishedAt };
  }

  async claim(request: ClaimRequest): Promise<ClaimedDelivery[]> {
    return this.#run.transaction(async (tx) => {
      const rows = await claimIn(tx, request);
      if (rows.length === 0) return [];
      const served = [...new Map(rows.map((row) => [`${row.account_id as string}\u0000${row.webhook_id as string}`, { account_id: row.account_id, webhook_id: row.webhook_id }])).values()];
      const webhooks = await tx.query(
        `SELECT ${SENDER_WEBHOOK_COLUMNS} FROM webhooks w JOIN jsonb_to_recordset($1::jsonb) AS s(account_id text, webhook_id text) USING (account_id)
         WHERE w.id = s.webhook_id AND w.deleted_at IS NULL`,
        [JSON.stringify(served)],
      );
      const byKey = new Map(webhooks.map((row) => [`${row.account_id as string}\u0000${row.id as string}`, this.#senderWebhook(row)]));
      return rows.map((row) => ({
        delivery: {
          ...toListedDelivery(row),
          body: row.payload as string,
          retry_schedule: (row.retry_schedule as number[] | null) ?? null,
        },
        webhook: byKey.get(`${row.account_id as string}\u0000${row.webhook_id as string}`),
      }));
    });
  }

  async extendLeases(claimed: readonly DeliveryRecord[], leaseUntil: Date): Promise<void> {
    await this.#run.transaction((tx) => extendLeasesIn(tx, claimed, leaseUntil));
  }

  async recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded> {
    return this.#run.transaction((tx) => recordAttemptIn(tx, claimed, outcome));
  }

  async markFailed(claimed: DeliveryRecord, reason: string): Promise<boolean> {
    return this.#run.transaction((tx) => markFailedIn(tx, claimed, reason, Date.now()));
  }

  async release(claimed: DeliveryRecord, dueAt: Date): Promise<boolean> {
    return this.#run.transaction((tx) => releaseIn(tx, claimed, dueAt));
  }

  async disableWebhook(claimed: DeliveryRecord, request: DisableRequest): Promise<boolean> {
    const accountId = accountOf(claimed);
    const reason = request.reason.slice(0, 1000);
    const at = request.at.getTime();
    return this.#run.transaction(async (tx) => {
      const [row] = await tx.query(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE account_id = $1 AND id = $2 AND deleted_at IS NULL FOR UPDATE`, [accountId, claimed.webhook_id]);
      let disabled = false;
      if (row && row.disabled_at === null) {
        const current = this.#toWebhook(row, false);
        const disabledAt = dateTime(at);
        const config = { ...current.config, disabled_at: disabledAt, disabled_reason: reason } as WebhookConfig;
        const representation = webhookRepresentation({ id: claimed.webhook_id, config, createdAt: current.createdAt, updatedAt: at });
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

  async nextDueAt(now: Date): Promise<Date | null> {
    return nextDueAtIn(this.#read, now.getTime());
  }

  async listDeliveries(accountId: string, webhookId: string, page: PageRequest): Promise<PageResult<ListedDelivery>> {
    return listDeliveriesIn(this.#read, accountId, webhookId, page);
  }

  async webhooksReceiving(accountId: string, eventType: EventType): Promise<SenderWebhook[]> {
    return (await this.#receiving(this.#read, accountId, eventType)).map((row) => this.#senderView(row, accountId));
  }

  #receiving(tx: Transaction, accountId: string, eventType: string): Promise<Row[]> {
    return tx.query(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE account_id = $1 AND deleted_at IS NULL AND enabled_events ?| ARRAY[$2, '*'] ORDER BY seq`, [accountId, eventType]);
  }

  async listSigningKeys(): Promise<StoredSigningKey[]> {
    const rows = await this.#read.query('SELECT kid, alg, public_jwk, private_key, created_at, activates_at, retires_at FROM signing_keys ORDER BY activates_at DESC, created_at DESC, kid');
    return rows.map((row) => ({
      kid: row.kid as string,
      alg: row.alg as StoredSigningKey['alg'],
      publicJwk: JSON.parse(row.public_jwk as string) as Record<string, string>,
      privateKeyPem: this.#secrets.open(row.private_key as string, signingKeyContext(row.kid as string)),
      createdAt: row.created_at as number,
      activatesAt: row.activates_at as number,
      retiresAt: row.retires_at as number | null,
    }));
  }

  async addSigningKey(key: StoredSigningKey, retireOthersAt: number): Promise<void> {
    const sealed = this.#secrets.seal(key.privateKeyPem, signingKeyContext(key.kid));
    await this.#run.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('signing-keys', 0))");
      await tx.query('UPDATE signing_keys SET retires_at = $1 WHERE retires_at IS NULL', [retireOthersAt]);
      await tx.query('INSERT INTO signing_keys (kid, alg, public_jwk, private_key, created_at, activates_at, retires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        key.kid,
        key.alg,
        JSON.stringify(key.publicJwk),
        sealed,
        key.createdAt,
        key.activatesAt,
        key.retiresAt,
      ]);
    });
  }

  async addFirstSigningKey(key: StoredSigningKey): Promise<boolean> {
    const sealed = this.#secrets.seal(key.privateKeyPem, signingKeyContext(key.kid));
    return this.#run.transaction(async (tx) => {
      // processes starting together on a new database: the first one's key stays, the others read it
      await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('signing-keys', 0))");
      if ((await tx.query('SELECT 1 FROM signing_keys LIMIT 1')).length > 0) return false;
      await tx.query('INSERT INTO signing_keys (kid, alg, public_jwk, private_key, created_at, activates_at, retires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        key.kid,
        key.alg,
        JSON.stringify(key.publicJwk),
        sealed,
        key.createdAt,
        key.activatesAt,
        key.retiresAt,
      ]);
      return true;
    });
  }

  async serverSecret(name: string, create: () => string): Promise<string> {
    const [existing] = await this.#read.query('SELECT value FROM server_secrets WHERE name = $1', [name]);
    if (existing) return this.#secrets.open(existing.value as string, serverSecretContext(name));
    // another process may make it meanwhile: the first one stays
    await this.#read.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, this.#secrets.seal(create(), serverSecretContext(name))]);
    const [stored] = await this.#read.query('SELECT value FROM server_secrets WHERE name = $1', [name]);
    return this.#secrets.open(stored!.value as string, serverSecretContext(name));
  }

  async sealedKeyIds(): Promise<Set<string>> {
    // every sealed value is "v1.<key id>.<iv>.<ciphertext>"
    const rows = await this.#read.query(
      `SELECT DISTINCT split_part(value, '.', 2) AS kid FROM (
         SELECT secret AS value FROM webhooks WHERE secret IS NOT NULL
         UNION ALL SELECT oidc_client_secret FROM webhooks WHERE oidc_client_secret IS NOT NULL
         UNION ALL SELECT private_key FROM signing_keys
         UNION ALL SELECT value FROM server_secrets
         UNION ALL SELECT body FROM idempotency_keys) AS sealed`,
    );
    return new Set(rows.map((row) => row.kid as string));
  }

  async resealAll(): Promise<number> {
    const box = this.#secrets;
    const stale = (sealed: unknown) => typeof sealed === 'string' && SecretsBox.keyIdOf(sealed) !== box.keyId;
    const again = (sealed: string, context: string) => box.seal(box.open(sealed, context), context);
    return this.#run.transaction(async (tx) => {
      // processes started together with the same keys re-seal one after another; the second finds nothing stale
      await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('reseal', 0))");
      let count = 0;
      for (const row of await tx.query('SELECT seq, account_id, id, secret, oidc_client_secret FROM webhooks WHERE secret IS NOT NULL OR oidc_client_secret IS NOT NULL FOR UPDATE')) {
        for (const field of ['secret', 'oidc_client_secret'] as const) {
          if (!stale(row[field])) continue;
          await tx.query(`UPDATE webhooks SET ${field} = $1 WHERE seq = $2`, [again(row[field] as string, secretContext(row.account_id as string, row.id as string, field)), row.seq]);
          count++;
        }
      }
      for (const row of await tx.query('SELECT kid, private_key FROM signing_keys FOR UPDATE')) {
        if (!stale(row.private_key)) continue;
        await tx.query('UPDATE signing_keys SET private_key = $1 WHERE kid = $2', [again(row.private_key as string, signingKeyContext(row.kid as string)), row.kid]);
        count++;
      }
      for (const row of await tx.query('SELECT account_id, key, body FROM idempotency_keys FOR UPDATE')) {
        if (!stale(row.body)) continue;
        await tx.query('UPDATE idempotency_keys SET body = $1 WHERE account_id = $2 AND key = $3', [again(row.body as string, idempotencyContext(row.account_id as string, row.key as string)), row.account_id, row.key]);
        count++;
      }
      for (const row of await tx.query('SELECT name, value FROM server_secrets FOR UPDATE')) {
        if (!stale(row.value)) continue;
        await tx.query('UPDATE server_secrets SET value = $1 WHERE name = $2', [again(row.value as string, serverSecretContext(row.name as string)), row.name]);
        count++;
      }
      return count;
    });
  }

  async purgeExpired(now: number): Promise<void> {
    await this.#run.transaction(async (tx) => {
      await tx.query('DELETE FROM idempotency_keys WHERE created_at < $1', [now - IDEMPOTENCY_TTL_MS]);
      await tx.query('DELETE FROM webhooks WHERE deleted_at IS NOT NULL AND deleted_at < $1', [now - TOMBSTONE_DAYS * DAY_MS]);
      await tx.query("DELETE FROM deliveries WHERE status <> 'pending' AND created_at < $1", [now - DELIVERY_RETENTION_DAYS * DAY_MS]);
      await tx.query('DELETE FROM signing_keys WHERE retires_at IS NOT NULL AND retires_at < $1', [now - TOMBSTONE_DAYS * DAY_MS]);
      await tx.query('DELETE FROM published_events WHERE published_at < $1', [now - PUBLISHED_EVENT_RETENTION_DAYS * DAY_MS]);
      await tx.query("DELETE FROM event_outbox WHERE status = 'rejected' AND rejected_at < $1", [now - PUBLISHED_EVENT_RETENTION_DAYS * DAY_MS]);
      // windows that ended: a key seen again starts a new one anyway
      await tx.query('DELETE FROM rate_limit_windows WHERE resets_at < $1', [now]);
    });
  }

  async forgetAccount(accountId: string): Promise<void> {
    await this.#run.transaction(async (tx) => {
      // deliveries first: they reference their webhooks
      for (const table of ['deliveries', 'webhooks', 'idempotency_keys', 'account_usage', 'published_events', 'event_outbox']) await tx.query(`DELETE FROM ${table} WHERE account_id = $1`, [accountId]);
    });
  }

  async watchEnqueued(wake: () => void): Promise<() => Promise<void>> {
    return this.#run.listen(DELIVERIES_CHANNEL, wake);
  }

  async close(): Promise<void> {
    await this.#run.close().catch(() => undefined);
  }

  /** The configuration as the insert and update statements bind it, secrets sealed. */
  #configColumns(accountId: string, id: string, config: WebhookConfig, representation: Representation): unknown[] {
    const c = config as Record<string, unknown>;
    const seal = (field: 'secret' | 'oidc_client_secret') => (typeof c[field] === 'string' ? this.#secrets.seal(c[field] as string, secretContext(accountId, id, field)) : null);
    const disabledAt = typeof c.disabled_at === 'string' ? c.disabled_at : null;
    const values: Record<(typeof CONFIG_COLUMNS)[number], unknown> = {
      url: c.url,
      enabled_events: JSON.stringify(c.enabled_events),
      include: c.include ?? null,
      secret: seal('secret'),
      oidc_auth_method: c.oidc_auth_method ?? null,
      oidc_client_id: c.oidc_client_id ?? null,
      oidc_client_secret: seal('oidc_client_secret'),
      oidc_token_endpoint: c.oidc_token_endpoint ?? null,
      oidc_resource_uri: c.oidc_resource_uri ?? null,
      oidc_scope: c.oidc_scope ?? null,
      oidc_access_token_ttl_seconds: c.oidc_access_token_ttl_seconds ?? null,
      disabled_at: disabledAt,
      disabled_at_ms: disabledAt === null ? null : instantOf(disabledAt),
      disabled_reason: disabledAt === null ? null : typeof c.disabled_reason === 'string' ? c.disabled_reason : null,
      representation: representation.json,
      representation_version: representation.version,
    };
    return CONFIG_COLUMNS.map((column) => values[column]);
  }

  #toWebhook(row: Row, includeSecrets: boolean): StoredWebhook {
    const accountId = row.account_id as string;
    const id = row.id as string;
    const config: Record<string, unknown> = { url: row.url, enabled_events: row.enabled_events };
    for (const field of ['include', 'oidc_auth_method', 'oidc_client_id', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope', 'oidc_access_token_ttl_seconds', 'disabled_at', 'disabled_reason']) {
      if (row[field] !== null && row[field] !== undefined) config[field] = row[field];
    }
    if (includeSecrets) {
      for (const field of ['secret', 'oidc_client_secret'] as const) {
        if (typeof row[field] === 'string') config[field] = this.#secrets.open(row[field] as string, secretContext(accountId, id, field));
      }
    }
    return {
      accountId,
      id,
      version: row.version as number,
      config: config as WebhookConfig,
      createdAt: row.created_at as number,
      updatedAt: row.updated_at as number,
      representation: { json: row.representation as string, version: row.representation_version as number },
    };
  }

  /** A webhook row read without secrets, as the fan-out sees it. */
  #senderView(row: Row, accountId: string): SenderWebhook {
    return { ...this.#toWebhook(row, false).config, id: row.id as string, account_id: accountId };
  }

  /** A webhook row read with its secrets, as the sender signs with it. */
  #senderWebhook(row: Row): SenderWebhook {
    return { ...this.#toWebhook(row, true).config, id: row.id as string, account_id: row.account_id as string, legacy_secret_key: row.legacy_secret_key === true };
  }
}

