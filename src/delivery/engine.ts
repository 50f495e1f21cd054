/**
 * The delivery engine: claims deliveries that can start now from an outbox, sends each (signed, with an
 * access token when the webhook has OIDC), and records what came of it: succeeded, retried later, or given
 * up on; and disables a webhook whose endpoint is gone or has failed every attempt for days. Time comes
 * from an injected clock, so a whole retry schedule can be run in a test. `worker.ts` runs it continuously.
 * @module
 */
import { oidcSettingsOf, requestAccessToken } from './access-token.js';
import { clampReason, describeAttempt, disableReasonOf, recordOf, type AttemptResult } from './attempt-outcome.js';
import {
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_AUTO_DISABLE,
  DEFAULT_LEASE_MS,
  DEFAULT_PER_WEBHOOK_CONCURRENCY,
  type DeliveryEngine,
  type DeliveryEngineOptions,
  type DeliveryLogEntry,
  type DeliveryReport,
} from './engine-options.js';
import type { ClaimedDelivery, DeliveryRecord } from './outbox.js';
import { DEFAULT_RETRY_POLICY, describeWindow, isWithinWindow } from './retry-policy.js';
import { signDelivery } from './sign-delivery.js';
import { AccessTokenCache, type CachedTokenResult } from './token-cache.js';
import type { SenderWebhook } from './events.js';

export {
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_AUTO_DISABLE,
  DEFAULT_LEASE_MS,
  DEFAULT_PER_WEBHOOK_CONCURRENCY,
  type AutoDisablePolicy,
  type DeliveryEngine,
  type DeliveryEngineOptions,
  type DeliveryLogEntry,
  type DeliveryReport,
} from './engine-options.js';

/**
 * Builds a delivery engine over an outbox.
 * @example
 * const engine = createDeliveryEngine({ outbox, http: createSenderHttpClient(), signingKey: activeSigningKey });
 * const worker = createDeliveryWorker({ engine }); // keeps every free slot busy
 * worker.start();
 */
export function createDeliveryEngine(options: DeliveryEngineOptions): DeliveryEngine {
  const clock = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const tokens = options.tokens ?? new AccessTokenCache();
  const timeoutMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const policy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const leaseMs = Math.max(1_000, options.leaseMs ?? DEFAULT_LEASE_MS);
  const perWebhookLimit = Math.max(1, options.perWebhookConcurrency ?? DEFAULT_PER_WEBHOOK_CONCURRENCY);
  const autoDisable = options.autoDisable === false ? undefined : (options.autoDisable ?? DEFAULT_AUTO_DISABLE);
  const { outbox, http } = options;

  async function tokenFor(webhook: SenderWebhook, now: Date): Promise<CachedTokenResult | undefined> {
    const settings = oidcSettingsOf(webhook);
    if (settings === undefined) return undefined;
    return tokens.get(tokenKeyOf(webhook), settings, now, () =>
      requestAccessToken(settings, { fetch: http.fetch, signingKey: options.signingKey, allowInsecureRequests: http.allowLocalhost, timeoutMs }),
    );
  }

  async function send(delivery: DeliveryRecord, webhook: SenderWebhook, accessToken: string | undefined) {
    // each attempt (and the resend after a 401) is signed at the time it is sent
    const headers = signDelivery(delivery.body, webhook.secret, delivery.event_id, clock(), { legacyUtf8Key: webhook.legacy_secret_key === true });
    if (accessToken !== undefined) headers.authorization = `Bearer ${accessToken}`;
    return http.post({ url: webhook.url, headers, body: delivery.body, timeoutMs });
  }

  /** The token, the request, and the 401-to-a-cached-token retry: what the attempt came to. */
  async function attempt(delivery: DeliveryRecord, webhook: SenderWebhook, startedAt: Date): Promise<AttemptResult> {
    const token = await tokenFor(webhook, startedAt);
    if (token !== undefined && !token.ok) return { kind: 'no-token', reason: token.reason };
    let outcome = await send(delivery, webhook, token?.accessToken);
    if (outcome.answered && outcome.status === 401 && token?.ok === true) {
      tokens.invalidate(tokenKeyOf(webhook), token.accessToken);
      // a cached token may have been revoked or expired early: one fresh token, one more try
      if (token.fromCache) {
        const fresh = await tokenFor(webhook, clock());
        if (fresh?.ok === true) outcome = await send(delivery, webhook, fresh.accessToken);
        else if (fresh !== undefined && !fresh.ok) return { kind: 'no-token', reason: `the endpoint refused the cached access token (401), and no new one could be had: ${fresh.reason}` };
      }
    }
    return { kind: 'sent', outcome, withToken: token !== undefined };
  }

  function report(delivery: DeliveryRecord, fields: Omit<DeliveryReport, 'delivery_id' | 'webhook_id'>): DeliveryReport {
    return { delivery_id: delivery.id, webhook_id: delivery.webhook_id, ...fields };
  }

  function log(entry: DeliveryReport, delivery: DeliveryRecord, event: DeliveryLogEntry['event'], webhook: SenderWebhook | undefined): void {
    options.log?.({
      event,
      ...(delivery.account_id === undefined ? {} : { account_id: delivery.account_id }),
      delivery_id: delivery.id,
      webhook_id: delivery.webhook_id,
      event_id: delivery.event_id,
      event_type: delivery.event_type,
      attempt: entry.attempt,
      response_status: entry.response_status,
      error: entry.error,
      next_attempt_at: entry.next_attempt_at,
      signed: typeof webhook?.secret === 'string' && webhook.secret !== '',
    });
  }

  async function giveUp(claim: ClaimedDelivery, reason: string): Promise<DeliveryReport> {
    const { delivery } = claim;
    const recorded = await outbox.markFailed(delivery, reason);
    const result = report(delivery, { outcome: 'failed', attempt: delivery.attempts, response_status: null, error: reason, next_attempt_at: null, recorded });
    log(result, delivery, 'delivery.failed', claim.webhook);
    return result;
  }

  /**
   * The deliveries whose attempt runs now (with when it started, on the timers' clock), and one timer for
   * all of them: every third of the lease, the leases of those running for a sixth of it or more move on
   * together (one write), so an attempt keeps its claim however long it takes, and a quick one costs no write.
   */
  const running = new Map<DeliveryRecord, number>();
  let renewal: ReturnType<typeof setInterval> | undefined;
  function renewWhileRunning(delivery: DeliveryRecord): () => void {
    running.set(delivery, Date.now());
    if (renewal === undefined) {
      renewal = setInterval(() => {
        const startedBefore = Date.now() - leaseMs / 6;
        const long = [...running].filter(([, started]) => started <= startedBefore).map(([record]) => record);
        if (long.length > 0) Promise.resolve(outbox.extendLeases(long, new Date(clock().getTime() + leaseMs))).catch(() => undefined);
      }, leaseMs / 3);
      renewal.unref();
    }
    return () => {
      running.delete(delivery);
      if (running.size === 0 && renewal !== undefined) {
        clearInterval(renewal);
        renewal = undefined;
      }
    };
  }

  async function deliver(claim: ClaimedDelivery, onSent: () => void): Promise<DeliveryReport> {
    const { delivery, webhook } = claim;
    const startedAt = clock();
    if (webhook === undefined) {
      onSent();
      return giveUp(claim, 'the webhook was deleted before the delivery succeeded');
    }
    if (webhook.disabled_at !== undefined && webhook.disabled_at !== null && Date.parse(webhook.disabled_at) <= startedAt.getTime()) {
      // disabled since the claim: kept, and sent once the webhook is enabled again
      onSent();
      const recorded = await outbox.release(delivery, startedAt);
      return report(delivery, { outcome: 'released', attempt: delivery.attempts, response_status: null, error: null, next_attempt_at: startedAt, recorded });
    }
    if (!isWithinWindow(delivery.created_at, startedAt, policy)) {
      onSent();
      return giveUp(claim, `gave up: the ${describeWindow(policy.windowMs)} retry window ended before the next attempt`);
    }

    const attemptNumber = delivery.attempts + 1;
    const stopRenewing = renewWhileRunning(delivery);
    let sent: AttemptResult;
    try {
      sent = await attempt(delivery, webhook, startedAt);
    } finally {
      stopRenewing();
      onSent();
    }
    const described = describeAttempt(sent);
    const record = recordOf(described, { delivery, startedAt, now: clock, random, policy });
    const recorded = await outbox.recordAttempt(delivery, record);
    const outcome = record.status === 'pending' ? 'retrying' : record.status;
    const done = report(delivery, {
      outcome,
      attempt: attemptNumber,
      response_status: record.response_status,
      error: record.error,
      next_attempt_at: record.next_attempt_at,
      recorded: recorded.applied,
    });
    log(done, delivery, outcome === 'succeeded' ? 'delivery.succeeded' : outcome === 'retrying' ? 'delivery.retrying' : 'delivery.failed', webhook);
    if (!recorded.applied) return done;

    const disableReason = disableReasonOf(described, record, recorded, startedAt, autoDisable);
    if (disableReason !== undefined) {
      const disabled = await outbox.disableWebhook(delivery, { at: clock(), reason: clampReason(disableReason), failPending: described.gone });
      if (disabled) log({ ...done, error: clampReason(disableReason) }, delivery, 'webhook.disabled', webhook);
    }
    return done;
  }

  async function deliverOne(claim: ClaimedDelivery, deliverOptions: { onSent?: () => void } = {}): Promise<DeliveryReport> {
    let sent = false;
    const onSent = () => {
      if (sent) return;
      sent = true;
      deliverOptions.onSent?.();
    };
    try {
      return await deliver(claim, onSent);
    } catch {
      // one delivery's trouble (its store write failed, say) must not stop the others: it stays claimed,
      // and is due again when its lease ends
      return report(claim.delivery, {
        outcome: 'retrying',
        attempt: claim.delivery.attempts + 1,
        response_status: null,
        error: 'the attempt could not be completed; it is due again when its claim expires',
        next_attempt_at: null,
        recorded: false,
      });
    } finally {
      onSent();
    }
  }

  async function claim(limit: number): Promise<ClaimedDelivery[]> {
    if (!(limit > 0)) return [];
    const now = clock();
    return outbox.claim({ now, limit, leaseUntil: new Date(now.getTime() + leaseMs), perWebhookLimit });
  }

  return {
    tokens,
    claim,
    deliverOne,
    nextDueAt: async () => outbox.nextDueAt(clock()),
    async runDue(runOptions = {}) {
      if (runOptions.signal?.aborted) return [];
      const claims = await claim(runOptions.limit ?? 100);
      return Promise.all(claims.map((claimed) => deliverOne(claimed)));
    },
  };
}

/** The token cache's key for a webhook: ids are unique only within an account where a store keeps several. */
function tokenKeyOf(webhook: SenderWebhook): string {
  return webhook.account_id === undefined ? webhook.id : JSON.stringify([webhook.account_id, webhook.id]);
}
