/**
 * The SQLite store's outbox: deliveries enqueued, claimed fairly, leased, recorded and listed. Each webhook
 * keeps its queue's next due time (`queue_due_at`) and its turn (`claim_turn`), so that a claim reads the
 * webhooks that have work, least recently served first, and takes from each only what its limit of
 * deliveries in flight leaves room for: one slow or dead endpoint can hold at most its own limit.
 * @module
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { AttemptRecord, AttemptRecorded, ClaimedDelivery, ClaimRequest, DeliveryRecord, DisableRequest, ListedDelivery, NewDelivery, PageRequest, PageResult, SenderWebhook } from '../contract.js';
import { LAST_ERROR_MAX_CHARS } from '../contract.js';
import { GroupCommit } from './group-commit.js';
import type { EventType } from '../../types.js';
import { roundRobin } from '../round-robin.js';

type Database = BetterSqlite3.Database;
type Row = Record<string, unknown>;

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
  disable: (accountId: string, webhookId: string, at: number, reason: string) => boolean;
}

/** The schema changes of the fair outbox (migration 2 of the store). */
export const OUTBOX_MIGRATION = `
  ALTER TABLE webhooks ADD COLUMN queue_due_at INTEGER;
  ALTER TABLE webhooks ADD COLUMN claim_turn INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE webhooks ADD COLUMN unresponsive_since INTEGER;
  ALTER TABLE webhooks ADD COLUMN failing_since INTEGER;
  ALTER TABLE webhooks ADD COLUMN failing_deliveries INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE deliveries ADD COLUMN leased_until INTEGER;
  ALTER TABLE deliveries ADD COLUMN retry_schedule TEXT;
  DROP INDEX deliveries_due;
  CREATE INDEX deliveries_queue ON deliveries (account_id, webhook_id, next_attempt_at) WHERE status = 'pending';
  CREATE INDEX deliveries_leased ON deliveries (account_id, webhook_id, leased_until) WHERE leased_until IS NOT NULL;
  CREATE INDEX webhooks_queue ON webhooks (queue_due_at) WHERE queue_due_at IS NOT NULL;
  UPDATE webhooks SET queue_due_at = (
    SELECT MIN(d.next_attempt_at) FROM deliveries d WHERE d.account_id = webhooks.account_id AND d.webhook_id = webhooks.id AND d.status = 'pending'
  ) WHERE deleted_at IS NULL AND disabled_at IS NULL;
`;

/**
 * The lease index covers the status too (migration 4 of the store): a claim counts each candidate's
 * deliveries in flight from the index alone, where reading every leased row (payload and all) cost a
 * claim about 200 µs with 32 in flight.
 */
export const LEASE_INDEX_MIGRATION = `
  DROP INDEX deliveries_leased;
  CREATE INDEX deliveries_leased ON deliveries (account_id, webhook_id, leased_until, status) WHERE leased_until IS NOT NULL;
`;

const DELIVERY_COLUMNS =
  'account_id, id, webhook_id, event_id, event_type, status, attempts, last_attempt_at, last_response_status, last_error, next_attempt_at, created_at';
/** larger than any sequence number: "no cursor" */
const NO_CURSOR = Number.MAX_SAFE_INTEGER;
/**
 * How many webhooks with work a claim looks at, least recently served first: at least 64, so that every
 * account gets its turn, and at most 512, so that a claim stays cheap whatever the backlog.
 */
const MIN_CANDIDATES = 64;
/** How many webhooks' opened secrets a claim keeps, least recently claimed dropped first. */
const WEBHOOK_CACHE_SIZE = 10_000;
const MAX_CANDIDATES = 512;

/**
 * The outbox over the store's database.
 * @example
 * const outbox = new SqliteOutbox({ db, transaction, senderWebhook, webhookColumns, disable });
 * const claims = outbox.claim({ now, limit: 8, leaseUntil, perWebhookLimit: 8 });
 */
export class SqliteOutbox {
  readonly #s: ReturnType<typeof prepare>;
  readonly #context: OutboxContext;
  readonly #group: GroupCommit;
  /** the sender's view of recently claimed webhooks, by version: a claim reads a version, not the row and its secrets */
  readonly #webhooks = new Map<string, { version: number; webhook: SenderWebhook }>();
  #turn: number;
  readonly enqueue: (deliveries: readonly NewDelivery[]) => void;
  readonly #claim: (request: ClaimRequest) => ClaimedDelivery[];
  readonly disableWebhook: (claimed: DeliveryRecord, request: DisableRequest) => boolean;
  readonly #extendLeases: (claimed: readonly DeliveryRecord[], leaseUntil: Date) => void;
  readonly #recordAttempt: (claimed: DeliveryRecord, outcome: AttemptRecord) => AttemptRecorded;
  readonly #markFailed: (claimed: DeliveryRecord, reason: string) => boolean;
  readonly #release: (claimed: DeliveryRecord, dueAt: Date) => boolean;

  constructor(context: OutboxContext) {
    this.#context = context;
    const s = (this.#s = prepare(context.db, context.webhookColumns));
    this.#turn = (s.lastTurn.get() as Row).turn as number;
    const tx = context.transaction;
    this.#group = new GroupCommit((body) => context.run.write(() => tx(body)()));
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

    this.#claim = tx((request: ClaimRequest): ClaimedDelivery[] => {
      const now = request.now.getTime();
      const limit = Math.max(0, Math.floor(request.limit));
      if (limit === 0) return [];
      const perWebhook = Math.max(1, Math.floor(request.perWebhookLimit));
      // webhooks with due work and room below their limit, least recently served first: those at their
      // limit are left out by the query itself
      const candidates = s.readyWebhooks.all({ now, cap: perWebhook, candidates: Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, limit * 2)) }) as Row[];
      // each webhook's room, grouped by account in turn order
      const byAccount = new Map<string, Candidate[]>();
      for (const webhook of candidates) {
        const accountId = webhook.account_id as string;
        const webhookId = webhook.id as string;
        const room = Math.min(webhook.room as number, limit);
        const list = byAccount.get(accountId) ?? [];
        list.push({ accountId, webhookId, room, rows: [], exhausted: false });
        byAccount.set(accountId, list);
      }
      // turns handed out round robin (accounts, then their webhooks); a webhook with fewer due than its
      // turns hands the rest on, so a few rounds fill the claim
      const accounts = [...byAccount.values()];
      for (let round = 0; round < 4; round++) {
        const turns = new Map<Candidate, number>();
        for (const candidate of roundRobin(accounts.map((list) => roundRobin(list.map((c) => Array<Candidate>(c.exhausted ? c.rows.length : c.room).fill(c)))), limit)) {
          turns.set(candidate, (turns.get(candidate) ?? 0) + 1);
        }
        let short = false;
        for (const [candidate, wanted] of turns) {
          if (candidate.exhausted || wanted <= candidate.rows.length) continue;
          const more = s.dueOf.all(candidate.accountId, candidate.webhookId, now, wanted - candidate.rows.length, candidate.rows.length) as Row[];
          candidate.rows.push(...more);
          if (candidate.rows.length < wanted) short = candidate.exhausted = true;
        }
        if (!short) break;
      }
      const picked = roundRobin(accounts.map((list) => roundRobin(list.map((candidate) => candidate.rows))), limit);
      if (picked.length === 0) return [];
      const leaseUntil = request.leaseUntil.getTime();
      s.lease.run(leaseUntil, leaseUntil, JSON.stringify(picked.map((row) => row.seq)));
      const webhooks = new Map<string, SenderWebhook | undefined>();
      for (const row of picked) {
        const accountId = row.account_id as string;
        const webhookId = row.webhook_id as string;
        const key = `${accountId}\u0000${webhookId}`;
        if (webhooks.has(key)) continue;
        // a webhook with room is live and enabled (the candidates' query said so)
        s.tookTurn.run({ turn: ++this.#turn, account: accountId, webhook: webhookId });
        webhooks.set(key, this.#senderWebhook(accountId, webhookId));
      }
      return picked.map((row) => ({
        delivery: { ...toListedDelivery(row), next_attempt_at: new Date(leaseUntil), body: row.payload as string, retry_schedule: scheduleOf(row) },
        webhook: webhooks.get(`${row.account_id as string}\u0000${row.webhook_id as string}`),
      }));
    });

    this.#extendLeases = tx((claimed: readonly DeliveryRecord[], leaseUntil: Date) => {
      const until = leaseUntil.getTime();
      for (const delivery of claimed) {
        if (s.extendLease.run(until, until, accountOf(delivery), delivery.id, delivery.attempts).changes === 1) {
          refresh(accountOf(delivery), delivery.webhook_id, until);
        }
      }
    });

    this.#recordAttempt = tx((claimed: DeliveryRecord, outcome: AttemptRecord): AttemptRecorded => {
      const accountId = accountOf(claimed);
      const at = outcome.attempted_at.getTime();
      const error = outcome.error === null ? null : outcome.error.slice(0, LAST_ERROR_MAX_CHARS);
      const next = outcome.status === 'pending' ? (outcome.next_attempt_at?.getTime() ?? null) : null;
      const applied = s.recordAttempt.run(at, outcome.response_status, error, outcome.status, next, accountId, claimed.id, claimed.attempts).changes === 1;
      if (!applied) return { applied, failingSince: null, failedDeliveries: 0 };
      let streak: Row | undefined;
      if (outcome.status === 'succeeded') s.succeeded.run(accountId, claimed.webhook_id);
      else {
        if (outcome.endpoint === 'answered') s.endpointAnswered.run(accountId, claimed.webhook_id);
        else if (outcome.endpoint === 'unresponsive') s.endpointUnresponsive.run(at, accountId, claimed.webhook_id);
        // a delivery counts once per run of failures: its earlier attempts in this run were counted then
        streak = s.failed.get({ at, previous: claimed.last_attempt_at?.getTime() ?? null, account: accountId, webhook: claimed.webhook_id }) as Row | undefined;
      }
      refresh(accountId, claimed.webhook_id, at);
      return {
        applied,
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

    this.disableWebhook = tx((claimed: DeliveryRecord, request: DisableRequest): boolean => {
      const accountId = accountOf(claimed);
      const reason = request.reason.slice(0, LAST_ERROR_MAX_CHARS);
      const disabled = context.disable(accountId, claimed.webhook_id, request.at.getTime(), reason);
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
    return this.#group.add(() => this.#claim(request));
  }

  /** Moves the leases of claimed deliveries still in flight (with other writes of this turn, in one transaction). */
  extendLeases(claimed: readonly DeliveryRecord[], leaseUntil: Date): Promise<void> {
    return this.#group.add(() => this.#extendLeases(claimed, leaseUntil));
  }

  /** Records an attempt (with the other attempts that finished in this turn, in one transaction). */
  recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded> {
    return this.#group.add(() => this.#recordAttempt(claimed, outcome));
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

/** A webhook with work, as a claim weighs it. */
interface Candidate {
  accountId: string;
  webhookId: string;
  /** how many more of its deliveries may be in flight */
  room: number;
  /** its due deliveries read so far, oldest due first */
  rows: Row[];
  /** fewer are due than it had room for: all of them are in `rows` */
  exhausted: boolean;
}


/** The account a delivery belongs to: this store keeps accounts apart, and ids are unique only within one. */
export function accountOf(delivery: { account_id?: string }): string {
  if (typeof delivery.account_id !== 'string') throw new TypeError('a delivery in the SQLite store needs its account_id');
  return delivery.account_id;
}

const dateOrNull = (ms: unknown): Date | null => (ms === null || ms === undefined ? null : new Date(ms as number));

function scheduleOf(row: Row): readonly number[] | null {
  return typeof row.retry_schedule === 'string' ? (JSON.parse(row.retry_schedule) as number[]) : null;
}

function toListedDelivery(row: Row): ListedDelivery {
  return {
    account_id: row.account_id as string,
    id: row.id as string,
    webhook_id: row.webhook_id as string,
    event_id: row.event_id as string,
    event_type: row.event_type as EventType,
    status: row.status as ListedDelivery['status'],
    attempts: row.attempts as number,
    last_attempt_at: dateOrNull(row.last_attempt_at),
    last_response_status: row.last_response_status as number | null,
    last_error: row.last_error as string | null,
    next_attempt_at: dateOrNull(row.next_attempt_at),
    created_at: new Date(row.created_at as number),
  };
}

function prepare(db: Database, webhookColumns: string) {
  const enabledAt = '(disabled_at_ms IS NULL OR disabled_at_ms > ?)';
  return {
    lastTurn: db.prepare('SELECT COALESCE(MAX(claim_turn), 0) AS turn FROM webhooks'),
    insertDelivery: db.prepare(
      `INSERT OR IGNORE INTO deliveries (account_id, id, webhook_id, event_id, event_type, payload, status, next_attempt_at, created_at, retry_schedule)
       SELECT ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ? WHERE EXISTS (SELECT 1 FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL)`,
    ),
    // min() of two values: the queue is due at the earlier of what it had and the new delivery
    queueAt: db.prepare(`UPDATE webhooks SET queue_due_at = min(COALESCE(queue_due_at, ?), ?) WHERE account_id = ? AND id = ? AND deleted_at IS NULL AND ${enabledAt}`),
    // written only when the value changes: a row rewritten with what it holds still costs a page in the WAL
    refreshQueue: db.prepare(
      `UPDATE webhooks SET queue_due_at = v.due FROM (SELECT CASE WHEN w.deleted_at IS NOT NULL OR w.disabled_at_ms <= :now THEN NULL ELSE
         (SELECT next_attempt_at FROM deliveries WHERE account_id = :account AND webhook_id = :webhook AND status = 'pending' ORDER BY next_attempt_at LIMIT 1) END AS due
         FROM webhooks w WHERE w.account_id = :account AND w.id = :webhook) AS v
       WHERE account_id = :account AND id = :webhook AND queue_due_at IS NOT v.due`,
    ),
    // a claim: the webhook's turn moves to the back, and its queue's next due time to what is left
    tookTurn: db.prepare(
      `UPDATE webhooks SET claim_turn = :turn, queue_due_at =
         (SELECT next_attempt_at FROM deliveries WHERE account_id = :account AND webhook_id = :webhook AND status = 'pending' ORDER BY next_attempt_at LIMIT 1)
       WHERE account_id = :account AND id = :webhook`,
    ),
    holdQueue: db.prepare('UPDATE webhooks SET queue_due_at = NULL WHERE account_id = ? AND id = ?'),
    // room: the webhook's limit (one while its endpoint does not answer) less its deliveries in flight
    readyWebhooks: db.prepare(
      `SELECT account_id, id, room FROM (
         SELECT w.account_id, w.id, w.claim_turn, w.queue_due_at, w.seq,
           CASE WHEN w.unresponsive_since IS NULL THEN :cap ELSE 1 END - (
             SELECT count(*) FROM deliveries d WHERE d.account_id = w.account_id AND d.webhook_id = w.id
               AND d.leased_until IS NOT NULL AND d.leased_until > :now AND d.status = 'pending') AS room
         FROM webhooks w WHERE w.queue_due_at <= :now AND w.deleted_at IS NULL AND (w.disabled_at_ms IS NULL OR w.disabled_at_ms > :now))
       WHERE room > 0 ORDER BY claim_turn, queue_due_at, seq LIMIT :candidates`,
    ),
    dueOf: db.prepare(
      `SELECT seq, ${DELIVERY_COLUMNS}, payload, retry_schedule FROM deliveries
       WHERE account_id = ? AND webhook_id = ? AND status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, seq LIMIT ? OFFSET ?`,
    ),
    lease: db.prepare('UPDATE deliveries SET next_attempt_at = ?, leased_until = ? WHERE seq IN (SELECT value FROM json_each(?))'),
    webhookWithSecrets: db.prepare(`SELECT ${webhookColumns} FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL`),
    extendLease: db.prepare(
      `UPDATE deliveries SET next_attempt_at = ?, leased_until = ? WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ? AND leased_until IS NOT NULL`,
    ),
    recordAttempt: db.prepare(
      `UPDATE deliveries SET attempts = attempts + 1, last_attempt_at = ?, last_response_status = ?, last_error = ?, status = ?, next_attempt_at = ?, leased_until = NULL
       WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ?`,
    ),
    webhookVersion: db.prepare('SELECT version FROM webhooks WHERE account_id = ? AND id = ? AND deleted_at IS NULL'),
    // a success: the endpoint answers, and the run of failures ends (the row is written only when either was set)
    succeeded: db.prepare(
      `UPDATE webhooks SET unresponsive_since = NULL, failing_since = NULL, failing_deliveries = 0
       WHERE account_id = ? AND id = ? AND (unresponsive_since IS NOT NULL OR failing_since IS NOT NULL)`,
    ),
    endpointAnswered: db.prepare('UPDATE webhooks SET unresponsive_since = NULL WHERE account_id = ? AND id = ? AND unresponsive_since IS NOT NULL'),
    endpointUnresponsive: db.prepare('UPDATE webhooks SET unresponsive_since = COALESCE(unresponsive_since, ?) WHERE account_id = ? AND id = ?'),
    // the CASE reads the row as it was: a new run starts at 1; a delivery last attempted before the run began is new to it
    failed: db.prepare(
      `UPDATE webhooks SET
         failing_deliveries = CASE WHEN failing_since IS NULL THEN 1 WHEN :previous IS NULL OR :previous < failing_since THEN failing_deliveries + 1 ELSE failing_deliveries END,
         failing_since = COALESCE(failing_since, :at)
       WHERE account_id = :account AND id = :webhook RETURNING failing_since, failing_deliveries`,
    ),
    freshRecord: db.prepare('UPDATE webhooks SET unresponsive_since = NULL, failing_since = NULL, failing_deliveries = 0 WHERE account_id = ? AND id = ?'),
    markFailed: db.prepare(
      `UPDATE deliveries SET status = 'failed', last_error = ?, next_attempt_at = NULL, leased_until = NULL WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ?`,
    ),
    release: db.prepare(
      `UPDATE deliveries SET next_attempt_at = ?, leased_until = NULL WHERE account_id = ? AND id = ? AND status = 'pending' AND attempts = ? AND leased_until IS NOT NULL`,
    ),
    failPending: db.prepare(
      `UPDATE deliveries SET status = 'failed', last_error = ?, next_attempt_at = NULL, leased_until = NULL WHERE account_id = ? AND webhook_id = ? AND status = 'pending'`,
    ),
    nextDue: db.prepare(`SELECT MIN(queue_due_at) AS at FROM webhooks WHERE queue_due_at IS NOT NULL AND deleted_at IS NULL AND ${enabledAt}`),
    deliverySeq: db.prepare('SELECT seq FROM deliveries WHERE account_id = ? AND webhook_id = ? AND id = ?'),
    listDeliveries: db.prepare(`SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE account_id = ? AND webhook_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?`),
  };
}
