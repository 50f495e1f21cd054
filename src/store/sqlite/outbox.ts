/**
 * The SQLite store's outbox: deliveries enqueued, claimed fairly, leased, recorded and listed. Each webhook
 * keeps its queue's next due time (`queue_due_at`) and its turn (`claim_turn`), so that a claim reads the
 * webhooks that have work, least recently served first, and takes from each only what its limit of
 * deliveries in flight leaves room for: one slow or dead endpoint can hold at most its own limit.
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { AttemptRecord, AttemptRecorded, ClaimedDelivery, ClaimRequest, DeliveryRecord, StoreDisableRequest, ListedDelivery, NewDelivery, PageRequest, PageResult, RenderWebhook, SenderWebhook } from '../contract.js';
import { LAST_ERROR_MAX_CHARS } from '../contract.js';
import { GroupCommit } from './group-commit.js';
import { claimDue } from './outbox-claim.js';
import { accountOf, type Row } from './outbox-rows.js';
import { toListedDelivery } from '../rows.js';
import { prepareOutbox, type OutboxStatements } from './outbox-statements.js';

export { accountOf } from './outbox-rows.js';
export { LEASE_INDEX_MIGRATION, OUTBOX_MIGRATION } from './outbox-statements.js';

type Database = BetterSqlite3.Database;

/** What the outbox needs of the store around it. */
export interface OutboxContext {
  db: Database;
  /** runs a function as one `BEGIN IMMEDIATE` transaction */
  transaction: <A extends unknown[], R>(body: (...args: A) => R) => (...args: A) => R;
  /** how the store runs its writes: waits for another connection's lock, maps SQLite's faults, checks the file */
  run: { write<T>(body: () => T): T | Promise<T> };
  /** the sender's view of a webhook row read with its secrets, opened */
  senderWebhook: (row: Row) => SenderWebhook;
  /** the columns that `senderWebhook` reads, secrets included */
  webhookColumns: string;
  /** disables a webhook row: `disabled_at`, `disabled_reason`, a new version and its answer rendered again; false when it was not live and enabled */
  disable: (accountId: string, webhookId: string, at: number, reason: string, render: RenderWebhook) => boolean;
}

/** larger than any sequence number: "no cursor" */
const NO_CURSOR = Number.MAX_SAFE_INTEGER;
/** How many webhooks' opened secrets a claim keeps, least recently claimed dropped first. */
const WEBHOOK_CACHE_SIZE = 10_000;

/** What the attempts recorded in one group still owe a webhook, written once at the group's end. */
interface Owed {
  accountId: string;
  webhookId: string;
  /** the latest attempt's time */
  at: number;
  /** a success is to be noted: the endpoint answers, its run of failures ends */
  succeeded: boolean;
}

/**
 * The outbox over the store's database.
 * @example
 * const outbox = new SqliteOutbox({ db, transaction, senderWebhook, webhookColumns, disable });
 * const claims = outbox.claim({ now, limit: 8, leaseUntil, perWebhookLimit: 8 });
 */
export class SqliteOutbox {
  readonly #s: OutboxStatements;
  readonly #context: OutboxContext;
  readonly #group: GroupCommit;
  /** the sender's view of recently claimed webhooks, by version: a claim reads a version, not the row and its secrets */
  readonly #webhooks = new Map<string, { version: number; webhook: SenderWebhook }>();
  /**
   * Per webhook, what this group's successes owe it: noted once for the group, not once per delivery (a
   * backlog's attempts finish by the dozen). A failure settles what its webhook is owed first, so the order
   * of successes and failures is kept.
   */
  #owed = new Map<string, Owed>();
  #turn: number;
  readonly enqueue: (deliveries: readonly NewDelivery[]) => void;
  readonly #claim: (request: ClaimRequest) => ClaimedDelivery[];
  readonly disableWebhook: (claimed: DeliveryRecord, request: StoreDisableRequest) => boolean;
  readonly #extendLeases: (claimed: readonly DeliveryRecord[], leaseUntil: Date) => void;
  readonly #recordFailure: (claimed: DeliveryRecord, outcome: AttemptRecord) => AttemptRecorded;
  readonly #markFailed: (claimed: DeliveryRecord, reason: string) => boolean;
  readonly #release: (claimed: DeliveryRecord, dueAt: Date) => boolean;

  constructor(context: OutboxContext) {
    this.#context = context;
    const s = (this.#s = prepareOutbox(context.db, context.webhookColumns));
    this.#turn = (s.lastTurn.get() as Row).turn as number;
    const tx = context.transaction;
    this.#group = new GroupCommit((body) => context.run.write(() => tx(body)()), {
      // a group tried again (the database was busy) starts with nothing owed
      before: () => this.#owed.clear(),
      after: () => this.#settleAll(),
    });
    const refresh = (accountId: string, webhookId: string, now: number) => s.refreshQueue.run({ now, account: accountId, webhook: webhookId });

    this.enqueue = tx((deliveries: readonly NewDelivery[]) => {
      const touched = new Map<string, [string, string, number]>();
      for (const d of deliveries) {
        const created = d.created_at.getTime();
        const schedule = d.retry_schedule === undefined || d.retry_schedule === null ? null : JSON.stringify(d.retry_schedule);
        // skipped when the webhook is gone, or when this event is already scheduled for it
        const inserted = s.insertDelivery.run(d.account_id, d.id, d.webhook_id, d.event_id, d.event_type, d.body, created, created, schedule, d.account_id, d.webhook_id).changes;
        const key = `${d.account_id}\u0000${d.webhook_id}`;
        const earliest = touched.get(key);
        if (inserted === 1 && (earliest === undefined || created < earliest[2])) touched.set(key, [d.account_id!, d.webhook_id, created]);
      }
      for (const [accountId, webhookId, at] of touched.values()) s.queueAt.run(at, at, accountId, webhookId, at);
    });

    this.#claim = tx((request: ClaimRequest): ClaimedDelivery[] =>
      claimDue({ s, nextTurn: () => ++this.#turn, webhookOf: (accountId, webhookId) => this.#senderWebhook(accountId, webhookId) }, request),
    );

    this.#extendLeases = tx((claimed: readonly DeliveryRecord[], leaseUntil: Date) => {
      const until = leaseUntil.getTime();
      // each webhook's queue refreshed once, however many of its leases moved
      const moved = new Map<string, [string, string]>();
      for (const delivery of claimed) {
        if (s.extendLease.run(until, until, accountOf(delivery), delivery.id, delivery.attempts).changes === 1) {
          moved.set(`${accountOf(delivery)}\u0000${delivery.webhook_id}`, [accountOf(delivery), delivery.webhook_id]);
        }
      }
      for (const [accountId, webhookId] of moved.values()) refresh(accountId, webhookId, until);
    });

    this.#recordFailure = tx((claimed: DeliveryRecord, outcome: AttemptRecord): AttemptRecorded => {
      const accountId = accountOf(claimed);
      const at = outcome.attempted_at.getTime();
      if (!this.#recordOne(accountId, claimed, outcome)) return { applied: false, failingSince: null, failedDeliveries: 0 };
      if (outcome.endpoint === 'answered') s.endpointAnswered.run(accountId, claimed.webhook_id);
      else if (outcome.endpoint === 'unresponsive') s.endpointUnresponsive.run(at, accountId, claimed.webhook_id);
      // a delivery counts once per run of failures: its earlier attempts in this run were counted then
      const streak = s.failed.get({ at, previous: claimed.last_attempt_at?.getTime() ?? null, account: accountId, webhook: claimed.webhook_id }) as Row | undefined;
      this.#owe(accountId, claimed.webhook_id, at, false);
      return {
        applied: true,
        failingSince: streak?.failing_since === undefined || streak.failing_since === null ? null : new Date(streak.failing_since as number),
        failedDeliveries: (streak?.failing_deliveries as number | undefined) ?? 0,
      };
    });

    this.#markFailed = tx((claimed: DeliveryRecord, reason: string): boolean => {
      const applied = s.markFailed.run(reason.slice(0, LAST_ERROR_MAX_CHARS), accountOf(claimed), claimed.id, claimed.attempts).changes === 1;
      if (applied) refresh(accountOf(claimed), claimed.webhook_id, Date.now());
      return applied;
    });

    this.#release = tx((claimed: DeliveryRecord, dueAt: Date): boolean => {
      const applied = s.release.run(dueAt.getTime(), accountOf(claimed), claimed.id, claimed.attempts).changes === 1;
      if (applied) refresh(accountOf(claimed), claimed.webhook_id, dueAt.getTime());
      return applied;
    });

    this.disableWebhook = tx((claimed: DeliveryRecord, request: StoreDisableRequest): boolean => {
      const accountId = accountOf(claimed);
      const reason = request.reason.slice(0, LAST_ERROR_MAX_CHARS);
      const disabled = context.disable(accountId, claimed.webhook_id, request.at.getTime(), reason, request.render);
      if (request.failPending) s.failPending.run(reason, accountId, claimed.webhook_id);
      // held while disabled: the queue leaves the claim's index until the webhook is enabled again
      s.holdQueue.run(accountId, claimed.webhook_id);
      return disabled;
    });
  }

  /**
   * Claims what can start now (see `DeliveryOutbox.claim`), in the same transaction as the attempts
   * recorded in this turn: the slots those attempts freed are filled by one commit with them.
   */
  claim(request: ClaimRequest): Promise<ClaimedDelivery[]> {
    return this.#group.add(() => {
      // the queues' due times are made current before the claim reads them
      this.#settleAll();
      return this.#claim(request);
    });
  }

  /** Moves the leases of claimed deliveries still in flight (with other writes of this turn, in one transaction). */
  extendLeases(claimed: readonly DeliveryRecord[], leaseUntil: Date): Promise<void> {
    return this.#group.add(() => this.#extendLeases(claimed, leaseUntil));
  }

  /**
   * Records an attempt (with the other attempts that finished in this turn, in one transaction). A success
   * is one statement, so it needs no savepoint of its own; what it owes its webhook is written at the group's end.
   */
  recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded> {
    if (outcome.status !== 'succeeded') {
      return this.#group.add(() => {
        this.#settle(`${accountOf(claimed)}\u0000${claimed.webhook_id}`);
        return this.#recordFailure(claimed, outcome);
      });
    }
    return this.#group.add((): AttemptRecorded => {
      const accountId = accountOf(claimed);
      const applied = this.#recordOne(accountId, claimed, outcome);
      if (applied) this.#owe(accountId, claimed.webhook_id, outcome.attempted_at.getTime(), true);
      return { applied, failingSince: null, failedDeliveries: 0 };
    });
  }

  /** Gives a claimed delivery up without an attempt. */
  markFailed(claimed: DeliveryRecord, reason: string): Promise<boolean> {
    return this.#group.add(() => this.#markFailed(claimed, reason));
  }

  /** Hands a claimed delivery back, due at `dueAt`. */
  release(claimed: DeliveryRecord, dueAt: Date): Promise<boolean> {
    return this.#group.add(() => this.#release(claimed, dueAt));
  }

  /** Writes what is queued now; the store calls it before closing the database. */
  flush(): Promise<void> {
    return this.#group.flush();
  }

  /** The delivery's row updated by an attempt, while its claim is current; whether it applied. */
  #recordOne(accountId: string, claimed: DeliveryRecord, outcome: AttemptRecord): boolean {
    const error = outcome.error === null ? null : outcome.error.slice(0, LAST_ERROR_MAX_CHARS);
    const next = outcome.status === 'pending' ? (outcome.next_attempt_at?.getTime() ?? null) : null;
    return this.#s.recordAttempt.run(outcome.attempted_at.getTime(), outcome.response_status, error, outcome.status, next, accountId, claimed.id, claimed.attempts).changes === 1;
  }

  /** Notes what a recorded attempt owes its webhook: its queue refreshed, and a success noted. */
  #owe(accountId: string, webhookId: string, at: number, succeeded: boolean): void {
    const key = `${accountId}\u0000${webhookId}`;
    const owed = this.#owed.get(key);
    if (owed === undefined) this.#owed.set(key, { accountId, webhookId, at, succeeded });
    else {
      owed.at = Math.max(owed.at, at);
      owed.succeeded = succeeded;
    }
  }

  /** Writes a success a webhook is owed now (before a failure of it is recorded); its queue is refreshed later. */
  #settle(key: string): void {
    const owed = this.#owed.get(key);
    if (owed?.succeeded !== true) return;
    this.#s.succeeded.run(owed.accountId, owed.webhookId);
    owed.succeeded = false;
  }

  /** Writes everything owed: each success noted, each touched queue's due time refreshed. */
  #settleAll(): void {
    if (this.#owed.size === 0) return;
    for (const owed of this.#owed.values()) {
      if (owed.succeeded) this.#s.succeeded.run(owed.accountId, owed.webhookId);
      this.#s.refreshQueue.run({ now: owed.at, account: owed.accountId, webhook: owed.webhookId });
    }
    this.#owed = new Map();
  }

  /** The sender's view of a live webhook, from the cache while its version is the stored one. */
  #senderWebhook(accountId: string, webhookId: string): SenderWebhook | undefined {
    const key = `${accountId}\u0000${webhookId}`;
    const version = (this.#s.webhookVersion.get(accountId, webhookId) as Row | undefined)?.version as number | undefined;
    if (version === undefined) {
      this.#webhooks.delete(key);
      return undefined;
    }
    const cached = this.#webhooks.get(key);
    if (cached?.version === version) return cached.webhook;
    const row = this.#s.webhookWithSecrets.get(accountId, webhookId) as Row | undefined;
    if (row === undefined) return undefined;
    const webhook = this.#context.senderWebhook(row);
    this.#webhooks.delete(key);
    this.#webhooks.set(key, { version: row.version as number, webhook });
    // the oldest entry goes first: the cache holds the webhooks that have work now
    if (this.#webhooks.size > WEBHOOK_CACHE_SIZE) this.#webhooks.delete(this.#webhooks.keys().next().value!);
    return webhook;
  }

  /** When the earliest pending delivery of an enabled webhook is due, leases included. */
  nextDueAt(now: number): Date | null {
    const at = (this.#s.nextDue.get(now) as Row).at as number | null;
    return at === null ? null : new Date(at);
  }

  /** Fails the pending deliveries of a webhook being deleted, inside the caller's transaction. */
  failPendingOf(accountId: string, webhookId: string, reason: string): void {
    this.#s.failPending.run(reason, accountId, webhookId);
    this.#s.holdQueue.run(accountId, webhookId);
  }

  /**
   * After a webhook's configuration changed (inside the caller's transaction): an endpoint at a new URL
   * starts with a clean record, a webhook enabled again has its queue back, one disabled has it held.
   */
  configChanged(accountId: string, webhookId: string, urlChanged: boolean, enabledAgain: boolean, now: number): void {
    if (urlChanged || enabledAgain) this.#s.freshRecord.run(accountId, webhookId);
    this.#s.refreshQueue.run({ now, account: accountId, webhook: webhookId });
  }

  /** A webhook's deliveries, newest first, one page. */
  listDeliveries(accountId: string, webhookId: string, page: PageRequest): PageResult<ListedDelivery> {
    const s = this.#s;
    let before = NO_CURSOR;
    if (page.startingAfter !== undefined) {
      const cursor = s.deliverySeq.get(accountId, webhookId, page.startingAfter) as Row | undefined;
      if (!cursor) return { ok: false, reason: 'unknown-cursor' };
      before = cursor.seq as number;
    }
    const rows = s.listDeliveries.all(accountId, webhookId, before, page.limit + 1) as Row[];
    return { ok: true, items: rows.slice(0, page.limit).map(toListedDelivery), hasMore: rows.length > page.limit };
  }
}
