/**
 * `npm run receiver`: the local webhook receiver from the command line. It verifies each delivery's
 * signature (and, with `--idp`, its access token) and prints the event.
 * @module
 */
import { parseArgs } from 'node:util';
import { UsageError, type CliIo } from '../src/cli/io.js';
import { startLocalReceiver, type AccessTokenCheck } from './local-receiver.js';

/** The port the receiver listens on unless told otherwise. */
export const DEFAULT_RECEIVER_PORT = 4030;
/** The audience the local identity provider gives tokens requested without a resource. */
const DEFAULT_AUDIENCE = 'urn:webhooks-contract:receiver';

export const RECEIVER_USAGE = `Usage: npm run receiver -- [options]

A local webhook receiver: it verifies each delivery's signature and access token, prints the event, and
answers 204. Its URL (http://localhost:<port>/webhooks) is a webhook url for the local sandbox.

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
  let values;
  try {
    values = parseArgs({
      args: [...args],
      strict: true,
      options: {
        port: { type: 'string', short: 'p' },
        secret: { type: 'string' },
        idp: { type: 'string' },
        audience: { type: 'string' },
        'client-id': { type: 'string' },
        status: { type: 'string' },
        headers: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.out(RECEIVER_USAGE);
    return 0;
  }
  const port = values.port ?? String(DEFAULT_RECEIVER_PORT);
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) throw new UsageError(`--port must be a whole number from 0 to 65535; got "${port}"`);
  const status = values.status ?? '204';
  if (!/^[1-5]\d\d$/.test(status)) throw new UsageError(`--status must be an HTTP status from 100 to 599; got "${status}"`);
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  const io: CliIo = { out: (text) => console.log(text), err: (text) => console.error(text), env: process.env, stop: controller.signal };
  process.exitCode = await runReceiverCli(process.argv.slice(2), io).catch((error: unknown) => {
    io.err(`npm run receiver: ${error instanceof Error ? error.message : String(error)}\nRun "npm run receiver -- --help" for the options.`);
    return error instanceof UsageError ? 2 : 1;
  });
}
