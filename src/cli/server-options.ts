/**
 * Reads the `serve` and `sandbox` commands' flags and environment variables (flags win over the
 * environment, which wins over the defaults). Messages name the setting and never quote a key or secret.
 * @module
 */
import { DEFAULT_RETRY_POLICY, parseRetrySchedule, withSchedule } from '../delivery/retry-policy.js';
import { SANDBOX_DEFAULTS, SERVER_DEFAULTS, type DeliveryOptions } from '../server/server.js';
import { SIGNING_ALGORITHMS, type SigningAlgorithm } from '../server/signing-keys.js';
import { UsageError, parseCommandLine } from './io.js';

/** What both commands take. */
export interface CommonCommandOptions {
  host: string;
  port: number;
  quiet: boolean;
  logFormat: 'json' | 'pretty';
  /** requests a minute per key, or false for none; the server's default when undefined */
  rateLimitPerMinute?: number | false;
  /** live webhooks per account; the server's default when undefined */
  maxWebhooksPerAccount?: number;
  signingKeyAlgorithm?: SigningAlgorithm;
  /** how the sender runs: the retry schedule and its slots, from --retry-schedule and the concurrency flags */
  delivery: Pick<DeliveryOptions, 'retryPolicy' | 'concurrency' | 'perWebhookConcurrency'>;
  help: boolean;
}

/** `serve`, as the user asked for it. */
export interface ServeCommandOptions extends CommonCommandOptions {
  databasePath: string;
  /** a Postgres database instead of SQLite (`postgres://…`, from --database-url or DATABASE_URL) */
  databaseUrl?: string;
  apiKeys?: string;
  /** the platform's own keys for POST /v1/events (PLATFORM_KEYS) */
  platformKeys?: string;
  secretsKey?: string;
  previousSecretsKeys: string[];
  allowLocalhost: boolean;
  synchronous: 'normal' | 'full';
  rotateSigningKey: boolean;
  /** how long a write waits for another process's lock before a 503 (ms) */
  busyTimeoutMs?: number;
  /** the database's largest size (bytes) */
  maxDatabaseBytes?: number;
  /** refuse to start without an existing database */
  databaseMustExist: boolean;
}

/** `sandbox`, as the user asked for it. */
export interface SandboxCommandOptions extends CommonCommandOptions {
  seed: boolean;
  /** origins allowed besides the loopback ones */
  corsOrigins: string[];
  maxAccounts?: number;
  accountIdleMs?: number;
  /** resolve names and deliver beyond this machine (`--allow-network`, SANDBOX_ALLOW_NETWORK=1); off by default */
  allowNetwork: boolean;
}

const COMMON_FLAGS = {
  host: { type: 'string' },
  port: { type: 'string', short: 'p' },
  quiet: { type: 'boolean', short: 'q', default: false },
  'log-format': { type: 'string' },
  'rate-limit': { type: 'string' },
  'max-webhooks': { type: 'string' },
  'signing-key-alg': { type: 'string' },
  'retry-schedule': { type: 'string' },
  'delivery-concurrency': { type: 'string' },
  'webhook-concurrency': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The help lines of the sender's flags, shared by `serve` and `sandbox`. */
export const DELIVERY_FLAGS_USAGE = `  --retry-schedule <s>     When failed deliveries are tried again: default (10 s doubling to 4 h, for three
                           days), fast (1, 2, 4, 8, 16 and 32 s, for local development) or delays such as
                           5s,30s,2m (units ms, s, m, h, d; then it gives up); or RETRY_SCHEDULE
  --delivery-concurrency <n>
                           Deliveries in flight at once, for every account together (default 1,024, or
                           DELIVERY_CONCURRENCY)
  --webhook-concurrency <n>
                           Deliveries in flight at once to one webhook (default 32, or
                           DELIVERY_WEBHOOK_CONCURRENCY); an endpoint that stops answering gets one at a time`;

/** A whole number of at least 1 from a flag or its environment variable, or undefined when neither is set. */
function positiveInteger(values: Record<string, string | boolean | string[] | undefined>, env: NodeJS.ProcessEnv, flag: string, variable: string, what: string): number | undefined {
  const text = (values[flag] as string | undefined) ?? fromEnv(env, variable);
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text) || Number(text) === 0) throw new UsageError(`--${flag} (or ${variable}) must be a whole number of ${what}, 1 or more; got "${text}"`);
  return Number(text);
}

/** The sender's settings from the flags and the environment. */
function deliverySettings(values: Record<string, string | boolean | string[] | undefined>, env: NodeJS.ProcessEnv): CommonCommandOptions['delivery'] {
  const schedule = (values['retry-schedule'] as string | undefined) ?? fromEnv(env, 'RETRY_SCHEDULE');
  let delays: readonly number[] | undefined;
  try {
    delays = schedule === undefined ? undefined : parseRetrySchedule(schedule);
  } catch (error) {
    throw new UsageError(`--retry-schedule (or RETRY_SCHEDULE): ${(error as Error).message}`);
  }
  const concurrency = positiveInteger(values, env, 'delivery-concurrency', 'DELIVERY_CONCURRENCY', 'deliveries');
  const perWebhook = positiveInteger(values, env, 'webhook-concurrency', 'DELIVERY_WEBHOOK_CONCURRENCY', 'deliveries');
  return {
    ...(delays === undefined ? {} : { retryPolicy: withSchedule(DEFAULT_RETRY_POLICY, delays) }),
    ...(concurrency === undefined ? {} : { concurrency }),
    ...(perWebhook === undefined ? {} : { perWebhookConcurrency: perWebhook }),
  };
}

function parsePort(value: string, source: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new UsageError(`${source} must be a whole number from 0 to 65535 (0 picks a free port); got "${value}"`);
  }
  return Number(value);
}

function parseFlags<T extends Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean; multiple?: boolean }>>(args: readonly string[], flags: T) {
  const parsed = parseCommandLine(args, flags);
  const [extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}"`);
  return parsed.values as Record<string, string | boolean | string[] | undefined>;
}

/** A whole number from 1 to `max` given by a flag or a variable, or undefined when neither is. */
function wholeNumber(value: string | undefined, source: string, what: string, max = 1e9): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,10}$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${source} must be a whole number of ${what}, from 1 to ${max.toLocaleString('en-US')}; got "${value}"`);
  return Number(value);
}

/** An environment variable, or undefined when it is unset or empty. */
function fromEnv(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}

function common(values: Record<string, string | boolean | string[] | undefined>, env: NodeJS.ProcessEnv, defaults: { host: string; port: number }, prefix: string, stdoutIsTerminal: boolean): CommonCommandOptions {
  const host = (values.host as string | undefined) ?? fromEnv(env, `${prefix}HOST`) ?? defaults.host;
  if (host.trim() === '') throw new UsageError('the host must not be empty; use 127.0.0.1 to stay on this machine');
  const portFlag = values.port as string | undefined;
  const portEnv = fromEnv(env, `${prefix}PORT`);
  const port = portFlag !== undefined ? parsePort(portFlag, '--port') : portEnv !== undefined ? parsePort(portEnv, `${prefix}PORT`) : defaults.port;
  const format = (values['log-format'] as string | undefined) ?? fromEnv(env, 'LOG_FORMAT') ?? (stdoutIsTerminal ? 'pretty' : 'json');
  if (format !== 'json' && format !== 'pretty') throw new UsageError(`--log-format (or LOG_FORMAT) must be "json" or "pretty"; got "${format}"`);
  const rate = (values['rate-limit'] as string | undefined) ?? fromEnv(env, 'RATE_LIMIT_PER_MINUTE');
  if (rate !== undefined && rate !== 'off' && (!/^\d{1,9}$/.test(rate) || Number(rate) === 0)) {
    throw new UsageError(`--rate-limit (or RATE_LIMIT_PER_MINUTE) must be a whole number of requests per minute per API key, 1 or more, or "off"; got "${rate}"`);
  }
  const maxWebhooks = wholeNumber((values['max-webhooks'] as string | undefined) ?? fromEnv(env, 'MAX_WEBHOOKS_PER_ACCOUNT'), '--max-webhooks (or MAX_WEBHOOKS_PER_ACCOUNT)', 'webhooks per account');
  const algorithm = (values['signing-key-alg'] as string | undefined) ?? fromEnv(env, 'SIGNING_KEY_ALG');
  if (algorithm !== undefined && !SIGNING_ALGORITHMS.includes(algorithm as SigningAlgorithm)) {
    throw new UsageError(`--signing-key-alg (or SIGNING_KEY_ALG) must be one of ${SIGNING_ALGORITHMS.join(', ')}; got "${algorithm}"`);
  }
  return {
    host,
    port,
    quiet: values.quiet === true,
    logFormat: format,
    help: values.help === true,
    delivery: deliverySettings(values, env),
    ...(rate === undefined ? {} : { rateLimitPerMinute: rate === 'off' ? false : Number(rate) }),
    ...(maxWebhooks === undefined ? {} : { maxWebhooksPerAccount: maxWebhooks }),
    ...(algorithm === undefined ? {} : { signingKeyAlgorithm: algorithm as SigningAlgorithm }),
  };
}

/**
 * Parses the arguments after `serve`, with PORT, HOST, DATABASE_PATH, DATABASE_URL, API_KEYS, PLATFORM_KEYS, SECRETS_KEY,
 * SECRETS_KEY_PREVIOUS, ALLOW_LOCALHOST_DESTINATIONS, DATABASE_SYNCHRONOUS, DATABASE_BUSY_TIMEOUT_MS,
 * DATABASE_MAX_MB, DATABASE_MUST_EXIST, SIGNING_KEY_ALG, LOG_FORMAT, RATE_LIMIT_PER_MINUTE and
 * MAX_WEBHOOKS_PER_ACCOUNT from the environment.
 * @example
 * parseServeArguments(['--port', '9000'], { API_KEYS: 'sk_test_0123456789abcdef=acme' }, false).port // 9000
 */
export function parseServeArguments(args: readonly string[], env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): ServeCommandOptions {
  const values = parseFlags(args, {
    ...COMMON_FLAGS,
    database: { type: 'string' },
    'database-url': { type: 'string' },
    'allow-localhost': { type: 'boolean', default: false },
    'rotate-signing-key': { type: 'boolean', default: false },
    'busy-timeout': { type: 'string' },
    'database-max-mb': { type: 'string' },
    'database-must-exist': { type: 'boolean', default: false },
  });
  const options = common(values, env, SERVER_DEFAULTS, '', stdoutIsTerminal);
  const databasePath = (values.database as string | undefined) ?? fromEnv(env, 'DATABASE_PATH') ?? SERVER_DEFAULTS.databasePath;
  const databaseUrl = (values['database-url'] as string | undefined) ?? fromEnv(env, 'DATABASE_URL');
  // never echoed: the URL may hold a password
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//i.test(databaseUrl)) throw new UsageError('--database-url (or DATABASE_URL) must be a postgres:// or postgresql:// URL');
  if (databaseUrl !== undefined && values.database !== undefined) throw new UsageError('--database names a SQLite file and --database-url (or DATABASE_URL) a Postgres database: give one of them');
  const synchronous = (fromEnv(env, 'DATABASE_SYNCHRONOUS') ?? 'normal').toLowerCase();
  if (synchronous !== 'normal' && synchronous !== 'full') throw new UsageError(`DATABASE_SYNCHRONOUS must be "normal" or "full"; got "${synchronous}"`);
  const allowLocalhostEnv = fromEnv(env, 'ALLOW_LOCALHOST_DESTINATIONS');
  if (allowLocalhostEnv !== undefined && !['0', '1', 'true', 'false'].includes(allowLocalhostEnv)) {
    throw new UsageError(`ALLOW_LOCALHOST_DESTINATIONS must be 1 or 0; got "${allowLocalhostEnv}"`);
  }
  const busyTimeoutMs = wholeNumber((values['busy-timeout'] as string | undefined) ?? fromEnv(env, 'DATABASE_BUSY_TIMEOUT_MS'), '--busy-timeout (or DATABASE_BUSY_TIMEOUT_MS)', 'milliseconds', 600_000);
  const maxMb = wholeNumber((values['database-max-mb'] as string | undefined) ?? fromEnv(env, 'DATABASE_MAX_MB'), '--database-max-mb (or DATABASE_MAX_MB)', 'megabytes', 1e7);
  const mustExistEnv = fromEnv(env, 'DATABASE_MUST_EXIST');
  if (mustExistEnv !== undefined && !['0', '1', 'true', 'false'].includes(mustExistEnv)) throw new UsageError(`DATABASE_MUST_EXIST must be 1 or 0; got "${mustExistEnv}"`);
  const apiKeys = fromEnv(env, 'API_KEYS');
  const platformKeys = fromEnv(env, 'PLATFORM_KEYS');
  const secretsKey = fromEnv(env, 'SECRETS_KEY');
  const previous = fromEnv(env, 'SECRETS_KEY_PREVIOUS');
  return {
    ...options,
    databasePath,
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(apiKeys === undefined ? {} : { apiKeys }),
    ...(platformKeys === undefined ? {} : { platformKeys }),
    ...(secretsKey === undefined ? {} : { secretsKey }),
    previousSecretsKeys: previous === undefined ? [] : previous.split(',').map((key) => key.trim()).filter((key) => key !== ''),
    allowLocalhost: values['allow-localhost'] === true || allowLocalhostEnv === '1' || allowLocalhostEnv === 'true',
    synchronous,
    rotateSigningKey: values['rotate-signing-key'] === true,
    ...(busyTimeoutMs === undefined ? {} : { busyTimeoutMs }),
    ...(maxMb === undefined ? {} : { maxDatabaseBytes: maxMb * 1024 * 1024 }),
    databaseMustExist: values['database-must-exist'] === true || mustExistEnv === '1' || mustExistEnv === 'true',
  };
}

/**
 * Parses the arguments after `sandbox`, with SANDBOX_PORT, SANDBOX_HOST, SANDBOX_CORS_ORIGINS,
 * SANDBOX_MAX_ACCOUNTS, SANDBOX_ACCOUNT_IDLE_MINUTES, LOG_FORMAT, SIGNING_KEY_ALG, RATE_LIMIT_PER_MINUTE and
 * MAX_WEBHOOKS_PER_ACCOUNT from the environment.
 * @example
 * parseSandboxArguments([], {}, false).port // 4011
 */
export function parseSandboxArguments(args: readonly string[], env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): SandboxCommandOptions {
  const values = parseFlags(args, {
    ...COMMON_FLAGS,
    'no-seed': { type: 'boolean', default: false },
    'cors-origin': { type: 'string', multiple: true },
    'max-accounts': { type: 'string' },
    'account-idle-minutes': { type: 'string' },
    'allow-network': { type: 'boolean', default: false },
  });
  const allowNetworkEnv = fromEnv(env, 'SANDBOX_ALLOW_NETWORK');
  if (allowNetworkEnv !== undefined && !['0', '1', 'true', 'false'].includes(allowNetworkEnv)) {
    throw new UsageError(`SANDBOX_ALLOW_NETWORK must be 1 or 0; got "${allowNetworkEnv}"`);
  }
  const flagged = (values['cors-origin'] as string[] | undefined) ?? [];
  const corsOrigins = [...flagged, ...(fromEnv(env, 'SANDBOX_CORS_ORIGINS')?.split(',') ?? [])].map((origin) => origin.trim()).filter((origin) => origin !== '');
  const maxAccounts = wholeNumber((values['max-accounts'] as string | undefined) ?? fromEnv(env, 'SANDBOX_MAX_ACCOUNTS'), '--max-accounts (or SANDBOX_MAX_ACCOUNTS)', 'accounts', 10_000_000);
  const idleMinutes = wholeNumber((values['account-idle-minutes'] as string | undefined) ?? fromEnv(env, 'SANDBOX_ACCOUNT_IDLE_MINUTES'), '--account-idle-minutes (or SANDBOX_ACCOUNT_IDLE_MINUTES)', 'minutes', 525_600);
  return {
    ...common(values, env, SANDBOX_DEFAULTS, 'SANDBOX_', stdoutIsTerminal),
    seed: values['no-seed'] !== true,
    corsOrigins,
    allowNetwork: values['allow-network'] === true || allowNetworkEnv === '1' || allowNetworkEnv === 'true',
    ...(maxAccounts === undefined ? {} : { maxAccounts }),
    ...(idleMinutes === undefined ? {} : { accountIdleMs: idleMinutes * 60_000 }),
  };
}
