/**
 * The delivery engine: claims due deliveries from an outbox, sends each (signed, with an access token when
 * the webhook has OIDC), and records what came of it: succeeded, retried later, or given up on.
 * Time comes from an injected clock, so a whole retry schedule can be run in a test.
 * @module
 */
import { STATUS_CODES } from 'node:http';
import { oidcSettingsOf, requestAccessToken, type SigningKey, type TokenResult } from './access-token.js';
import type { SenderHttpClient } from './http-client.js';
import type { AttemptRecord, ClaimedDelivery, DeliveryOutbox, DeliveryRecord } from './outbox.js';
import { DEFAULT_RETRY_POLICY, describeWindow, isWithinWindow, judgeStatus, parseRetryAfter, scheduleRetry, type RetryPolicy } from './retry-policy.js';
import { signDelivery } from './sign-delivery.js';
import { AccessTokenCache, type CachedTokenResult } from './token-cache.js';
import type { StoredWebhook } from './events.js';

/** How long one request (token or delivery) may take, unless told otherwise. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 10_000; // ms
/** How many deliveries are in flight at once, unless told otherwise. */
const DEFAULT_CONCURRENCY = 8;
/** How many due deliveries one run claims, unless told otherwise. */
const DEFAULT_BATCH = 100;
/** The longest `last_error` the contract allows (`Delivery.last_error`). */
const MAX_REASON_LENGTH = 1000; // characters

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
  error: string | null;
  next_attempt_at: Date | null;
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
  /** how long a claim holds a delivery before another run may take it; defaults to enough for one attempt */
  leaseMs?: number;
  /** deliveries in flight at once; defaults to 8 */
  concurrency?: number;
  log?: (entry: DeliveryLogEntry) => void;
}

/** What one claimed delivery came to. */
export interface DeliveryReport {
  delivery_id: string;
  webhook_id: string;
  /**
   * `retrying`: failed this time, due again at `next_attempt_at`; `released`: claimed but not attempted,
   * because the run was stopped (due again at once)
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
  /**
   * Claims the deliveries due now (up to `limit`) and attempts each; resolves once all are recorded. Once
   * `signal` aborts, no further attempt starts: those in flight finish and are recorded, and the claimed
   * deliveries not yet attempted are released (due again at once), so that a stopping sender loses none.
   */
  runDue(options?: { limit?: number; signal?: AbortSignal }): Promise<DeliveryReport[]>;
  /** Attempts one claimed delivery and records the outcome. */
  deliverOne(claim: ClaimedDelivery): Promise<DeliveryReport>;
  /** the token cache, to share or inspect */
  readonly tokens: AccessTokenCache;
}

/**
 * Builds a delivery engine over an outbox.
 * @example
 * const engine = createDeliveryEngine({ outbox, http: createSenderHttpClient(), signingKey: activeSigningKey });
 * const worker = createDeliveryWorker({ engine }); // runDue in a loop that never overlaps itself
 * worker.start();
 */
export function createDeliveryEngine(options: DeliveryEngineOptions): DeliveryEngine {
  const clock = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const tokens = options.tokens ?? new AccessTokenCache();
  const timeoutMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  // a token request, a delivery and one retried delivery after a 401, and a minute to spare
  const leaseMs = options.leaseMs ?? timeoutMs * 4 + 60_000;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const { outbox, http } = options;

  async function tokenFor(webhook: StoredWebhook, now: Date): Promise<CachedTokenResult | undefined> {
    const settings = oidcSettingsOf(webhook);
    if (settings === undefined) return undefined;
    return tokens.get(tokenKeyOf(webhook), settings, now, () =>
      requestAccessToken(settings, { fetch: http.fetch, signingKey: options.signingKey, allowInsecureRequests: http.allowLocalhost, timeoutMs }),
    );
  }

  async function send(delivery: DeliveryRecord, webhook: StoredWebhook, accessToken: string | undefined) {
    // each attempt (and the resend after a 401) is signed at the time it is sent
    const headers = signDelivery(delivery.body, webhook.secret, delivery.event_id, clock());
    if (accessToken !== undefined) headers.authorization = `Bearer ${accessToken}`;
    return http.post({ url: webhook.url, headers, body: delivery.body, timeoutMs });
  }

  async function giveUp(claim: ClaimedDelivery, reason: string): Promise<DeliveryReport> {
    const { delivery } = claim;
    const recorded = await outbox.markFailed(delivery, reason);
    const report: DeliveryReport = {
      delivery_id: delivery.id,
      webhook_id: delivery.webhook_id,
      outcome: 'failed',
      attempt: delivery.attempts,
      response_status: null,
      error: reason,
      next_attempt_at: null,
      recorded,
    };
    log(report, delivery, 'delivery.failed');
    return report;
  }

  function log(report: DeliveryReport, delivery: DeliveryRecord, event: DeliveryLogEntry['event']): void {
    options.log?.({
      event,
      ...(delivery.account_id === undefined ? {} : { account_id: delivery.account_id }),
      delivery_id: delivery.id,
      webhook_id: delivery.webhook_id,
      event_id: delivery.event_id,
      event_type: delivery.event_type,
      attempt: report.attempt,
      response_status: report.response_status,
      error: report.error,
      next_attempt_at: report.next_attempt_at,
    });
  }

  async function deliverOne(claim: ClaimedDelivery): Promise<DeliveryReport> {
    const { delivery, webhook } = claim;
    const startedAt = clock();
    if (webhook === undefined) return giveUp(claim, 'the webhook was deleted before the delivery succeeded');
    if (webhook.disabled_at !== undefined && webhook.disabled_at !== null && Date.parse(webhook.disabled_at) <= startedAt.getTime()) {
      return giveUp(claim, 'the webhook was disabled before the delivery succeeded');
    }
    if (!isWithinWindow(delivery.created_at, startedAt, policy)) {
      return giveUp(claim, `gave up: the ${describeWindow(policy.windowMs)} retry window ended before the next attempt`);
    }

    const attempt = delivery.attempts + 1;
    let responseStatus: number | null = null;
    let error: string | null = null;
    let retryAfter: string | undefined;
    let gone = false;

    const token = await tokenFor(webhook, startedAt);
    if (token !== undefined && !token.ok) {
      error = `no access token: ${token.reason}`;
    } else {
      let outcome = await send(delivery, webhook, token?.accessToken);
      if (outcome.answered && outcome.status === 401 && token?.ok === true) {
        tokens.invalidate(tokenKeyOf(webhook), token.accessToken);
        // a cached token may have been revoked or expired early: one fresh token, one more try
        if (token.fromCache) {
          const fresh: TokenResult | undefined = await tokenFor(webhook, clock());
          if (fresh?.ok === true) outcome = await send(delivery, webhook, fresh.accessToken);
          else if (fresh !== undefined && !fresh.ok) error = `the endpoint refused the cached access token (401), and no new one could be had: ${fresh.reason}`;
        }
      }
      if (outcome.answered && (outcome.status < 100 || outcome.status > 599)) {
        // HTTP has no such status (a server may still send one): recorded as no answer, retried
        error = `the endpoint answered with status ${outcome.status}, which is not an HTTP status`;
      } else if (outcome.answered) {
        responseStatus = outcome.status;
        retryAfter = outcome.retryAfter;
        const verdict = judgeStatus(outcome.status);
        if (verdict.kind === 'gone') gone = true;
        if (verdict.kind !== 'succeeded') error ??= describeStatus(outcome.status, token !== undefined);
      } else {
        error = outcome.reason;
      }
    }

    const attemptedAt = startedAt;
    let record: AttemptRecord;
    if (error === null) {
      record = { attempted_at: attemptedAt, status: 'succeeded', response_status: responseStatus, error: null, next_attempt_at: null };
    } else if (gone) {
      record = { attempted_at: attemptedAt, status: 'failed', response_status: responseStatus, error, next_attempt_at: null };
    } else {
      const now = clock();
      const decision = scheduleRetry({ createdAt: delivery.created_at, now, attempts: attempt, retryAfterMs: parseRetryAfter(retryAfter, now), random: random() }, policy);
      record = decision.retry
        ? { attempted_at: attemptedAt, status: 'pending', response_status: responseStatus, error, next_attempt_at: decision.nextAttemptAt }
        : { attempted_at: attemptedAt, status: 'failed', response_status: responseStatus, error: `${error}; ${decision.reason}`, next_attempt_at: null };
    }
    if (record.error !== null) record.error = clampReason(record.error);
    const recorded = await outbox.recordAttempt(delivery, record);
    const report: DeliveryReport = {
      delivery_id: delivery.id,
      webhook_id: delivery.webhook_id,
      outcome: record.status === 'pending' ? 'retrying' : record.status,
      attempt,
      response_status: record.response_status,
      error: record.error,
      next_attempt_at: record.next_attempt_at,
      recorded,
    };
    log(report, delivery, report.outcome === 'succeeded' ? 'delivery.succeeded' : report.outcome === 'retrying' ? 'delivery.retrying' : 'delivery.failed');
    if (gone && recorded) {
      await outbox.disableWebhook(delivery, clock(), 'the webhook was disabled: its endpoint answered 410 Gone');
      log(report, delivery, 'webhook.disabled');
    }
    return report;
  }

  return {
    tokens,
    deliverOne,
    async runDue(runOptions = {}) {
      const { signal } = runOptions;
      if (signal?.aborted) return [];
      const now = clock();
      const claims = await outbox.claimDue(now, runOptions.limit ?? DEFAULT_BATCH, new Date(now.getTime() + leaseMs));
      const reports: DeliveryReport[] = new Array(claims.length);
      let next = 0;
      const worker = async () => {
        while (next < claims.length && signal?.aborted !== true) {
          const index = next++;
          const claim = claims[index]!;
          // one delivery's trouble (its store write failed, say) must not stop the others; it stays
          // claimed, and is due again when its lease ends
          reports[index] = await deliverOne(claim).catch((): DeliveryReport => ({
            delivery_id: claim.delivery.id,
            webhook_id: claim.delivery.webhook_id,
            outcome: 'retrying',
            attempt: claim.delivery.attempts + 1,
            response_status: null,
            error: 'the attempt could not be completed; it is due again when its claim expires',
            next_attempt_at: null,
            recorded: false,
          }));
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, claims.length) }, worker));
      // stopped: what was claimed and not attempted is due again at once, not only when its lease ends
      for (let index = next; index < claims.length; index++) {
        const { delivery } = claims[index]!;
        const dueAt = clock();
        const recorded = await Promise.resolve(outbox.release(delivery, dueAt)).catch(() => false);
        reports[index] = {
          delivery_id: delivery.id,
          webhook_id: delivery.webhook_id,
          outcome: 'released',
          attempt: delivery.attempts,
          response_status: null,
          error: null,
          next_attempt_at: recorded ? dueAt : delivery.next_attempt_at,
          recorded,
        };
      }
      return reports;
    },
  };
}

/** The token cache's key for a webhook: ids are unique only within an account where a store keeps several. */
function tokenKeyOf(webhook: StoredWebhook): string {
  return webhook.account_id === undefined ? webhook.id : JSON.stringify([webhook.account_id, webhook.id]);
}

/** A reason cut to the length the contract allows. */
function clampReason(reason: string): string {
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}

/** Why a status is not an acknowledgement, in words. */
function describeStatus(status: number, withToken: boolean): string {
  const phrase = STATUS_CODES[status];
  const answered = `the endpoint answered ${status}${phrase === undefined ? '' : ` ${phrase}`}`;
  if (status >= 300 && status <= 399) return `${answered}, a redirect, which is never followed: set the webhook's url to the final address`;
  if (status === 410) return `${answered}, so the webhook was disabled`;
  if (status === 401 && withToken) return `${answered} to a fresh access token: check what the endpoint expects of the token (audience, scope)`;
  if (status === 401 || status === 403) return `${answered}: check the signature or token verification of the endpoint`;
  return answered;
}
