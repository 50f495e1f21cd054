/**
 * The delivery engine's contract: how it is built (its options and their defaults), what it reports of
 * each delivery, and the lines it logs. `engine.ts` implements it.
 * @module
 */
import type { SigningKey } from './access-token.js';
import type { SenderHttpClient } from './http-client.js';
import type { ClaimedDelivery, DeliveryOutbox } from './outbox.js';
import type { RetryPolicy } from './retry-policy.js';
import type { AccessTokenCache } from './token-cache.js';

/** How long one request (token or delivery) may take, unless told otherwise. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000; // ms
/**
 * How many deliveries of one webhook are in flight at once, unless told otherwise: enough for one busy
 * endpoint (32 ÷ its answer time: 320 a second at 100 ms), few enough that one hanging endpoint holds a
 * thirty-second of the sender's slots.
 */
export const DEFAULT_PER_WEBHOOK_CONCURRENCY = 32;
/** How long a claim holds a delivery, unless told otherwise: renewed while its attempt runs. */
export const DEFAULT_LEASE_MS = 15_000; // ms
/** When a webhook whose every attempt failed is disabled, unless told otherwise (Svix's five days). */
export const DEFAULT_AUTO_DISABLE = { afterMs: 5 * 24 * 60 * 60 * 1000, minFailedDeliveries: 10 } as const;

/** What the engine writes to its log: identifiers and reasons, never a body, a header, a secret or a token. */
export interface DeliveryLogEntry {
  event: 'delivery.succeeded' | 'delivery.retrying' | 'delivery.failed' | 'webhook.disabled';
  /** the delivery's account, when the outbox keeps accounts apart */
  account_id?: string;
  delivery_id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  response_status: number | null;
  /** why the attempt failed, or (`webhook.disabled`) why the webhook was disabled */
  error: string | null;
  next_attempt_at: Date | null;
  /** false when the webhook has no secret, so the delivery went out unsigned */
  signed: boolean;
}

/** When the sender disables a webhook whose every attempt fails. */
export interface AutoDisablePolicy {
  /** how long every attempt must have failed */
  afterMs: number;
  /** and how many of its deliveries must have failed in that time, at least */
  minFailedDeliveries: number;
}

/** How to build an engine. */
export interface DeliveryEngineOptions {
  outbox: DeliveryOutbox;
  /** the guarded client (`createSenderHttpClient`) for deliveries and token requests */
  http: SenderHttpClient;
  /** the clock; defaults to the system's */
  now?: () => Date;
  /** a number in [0, 1) for retry jitter; defaults to Math.random */
  random?: () => number;
  /** the platform's active signing key, for `private_key_jwt` (the server's `activeSigningKey`) */
  signingKey?: () => SigningKey | Promise<SigningKey>;
  /** shared between engines of one process; defaults to a new one */
  tokens?: AccessTokenCache;
  /** the time-out of each request; defaults to 10 s */
  attemptTimeoutMs?: number;
  retryPolicy?: RetryPolicy;
  /** how long a claim holds a delivery before it is due again; renewed every third of it while the attempt runs. Default 15 s */
  leaseMs?: number;
  /** deliveries of one webhook in flight at once (one while its endpoint does not answer); default 32 */
  perWebhookConcurrency?: number;
  /** when to disable a webhook whose every attempt fails; `false` never does. Default: five days and ten deliveries */
  autoDisable?: AutoDisablePolicy | false;
  log?: (entry: DeliveryLogEntry) => void;
}

/** What one claimed delivery came to. */
export interface DeliveryReport {
  delivery_id: string;
  webhook_id: string;
  /**
   * `retrying`: failed this time, due again at `next_attempt_at`; `released`: claimed but not attempted
   * (its webhook was disabled meanwhile: it waits until the webhook is enabled again)
   */
  outcome: 'succeeded' | 'retrying' | 'failed' | 'released';
  /** the attempt's number, 1 for the first; unchanged when the delivery was given up without one */
  attempt: number;
  response_status: number | null;
  error: string | null;
  next_attempt_at: Date | null;
  /** false when another worker recorded this delivery first (its claim had expired) */
  recorded: boolean;
}

/** The engine. */
export interface DeliveryEngine {
  /** Claims up to `limit` deliveries that can start now, with the lease and the per-webhook limit. */
  claim(limit: number): Promise<ClaimedDelivery[]>;
  /**
   * Attempts one claimed delivery and records the outcome; never rejects (a failed record is reported).
   * `onSent` is called once the request is over (or it was decided that none goes out), before the outcome
   * is recorded: the sender's slot is free from then on.
   */
  deliverOne(claim: ClaimedDelivery, options?: { onSent?: () => void }): Promise<DeliveryReport>;
  /**
   * Claims up to `limit` deliveries (default 100) and attempts them all at once; resolves once all are
   * recorded. Nothing is claimed once `signal` has aborted.
   */
  runDue(options?: { limit?: number; signal?: AbortSignal }): Promise<DeliveryReport[]>;
  /** When the next delivery falls due (see `DeliveryOutbox.nextDueAt`). */
  nextDueAt(): Promise<Date | null>;
  /** the token cache, to share or inspect */
  readonly tokens: AccessTokenCache;
}
