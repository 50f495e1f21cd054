/**
 * What the reference server and the sandbox take (their options, with defaults) and what building or
 * starting one gives back.
 * @module
 */
import type { FastifyInstance } from 'fastify';
import type { AutoDisablePolicy } from '../delivery/engine.js';
import type { RetryPolicy } from '../delivery/retry-policy.js';
import type { DeliveryWorker } from '../delivery/worker.js';
import type { StoreError } from './errors.js';
import type { EmitOutcome, EmitRequest } from './events.js';
import type { OutboxReport } from './event-outbox.js';
import type { Resolver } from './destinations.js';
import type { HttpTimeouts } from './http-edges.js';
import type { LogOptions } from './logging.js';
import type { SigningAlgorithm, SigningKeys } from './signing-keys.js';
import type { Store } from '../store/contract.js';

/** Where the reference server listens and keeps its data unless told otherwise. */
export const SERVER_DEFAULTS = { host: '127.0.0.1', port: 8080, databasePath: './data/webhooks.db' } as const;
/** Where the sandbox listens unless told otherwise. */
export const SANDBOX_DEFAULTS = { host: '127.0.0.1', port: 4011 } as const;
/** The account of the development key made when no API keys are given. */
export const DEV_ACCOUNT = 'dev';
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
   * Any store instead of SQLite or `databaseUrl`, opened once. The server seals every secret before it
   * reaches the store (a store never sees one in plain text), and closes it when it closes.
   * @example
   * await buildServer({ store: () => createPostgresStore({ url }) })
   */
  store?: () => Promise<Store & { readonly created?: boolean }>;
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
