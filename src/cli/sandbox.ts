/**
 * `webhooks-contract sandbox`: the stateful mock of the Webhooks API, the reference server on an in-memory
 * store where any bearer token is an account of its own.
 * @module
 */
import { DEFAULT_ALLOWED_ORIGINS } from '../server/cors.js';
import { startSandbox, type RunningServer } from '../server/server.js';
import { shellQuote, type CliIo } from './io.js';
import { DEFAULT_SANDBOX_URL, commandHint } from './trigger.js';
import { commandLog, stopRequested } from './serve.js';
import { DELIVERY_FLAGS_USAGE, parseSandboxArguments } from './server-options.js';

/** The help text of `webhooks-contract sandbox`. */
export const SANDBOX_USAGE = `Usage: webhooks-contract sandbox [options]

  Start the sandbox: the reference server with its data in memory, for frontend work. What you create is
  there when you read it back, until the sandbox stops. Any bearer token is accepted, and each token is an
  account of its own, starting with the spec's example webhooks. Web pages on this machine (http://localhost,
  http://127.0.0.1, http://[::1], any port) may call it; pages on any other origin are refused. Webhook and
  token URLs on localhost, *.localhost, 127.0.0.1 and [::1] are accepted with https:// or http:// (nothing
  else local).

  Offline by default: the sandbox resolves no host name and connects to nothing beyond this machine. A
  webhook on another host is accepted, and its deliveries fail with a last_error that says the sandbox is
  offline; --allow-network lets them go out (through the same SSRF guard as the reference server).

  Events are delivered for real: signed, with OIDC access tokens, retried, and shown in each webhook's
  deliveries. Send one with "webhooks-contract trigger <event-type>" (POST /v1/sandbox/events).

Options:
  --host <address>         Address to listen on (default 127.0.0.1, or SANDBOX_HOST)
  -p, --port <number>      Port to listen on (default 4011, or SANDBOX_PORT; 0 picks a free port)
  --no-seed                Start every account empty instead of with the spec's examples
  --cors-origin <origin>   Also let web pages on this origin call the sandbox, such as https://app.example.com
                           or http://192.168.1.5:* (repeatable, or SANDBOX_CORS_ORIGINS, comma-separated)
  --max-accounts <n>       Accounts (tokens) kept at most; past it, the least recently used is forgotten
                           (default 1000, or SANDBOX_MAX_ACCOUNTS)
  --account-idle-minutes <n>  Forget an account unused this long (default 1440, or SANDBOX_ACCOUNT_IDLE_MINUTES)
  --rate-limit <n|off>     At most n requests per minute per token, then 429 (default 1200, or
                           RATE_LIMIT_PER_MINUTE)
  --max-webhooks <n>       At most n webhooks per token, then 409 (default 100, or MAX_WEBHOOKS_PER_ACCOUNT)
  --signing-key-alg <alg>  Algorithm of the sandbox's signing key: RS256 (default), PS256, ES256 or EdDSA
  --allow-network          Resolve host names and deliver (and fetch tokens) beyond this machine; without
                           it nothing leaves it (or SANDBOX_ALLOW_NETWORK=1)
${DELIVERY_FLAGS_USAGE}
  --log-format <format>    json or pretty (default on a terminal; or LOG_FORMAT)
  -q, --quiet              Do not log a line per request
  -h, --help               Show this help
`;

function banner(sandbox: RunningServer, seed: boolean, allowNetwork: boolean, env: NodeJS.ProcessEnv): string {
  const auth = shellQuote('Authorization: Bearer my-team');
  return [
    `Webhooks API sandbox on ${sandbox.url}: the stateful mock, data in memory until it stops.`,
    `Any bearer token works, and each token is its own account${seed ? ", starting with the spec's example webhooks" : ''}.`,
    allowNetwork
      ? 'Network allowed (--allow-network): deliveries and token requests go to other hosts too.'
      : 'Offline: deliveries and token requests go to this machine only (--allow-network lets them out).',
    '',
    'Try it:',
    `  curl -s ${shellQuote(`${sandbox.url}/v1/webhooks`)} -H ${auth}`,
    `  curl -s -X POST ${shellQuote(`${sandbox.url}/v1/webhooks`)} -H ${auth} -H 'Content-Type: application/json' \\`,
    `    -d '{"url":"https://hooks.example.com/webhooks","enabled_events":["*"]}'`,
    '',
    'Send an event to your webhooks (a receiver on http://localhost is accepted):',
    `  ${commandHint(env, 'trigger', `business.approved${sandbox.url === DEFAULT_SANDBOX_URL ? '' : ` --base-url ${shellQuote(sandbox.url)}`}`)}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

/**
 * Runs `webhooks-contract sandbox`; resolves with the exit code once it is stopped.
 * @example
 * process.exitCode = await runSandboxCommand(['--port', '4011'], io);
 */
export async function runSandboxCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseSandboxArguments(args, io.env, process.stdout.isTTY === true);
  if (options.help) {
    io.out(SANDBOX_USAGE);
    return 0;
  }
  const sandbox = await startSandbox({
    host: options.host,
    port: options.port,
    seed: options.seed,
    ...(options.rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute: options.rateLimitPerMinute }),
    ...(options.maxWebhooksPerAccount === undefined ? {} : { maxWebhooksPerAccount: options.maxWebhooksPerAccount }),
    ...(options.corsOrigins.length === 0 ? {} : { allowedOrigins: [...DEFAULT_ALLOWED_ORIGINS, ...options.corsOrigins] }),
    ...(options.maxAccounts === undefined ? {} : { maxAccounts: options.maxAccounts }),
    ...(options.accountIdleMs === undefined ? {} : { accountIdleMs: options.accountIdleMs }),
    ...(options.signingKeyAlgorithm === undefined ? {} : { signingKeyAlgorithm: options.signingKeyAlgorithm }),
    allowNetwork: options.allowNetwork,
    delivery: options.delivery,
    log: commandLog(options, io),
  });
  io.out(banner(sandbox, options.seed, options.allowNetwork, io.env));
  await stopRequested(io);
  io.out('Stopping: waiting for requests in flight…');
  await sandbox.close();
  io.out('Stopped.');
  return 0;
}
