/**
 * The store on embedded SQLite (better-sqlite3, an optional peer dependency): one file in WAL mode, or
 * `:memory:` for the sandbox. Each write is one transaction; an acknowledged write is in the WAL before the
 * answer leaves, so it survives the process being killed. Secrets arrive sealed and are kept as they are.
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteMissingError } from '../errors.js';
import { accountOf, SqliteOutbox } from './outbox.js';
import { DatabaseFileWatch, SqliteRunner } from './faults.js';
import { openSqliteFile } from './open.js';
import { DEFAULT_BUSY_TIMEOUT_MS } from '../retry.js';
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
import { DAY_MS, SENDER_WEBHOOK_COLUMNS } from '../webhook-columns.js';
import { SqliteKeys } from './keys.js';
import { migrate } from './schema.js';
import { prepareStatements, type Statements } from './statements.js';
import { disableIn, immediate, senderView, sqliteWebhook, webhookPage, webhookWrites } from './webhooks.js';

export { MIGRATIONS } from './schema.js';

/** How to open the store. */
export interface SqliteStoreOptions {
  /** a file path (its folder is created), or `:memory:` */
  path: string;
  /**
   * `normal` (the default): a commit survives the process being killed, and the database stays consistent
   * after a power loss, which may lose the last commits. `full`: an fsync per commit, so a commit also
   * survives a power loss, at a large cost in writes per second.
   */
  synchronous?: 'normal' | 'full';
  /**
   * how long a statement waits for another process's lock before failing with a `busy` StoreError; default
   * 2 s. The wait is asynchronous: the event loop, and reads, go on meanwhile
   */
  busyTimeoutMs?: number;
  /** the database's largest size in bytes (SQLite's `max_page_count`); past it, writes fail with a `full` StoreError. No limit by default */
  maxBytes?: number;
  /** refuse to create a database where none is; the string names the setting that asked, for the message */
  mustExist?: string | false;
  /** the setting that names `path`, for start-up messages (`DATABASE_PATH`); default "the database" */
  setting?: string;
}


type Database = BetterSqlite3.Database;
type Row = Record<string, unknown>;

async function loadDriver(): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default;
  } catch (error) {
    throw new SqliteMissingError({ cause: error });
  }
}

/** A SQLite store, and whether its database file was made when it opened. */
export type SqliteStore = Store & { readonly created: boolean };

/**
 * Opens (and creates or migrates) the SQLite store. A path that cannot be used (a folder, a file that is
 * not SQLite, another application's database, no permission, …) rejects with a `StoreError` whose message
 * is one sentence naming `setting`, the path and the cause; such a file is left as it was.
 * @example
 * const store = await createSqliteStore({ path: 'data/webhooks.db' });
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<SqliteStore> {
  const Driver = await loadDriver();
  const memory = options.path === ':memory:' || options.path === '';
  const busyTimeoutMs = Math.max(0, Math.round(options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS));
  const initialise = (db: Database) => {
    if (!memory) db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    // locks are waited for by SqliteRunner, asynchronously: SQLite's own wait would block the event loop
    db.pragma('busy_timeout = 0');
    if (options.maxBytes !== undefined) {
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
    }
    migrate(db);
  };
  if (memory) {
    const db = new Driver(':memory:', { timeout: 0 });
    initialise(db);
    return new SqliteStoreImpl(db, new SqliteRunner({ busyTimeoutMs }), true);
  }
  const { db, created } = await openSqliteFile(Driver, {
    path: options.path,
    busyTimeoutMs,
    initialise,
    ...(options.setting === undefined ? {} : { setting: options.setting }),
    ...(options.mustExist === undefined ? {} : { mustExist: options.mustExist }),
  });
  let watch: DatabaseFileWatch;
  try {
    watch = new DatabaseFileWatch(options.path);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStoreImpl(db, new SqliteRunner({ busyTimeoutMs, watch }), created);
}

class SqliteStoreImpl implements SqliteStore {
  readonly #db: Database;
  /** how every statement and transaction below runs: lock waits, SQLite's errors, the lost-file check */
  readonly #run: SqliteRunner;
  readonly #statements: Statements;
  readonly #writes: ReturnType<typeof webhookWrites>;
  readonly #outbox: SqliteOutbox;
  readonly #keys: SqliteKeys;
  readonly created: boolean;

  constructor(db: Database, run: SqliteRunner, created: boolean) {
    this.#db = db;
    this.#run = run;
    this.created = created;
    const s = (this.#statements = prepareStatements(db));
    this.#outbox = new SqliteOutbox({
      db,
      transaction: (body) => immediate(db, body),
      run,
      webhookColumns: SENDER_WEBHOOK_COLUMNS,
      senderWebhook: (row) => ({ ...sqliteWebhook(row, true).config, id: row.id as string, account_id: row.account_id as string, legacy_secret_key: row.legacy_secret_key === 1 }),
      disable: (accountId, webhookId, at, reason, render) => disableIn(s, accountId, webhookId, at, reason, render),
    });
    this.#writes = webhookWrites(db, s, this.#outbox);
    this.#keys = new SqliteKeys(db, s, run);
  }

  async createWebhook(webhook: NewWebhook, claim?: IdempotencyClaim, limits?: CreateLimits): Promise<CreateWebhookOutcome> {
    return this.#run.write(() => this.#writes.create(webhook, claim, limits?.maxWebhooksPerAccount ?? Number.MAX_SAFE_INTEGER));
  }

  async getWebhook(accountId: string, id: string, options: { includeSecrets?: boolean } = {}): Promise<StoredWebhook | undefined> {
    const statement = options.includeSecrets ? this.#statements.getWebhookWithSecrets : this.#statements.getWebhook;
    const row = (await this.#run.read(() => statement.get(accountId, id))) as Row | undefined;
    return row && sqliteWebhook(row, options.includeSecrets === true);
  }

  async getWebhookRepresentation(accountId: string, id: string): Promise<Representation | undefined> {
    const row = (await this.#run.read(() => this.#statements.getRepresentation.get(accountId, id))) as [string, number] | undefined;
    return row && { json: row[0], version: row[1] };
  }

  async listWebhooks(accountId: string, page: PageRequest): Promise<PageResult<ListedWebhook>> {
    return this.#run.read(() => webhookPage(this.#statements, accountId, page));
  }

  async updateWebhook(accountId: string, id: string, expectedVersion: number, change: WebhookChange): Promise<UpdateWebhookOutcome> {
    return this.#run.write(() => this.#writes.update(accountId, id, expectedVersion, change));
  }

  async deleteWebhook(accountId: string, id: string, deletedAt: number): Promise<boolean> {
    return this.#run.write(() => this.#writes.delete(accountId, id, deletedAt));
  }

  async refreshRepresentations(version: number, render: (webhook: StoredWebhook) => Representation): Promise<number> {
    return this.#run.write(() => this.#writes.refresh(version, render));
  }

  async enqueue(deliveries: readonly NewDelivery[]): Promise<void> {
    for (const delivery of deliveries) accountOf(delivery);
    await this.#run.write(() => this.#outbox.enqueue(deliveries));
  }

  async publishEvent(event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): Promise<PublishOutcome> {
    return this.#run.write(() => this.#writes.publish(event, plan));
  }

  async claim(request: ClaimRequest): Promise<ClaimedDelivery[]> {
    return this.#outbox.claim(request);
  }

  async extendLeases(claimed: readonly DeliveryRecord[], leaseUntil: Date): Promise<void> {
    return this.#outbox.extendLeases(claimed, leaseUntil);
  }

  async recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded> {
    return this.#outbox.recordAttempt(claimed, outcome);
  }

  async markFailed(claimed: DeliveryRecord, reason: string): Promise<boolean> {
    return this.#outbox.markFailed(claimed, reason);
  }

  async release(claimed: DeliveryRecord, dueAt: Date): Promise<boolean> {
    return this.#outbox.release(claimed, dueAt);
  }

  async disableWebhook(claimed: DeliveryRecord, request: StoreDisableRequest): Promise<boolean> {
    return this.#run.write(() => this.#outbox.disableWebhook(claimed, request));
  }

  async nextDueAt(now: Date): Promise<Date | null> {
    return this.#run.read(() => this.#outbox.nextDueAt(now.getTime()));
  }

  async listDeliveries(accountId: string, webhookId: string, page: PageRequest): Promise<PageResult<ListedDelivery>> {
    return this.#run.read(() => this.#outbox.listDeliveries(accountId, webhookId, page));
  }

  async webhooksReceiving(accountId: string, eventType: string): Promise<SenderWebhook[]> {
    const rows = (await this.#run.read(() => this.#statements.webhooksReceiving.all(accountId, eventType))) as Row[];
    return rows.map(senderView);
  }

  listSigningKeys(): Promise<StoredSigningKey[]> {
    return this.#keys.listSigningKeys();
  }

  addSigningKey(key: StoredSigningKey, retireOthersAt: number): Promise<void> {
    return this.#keys.addSigningKey(key, retireOthersAt);
  }

  addFirstSigningKey(key: StoredSigningKey): Promise<boolean> {
    return this.#keys.addFirstSigningKey(key);
  }

  serverSecret(name: string, create: () => string): Promise<string> {
    return this.#keys.serverSecret(name, create);
  }

  sealedValues(kind: SealedKind, after: string | undefined, limit: number): Promise<SealedPage> {
    return this.#keys.sealedValues(kind, after, limit);
  }

  replaceSealed(changes: readonly SealedChange[]): Promise<number> {
    return this.#keys.replaceSealed(changes);
  }

  async purgeExpired(now: number): Promise<void> {
    const s = this.#statements;
    await this.#run.write(() =>
      this.#db
        .transaction(() => {
          s.purgeKeys.run(now - IDEMPOTENCY_TTL_MS);
          s.purgeTombstones.run(now - TOMBSTONE_DAYS * DAY_MS);
          s.purgeDeliveries.run(now - DELIVERY_RETENTION_DAYS * DAY_MS);
          s.purgeSigningKeys.run(now - TOMBSTONE_DAYS * DAY_MS);
          s.purgeEvents.run(now - PUBLISHED_EVENT_RETENTION_DAYS * DAY_MS);
        })
        .immediate(),
    );
  }

  async forgetAccount(accountId: string): Promise<void> {
    await this.#run.write(() => this.#writes.forget(accountId));
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    // the sender's last records, queued for this turn's group commit, are written first
    await this.#outbox.flush().catch(() => undefined);
    this.#db.close();
    this.#run.close();
  }
}
