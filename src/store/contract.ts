/**
 * The reference server's storage, as one interface: webhooks, idempotency keys, deliveries and signing keys.
 * `sqlite/` implements it with better-sqlite3 and `postgres/` with pg; another database is one new folder implementing this
 * interface (see README.md). Every method is asynchronous so that a networked database fits; every read
 * and write of an account's data names the account, so that one account can never reach another's rows.
 * Secrets and representations are opaque to a store: the layer above it (`src/server/sealed-store.ts`) hands it
 * sealed strings and opens what it reads (a store holds no key, never sees a secret in plain text), and renders.
 * A store fails for reasons of its own (a lock held elsewhere past the bound, a full disk, a file lost) only with
 * `StoreError` (`./errors.ts`), whose store-neutral `fault` the application answers, never a database's codes.
 * @module
 */
import type { SenderWebhook, NewDelivery } from '../delivery/events.js';
import type { AttemptRecord, AttemptRecorded, ClaimedDelivery, ClaimRequest, DeliveryOutbox, DeliveryRecord, DisableRequest, ListedDelivery } from '../delivery/outbox.js';
import type { EventType } from '../types.js';
import type { WebhookConfig } from '../validation/apply-update.js';
import type { SealedChange, SealedKind, SealedPage } from './sealed-values.js';

export { SEALED_KINDS, type SealedChange, type SealedKind, type SealedPage, type SealedRef, type SealedValue } from './sealed-values.js';
export type { AttemptRecord, AttemptRecorded, ClaimedDelivery, ClaimRequest, DeliveryRecord, DisableRequest, ListedDelivery, NewDelivery, SenderWebhook, WebhookConfig };

/** A webhook as stored. Times are milliseconds since the Unix epoch. */
export interface StoredWebhook {
  accountId: string;
  /** a UUID */
  id: string;
  /** grows by one on every change: an update names the version it read, so that no change is lost */
  version: number;
  /** the create fields and `disabled_at`; `secret` and `oidc_client_secret` only when asked for */
  config: WebhookConfig;
  createdAt: number;
  updatedAt: number;
  /** the API's answer for it, rendered when it was last written */
  representation: Representation;
}

/**
 * The JSON the API answers with for a webhook, rendered by the caller from what is stored and kept beside
 * it in the same write, so that reads send it as it is (no rendering, no date formatting per read).
 * `version` names the rendering: rows of another version are rendered again at start.
 */
export interface Representation {
  version: number;
  json: string;
}
/** Renders a webhook's representation (the server's view): given by the layer above, as a store never renders. */
export type RenderWebhook = (webhook: StoredWebhook) => Representation;
/** The sender's `DisableRequest`, with how to render the webhook's new representation (`sealStore` gives it). */
export type StoreDisableRequest = DisableRequest & { render: RenderWebhook };

/** A webhook to create. */
export interface NewWebhook {
  accountId: string;
  id: string;
  config: WebhookConfig;
  createdAt: number;
  representation: Representation;
}

/** A change of a webhook's configuration. */
export interface WebhookChange {
  /** the whole new configuration, secrets included */
  config: WebhookConfig;
  updatedAt: number;
  representation: Representation;
  /** the patch set a new secret: it is keyed by the Standard Webhooks rule alone from now on */
  secretReplaced?: boolean;
}

/** A webhook as a list page holds it. */
export interface ListedWebhook {
  id: string;
  representation: Representation;
}

/** The answer an idempotent create gave, kept to be answered again. */
export interface StoredResponse {
  status: number;
  /** the JSON body, exactly as first sent */
  body: string;
  location: string;
}

/** The Idempotency-Key of a create, to be claimed in the same transaction as the webhook. */
export interface IdempotencyClaim {
  key: string;
  /** a keyed digest of the request body's canonical JSON (never the body: it may hold secrets) */
  fingerprint: string;
  /** keys stored before this time have expired and are claimed anew */
  notBefore: number;
  /** the answer to keep for this key once the webhook exists */
  response: StoredResponse;
}

/** What a create did. */
export type CreateWebhookOutcome =
  | { kind: 'created'; webhook: StoredWebhook }
  /** the key was used before with the same body: answer what was answered then */
  | { kind: 'replayed'; response: StoredResponse }
  /** the key was used before with another body */
  | { kind: 'key-reused' }
  /** the account already has `limit` live webhooks: nothing was created */
  | { kind: 'limit-reached'; limit: number };

/** What a create must stay within, checked in the same transaction as the insert. */
export interface CreateLimits {
  /** the most live webhooks an account may have */
  maxWebhooksPerAccount: number;
}

/** What an update did. */
export type UpdateWebhookOutcome =
  | { kind: 'updated'; webhook: StoredWebhook }
  /** the webhook changed since it was read (another update won): read it again and retry */
  | { kind: 'conflict' }
  | { kind: 'not-found' };

/** Where a page starts and how long it is. */
export interface PageRequest {
  /** 1–100 */
  limit: number;
  /** the id of the last item of the previous page */
  startingAfter?: string;
}

/** One page, newest first; or the fact that `startingAfter` names nothing this account ever had here. */
export type PageResult<T> = { ok: true; items: T[]; hasMore: boolean } | { ok: false; reason: 'unknown-cursor' };

/** A key pair the platform signs `private_key_jwt` client assertions with. */
export interface StoredSigningKey {
  kid: string;
  alg: 'RS256' | 'PS256' | 'ES256' | 'EdDSA';
  /** the public JWK, with `kid`, `alg` and `use` */
  publicJwk: Record<string, string>;
  /** PKCS #8 PEM; sealed by the layer above before it reaches a store */
  privateKeyPem: string;
  createdAt: number;
  /** from when it signs (a new key is published before it is used) */
  activatesAt: number;
  /** from when it is no longer published; null while it is current */
  retiresAt: number | null;
}

/**
 * Everything the server keeps. Implementations must make `createWebhook` (with its idempotency claim) and
 * `updateWebhook` atomic, and keep `listWebhooks` newest-first with a cursor that survives the deletion
 * of the webhook it names (a deleted webhook keeps its place, without its data, for `TOMBSTONE_DAYS`).
 * The store is also the sender's outbox (`DeliveryOutbox`, `src/delivery/README.md`; its `disableWebhook` is handed
 * a renderer by `sealStore`): deliveries live in the same database as the webhooks, so a restart loses none.
 */
export interface Store extends Omit<DeliveryOutbox, 'disableWebhook'> {
  /**
   * Creates a webhook; with a claim, atomically with the Idempotency-Key (or replays / refuses it); with
   * limits, atomically with the check that the account stays within them, also against other processes
   * writing the same database (a key replays its first answer even once the limit is reached).
   */
  createWebhook(webhook: NewWebhook, claim?: IdempotencyClaim, limits?: CreateLimits): Promise<CreateWebhookOutcome>;
  /** One live webhook of an account; secrets only with `includeSecrets`. */
  getWebhook(accountId: string, id: string, options?: { includeSecrets?: boolean }): Promise<StoredWebhook | undefined>;
  /** The API's answer for one live webhook of an account, without reading the rest of it. */
  getWebhookRepresentation(accountId: string, id: string): Promise<Representation | undefined>;
  /** An account's live webhooks, newest first, as the API shows them. */
  listWebhooks(accountId: string, page: PageRequest): Promise<PageResult<ListedWebhook>>;
  /** Replaces a webhook's configuration if it is still at `expectedVersion`. */
  updateWebhook(accountId: string, id: string, expectedVersion: number, change: WebhookChange): Promise<UpdateWebhookOutcome>;
  /** Renders again, with `render`, every stored representation of another version; resolves with how many. */
  refreshRepresentations(version: number, render: RenderWebhook): Promise<number>;
  /** Deletes a webhook (its pending deliveries fail); false when it did not exist. */
  deleteWebhook(accountId: string, id: string, deletedAt: number): Promise<boolean>;

  /**
   * Schedules deliveries (each names its `account_id`): pending, due at `created_at`. One for a webhook
   * that no longer exists, or for an event already scheduled for that webhook, is skipped, so that a
   * fan-out may safely run twice.
   */
  enqueue(deliveries: readonly NewDelivery[]): Promise<void>;
  /**
   * Publishes an event once per account and event id, in one transaction: the account's webhooks that
   * receive its type are read, `plan` turns them into deliveries, and those are scheduled with the event's
   * record. A second publish of the same id with the same `fingerprint` changes nothing and answers the
   * first one's count (`replayed`); with another fingerprint it is a `conflict`.
   */
  publishEvent(event: PublishedEvent, plan: (webhooks: SenderWebhook[]) => NewDelivery[]): Promise<PublishOutcome>;
  /** Claims what can start now, fairly, across every account: the sender works for the whole platform (`DeliveryOutbox.claim`). */
  claim(request: ClaimRequest): Promise<ClaimedDelivery[]>;
  extendLeases(claimed: readonly DeliveryRecord[], leaseUntil: Date): Promise<void>;
  recordAttempt(claimed: DeliveryRecord, outcome: AttemptRecord): Promise<AttemptRecorded>;
  markFailed(claimed: DeliveryRecord, reason: string): Promise<boolean>;
  release(claimed: DeliveryRecord, dueAt: Date): Promise<boolean>;
  /** Disables the claimed delivery's webhook: a new version, its representation rendered by `request.render` (`DeliveryOutbox.disableWebhook`). */
  disableWebhook(claimed: DeliveryRecord, request: StoreDisableRequest): Promise<boolean>;
  nextDueAt(now: Date): Promise<Date | null>;
  /** A webhook's deliveries, newest first (the caller has checked that the webhook is the account's). */
  listDeliveries(accountId: string, webhookId: string, page: PageRequest): Promise<PageResult<ListedDelivery>>;
  /**
   * An account's live webhooks enabled for events of `eventType` (or for `*`), oldest first, without
   * secrets: whom an event goes to. Disabled ones are included; `planDeliveries` leaves them out by its clock.
   */
  webhooksReceiving(accountId: string, eventType: EventType): Promise<SenderWebhook[]>;

  /** Every signing key that is not yet purged, newest first, private keys opened. */
  listSigningKeys(): Promise<StoredSigningKey[]>;
  /** Adds a key; keys still without `retiresAt` get `retireOthersAt`. */
  addSigningKey(key: StoredSigningKey, retireOthersAt: number): Promise<void>;
  /**
   * Adds the first key, only while there is none, atomically: of several processes starting together on a
   * new database, one key is kept (the others resolve false and read it), and none retires another's.
   */
  addFirstSigningKey(key: StoredSigningKey): Promise<boolean>;

  /** A named secret of the server itself (such as the idempotency fingerprint key), made once by `create`. */
  serverSecret(name: string, create: () => string): Promise<string>;
  /**
   * One page of the sealed values of one kind, in a stable order of the store's choosing: `after` is the
   * previous page's `next` (none for the first page); a page without `next` is the last. Re-sealing and the
   * start-up check of SECRETS_KEY read every sealed value through it, whatever the database.
   */
  sealedValues(kind: SealedKind, after: string | undefined, limit: number): Promise<SealedPage>;
  /** Replaces each sealed value that still reads `from` with `to` (one changed meanwhile is left as it is); resolves with how many were replaced. */
  replaceSealed(changes: readonly SealedChange[]): Promise<number>;
  /** Removes expired idempotency keys (24 h), tombstones, finished deliveries after `DELIVERY_RETENTION_DAYS`, and signing keys retired long ago. */
  purgeExpired(now: number): Promise<void>;
  /** Removes everything of an account (webhooks, tombstones, deliveries, idempotency keys): the sandbox forgets idle accounts. */
  forgetAccount(accountId: string): Promise<void>;
  /**
   * Calls `wake` whenever deliveries are enqueued, by this process or another on the same database, until
   * the returned function is called (a store shared by several processes; Postgres LISTEN/NOTIFY). A hint
   * only: the sender polls as well. Stores of one process leave it out.
   */
  watchEnqueued?(wake: () => void): Promise<() => Promise<void>>;
  /**
   * The platform's transactional outbox (Postgres: the `event_outbox` table): takes up to `limit` pending
   * rows no other process holds (`FOR UPDATE SKIP LOCKED`), oldest first, and in one transaction with
   * each row's fan-out either publishes it as `publishEvent` does (and removes the row) or marks it
   * rejected with `decide`'s reason in words. `decide` judges each row; it must not throw. Stores without
   * such a table leave it out.
   */
  relayOutbox?(limit: number, decide: (row: OutboxRow) => OutboxDecision): Promise<OutboxRelayed[]>;
  /**
   * Counts one request of `key` in its fixed window of `windowMs` (the window starts at the key's first
   * request and ends `windowMs` later), for every process on the database at once; resolves with the
   * requests counted in the window so far, this one included, and how long until it ends. Stores of one
   * process leave it out: the server counts in memory then.
   */
  rateLimitHit?(key: string, windowMs: number): Promise<{ hits: number; resetsInMs: number }>;
  /** Calls `wake` whenever a row is written to the outbox (committed), by any process, until the returned function is called. */
  watchOutbox?(wake: () => void): Promise<() => Promise<void>>;
  /** Closes the database; later calls fail. */
  close(): Promise<void>;
}

/** An event handed to `publishEvent`. */
export interface PublishedEvent {
  accountId: string;
  eventId: string;
  eventType: EventType;
  /** a digest of the event's body: the same id with another body is a conflict */
  fingerprint: string;
  publishedAt: Date;
}

/** What `publishEvent` did. */
export type PublishOutcome =
  | { outcome: 'published'; deliveries: number; publishedAt: Date }
  | { outcome: 'replayed'; deliveries: number; publishedAt: Date }
  | { outcome: 'conflict'; publishedAt: Date };

/** A row of the platform's outbox, as written: nothing about it is checked yet. */
export interface OutboxRow {
  /** the row's place in the table */
  seq: number;
  accountId: string;
  eventId: string;
  eventType: string;
  /** the event, parsed from the row's JSON */
  body: unknown;
  /** when the platform wrote it (ms since the epoch) */
  createdAt: number;
}

/** What to do with an outbox row: publish its event, or reject it with the reason in words. */
export type OutboxDecision =
  | { publish: PublishedEvent; plan: (webhooks: SenderWebhook[]) => NewDelivery[] }
  | { reject: string };

/** What became of an outbox row. */
export type OutboxRelayed = { seq: number; accountId: string; eventId: string } & (
  | { outcome: 'published' | 'replayed'; deliveries: number }
  | { outcome: 'rejected'; reason: string }
);

/** How long a published event's id is remembered, so that a retried publish is recognised, in days. */
export const PUBLISHED_EVENT_RETENTION_DAYS = 30;
/** How long an Idempotency-Key is kept, in milliseconds (24 h, as the spec says). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long a deleted webhook keeps its place for cursors, in days. */
export const TOMBSTONE_DAYS = 30;
/** How long a finished (succeeded or failed) delivery is listed, in days; pending ones stay until they finish. */
export const DELIVERY_RETENTION_DAYS = 30;
/** How many characters of an attempt's error are kept (the spec's `last_error` limit). */
export const LAST_ERROR_MAX_CHARS = 1000;
