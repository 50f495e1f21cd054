/**
 * The store on PostgreSQL (node-postgres, an optional peer dependency), for several server processes on
 * one database: each write is one transaction; what each part does is in its own file (`webhooks.ts`,
 * `outbox.ts`, `publish.ts`, `keys.ts`), and this one opens the store and hands each call to its part.
 * Secrets arrive sealed and are kept as they are.
 * @module
 */
import type pg from 'pg';
import type { EventType } from '../../types.js';
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
  type StoreDisableRequest,
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
  type SealedChange,
  type SealedKind,
  type SealedPage,
  type SenderWebhook,
  type Store,
  type StoredSigningKey,
  type StoredWebhook,
  type UpdateWebhookOutcome,
  type WebhookChange,
} from '../contract.js';
import { migratePostgres } from './migrations.js';
import { markFailedIn, recordAttemptIn, recordSuccessIn, releaseIn } from './attempts.js';
import { DELIVERIES_CHANNEL, accountOf, claimIn, enqueueIn, extendLeasesIn, listDeliveriesIn, nextDueAtIn } from './outbox.js';
import { toListedDelivery } from '../rows.js';
import { EVENTS_CHANNEL } from './event-outbox.js';
import { addFirstSigningKeyIn, addSigningKeyIn, listSigningKeysIn, replaceSealedIn, sealedValuesIn, serverSecretIn } from './keys.js';
import { publishIn, rateLimitHitIn, relayOutboxIn } from './publish.js';
import { PG_INSTALL_HINT, PostgresRunner, type Transaction } from './runner.js';
import { DAY_MS, SENDER_WEBHOOK_COLUMNS } from '../webhook-columns.js';
import {
  createWebhookIn,
  deleteWebhookIn,
  disableWebhookIn,
  getWebhookIn,
  receivingIn,
  refreshRepresentationsIn,
  representationIn,
  senderView,
  senderWebhook,
  updateWebhookIn,
  webhookPageIn,
} from './webhooks.js';

/** How to open the store. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
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
 * await createPostgresStore({ url }) // rejects with PgMissingError when pg is missing
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
 * const store = await createPostgresStore({ url: process.env.DATABASE_URL! });
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
    return new PostgresStoreImpl(runner, from === 0);
  } catch (error) {
    await runner.close();
    throw error;
  }
}

class PostgresStoreImpl implements PostgresStore {
  readonly #run: PostgresRunner;
  readonly created: boolean;

  constructor(run: PostgresRunner, created: boolean) {
    this.#run = run;
    this.created = created;
  }

  /** A read outside any transaction, on whichever connection of the pool is free. */
  get #read(): Transaction {
    return this.#run;
  }

  createWebhook(webhook: NewWebhook, claim?: IdempotencyClaim, limits?: CreateLimits): Promise<CreateWebhookOutcome> {
    return createWebhookIn(this.#run, webhook, claim, limits);
  }

  getWebhook(accountId: string, id: string, options: { includeSecrets?: boolean } = {}): Promise<StoredWebhook | undefined> {
    return getWebhookIn(this.#read, accountId, id, options.includeSecrets === true);
  }

  getWebhookRepresentation(accountId: string, id: string): Promise<Representation | undefined> {
    return representationIn(this.#read, accountId, id);
  }

  listWebhooks(accountId: string, page: PageRequest): Promise<PageResult<ListedWebhook>> {
    return webhookPageIn(this.#read, accountId, page);
  }

  updateWebhook(accountId: string, id: string, expectedVersion: number, change: WebhookChange): Promise<UpdateWebhookOutcome> {
    return updateWebhookIn(this.#run, accountId, id, expectedVersion, change);
  }

  refreshRepresentations(version: number, render: (webhook: StoredWebhook) => Representation): Promise<number> {
    return refreshRepresentationsIn(this.#run, version, render);
  }

  deleteWebhook(accountId: string, id: string, deletedAt: number): Promise<boolean> {
    return deleteWebhookIn(this.#run, accountId, id, deletedAt);
  }

  async enqueue(deliveries: readonly NewDelivery[]): Promise<void> {
    for (const delivery of deliveries) accountOf(delivery);
    await this.#run.transaction((tx) => enqueueIn(tx, deliveries));
  }

  publishEvent(event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): Promise<PublishOutcome> {
    return this.#run.transaction((tx) => publishIn(tx, event, plan));
  }

  relayOutbox(limit: number, decide: (row: OutboxRow) => OutboxDecision): Promise<OutboxRelayed[]> {
    return relayOutboxIn(this.#run, limit, decide);
  }

  rateLimitHit(key: string, windowMs: number): Promise<{ hits: number; resetsInMs: number }> {
    return rateLimitHitIn(this.#read, key, windowMs);
  }

  watchOutbox(wake: () => void): Promise<() => Promise<void>> {
    return this.#run.listen(EVENTS_CHANNEL, wake);
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
      const byKey = new Map(webhooks.map((row) => [`${row.account_id as string}\u0000${row.id as string}`, senderWebhook(row)]));
      return rows.map((row) => ({
        delivery: { ...toListedDelivery(row), body: row.payload as string, retry_schedule: (row.retry_schedule as number[] | null) ?? null },
        webhook: byKey.get(`${row.account_id as string}\u0000${row.webhook_id as string}`),
      }));
    });
  }

  async extendLeases(claimed: readonly DeliveryRecord[], leaseUntil: Date): Promise<void> {
    await this.#run.transaction((tx) => extendLeasesIn(tx, claimed, leaseUntil));
  }

  recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded> {
    if (outcome.status === 'succeeded' && outcome.error === null) return recordSuccessIn(this.#read, claimed, outcome);
    return this.#run.transaction((tx) => recordAttemptIn(tx, claimed, outcome));
  }

  markFailed(claimed: DeliveryRecord, reason: string): Promise<boolean> {
    return this.#run.transaction((tx) => markFailedIn(tx, claimed, reason, Date.now()));
  }

  release(claimed: DeliveryRecord, dueAt: Date): Promise<boolean> {
    return this.#run.transaction((tx) => releaseIn(tx, claimed, dueAt));
  }

  disableWebhook(claimed: DeliveryRecord, request: StoreDisableRequest): Promise<boolean> {
    return disableWebhookIn(this.#run, claimed, request);
  }

  nextDueAt(now: Date): Promise<Date | null> {
    return nextDueAtIn(this.#read, now.getTime());
  }

  listDeliveries(accountId: string, webhookId: string, page: PageRequest): Promise<PageResult<ListedDelivery>> {
    return listDeliveriesIn(this.#read, accountId, webhookId, page);
  }

  async webhooksReceiving(accountId: string, eventType: EventType): Promise<SenderWebhook[]> {
    return (await receivingIn(this.#read, accountId, eventType)).map(senderView);
  }

  listSigningKeys(): Promise<StoredSigningKey[]> {
    return listSigningKeysIn(this.#read);
  }

  addSigningKey(key: StoredSigningKey, retireOthersAt: number): Promise<void> {
    return addSigningKeyIn(this.#run, key, retireOthersAt);
  }

  addFirstSigningKey(key: StoredSigningKey): Promise<boolean> {
    return addFirstSigningKeyIn(this.#run, key);
  }

  serverSecret(name: string, create: () => string): Promise<string> {
    return serverSecretIn(this.#read, name, create);
  }

  sealedValues(kind: SealedKind, after: string | undefined, limit: number): Promise<SealedPage> {
    return sealedValuesIn(this.#read, kind, after, limit);
  }

  replaceSealed(changes: readonly SealedChange[]): Promise<number> {
    return replaceSealedIn(this.#run, changes);
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

  watchEnqueued(wake: () => void): Promise<() => Promise<void>> {
    return this.#run.listen(DELIVERIES_CHANNEL, wake);
  }

  async close(): Promise<void> {
    await this.#run.close().catch(() => undefined);
  }
}
