/**
 * The parts the server and the sandbox share, around a store that is already open (and sealed): purges,
 * representations rendered again, the fingerprint key, signing keys, the sender and its worker, `emit`, the
 * relay of the platform's outbox, and the application with its hooks; and the log line of each attempt.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { DeliveryLogEntry } from '../delivery/engine.js';
import { createDeliveryWorker } from '../delivery/worker.js';
import { parsePlatformKeys, platformKeyAuthenticator } from './auth.js';
import { createApp } from './app.js';
import type { CorsPolicy } from './cors.js';
import { destinationGuard, systemResolver } from './destinations.js';
import { ServerConfigError, StoreError, storeFaultOf } from './errors.js';
import { emitEvent, type EmitContext, type EmitOutcome, type EmitRequest } from './events.js';
import { createOutboxRelay, type OutboxRelay } from './event-outbox.js';
import { DEFAULT_MAX_WEBHOOKS_PER_ACCOUNT, type BuiltServer, type CommonOptions } from './options.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from './rate-limit.js';
import { sandboxTriggerRoute } from './sandbox-trigger.js';
import type { Sender } from './sender.js';
import { openSigningKeys } from './signing-keys.js';
import type { Store } from '../store/contract.js';
import type { SealedStore } from './sealed-store.js';
import { WEBHOOK_REPRESENTATION_VERSION, webhookRepresentation } from './views.js';

/** How often expired idempotency keys and old tombstones are removed (ms). */
const PURGE_EVERY_MS = 60 * 60 * 1000;
/** The server secret that keys the digests of idempotent request bodies. */
const FINGERPRINT_SECRET = 'idempotency-fingerprint-key';

/** The parts both modes share, around a store that is already open and sealed. */
export async function assemble(
  store: SealedStore,
  options: CommonOptions & {
    allowLocalhost: boolean;
    /** loopback only: no name resolved, no connection beyond this machine, this reason for what cannot go */
    offline?: { reason: string };
    authenticate: Parameters<typeof createApp>[0]['authenticate'];
    cors?: CorsPolicy;
    onAccount?: (accountId: string) => Promise<void>;
    /** serve the sandbox's trigger */
    trigger?: boolean;
    /** runs when the application closes, before the store does */
    beforeStoreClose?: () => Promise<void>;
  },
): Promise<Omit<BuiltServer, 'resealed' | 'generatedApiKey' | 'generatedSecretsKey' | 'createdDatabase'>> {
  const now = options.now ?? Date.now;
  const perMinute = options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  if (perMinute !== false && !(Number.isInteger(perMinute) && perMinute > 0)) {
    throw new ServerConfigError(`the rate limit must be a whole, positive number of requests a minute (or false for none); got ${String(perMinute)}`);
  }
  const maxWebhooks = options.maxWebhooksPerAccount ?? DEFAULT_MAX_WEBHOOKS_PER_ACCOUNT;
  if (!(Number.isInteger(maxWebhooks) && maxWebhooks > 0)) {
    throw new ServerConfigError(`the webhook limit must be a whole, positive number of webhooks per account; got ${String(maxWebhooks)}`);
  }
  // a lost database file: the server answers 503 from then on, and says so once to whoever supervises it
  let reportFatal: (error: StoreError) => void = () => undefined;
  const fatal = new Promise<StoreError>((resolve) => (reportFatal = resolve));
  let stopSender: () => void = () => undefined;
  const onStoreFault = (error: StoreError) => {
    if (error.fault !== 'gone') return;
    reportFatal(error);
    // nothing it claims could be recorded any more
    stopSender();
  };
  await store.purgeExpired(now());
  // stored answers rendered by an earlier version of this server are rendered again from their data
  await store.refreshRepresentations(WEBHOOK_REPRESENTATION_VERSION, webhookRepresentation);
  const fingerprintKey = Buffer.from(await store.serverSecret(FINGERPRINT_SECRET, () => randomBytes(32).toString('base64')), 'base64');
  const signingKeys = openSigningKeys(store, { ...(options.signingKeyAlgorithm ? { algorithm: options.signingKeyAlgorithm } : {}), now });
  // a failed key creation is reported by the JWKS route and by activeSigningKey(), not as an unhandled rejection
  signingKeys.ready.catch(() => undefined);
  const purge = setInterval(() => {
    store.purgeExpired(now()).catch(() => undefined);
  }, PURGE_EVERY_MS);
  purge.unref();

  // the sender, inside the server: the store is its outbox, the signing keys sign its assertions. Its code
  // (undici, oauth4webapi) is loaded on its first run, not while the server starts
  const delivery = options.delivery ?? {};
  let log: FastifyInstance['log'] | undefined;
  const unsignedWarned = new Set<string>();
  let sender: Promise<Sender> | undefined;
  const loadSender = () =>
    (sender ??= import('./sender.js').then(({ createSender }) =>
      createSender({
        store,
        signingKeys,
        allowLocalhost: options.allowLocalhost,
        resolve: delivery.resolve ?? systemResolver,
        ...(options.offline === undefined ? {} : { offline: options.offline }),
        now,
        ...(delivery.random === undefined ? {} : { random: delivery.random }),
        ...(delivery.attemptTimeoutMs === undefined ? {} : { attemptTimeoutMs: delivery.attemptTimeoutMs }),
        ...(delivery.retryPolicy === undefined ? {} : { retryPolicy: delivery.retryPolicy }),
        ...(delivery.perWebhookConcurrency === undefined ? {} : { perWebhookConcurrency: delivery.perWebhookConcurrency }),
        ...(delivery.leaseMs === undefined ? {} : { leaseMs: delivery.leaseMs }),
        ...(delivery.autoDisable === undefined ? {} : { autoDisable: delivery.autoDisable }),
        log: (entry) => logDelivery(log, entry, unsignedWarned),
      }),
    ));
  const deliveries = createDeliveryWorker({
    engine: {
      claim: async (limit) => (await loadSender()).engine.claim(limit),
      deliverOne: async (claim, deliverOptions) => (await loadSender()).engine.deliverOne(claim, deliverOptions),
      nextDueAt: async () => (await loadSender()).engine.nextDueAt(),
    },
    now: () => new Date(now()),
    ...(delivery.concurrency === undefined ? {} : { concurrency: delivery.concurrency }),
    ...(delivery.pollIntervalMs === undefined ? {} : { pollIntervalMs: delivery.pollIntervalMs }),
    onError: (error) => {
      const line = { err: { type: (error as Error).name, code: (error as { code?: unknown }).code, message: (error as Error).message } };
      const fault = storeFaultOf(error);
      // a lock another process holds passes: the sender tries again at its next run
      if (fault === 'busy' || fault === 'conflict') log?.warn(line, 'the sender could not reach the database; it tries again');
      else log?.error(line, 'the sender could not run; it tries again');
      if (fault !== undefined) onStoreFault(error as StoreError);
    },
  });
  const emit = async (accountId: string, request: EmitRequest): Promise<EmitOutcome> => {
    await options.onAccount?.(accountId);
    const outcome = await emitEvent(store, accountId, request, { now, maxDeliveries: maxWebhooks });
    if (outcome.ok && outcome.deliveries.length > 0) deliveries.wake();
    return outcome;
  };

  const platformKeys = options.platformKeys === undefined || (typeof options.platformKeys === 'string' && options.platformKeys.trim() === '') ? undefined : parsePlatformKeys(options.platformKeys);
  const app = createApp({
    store,
    authenticate: options.authenticate,
    ...(platformKeys === undefined ? {} : { authenticatePlatform: platformKeyAuthenticator(platformKeys) }),
    onScheduled: () => deliveries.wake(),
    signingKeys,
    // offline, a name is never resolved when a webhook is saved: the sender refuses it when it delivers
    guard: destinationGuard({ ...(options.offline !== undefined ? { resolve: false as const } : options.resolve === undefined ? {} : { resolve: options.resolve }), allowLocalhost: options.allowLocalhost }),
    fingerprintKey,
    ...(options.cors ? { cors: options.cors } : {}),
    ...(options.onAccount ? { onAccount: options.onAccount } : {}),
    // a store every process shares counts there, so that n processes together allow the rate, not n times it
    ...(perMinute === false ? {} : { rateLimit: { perMinute, ...(store.rateLimitHit === undefined ? {} : { counter: (key: string, windowMs: number) => store.rateLimitHit!(key, windowMs) }) } }),
    limits: { maxWebhooksPerAccount: maxWebhooks },
    onStoreFault,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.log === undefined ? {} : { log: options.log }),
    ...(options.trigger ? { extraRoutes: [sandboxTriggerRoute(emit)] } : {}),
    now,
    onClose: async () => {
      clearInterval(purge);
      // attempts in flight finish and are recorded, claimed deliveries not yet attempted are released
      await deliveries.stop();
      await sender?.then((built) => built.close(), () => undefined);
      signingKeys.close();
      // a key still being made on first start is written before the database closes
      await signingKeys.ready.catch(() => undefined);
      await options.beforeStoreClose?.();
      await store.close();
    },
  });
  log = app.log;
  stopSender = () => void deliveries.stop();
  if (delivery.autoStart !== false) deliveries.start();
  // a store shared by several processes wakes this sender when another one enqueues (a hint: it polls too)
  const unwatch = store.watchEnqueued === undefined ? undefined : await store.watchEnqueued(() => deliveries.wake());
  if (unwatch !== undefined) app.addHook('onClose', async () => unwatch());
  const outbox = relayFor(store, { now, maxDeliveries: maxWebhooks }, () => log, () => deliveries.wake());
  if (outbox !== undefined) {
    // every process relays the platform's outbox; a NOTIFY at the platform's commit wakes it (a hint: it polls too)
    const unwatchOutbox = await store.watchOutbox?.(() => outbox.wake());
    app.addHook('onClose', async () => {
      await unwatchOutbox?.();
      await outbox.stop();
    });
    if (delivery.autoStart !== false) outbox.start();
  }
  return { app, store, signingKeys, deliveries, emit, fatal, close: () => app.close(), ...(outbox === undefined ? {} : { outbox: { runOnce: outbox.runOnce } }) };
}

/** The relay of the platform's outbox, for a store that has one: each row relayed is logged, a rejected one at warn. */
function relayFor(store: Store, context: EmitContext, log: () => FastifyInstance['log'] | undefined, wake: () => void): OutboxRelay | undefined {
  if (store.relayOutbox === undefined) return undefined;
  return createOutboxRelay(store as Store & Required<Pick<Store, 'relayOutbox'>>, context, {
    onRelayed: (row) => {
      const line = { outbox_seq: row.seq, account: row.accountId, event_id: row.eventId };
      if (row.outcome === 'rejected') {
        log()?.warn({ ...line, reason: row.reason }, 'outbox.event_rejected: the event in the platform outbox is not delivered');
        return;
      }
      log()?.info({ ...line, outcome: row.outcome, deliveries: row.deliveries }, 'outbox.event_published');
      if (row.deliveries > 0) wake();
    },
    onError: (error) => {
      const line = { err: { type: (error as Error).name, code: (error as { code?: unknown }).code, message: (error as Error).message } };
      log()?.warn(line, 'the outbox relay could not reach the database; it tries again');
    },
  });
}

/** The webhooks already warned about for having no secret, so that each is named once per process. */
const MAX_UNSIGNED_WARNINGS = 10_000;

/**
 * One log line per attempt: identifiers and reasons only (never a body, header, secret or token); and,
 * once per webhook, a warning that a webhook without a secret (stored before secrets were made for every
 * webhook) gets unsigned deliveries.
 */
function logDelivery(log: FastifyInstance['log'] | undefined, entry: DeliveryLogEntry, unsignedWarned: Set<string>): void {
  if (log === undefined) return;
  const { account_id: account, signed, ...fields } = entry;
  const line = { ...fields, ...(account === undefined ? {} : { account }) };
  if (entry.event === 'delivery.succeeded') log.info(line, entry.event);
  else log.warn(line, entry.event);
  const key = `${account ?? ''}/${entry.webhook_id}`;
  if (!signed && !unsignedWarned.has(key) && unsignedWarned.size < MAX_UNSIGNED_WARNINGS) {
    unsignedWarned.add(key);
    log.warn(
      { webhook_id: entry.webhook_id, ...(account === undefined ? {} : { account }) },
      'webhook.unsigned: this webhook has no secret, so its deliveries go out unsigned and receivers cannot tell them from forgeries; set one with PATCH secret',
    );
  }
}
