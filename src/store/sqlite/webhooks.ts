/**
 * The SQLite store's webhooks: the transactions that write them and published events (a create with its
 * Idempotency-Key and the per-account limit, an update at the version read, a delete that leaves a
 * tombstone, the representations rendered again, a publish and its fan-out, forgetting an account), each
 * one `BEGIN IMMEDIATE` transaction made once; the sender's disabling; and a page of the list.
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import type {
  CreateWebhookOutcome,
  ListedWebhook,
  PageRequest,
  PageResult,
  IdempotencyClaim,
  NewDelivery,
  NewWebhook,
  PublishedEvent,
  PublishOutcome,
  RenderWebhook,
  Representation,
  SenderWebhook,
  StoredWebhook,
  UpdateWebhookOutcome,
  WebhookChange,
  WebhookConfig,
} from '../contract.js';
import { dateTime } from '../instant.js';
import { accountOf, type SqliteOutbox } from './outbox.js';
import type { Statements } from './statements.js';
import { PUBLIC_WEBHOOK_COLUMNS, configColumns, webhookFromRow, withoutSecrets } from '../webhook-columns.js';

type Database = BetterSqlite3.Database;
type Row = Record<string, unknown>;

/** A function run as one `BEGIN IMMEDIATE` transaction, made once (better-sqlite3 builds a wrapper per `transaction()` call). */
export function immediate<A extends unknown[], R>(db: Database, body: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(body);
  return (...args: A) => transaction.immediate(...args);
}

/** A webhook row of the store as the contract returns it (`enabled_events` is JSON text in SQLite). */
export function sqliteWebhook(row: Row, includeSecrets: boolean): StoredWebhook {
  return webhookFromRow(row, JSON.parse(row.enabled_events as string) as unknown, includeSecrets);
}

/** A webhook row read without secrets, as the fan-out sees it. */
export function senderView(row: Row): SenderWebhook {
  return { ...sqliteWebhook(row, false).config, id: row.id as string, account_id: row.account_id as string };
}

/** larger than any sequence number: "no cursor" */
const NO_CURSOR = Number.MAX_SAFE_INTEGER;

/** A page of an account's live webhooks, newest first (run inside a read). */
export function webhookPage(s: Statements, accountId: string, page: PageRequest): PageResult<ListedWebhook> {
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

/** Disables a live webhook that is not yet disabled, with its representation rendered again (the sender's auto-disable); run in the outbox's transaction. */
export function disableIn(s: Statements, accountId: string, webhookId: string, at: number, reason: string, render: RenderWebhook): boolean {
  const row = s.getWebhook.get(accountId, webhookId) as Row | undefined;
  if (!row || row.disabled_at !== null) return false;
  const current = sqliteWebhook(row, false);
  const disabledAt = dateTime(at);
  const config = { ...current.config, disabled_at: disabledAt, disabled_reason: reason } as WebhookConfig;
  const representation = render({ ...current, version: current.version + 1, config, updatedAt: at });
  return s.disableWebhook.run(disabledAt, at, reason, representation.json, representation.version, at, accountId, webhookId).changes === 1;
}

/** The write transactions, on `db`'s statements and outbox. */
export function webhookWrites(db: Database, s: Statements, outbox: SqliteOutbox) {
  return {
    create: immediate(db, (webhook: NewWebhook, claim: IdempotencyClaim | undefined, maxWebhooks: number): CreateWebhookOutcome => {
      if (claim) {
        const used = s.findKey.get(webhook.accountId, claim.key) as Row | undefined;
        if (used && (used.created_at as number) >= claim.notBefore) {
          if (used.fingerprint !== claim.fingerprint) return { kind: 'key-reused' };
          return { kind: 'replayed', response: { status: used.status as number, body: used.body as string, location: used.location as string } };
        }
        if (used) s.deleteKey.run(webhook.accountId, claim.key);
      }
      // the account's count goes up only while under the limit: checked and taken in one statement
      if (s.takeWebhookSlot.run(webhook.accountId, maxWebhooks).changes === 0) return { kind: 'limit-reached', limit: maxWebhooks };
      s.insertWebhook.run(webhook.accountId, webhook.id, ...configColumns(webhook.config, webhook.representation), webhook.createdAt, webhook.createdAt);
      if (claim) {
        const { response } = claim;
        s.insertKey.run(webhook.accountId, claim.key, claim.fingerprint, response.status, response.body, response.location, webhook.createdAt);
      }
      const { accountId, id, createdAt, representation } = webhook;
      return { kind: 'created', webhook: { accountId, id, version: 1, config: withoutSecrets(webhook.config), createdAt, updatedAt: createdAt, representation } };
    }),
    update: immediate(db, (accountId: string, id: string, expectedVersion: number, change: WebhookChange): UpdateWebhookOutcome => {
      const before = s.webhookState.get(accountId, id) as Row | undefined;
      const columns = configColumns(change.config, change.representation);
      const changed = s.updateWebhook.run(...columns, change.updatedAt, change.secretReplaced === true ? 1 : 0, accountId, id, expectedVersion).changes;
      if (changed === 0 || !before) return s.getWebhook.get(accountId, id) ? { kind: 'conflict' } : { kind: 'not-found' };
      const after = s.getWebhook.get(accountId, id) as Row;
      outbox.configChanged(accountId, id, after.url !== before.url, before.disabled_at !== null && after.disabled_at === null, change.updatedAt);
      return { kind: 'updated', webhook: sqliteWebhook(after, false) };
    }),
    delete: immediate(db, (accountId: string, id: string, deletedAt: number): boolean => {
      if (s.deleteWebhook.run(deletedAt, accountId, id).changes === 0) return false;
      s.releaseWebhookSlot.run(accountId);
      outbox.failPendingOf(accountId, id, 'the webhook was deleted');
      return true;
    }),
    refresh: immediate(db, (version: number, render: (webhook: StoredWebhook) => Representation): number => {
      const stale = db.prepare(`SELECT ${PUBLIC_WEBHOOK_COLUMNS} FROM webhooks WHERE deleted_at IS NULL AND representation_version IS NOT ?`).all(version) as Row[];
      const update = db.prepare('UPDATE webhooks SET representation = ?, representation_version = ? WHERE account_id = ? AND id = ?');
      for (const row of stale) {
        const representation = render(sqliteWebhook(row, false));
        update.run(representation.json, representation.version, row.account_id, row.id);
      }
      return stale.length;
    }),
    forget: immediate(db, (accountId: string): void => {
      // deliveries first: they reference their webhooks
      for (const statement of [s.forgetDeliveries, s.forgetWebhooks, s.forgetKeys, s.forgetUsage, s.forgetEvents]) statement.run(accountId);
    }),
    publish: immediate(db, (event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): PublishOutcome => {
      const known = s.publishedEvent.get(event.accountId, event.eventId) as Row | undefined;
      if (known !== undefined) {
        const publishedAt = new Date(known.published_at as number);
        return known.fingerprint === event.fingerprint ? { outcome: 'replayed', deliveries: known.deliveries as number, publishedAt } : { outcome: 'conflict', publishedAt };
      }
      const deliveries = plan((s.webhooksReceiving.all(event.accountId, event.eventType) as Row[]).map(senderView));
      for (const delivery of deliveries) if (accountOf(delivery) !== event.accountId) throw new TypeError('a published event plans deliveries of its own account only');
      outbox.enqueue(deliveries);
      s.insertPublishedEvent.run(event.accountId, event.eventId, event.eventType, event.fingerprint, deliveries.length, event.publishedAt.getTime());
      return { outcome: 'published', deliveries: deliveries.length, publishedAt: event.publishedAt };
    }),
  };
}
