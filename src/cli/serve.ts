/**
 * `webhooks-contract serve`: the reference server of the Webhooks API, on SQLite or Postgres; `serve
 * --rotate-signing-key` rotates the platform's signing key in its database and exits.
 * @module
 */
import { Writable } from 'node:stream';
import { DEV_ACCOUNT, buildServer, startServer, type RunningServer } from '../server/server.js';
import { rotateSigningKey } from '../server/signing-keys.js';
import { shellQuote, type CliIo } from './io.js';
import { DELIVERY_FLAGS_USAGE, parseServeArguments, type CommonCommandOptions, type ServeCommandOptions } from './server-options.js';

/** The help text of `webhooks-contract serve`. */
export const SERVE_USAGE = `Usage: webhooks-contract serve [options]

  Start the reference server of the Webhooks API: every operation of the contract, backed by SQLite (or Postgres),
  with API keys mapped to accounts and the webhooks' secrets encrypted at rest.

Options:
  --host <address>         Address to listen on (default 127.0.0.1, or HOST)
  -p, --port <number>      Port to listen on (default 8080, or PORT; 0 picks a free port)
  --database <path>        SQLite file (default ./data/webhooks.db, or DATABASE_PATH; its folder is created)
  --database-url <url>     A Postgres database instead (postgres://user:password@host:5432/db, or DATABASE_URL):
                           any number of serve processes may share it; its schema is migrated at start
  --database-must-exist    Refuse to start when there is no database at the path, instead of making a new,
                           empty one (or DATABASE_MUST_EXIST=1)
  --database-max-mb <n>    Largest size of the database; past it, writes answer 503 (or DATABASE_MAX_MB)
  --busy-timeout <ms>      How long a write waits for another process's lock before a 503 (default 2000, or
                           DATABASE_BUSY_TIMEOUT_MS)
  --allow-localhost        Development only: accept https://localhost and http://localhost webhook and token
                           URLs, and nothing else local (or ALLOW_LOCALHOST_DESTINATIONS=1)
  --rate-limit <n|off>     At most n requests per minute per API key, then 429 (default 1200, or
                           RATE_LIMIT_PER_MINUTE)
  --max-webhooks <n>       At most n webhooks per account, then 409 (default 100, or MAX_WEBHOOKS_PER_ACCOUNT)
  --log-format <format>    json (one line per event) or pretty (default on a terminal; or LOG_FORMAT)
  -q, --quiet              Do not log a line per request
  --rotate-signing-key     Rotate the platform's private_key_jwt signing key in the database and exit: the new
                           key is published at once and signs an hour later; the old one stays published a day
  --signing-key-alg <alg>  Algorithm of a new signing key: RS256 (default), PS256, ES256 or EdDSA (or SIGNING_KEY_ALG)
${DELIVERY_FLAGS_USAGE}
  -h, --help               Show this help

Environment:
  API_KEYS                 Comma-separated key=account pairs. Unset: a development key is made and printed.
  PLATFORM_KEYS            Comma-separated keys of the platform's own services, for POST /v1/events (publishing
                           events to an account's webhooks). Unset: events are not taken over HTTP.
  SECRETS_KEY              32 bytes as base64 or hex (make one: openssl rand -base64 32) that encrypt the stored
                           secrets. Required once the database holds any; on a new database a key is made
                           and printed, to be set from then on.
  SECRETS_KEY_PREVIOUS     Comma-separated earlier keys, while rotating SECRETS_KEY: what they encrypted is
                           encrypted again under SECRETS_KEY at start.
  DATABASE_SYNCHRONOUS     normal (default: writes survive the process being killed) or full (an fsync per
                           write: they also survive a power loss, at a large cost in writes per second)

SIGINT or SIGTERM stop it gracefully: requests in flight finish, then the database closes. If the database
file is deleted (or its folder removed) while it runs, it answers 503 to writes and exits with code 1.
`;

/** A stream that hands each log line to the command's output. */
export function linesTo(write: (text: string) => void): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line !== '') write(line);
      done();
    },
  });
}

/**
 * The log settings of a command: readable lines through the command's output, or JSON lines written by
 * pino straight to standard output (no console formatting per request).
 */
export function commandLog(options: CommonCommandOptions, io: CliIo) {
  const level = options.quiet ? ('warn' as const) : ('info' as const);
  return options.logFormat === 'pretty' ? { format: 'pretty' as const, stream: linesTo(io.out), level } : { format: 'json' as const, stream: process.stdout, level };
}

function banner(server: RunningServer, options: ServeCommandOptions): string {
  const key = server.generatedApiKey ?? '<your api key>';
  const database = options.databaseUrl === undefined ? options.databasePath : redactedUrl(options.databaseUrl);
  const lines = [`Webhooks API reference server on ${server.url} (database ${database})`, ''];
  if (server.createdDatabase) {
    lines.push(
      options.databaseUrl === undefined
        ? `There was no database at ${options.databasePath}: made a new, empty one. (DATABASE_MUST_EXIST=1 refuses to, where one is expected.)`
        : `The database at ${database} had no tables of ours: made them.`,
      '',
    );
  }
  if (server.generatedApiKey !== undefined) {
    lines.push(`API_KEYS is not set: made a development API key for the account "${DEV_ACCOUNT}" (a new one on every start):`, `  ${server.generatedApiKey}`, '');
  }
  if (server.generatedSecretsKey !== undefined) {
    lines.push(
      'SECRETS_KEY is not set: made one for this new database. Set it on every later start, or the secrets',
      'stored in the database cannot be read (the server refuses to start without it):',
      `  export SECRETS_KEY=${shellQuote(server.generatedSecretsKey)}`,
      '',
    );
  }
  if (server.resealed > 0) {
    lines.push(`Encrypted ${server.resealed} stored secret(s) again under the current SECRETS_KEY: SECRETS_KEY_PREVIOUS can now be removed.`, '');
  }
  lines.push(
    'Try it:',
    `  curl -s ${shellQuote(`${server.url}/v1/webhooks`)} -H ${shellQuote(`Authorization: Bearer ${key}`)}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  );
  return lines.join('\n');
}

/** A database URL without its password, for the banner. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/** How often a server started by `npm run` checks that npm is still there (ms). */
const PARENT_CHECK_MS = 500;

/**
 * Resolves once the user asks to stop (SIGINT, SIGTERM), or, when started by `npm run`, once npm is gone:
 * npm passes a SIGTERM to the shell it runs the script in, which dies without passing it on, and a killed npm
 * passes nothing on at all; the server must not live on without it.
 */
export function stopRequested(io: CliIo): Promise<void> {
  return new Promise((resolve) => {
    if (io.stop.aborted) resolve();
    io.stop.addEventListener('abort', () => resolve(), { once: true });
    if (io.env.npm_lifecycle_event === undefined) return;
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid === parent) return;
      clearInterval(timer);
      resolve();
    }, PARENT_CHECK_MS);
    timer.unref();
  });
}

async function rotate(options: ServeCommandOptions, io: CliIo): Promise<number> {
  const built = await buildServer({
    databasePath: options.databasePath,
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
    ...(options.secretsKey === undefined ? {} : { secretsKey: options.secretsKey }),
    previousSecretsKeys: options.previousSecretsKeys,
    ...(options.signingKeyAlgorithm === undefined ? {} : { signingKeyAlgorithm: options.signingKeyAlgorithm }),
    resolve: false,
    log: false,
    // a maintenance command: it must not deliver anything while it holds the database
    delivery: { autoStart: false },
  });
  try {
    if (built.generatedSecretsKey !== undefined) {
      io.err('webhooks-contract: this database is new and SECRETS_KEY is not set; start the server once (or set SECRETS_KEY) before rotating its key.');
      return 1;
    }
    await built.signingKeys.ready;
    const key = await rotateSigningKey(built.store, options.signingKeyAlgorithm === undefined ? {} : { algorithm: options.signingKeyAlgorithm });
    io.out(
      [
        `Made signing key ${key.kid} (${key.alg}). It is published at /.well-known/jwks.json now and signs client assertions`,
        `from ${new Date(key.activatesAt).toISOString()}; the keys it replaces stay published until a day after that.`,
        'Running servers see it within a minute. Customers who copied the keys into their identity provider',
        'must add the new one before it signs.',
      ].join('\n'),
    );
    return 0;
  } finally {
    await built.close();
  }
}

/**
 * Runs `webhooks-contract serve`; resolves with the exit code once the server is stopped.
 * @example
 * process.exitCode = await runServeCommand(['--port', '9000'], io);
 */
export async function runServeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseServeArguments(args, io.env, process.stdout.isTTY === true);
  if (options.help) {
    io.out(SERVE_USAGE);
    return 0;
  }
  if (options.rotateSigningKey) return await rotate(options, io);
  const server = await startServer({
    host: options.host,
    port: options.port,
    databasePath: options.databasePath,
    ...(options.databaseUrl === undefined ? {} : { databaseUrl: options.databaseUrl }),
    ...(options.apiKeys === undefined ? {} : { apiKeys: options.apiKeys }),
    // the platform's own services publish events with these (POST /v1/events)
    ...(options.platformKeys === undefined ? {} : { platformKeys: options.platformKeys }),
    ...(options.secretsKey === undefined ? {} : { secretsKey: options.secretsKey }),
    previousSecretsKeys: options.previousSecretsKeys,
    allowLocalhostDestinations: options.allowLocalhost,
    synchronous: options.synchronous,
    ...(options.signingKeyAlgorithm === undefined ? {} : { signingKeyAlgorithm: options.signingKeyAlgorithm }),
    ...(options.rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute: options.rateLimitPerMinute }),
    delivery: options.delivery,
    ...(options.maxWebhooksPerAccount === undefined ? {} : { maxWebhooksPerAccount: options.maxWebhooksPerAccount }),
    ...(options.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: options.busyTimeoutMs }),
    ...(options.maxDatabaseBytes === undefined ? {} : { maxDatabaseBytes: options.maxDatabaseBytes }),
    databaseMustExist: options.databaseMustExist,
    log: commandLog(options, io),
  });
  io.out(banner(server, options));
  // a lost database file ends the server: a supervisor starts it again, and the start says what it finds
  const lost = await Promise.race([stopRequested(io).then(() => undefined), server.fatal]);
  io.out(lost === undefined ? 'Stopping: waiting for requests in flight…' : 'Stopping: the database was lost; waiting for requests in flight…');
  await server.close();
  if (lost !== undefined) {
    io.err(`webhooks-contract: ${lost.message}. Restore the database at ${options.databasePath}, then start the server again.`);
    return 1;
  }
  io.out('Stopped.');
  return 0;
}
