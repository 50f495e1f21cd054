/**
 * The store on embedded SQLite (better-sqlite3, an optional peer dependency): one file in WAL mode, or
 * `:memory:` for the sandbox. Each write is one transaction; an acknowledged write is in the WAL before the
 * answer leaves, so it survives the process being killed.
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import { SqliteMissingError, StoreError } from '../errors.js';
import { SecretsBox } from '../../server/secrets-box.js';
import { accountOf, LEASE_INDEX_MIGRATION, OUTBOX_MIGRATION, SqliteOutbox } from './outbox.js';
import { DatabaseFileWatch, SqliteRunner } from './faults.js';
import { APPLICATION_ID, openSqliteFile } from './open.js';
import { DEFAULT_BUSY_TIMEOUT_MS } from '../retry.js';
import {
  DELIVERY_RETENTION_DAYS,
  PUBLISHED_EVENT_RETENTION_DAYS,
  IDEMPOTENCY_TTL_MS,
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
import { dateTime, webhookRepresentation } from '../../server/views.js';
import { idempotencyContext, instantOf, secretContext, serverSecretContext, signingKeyContext } from '../sealing.js';
import { CONFIG_COLUMNS, DAY_MS, PUBLIC_WEBHOOK_COLUMNS, SENDER_WEBHOOK_COLUMNS, withoutSecrets } from '../webhook-columns.js';

export { instantOf } from '../sealing.js';

/** How to open the store. */
export interface SqliteStoreOptions {
  /** a file path (its folder is created), or `:memory:` */
  path: string;
  /** seals and opens the stored secrets */
  secrets: SecretsBox;
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

/** larger than any sequence number: "no cursor" */
const NO_CURSOR = Number.MAX_SAFE_INTEGER;

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
 * const store = await createSqliteStore({ path: 'data/webhooks.db', secrets: new SecretsBox(key) });
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
    return new SqliteStoreImpl(db, options.secrets, new SqliteRunner({ busyTimeoutMs }), true);
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
  return new SqliteStoreImpl(db, options.secrets, new SqliteRunner({ busyTimeoutMs, watch }), created);
}

function migrate(db: Database): void {
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

/** A function run as one `BEGIN IMMEDIATE` transaction, made once (better-sqlite3 builds a wrapper per `transaction()` call). */
function immediate<A extends unknown[], R>(db: Database, body: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(body);
  return (...args: A) => transaction.immediate(...args);
}

class SqliteStoreImpl implements SqliteStore {
  readonly #db: Database;
  readonly #secrets: SecretsBox;
  /** how every statement and transaction below runs: lock waits, SQLite's errors, the lost-file check */
  readonly #run: SqliteRunner;
  readonly #statements: ReturnType<typeof prepare>;
  readonly created: boolean;
  readonly #create: (webhook: NewWebhook, claim: IdempotencyClaim | undefined, columns: unknown[], maxWebhooks: number) => CreateWebhookOutcome;
  readonly #update: (accountId: string, id: string, expectedVersion: number, change: WebhookChange, columns: unknown[]) => UpdateWebhookOutcome;
  readonly #delete: (accountId: string, id: string, deletedAt: number) => boolean;
  readonly #outbox: SqliteOutbox;

  readonly #forget: (accountId: string) => void;
  readonly #publish: (event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]) => PublishOutcome;

  constructor(db: Database, secrets: SecretsBox, run: SqliteRunner, created: boolean) {
    this.#db = db;
    this.#secrets = secrets;
    this.#run = run;
    this.created = created;
    const s = (this.#statements = prepare(db));
    const outbox = (this.#outbox = new SqliteOutbox({
      db,
      transaction: (body) => immediate(db, body),
      run,
      webhookColumns: SENDER_WEBHOOK_COLUMNS,
      senderWebhook: (row) => ({ ...this.#toWebhook(row, true).config, id: row.id as string, account_id: row.account_id as string, legacy_secret_key: row.legacy_secret_key === 1 }),
      disable: (accountId, webhookId, at, reason) => {
        const row = s.getWebhook.get(accountId, webhookId) as Row | undefined;
        if (!row || row.disabled_at !== null) return false;
        const current = this.#toWebhook(row, false);
        const disabledAt = dateTime(at);
        const config = { ...current.config, disabled_at: disabledAt, disabled_reason: reason } as WebhookConfig;
        const representation = webhookRepresentation({ id: webhookId, config, createdAt: current.createdAt, updatedAt: at });
        return s.disableWebhook.run(disabledAt, at, reason, representation.json, representation.version, at, accountId, webhookId).changes === 1;
      },
    }));
    this.#create = immediate(db, (webhook: NewWebhook, claim: IdempotencyClaim | undefined, columns: unknown[], maxWebhooks: number): CreateWebhookOutcome => {
      if (claim) {
        const used = s.findKey.get(webhook.accountId, claim.key) as Row | undefined;
        if (used && (used.created_at as number) >= claim.notBefore) {
          if (used.fingerprint !== claim.fingerprint) return { kind: 'key-reused' };
          const body = this.#openStoredBody(used.body as string, webhook.accountId, claim.key);
          return { kind: 'replayed', response: { status: used.status as number, body, location: used.location as string } };
        }
        if (used) s.deleteKey.run(webhook.accountId, claim.key);
      }
      // the account's count goes up only while under the limit: checked and taken in one statement
      if (s.takeWebhookSlot.run(webhook.accountId, maxWebhooks).changes === 0) return { kind: 'limit-reached', limit: maxWebhooks };
      s.insertWebhook.run(webhook.accountId, webhook.id, ...columns, webhook.createdAt, webhook.createdAt);
      if (claim) {
        const { response } = claim;
        // sealed: the answer may carry the secret the platform generated
        const body = this.#secrets.seal(response.body, idempotencyContext(webhook.accountId, claim.key));
        s.insertKey.run(webhook.accountId, claim.key, claim.fingerprint, response.status, body, response.location, webhook.createdAt);
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
    this.#update = immediate(db, (accountId: string, id: string, expectedVersion: number, change: WebhookChange, columns: unknown[]): UpdateWebhookOutcome => {
      const before = s.webhookState.get(accountId, id) as Row | undefined;
      const changed = s.updateWebhook.run(...columns, change.updatedAt, change.secretReplaced === true ? 1 : 0, accountId, id, expectedVersion).changes;
      if (changed === 0 || !before) return s.getWebhook.get(accountId, id) ? { kind: 'conflict' } : { kind: 'not-found' };
      const after = s.getWebhook.get(accountId, id) as Row;
      outbox.configChanged(accountId, id, after.url !== before.url, before.disabled_at !== null && after.disabled_at === null, change.updatedAt);
      return { kind: 'updated', webhook: this.#toWebhook(after, false) };
    });
    this.#delete = immediate(db, (accountId: string, id: string, deletedAt: number): boolean => {
      if (s.deleteWebhook.run(deletedAt, accountId, id).changes === 0) return false;
      s.releaseWebhookSlot.run(accountId);
      outbox.failPendingOf(accountId, id, 'the webhook was deleted');
      return true;
    });
    this.#forget = immediate(db, (accountId: string): void => {
      // deliveries first: they reference their webhooks
      for (const statement of [s.forgetDeliveries, s.forgetWebhooks, s.forgetKeys, s.forgetUsage, s.forgetEvents]) statement.run(accountId);
    });
    this.#publish = immediate(db, (event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): PublishOutcome => {
      const known = s.publishedEvent.get(event.accountId, event.eventId) as Row | undefined;
      if (known !== undefined) {
        const publishedAt = new Date(known.published_at as number);
        return known.fingerprint === event.fingerprint ? { outcome: 'replayed', deliveries: known.deliveries as number, publishedAt } : { outcome: 'conflict', publishedAt };
      }
      const receivers = (s.webhooksReceiving.all(event.accountId, event.eventType) as Row[]).map((row) => this.#senderView(row, event.accountId));
      const deliveries = plan(receivers);
      for (const delivery of deliveries) if (accountOf(delivery) !== event.accountId) throw new TypeError('a published event plans deliveries of its own account only');
      outbox.enqueue(deliveries);
      s.insertPublishedEvent.run(event.accountId, event.eventId, event.eventType, event.fingerprint, deliveries.length, event.publishedAt.getTime());
      return { outcome: 'published', deliveries: deliveries.length, publishedAt: event.publishedAt };
    });
  }

  async createWebhook(webhook: NewWebhook, claim?: IdempotencyClaim, limits?: CreateLimits): Promise<CreateWebhookOutcome> {
    // sealed outside the transaction: the transaction holds the write lock, encryption need not
    const columns = this.#configColumns(webhook.accountId, webhook.id, webhook.config, webhook.representation);
    return this.#run.write(() => this.#create(webhook, claim, columns, limits?.maxWebhooksPerAccount ?? Number.MAX_SAFE_INTEGER));
  }

  async getWebhook(accountId: string, id: string, options: { includeSecrets?: boolean } = {}): Promise<StoredWebhook | undefined> {
    if (options.includeSecrets) {
      const row = (await this.#run.read(() => this.#statements.getWebhookWithSecrets.get(accountId, id))) as Row | undefined;
      return row && this.#toWebhook(row, true);
    }
    const row = (await this.#run.read(() => this.#statements.getWebhook.get(accountId, id))) as Row | undefined;
    return row && this.#toWebhook(row, false);
  }

  async getWebhookRepresentation(accountId: string, id: string): Promise<Representation | undefined> {
    const row = (await this.#run.read(() => this.#statements.getRepresentation.get(accountId, id))) as [string, number] | undefined;
    return row && { json: row[0], version: row[1] };
  }

  async listWebhooks(accountId: string, page: PageRequest): Promise<PageResult<ListedWebhook>> {
    return this.#run.read(() => this.#listWebhooks(accountId, page));
  }

  #listWebhooks(accountId: string, page: PageRequest): PageResult<ListedWebhook> {
    const s = this.#statements;
    let before = NO_CURSOR;
    if (page.startingAfter !== undefined) {
      // deleted webhooks keep their place (a tombstone), so a cursor outlives the webhook it names
      const cursor = s.webhookSeq.get(accountId, page.startingAfter) as Row | undefined;
      if (!cursor) return { ok: false, reason: 'unknown-cursor' };
      before = cursor.seq as number;
    }
    // raw rows of three columns: a page is read without building an object per column
    const rows = s.listWebhooks.all(accountId, before, page.limit + 1) as [string, string, number][];
    const hasMore = rows.length > page.limit;
    const items = rows.slice(0, page.limit).map(([id, json, version]) => ({ id, representation: { json, version } }));
    return { ok: true, items, hasMore };
  }

  async updateWebhook(accountId: string, id: string, expectedVersion: number, change: WebhookChange): Promise<UpdateWebhookOutcome> {
    const columns = this.#configColumns(accountId, id, change.config, change.representation);
    return this.#run.write(() => this.#update(accountId, id, expectedVersion, change, columns));
  }

  async deleteWebhook(accountId: string, id: string, deletedAt: number): Promise<boolean> {
    return this.#run.write(() => this.#delete(accountId, id, deletedAt));
  }

  async refreshRepresentations(version: number, render: (webhook: StoredWebhook) => Representation): Promise<number> {
    const db = this.#db;
    return this.#run.write(() =>
      db
      .transaction(() => {
        const stale = db.prepare(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE deleted_at IS NULL AND representation_version IS NOT ?`).all(version) as Row[];
        const update = db.prepare('UPDATE webhooks SET representation = ?, representation_version = ? WHERE account_id = ? AND id = ?');
        for (const row of stale) {
          const representation = render(this.#toWebhook(row, false));
          update.run(representation.json, representation.version, row.account_id, row.id);
        }
        return stale.length;
      })
      .immediate(),
    );
  }

  async enqueue(deliveries: readonly NewDelivery[]): Promise<void> {
    for (const delivery of deliveries) accountOf(delivery);
    await this.#run.write(() => this.#outbox.enqueue(deliveries));
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

  async disableWebhook(claimed: DeliveryRecord, request: DisableRequest): Promise<boolean> {
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
    return rows.map((row) => this.#senderView(row, accountId));
  }

  async publishEvent(event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): Promise<PublishOutcome> {
    return this.#run.write(() => this.#publish(event, plan));
  }

  /** A webhook row read without secrets, as the fan-out sees it. */
  #senderView(row: Row, accountId: string): SenderWebhook {
    return { ...this.#toWebhook(row, false).config, id: row.id as string, account_id: accountId };
  }

  async listSigningKeys(): Promise<StoredSigningKey[]> {
    const rows = (await this.#run.read(() => this.#statements.listSigningKeys.all())) as Row[];
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
    const s = this.#statements;
    const sealed = this.#secrets.seal(key.privateKeyPem, signingKeyContext(key.kid));
    await this.#run.write(() =>
      this.#db
        .transaction(() => {
          s.retireSigningKeys.run(retireOthersAt);
          s.insertSigningKey.run(key.kid, key.alg, JSON.stringify(key.publicJwk), sealed, key.createdAt, key.activatesAt, key.retiresAt);
        })
        .immediate(),
    );
  }

  async addFirstSigningKey(key: StoredSigningKey): Promise<boolean> {
    const s = this.#statements;
    const sealed = this.#secrets.seal(key.privateKeyPem, signingKeyContext(key.kid));
    return this.#run.write(() =>
      this.#db
        .transaction(() => {
          if (s.anySigningKey.get() !== undefined) return false;
          s.insertSigningKey.run(key.kid, key.alg, JSON.stringify(key.publicJwk), sealed, key.createdAt, key.activatesAt, key.retiresAt);
          return true;
        })
        .immediate(),
    );
  }

  async serverSecret(name: string, create: () => string): Promise<string> {
    const s = this.#statements;
    const existing = (await this.#run.read(() => s.getServerSecret.get(name))) as Row | undefined;
    if (existing) return this.#secrets.open(existing.value as string, serverSecretContext(name));
    const sealed = this.#secrets.seal(create(), serverSecretContext(name));
    // another process may have made it meanwhile: the first one stays
    await this.#run.write(() => s.insertServerSecret.run(name, sealed));
    const stored = (await this.#run.read(() => s.getServerSecret.get(name))) as Row;
    return this.#secrets.open(stored.value as string, serverSecretContext(name));
  }

  async sealedKeyIds(): Promise<Set<string>> {
    const rows = (await this.#run.read(() => this.#statements.sealedKeyIds.all())) as Row[];
    return new Set(rows.map((row) => row.kid as string));
  }

  async resealAll(): Promise<number> {
    const box = this.#secrets;
    const db = this.#db;
    const stale = (sealed: unknown) => typeof sealed === 'string' && SecretsBox.keyIdOf(sealed) !== box.keyId;
    return this.#run.write(() =>
      db
      .transaction(() => {
        let count = 0;
        const webhooks = db.prepare('SELECT seq, account_id, id, secret, oidc_client_secret FROM webhooks WHERE secret IS NOT NULL OR oidc_client_secret IS NOT NULL').all() as Row[];
        const updateSecret = db.prepare('UPDATE webhooks SET secret = ? WHERE seq = ?');
        const updateClientSecret = db.prepare('UPDATE webhooks SET oidc_client_secret = ? WHERE seq = ?');
        for (const row of webhooks) {
          const accountId = row.account_id as string;
          const id = row.id as string;
          for (const [field, statement] of [
            ['secret', updateSecret],
            ['oidc_client_secret', updateClientSecret],
          ] as const) {
            if (!stale(row[field])) continue;
            const context = secretContext(accountId, id, field);
            statement.run(box.seal(box.open(row[field] as string, context), context), row.seq);
            count++;
          }
        }
        for (const row of db.prepare('SELECT kid, private_key FROM signing_keys').all() as Row[]) {
          if (!stale(row.private_key)) continue;
          const context = signingKeyContext(row.kid as string);
          db.prepare('UPDATE signing_keys SET private_key = ? WHERE kid = ?').run(box.seal(box.open(row.private_key as string, context), context), row.kid);
          count++;
        }
        for (const row of db.prepare("SELECT account_id, key, body FROM idempotency_keys WHERE body NOT LIKE '{%'").all() as Row[]) {
          if (!stale(row.body)) continue;
          const context = idempotencyContext(row.account_id as string, row.key as string);
          db.prepare('UPDATE idempotency_keys SET body = ? WHERE account_id = ? AND key = ?').run(box.seal(box.open(row.body as string, context), context), row.account_id, row.key);
          count++;
        }
        for (const row of db.prepare('SELECT name, value FROM server_secrets').all() as Row[]) {
          if (!stale(row.value)) continue;
          const context = serverSecretContext(row.name as string);
          db.prepare('UPDATE server_secrets SET value = ? WHERE name = ?').run(box.seal(box.open(row.value as string, context), context), row.name);
          count++;
        }
        return count;
      })
      .immediate(),
    );
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
    await this.#run.write(() => this.#forget(accountId));
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    // the sender's last records, queued for this turn's group commit, are written first
    await this.#outbox.flush().catch(() => undefined);
    this.#db.close();
    this.#run.close();
  }

  /** The configuration as the insert and update statements bind it, secrets sealed. */
  #configColumns(accountId: string, id: string, config: WebhookConfig, representation: Representation): unknown[] {
    const c = config as Record<string, unknown>;
    const seal = (field: 'secret' | 'oidc_client_secret') =>
      typeof c[field] === 'string' ? this.#secrets.seal(c[field] as string, secretContext(accountId, id, field)) : null;
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

  /** An idempotent answer as stored: sealed (it may carry a generated secret), or plain from before it was. */
  #openStoredBody(stored: string, accountId: string, key: string): string {
    return stored.startsWith('{') ? stored : this.#secrets.open(stored, idempotencyContext(accountId, key));
  }

  #toWebhook(row: Row, includeSecrets: boolean): StoredWebhook {
    const accountId = row.account_id as string;
    const id = row.id as string;
    const config: Record<string, unknown> = { url: row.url, enabled_events: JSON.parse(row.enabled_events as string) as unknown };
    for (const field of ['include', 'oidc_auth_method', 'oidc_client_id', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope', 'oidc_access_token_ttl_seconds', 'disabled_at', 'disabled_reason']) {
      if (row[field] !== null) config[field] = row[field];
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
}


function prepare(db: Database) {
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
    // every sealed value starts "v1." and its key id: characters 4 to 11
    sealedKeyIds: db.prepare(
      `SELECT DISTINCT substr(value, 4, 8) AS kid FROM (
         SELECT secret AS value FROM webhooks WHERE secret IS NOT NULL
         UNION ALL SELECT oidc_client_secret FROM webhooks WHERE oidc_client_secret IS NOT NULL
         UNION ALL SELECT private_key FROM signing_keys
         UNION ALL SELECT value FROM server_secrets
         UNION ALL SELECT body FROM idempotency_keys WHERE body NOT LIKE '{%')`,
    ),
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
