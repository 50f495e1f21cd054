/**
 * Assembles the reference server and the sandbox from settings (store, secrets, keys, authentication,
 * SSRF guard) and starts them listening: `buildServer` / `buildSandbox` for `inject()` in tests,
 * `startServer` / `startSandbox` for a running server with a `url` and a graceful `close()`.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AutoDisablePolicy, DeliveryLogEntry } from '../delivery/engine.js';
import type { RetryPolicy } from '../delivery/retry-policy.js';
import { createDeliveryWorker, type DeliveryWorker } from '../delivery/worker.js';
import { apiKeyAuthenticator, generateApiKey, parseApiKeys, parsePlatformKeys, platformKeyAuthenticator, sandboxAuthenticator } from './auth.js';
import { createApp } from './app.js';
import { DEFAULT_ALLOWED_ORIGINS, corsPolicy, type CorsPolicy } from './cors.js';
import { destinationGuard, systemResolver, type Resolver } from './destinations.js';
import { SecretsKeyError, ServerConfigError, ServerStartError, StoreError, storeFaultOf } from './errors.js';
import { emitEvent, type EmitContext, type EmitOutcome, type EmitRequest } from './events.js';
import { createOutboxRelay, type OutboxRelay, type OutboxReport } from './event-outbox.js';
import type { HttpTimeouts } from './http-edges.js';
import type { LogOptions } from './logging.js';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from './rate-limit.js';
import { sandboxAccounts } from './sandbox-accounts.js';
import { sandboxTriggerRoute } from './sandbox-trigger.js';
import type { Sender } from './sender.js';
import { SecretsBox, generateSecretsKey, missingKeyMessage, parseSecretsKey } from './secrets-box.js';
import { openSigningKeys, type SigningAlgorithm, type SigningKeys } from './signing-keys.js';
import { createSqliteStore } from '../store/sqlite/store.js';
import type { Store } from '../store/contract.js';
import { WEBHOOK_REPRESENTATION_VERSION, webhookRepresentation } from './views.js';

/** Where the reference server listens and keeps its data unless told otherwise. */
export const SERVER_DEFAULTS = { host: '127.0.0.1', port: 8080, databasePath: './data/webhooks.db' } as const;
/** Where the sandbox listens unless told otherwise. */
export const SANDBOX_DEFAULTS = { host: '127.0.0.1', port: 4011 } as const;
/** The account of the development key made when no API keys are given. */
export const DEV_ACCOUNT = 'dev';
/** How often expired idempotency keys and old tombstones are removed (ms). */
const PURGE_EVERY_MS = 60 * 60 * 1000;
/** The server secret that keys the digests of idempotent request bodies. */
const FINGERPRINT_SECRET = 'idempotency-fingerprint-key';
/** Live webhooks an account may have unless configured otherwise. */
export const DEFAULT_MAX_WEBHOOKS_PER_ACCOUNT = 100;

/** What both the server and the sandbox take. */
export interface CommonOptions {
  /**
   * Keys of the platform's own services, for `POST /v1/events` (the PLATFORM_KEYS format: comma-separated).
   * Without any, nobody may publish events over HTTP (`emit` still can).
   */
  platformKeys?: string | readonly string[];
  /**
   * Resolves host names for the SSRF guard (`dns.promises.lookup` by default); `false` never resolves, so
   * names are only checked when a delivery connects. Inject one in tests: they must not depend on DNS.
   */
  resolve?: Resolver | false;
  /** the log; JSON lines on standard output by default, `false` for none */
  log?: LogOptions | false;
  /** at most this many requests a minute per API key (429 past it); 1,200 by default, `false` for none */
  rateLimitPerMinute?: number | false;
  /** at most this many live webhooks per account (a create past it is a 409); 100 by default */
  maxWebhooksPerAccount?: number;
  /** slow-client time-outs: headers 15 s, the whole request 30 s, an idle keep-alive connection 5 s by default */
  timeouts?: HttpTimeouts;
  /** the algorithm of a new signing key; RS256 by default */
  signingKeyAlgorithm?: SigningAlgorithm;
  /** milliseconds since the epoch; `Date.now` by default. The sender runs on the same clock. */
  now?: () => number;
  /** how the sender works; it runs inside the server by default */
  delivery?: DeliveryOptions;
}

/** How the server's sender (the delivery worker) runs. */
export interface DeliveryOptions {
  /**
   * `false`: the sender (and the relay of the platform's outbox) does not run by itself, and tests drive it
   * with `deliveries.runOnce()` on an injected clock (`now`) and `outbox.runOnce()`. Default true: both run
   * from start to `close()`.
   */
  autoStart?: boolean;
  /** the longest an idle sender sleeps (an event, or the next delivery falling due, wakes it sooner); default 1 s */
  pollIntervalMs?: number;
  /** the time-out of each request, token requests and deliveries alike; default 10 s */
  attemptTimeoutMs?: number;
  /** the back-off and window; by default 10 s doubling to 4 h, for three days (`delaysMs` for an explicit schedule) */
  retryPolicy?: RetryPolicy;
  /** a number in [0, 1) for the back-off's jitter; `Math.random` by default */
  random?: () => number;
  /** deliveries in flight at once, for every account together; default 1,024 */
  concurrency?: number;
  /** deliveries of one webhook in flight at once (one while its endpoint does not answer); default 32 */
  perWebhookConcurrency?: number;
  /** how long a claim holds a delivery, renewed while its attempt runs; default 15 s */
  leaseMs?: number;
  /** when a webhook whose every attempt fails is disabled; `false` never. Default five days and ten deliveries */
  autoDisable?: AutoDisablePolicy | false;
  /** resolves a destination's name when connecting (then checked by the SSRF policy); the system resolver by default */
  resolve?: Resolver;
}

/** How to build the reference server. */
export interface ServerOptions extends CommonOptions {
  /** the SQLite file (its folder is created); `:memory:` keeps nothing. Default `./data/webhooks.db` */
  databasePath?: string;
  /**
   * A Postgres database (`postgres://user:password@host:port/database`) instead of SQLite: any number of
   * processes may serve one database. Needs the pg package.
   */
  databaseUrl?: string;
  /**
   * Any store instead of SQLite or `databaseUrl`: called once with the box that seals its secrets. The
   * server closes it when it closes.
   * @example
   * await buildServer({ store: (secrets) => createPostgresStore({ url, secrets }) })
   */
  store?: (secrets: SecretsBox) => Promise<Store & { readonly created?: boolean }>;
  /** the longest a Postgres statement may run before the request is answered 503 (ms); 5,000 by default */
  statementTimeoutMs?: number;
  /**
   * API keys and their accounts: `key=account,key=account` (the API_KEYS format), or a map. Without any,
   * a development key for the account `dev` is made (see `generatedApiKey`).
   */
  apiKeys?: string | ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /**
   * 32 bytes (64 hex digits or base64) that encrypt the stored secrets. Required once the database holds
   * any; on a new database without one, a key is made (see `generatedSecretsKey`) and must be kept.
   */
  secretsKey?: string;
  /** keys used before `secretsKey`: what they sealed is read, and sealed again under `secretsKey` at start */
  previousSecretsKeys?: readonly string[];
  /** development only: `https://localhost` and `http://localhost` destinations are allowed (nothing else local) */
  allowLocalhostDestinations?: boolean;
  /** `full` adds an fsync per write, so writes also survive a power loss; `normal` by default */
  synchronous?: 'normal' | 'full';
  /** how long a write waits for another process's lock on the database before a 503 (ms); 2,000 by default */
  busyTimeoutMs?: number;
  /** the database's largest size in bytes: past it, writes answer 503 (the disk's size by default) */
  maxDatabaseBytes?: number;
  /** refuse to start when there is no database at `databasePath`, instead of making a new, empty one */
  databaseMustExist?: boolean;
}

/** How to build the sandbox. */
export interface SandboxOptions extends CommonOptions {
  /** start each account with the spec's example webhooks and deliveries; default true */
  seed?: boolean;
  /**
   * the origins of the web pages that may call the sandbox (`scheme://host[:port]`, the port may be `*`);
   * every other origin is refused with 403. Default: loopback pages (`http://localhost:*`, `http://127.0.0.1:*`,
   * `http://[::1]:*` and their https forms)
   */
  allowedOrigins?: readonly string[];
  /** accounts (tokens) kept at most: past it the least recently used is forgotten; 1,000 by default */
  maxAccounts?: number;
  /** how long an account may go unused before it is forgotten (ms); 24 h by default */
  accountIdleMs?: number;
  /**
   * Let the sandbox reach other machines: resolve destination names (when a webhook is saved and when it
   * is delivered) and deliver, and fetch tokens, beyond loopback. Off by default: the sandbox then sends
   * no DNS query and opens no connection beyond this machine (`SANDBOX_OFFLINE_REASON` says so in the
   * deliveries that could not go out). The `resolve` options are not used while it is off.
   */
  allowNetwork?: boolean;
}

/** What a delivery (or token request) of the offline sandbox to another machine records as its `last_error`. */
export const SANDBOX_OFFLINE_REASON =
  'the sandbox is offline: it delivers only to this machine (localhost, 127.0.0.1, [::1]) and resolves no host name; start it with --allow-network (or SANDBOX_ALLOW_NETWORK=1) to deliver to other hosts';

/** A built server, ready to `inject()` requests into or to `listen()`. */
export interface BuiltServer {
  /** the Fastify application: `app.inject(…)` in tests */
  app: FastifyInstance;
  store: Store;
  /** the platform's signing keys: the sender signs `private_key_jwt` assertions with them */
  signingKeys: SigningKeys;
  /** the sender's loop: `runOnce()` drives it in tests; `close()` stops it */
  deliveries: DeliveryWorker;
  /**
   * Sends an event to an account's webhooks that receive its type (the spec's sample of the type unless
   * `object` is given), and wakes the sender. Rejects with `EventError` for an event the contract does not allow.
   * @example
   * const outcome = await server.emit('acme', { type: 'order.created', object: myOrder });
   */
  emit(accountId: string, request: EmitRequest): Promise<EmitOutcome>;
  /** the development API key made because no API keys were given */
  generatedApiKey?: string;
  /** the SECRETS_KEY made for a new database because none was given: keep it, or its secrets are lost */
  generatedSecretsKey?: string;
  /** how many stored secrets were sealed again under the current key at start (a key rotation) */
  resealed: number;
  /** whether the database was made at this start (none was at its path) */
  createdDatabase: boolean;
  /**
   * Resolves once the server cannot go on: its database file was lost (deleted, its folder removed, or
   * replaced) while it ran. Writes are refused from then on (503); stop it and let a supervisor start it
   * again, which then finds no database and says so. Never rejects.
   */
  fatal: Promise<StoreError>;
  /** stops the application (in-flight requests finish) and closes the database */
  close(): Promise<void>;
  /**
   * The relay of the platform's transactional outbox (Postgres only): it runs by itself (woken at each
   * commit of a row); with `delivery.autoStart: false`, tests run it with `runOnce()`.
   */
  outbox?: { runOnce(): Promise<OutboxReport> };
}

/** A server that listens. */
export interface RunningServer extends BuiltServer {
  /** such as `http://127.0.0.1:8080` */
  url: string;
  host: string;
  port: number;
}

function apiKeyMap(apiKeys: ServerOptions['apiKeys']): Map<string, string> | undefined {
  if (apiKeys === undefined) return undefined;
  if (typeof apiKeys === 'string') return apiKeys.trim() === '' ? undefined : parseApiKeys(apiKeys);
  const entries = apiKeys instanceof Map ? [...apiKeys] : Object.entries(apiKeys);
  if (entries.length === 0) return undefined;
  return parseApiKeys(entries.map(([key, account]) => `${key}=${account}`).join(','), 'apiKeys');
}

/** Checks that this box opens everything stored; the message says which key is missing. */
async function checkSecretsKey(store: Store, box: SecretsBox, keyGiven: boolean): Promise<void> {
  const needed = await store.sealedKeyIds();
  if (!keyGiven && needed.size > 0) {
    throw new SecretsKeyError(
      `This database holds encrypted secrets, and SECRETS_KEY is not set: set it to the key they were encrypted with (key id ${[...needed].join(', ')}), the one printed or chosen when the database was made.`,
    );
  }
  for (const keyId of needed) if (!box.hasKey(keyId)) throw new SecretsKeyError(missingKeyMessage(keyId, box.keyId));
}

/** The parts both modes share, around a store that is already open. */
async function assemble(
  store: Store,
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

/** The store the options name: any store given, Postgres at `databaseUrl`, or SQLite at `databasePath`. */
async function openStore(options: ServerOptions, box: SecretsBox, databasePath: string): Promise<Store & { readonly created?: boolean }> {
  if (options.store !== undefined) return options.store(box);
  if (options.databaseUrl !== undefined) {
    // loaded only here: a server on SQLite never reads the Postgres code (nor needs pg installed)
    const { createPostgresStore } = await import('../store/postgres/store.js');
    try {
      return await createPostgresStore({
        url: options.databaseUrl,
        secrets: box,
        setting: 'DATABASE_URL',
        ...(options.statementTimeoutMs === undefined ? {} : { statementTimeoutMs: options.statementTimeoutMs }),
      });
    } catch (error) {
      throw atStart(error, 'DATABASE_URL');
    }
  }
  return createSqliteStore({
    path: databasePath,
    secrets: box,
    setting: 'DATABASE_PATH',
    ...(options.databaseMustExist ? { mustExist: 'DATABASE_MUST_EXIST' } : {}),
    ...(options.synchronous ? { synchronous: options.synchronous } : {}),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    ...(options.maxDatabaseBytes === undefined ? {} : { maxBytes: options.maxDatabaseBytes }),
  });
}

/** A store fault met while starting (a lock held elsewhere, a full disk, an unreachable server), said of where the database is in one sentence. */
function atStart(error: unknown, where: string): unknown {
  const fault = storeFaultOf(error);
  if (fault === undefined) return error;
  const { message } = error as Error;
  if (message.startsWith(where)) return error;
  const advice =
    fault === 'busy' && where.startsWith('DATABASE_PATH')
      ? ': stop what holds it (a backup, a sqlite3 shell) or wait for it, then start again'
      : fault === 'unavailable' && where === 'DATABASE_URL'
        ? ': check that the Postgres server is running and that DATABASE_URL names it, its database and a user that may connect'
        : '';
  return new StoreError(fault, `${where} cannot be used now: ${message}${advice}.`, { cause: error });
}

/**
 * Builds the reference server: SQLite at `databasePath`, secrets sealed under `secretsKey`, API keys mapped
 * to accounts. Refuses a database whose secrets its key cannot open.
 * @example
 * const server = await buildServer({ databasePath: ':memory:', apiKeys: { sk_test_0123456789abcdef: 'acme' }, secretsKey, resolve: false });
 * const response = await server.app.inject({ method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer sk_test_0123456789abcdef' } });
 * await server.close();
 */
export async function buildServer(options: ServerOptions = {}): Promise<BuiltServer> {
  const keys = apiKeyMap(options.apiKeys);
  const platformList = options.platformKeys === undefined ? [] : typeof options.platformKeys === 'string' ? options.platformKeys.split(',') : [...options.platformKeys];
  if (keys !== undefined && platformList.some((key) => keys.has(key.trim()))) {
    throw new ServerConfigError('a key in PLATFORM_KEYS is also in API_KEYS: a platform key must be a credential of its own');
  }
  const generatedApiKey = keys === undefined ? generateApiKey() : undefined;
  const keyGiven = options.secretsKey !== undefined && options.secretsKey.trim() !== '';
  const generatedSecretsKey = keyGiven ? undefined : generateSecretsKey();
  const box = new SecretsBox(
    parseSecretsKey(keyGiven ? options.secretsKey! : generatedSecretsKey!),
    (options.previousSecretsKeys ?? []).map((key, index) => parseSecretsKey(key, `SECRETS_KEY_PREVIOUS entry ${index + 1}`)),
  );
  const databasePath = options.databasePath ?? SERVER_DEFAULTS.databasePath;
  const store = await openStore(options, box, databasePath);
  const where = options.store !== undefined ? 'the store' : options.databaseUrl !== undefined ? 'DATABASE_URL' : `DATABASE_PATH ${JSON.stringify(databasePath)}`;
  try {
    await checkSecretsKey(store, box, keyGiven);
    const resealed = (options.previousSecretsKeys?.length ?? 0) > 0 ? await store.resealAll() : 0;
    const built = await assemble(store, {
      ...options,
      allowLocalhost: options.allowLocalhostDestinations === true,
      authenticate: apiKeyAuthenticator(keys ?? new Map([[generatedApiKey!, DEV_ACCOUNT]])),
    });
    return {
      ...built,
      resealed,
      createdDatabase: store.created === true,
      ...(generatedApiKey === undefined ? {} : { generatedApiKey }),
      ...(generatedSecretsKey === undefined ? {} : { generatedSecretsKey }),
    };
  } catch (error) {
    await store.close();
    throw atStart(error, where);
  }
}

/**
 * Builds the sandbox: the same server on an in-memory store with an ephemeral secrets key, any bearer token
 * accepted (each its own account, seeded with the spec's examples), CORS on, loopback destinations
 * allowed, the trigger (`POST /v1/sandbox/events`) served, and offline unless `allowNetwork`.
 * @example
 * const sandbox = await buildSandbox({ log: false });
 * await sandbox.app.inject({ method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer alice' } });
 */
export async function buildSandbox(options: SandboxOptions = {}): Promise<BuiltServer> {
  const cors: CorsPolicy = corsPolicy(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
  const store = await createSqliteStore({ path: ':memory:', secrets: SecretsBox.ephemeral() });
  // each token's account, within a bound: idle and least recently used ones are forgotten
  const accounts = sandboxAccounts({
    store,
    seed: options.seed !== false,
    now: options.now ?? Date.now,
    ...(options.maxAccounts === undefined ? {} : { maxAccounts: options.maxAccounts }),
    ...(options.accountIdleMs === undefined ? {} : { idleMs: options.accountIdleMs }),
  });
  try {
    const built = await assemble(store, {
      ...options,
      allowLocalhost: true,
      ...(options.allowNetwork === true ? {} : { offline: { reason: SANDBOX_OFFLINE_REASON } }),
      authenticate: sandboxAuthenticator(),
      cors,
      trigger: true,
      onAccount: (accountId: string) => accounts.use(accountId),
      beforeStoreClose: () => accounts.close(),
    });
    return { ...built, resealed: 0, createdDatabase: true };
  } catch (error) {
    await accounts.close();
    await store.close();
    throw error;
  }
}

async function listen(built: BuiltServer, host: string, port: number): Promise<RunningServer> {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    await built.close();
    throw new ServerConfigError(`the port must be a whole number from 0 to 65535; got ${String(port)}`);
  }
  try {
    await built.app.listen({ host, port });
  } catch (error) {
    await built.close();
    const code = (error as NodeJS.ErrnoException).code;
    const hint =
      code === 'EADDRINUSE'
        ? `port ${port} on ${host} is already in use: stop what is using it, or pick another port (--port or PORT)`
        : code === 'EACCES'
          ? `no permission to listen on port ${port}: pick a port above 1023 (--port or PORT)`
          : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
            ? `${host} is not an address of this machine (--host or HOST)`
            : (error as Error).message;
    throw new ServerStartError(`cannot listen on ${host}:${port}: ${hint}`, { cause: error });
  }
  const address = built.app.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  return { ...built, url, host, port: boundPort };
}

/**
 * Starts the reference server (127.0.0.1:8080 by default) and resolves once it listens.
 * @example
 * const server = await startServer({ port: 0, databasePath: ':memory:', apiKeys: 'sk_test_0123456789abcdef=acme', secretsKey });
 * await fetch(`${server.url}/v1/webhooks`, { headers: { Authorization: 'Bearer sk_test_0123456789abcdef' } });
 * await server.close();
 */
export async function startServer(options: ServerOptions & { host?: string; port?: number } = {}): Promise<RunningServer> {
  return listen(await buildServer(options), options.host ?? SERVER_DEFAULTS.host, options.port ?? SERVER_DEFAULTS.port);
}

/**
 * Starts the sandbox, the stateful mock (127.0.0.1:4011 by default), and resolves once it listens.
 * @example
 * const sandbox = await startSandbox({ port: 0 });
 * await fetch(`${sandbox.url}/v1/webhooks`, { headers: { Authorization: 'Bearer any-token' } });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions & { host?: string; port?: number } = {}): Promise<RunningServer> {
  return listen(await buildSandbox(options), options.host ?? SANDBOX_DEFAULTS.host, options.port ?? SANDBOX_DEFAULTS.port);
}
