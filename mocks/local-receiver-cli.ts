/**
 * `npm run receiver`: the local webhook receiver from the command line. It verifies each delivery's
 * signature (and, with `--idp`, its access token) and prints the event.
 * @module
 */
import { isWebhooksContractError } from '../src/errors.js';
import { UsageError, parseCommandLine, shellQuote, type CliIo } from '../src/cli/io.js';
import { DEFAULT_SANDBOX_TOKEN, DEFAULT_SANDBOX_URL } from '../src/cli/trigger.js';
import { startLocalReceiver, type AccessTokenCheck } from './local-receiver.js';
import type { ListenerOidcMethod } from './sandbox-listener.js';

/** The port the receiver listens on unless told otherwise. */
export const DEFAULT_RECEIVER_PORT = 4030;
/**
 * The port of the identity provider `--sandbox` starts: `npm run idp`'s (`DEFAULT_IDP_PORT`), not imported,
 * so that the receiver alone does not load the provider.
 */
export const SANDBOX_IDP_PORT = 4020;
/** The audience the local identity provider gives tokens requested without a resource. */
const DEFAULT_AUDIENCE = 'urn:webhooks-contract:receiver';

export const RECEIVER_USAGE = `Usage: webhooks-contract receiver [options]   (in this repository: npm run receiver -- [options])

A local webhook receiver: it verifies each delivery's signature and access token, prints the event, and
answers 204. Its URL (http://localhost:<port>/webhooks) is a webhook url for the local sandbox.

With --sandbox, it is your whole side of a delivery, registered with a running sandbox: it also starts a
local identity provider that trusts the sandbox's signing keys, and creates a webhook in the sandbox that
sends every event here with a signature and an access token (deleted again when the receiver stops).
Then send an event with: npm run trigger -- business.approved

  --sandbox              Register with the sandbox, as above
  --base-url <url>       The sandbox (default ${DEFAULT_SANDBOX_URL}, or WEBHOOKS_BASE_URL)
  --api-key <token>      Its account (WEBHOOKS_API_KEY, or ${DEFAULT_SANDBOX_TOKEN}, as the trigger uses)
  --oidc <method>        private_key_jwt (default), client_secret, or none (no access token)
  --idp-port <number>    The identity provider's port (default ${SANDBOX_IDP_PORT}; 0 picks a free one)

Options:
  -p, --port <number>    Port on 127.0.0.1 (default ${DEFAULT_RECEIVER_PORT}; 0 picks a free one)
  --secret <secret>      The webhook's secret (or WEBHOOK_SECRET); without one, signatures are not checked
  --idp <issuer>         Check Authorization: Bearer tokens issued by this provider (its discovery
                         document names the keys), such as http://localhost:4020
  --audience <aud>       The aud tokens must carry: the webhook's oidc_resource_uri
                         (default ${DEFAULT_AUDIENCE}, the local provider's default)
  --client-id <id>       Also require the token's client_id to be this one
  --status <code>        Answer accepted deliveries with this status (default 204): 500 or 429 to see
                         retries, 410 to see the webhook disabled
  --headers              Print each delivery's headers (the access token shortened)
  -h, --help             Show this help
`;

/** Reads an OpenID provider's discovery document for its issuer and keys. */
async function discover(issuer: string): Promise<{ issuer: string; jwksUri: string }> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  } catch {
    throw new UsageError(`cannot reach the identity provider at ${url}: is it running (npm run idp)?`);
  }
  const document = (await response.json().catch(() => undefined)) as { issuer?: unknown; jwks_uri?: unknown } | undefined;
  if (!response.ok || typeof document?.issuer !== 'string' || typeof document.jwks_uri !== 'string') {
    throw new UsageError(`${url} is not an OpenID provider's discovery document (HTTP ${response.status})`);
  }
  return { issuer: document.issuer, jwksUri: document.jwks_uri };
}

/**
 * Runs the receiver until `io.stop` aborts; resolves with the exit code.
 * @example
 * process.exitCode = await runReceiverCli(['--secret', 'whk-local-secret-0123', '--idp', 'http://localhost:4020'], io);
 */
export async function runReceiverCli(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    port: { type: 'string', short: 'p' },
    secret: { type: 'string' },
    idp: { type: 'string' },
    audience: { type: 'string' },
    'client-id': { type: 'string' },
    status: { type: 'string' },
    headers: { type: 'boolean', default: false },
    sandbox: { type: 'boolean', default: false },
    'base-url': { type: 'string' },
    'api-key': { type: 'string' },
    oidc: { type: 'string' },
    'idp-port': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.help) {
    io.out(RECEIVER_USAGE);
    return 0;
  }
  const port = values.port ?? String(DEFAULT_RECEIVER_PORT);
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535; got "${port}"`);
  const status = values.status ?? '204';
  if (!/^[1-5]\d\d$/.test(status)) throw new UsageError(`--status must be an HTTP status from 100 to 599; got "${status}"`);
  if (values.sandbox) {
    for (const flag of ['secret', 'idp', 'audience', 'client-id'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} does not go with --sandbox, which makes the webhook's secret and runs its own identity provider`);
    }
    return runRegistered(values, Number(port), Number(status), io);
  }
  for (const flag of ['base-url', 'api-key', 'oidc', 'idp-port'] as const) {
    if (values[flag] !== undefined) throw new UsageError(`--${flag} goes with --sandbox only`);
  }
  const secret = values.secret ?? io.env.WEBHOOK_SECRET;
  if (secret !== undefined && secret === '') throw new UsageError('--secret is empty: pass the webhook\'s secret, or leave it out to skip signature checks');

  let accessToken: AccessTokenCheck | undefined;
  if (values.idp !== undefined) {
    const found = await discover(values.idp);
    accessToken = { ...found, audience: values.audience ?? DEFAULT_AUDIENCE, ...(values['client-id'] === undefined ? {} : { clientId: values['client-id'] }) };
  }
  const receiver = await startLocalReceiver({
    port: Number(port),
    ...(secret === undefined ? {} : { secret }),
    ...(accessToken === undefined ? {} : { accessToken }),
    status: Number(status),
    printHeaders: values.headers,
    print: (line) => io.out(line),
  });
  io.out(
    [
      `Local webhook receiver on ${receiver.url}`,
      '',
      `  signatures   ${secret === undefined ? 'not checked: pass --secret (or WEBHOOK_SECRET) to check them' : 'checked with the secret given (webhook-signature, or X-Webhook-Signature alone), 5 minutes of tolerance'}`,
      `  tokens       ${accessToken === undefined ? 'not checked: pass --idp <issuer> to check them' : `JWTs from ${accessToken.issuer} for audience ${accessToken.audience}${accessToken.clientId === undefined ? '' : ` and client ${accessToken.clientId}`}`}`,
      `  answers      ${status} to each new event, 200 to a repeat, 4xx to what fails a check`,
      '',
      'Each delivery is printed below. Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    if (io.stop.aborted) resolve();
    else io.stop.addEventListener('abort', () => resolve(), { once: true });
  });
  await receiver.close();
  return 0;
}

/** Waits for `io.stop`. */
function stopped(io: CliIo): Promise<void> {
  return new Promise<void>((resolve) => {
    if (io.stop.aborted) resolve();
    else io.stop.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** `--sandbox`: receiver, identity provider and webhook, until stopped. */
async function runRegistered(
  values: { 'base-url'?: string; 'api-key'?: string; oidc?: string; 'idp-port'?: string; headers?: boolean },
  port: number,
  status: number,
  io: CliIo,
): Promise<number> {
  const baseUrl = (values['base-url'] ?? nonEmpty(io.env.WEBHOOKS_BASE_URL) ?? DEFAULT_SANDBOX_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/?#]+$/.test(baseUrl)) throw new UsageError(`--base-url must be the sandbox's root URL, such as ${DEFAULT_SANDBOX_URL}; got "${baseUrl.slice(0, 80)}"`);
  const apiKey = values['api-key'] ?? nonEmpty(io.env.WEBHOOKS_API_KEY) ?? DEFAULT_SANDBOX_TOKEN;
  const oidc = values.oidc ?? 'private_key_jwt';
  if (!['private_key_jwt', 'client_secret', 'none'].includes(oidc)) throw new UsageError(`--oidc must be private_key_jwt, client_secret or none; got "${oidc.slice(0, 40)}"`);
  const idpPort = values['idp-port'] ?? String(SANDBOX_IDP_PORT);
  if (!/^\d{1,5}$/.test(idpPort) || Number(idpPort) > 65_535) throw new UsageError(`--idp-port must be a whole number from 0 to 65535; got "${idpPort}"`);

  // the provider (oidc-provider) is loaded only for --sandbox
  const [{ listenToSandbox, SandboxListenerError }, { formatTokenRequest }] = await Promise.all([import('./sandbox-listener.js'), import('./identity-provider-cli.js')]);
  let listener;
  try {
    listener = await listenToSandbox({
      baseUrl,
      apiKey,
      oidc: oidc as ListenerOidcMethod,
      port,
      idpPort: Number(idpPort),
      receiver: { status, printHeaders: true, print: (line) => io.out(line) },
      onTokenRequest: (record) => io.out(formatTokenRequest(record)),
    });
  } catch (error) {
    if (error instanceof SandboxListenerError) {
      io.err(`npm run receiver: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const { webhook, idp, receiver } = listener;
  const trigger = ['npm run trigger -- business.approved'];
  if (values['base-url'] !== undefined) trigger.push(`--base-url ${shellQuote(baseUrl)}`);
  if (values['api-key'] !== undefined) trigger.push(`--api-key ${shellQuote(apiKey)}`);
  const tokens =
    idp === undefined
      ? ['not sent (--oidc none)']
      : oidc === 'private_key_jwt'
        ? [
            `private_key_jwt: the sandbox signs a client assertion with its key (published at ${baseUrl}/.well-known/jwks.json),`,
            `the local identity provider on ${idp.issuer} checks it against that JWKS and issues a token, and this`,
            'receiver checks the token (issuer, audience, client, expiry)',
          ]
        : [`client_secret (HTTP Basic) to the local identity provider on ${idp.issuer}; this receiver checks the token`];
  io.out(
    [
      `Local webhook receiver on ${receiver.url}, registered with the sandbox at ${baseUrl}`,
      '',
      `  webhook      ${webhook.id}, every event; made for this run, deleted when it stops`,
      "  signatures   checked with the secret made for this webhook (webhook-signature, 5 minutes of tolerance)",
      `  tokens       ${tokens.join('\n               ')}`,
      `  answers      ${status} to each new event, 200 to a repeat, 4xx to what fails a check`,
      '',
      'Send it an event, from another terminal:',
      `  ${trigger.join(' ')}`,
      '',
      'Each delivery is printed below with its headers (the token shortened). Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  await stopped(io);
  await listener.close();
  return 0;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  const io: CliIo = { out: (text) => console.log(text), err: (text) => console.error(text), env: process.env, stop: controller.signal };
  process.exitCode = await runReceiverCli(process.argv.slice(2), io).catch((error: unknown) => {
    io.err(`npm run receiver: ${error instanceof Error ? error.message : String(error)}\nRun "npm run receiver -- --help" for the options.`);
    return isWebhooksContractError(error, 'ERR_USAGE') ? 2 : 1;
  });
}
