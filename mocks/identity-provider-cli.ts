/**
 * `npm run idp`: the local identity provider from the command line. It prints what a webhook's `oidc_*`
 * fields should say to use it, and one line per token request.
 * @module
 */
import { isWebhooksContractError } from '../src/errors.js';
import { UsageError, parseCommandLine, type CliIo } from '../src/cli/io.js';
import { MISBEHAVIOURS, startIdentityProvider, type LocalIdpClient, type Misbehaviour, type TokenRequestRecord } from './identity-provider.js';

/** The port the provider listens on unless told otherwise. */
export const DEFAULT_IDP_PORT = 4020;
/** The local client for `client_secret` webhooks, unless told otherwise: a development-only secret. */
export const DEFAULT_CLIENT_ID = 'webhooks-local';
export const DEFAULT_CLIENT_SECRET = 'local-client-secret-0123456789';
export const DEFAULT_JWT_CLIENT_ID = 'webhooks-local-jwt';

export const IDP_USAGE = `Usage: webhooks-contract idp [options]   (in this repository: npm run idp -- [options])

A local OpenID provider (oidc-provider) for deliveries with OIDC: the client-credentials grant, with
client_secret and private_key_jwt clients checked for real. For development only.

Options:
  -p, --port <number>       Port on 127.0.0.1 (default ${DEFAULT_IDP_PORT}; 0 picks a free one)
  --client-id <id>          The client_secret client (default ${DEFAULT_CLIENT_ID})
  --client-secret <secret>  Its secret (default ${DEFAULT_CLIENT_SECRET})
  --jwks-uri <url>          Also register a private_key_jwt client whose assertions are checked against
                            the keys at <url>: the platform's /.well-known/jwks.json
  --jwt-client-id <id>      That client's id (default ${DEFAULT_JWT_CLIENT_ID})
  --ttl <seconds>           How long access tokens live (default 300)
  --audience <aud>          The aud of tokens requested without a resource (default urn:webhooks-contract:receiver)
  --misbehave <mode>        Make the token endpoint misbehave: ${Object.keys(MISBEHAVIOURS).join(', ')}
  --slow-ms <ms>            How long --misbehave slow waits (default 5000)
  -h, --help                Show this help
`;

/** `09:31:12 token for webhooks-local → 200`, with the refusal's reason when there is one. */
export function formatTokenRequest(record: TokenRequestRecord): string {
  const time = record.at.toISOString().slice(11, 19);
  const who = record.clientId ?? 'an unknown client';
  const why = record.error === undefined ? '' : ` ${record.error}${record.detail === undefined || record.detail === record.error ? '' : `: ${record.detail}`}`;
  const misbehaving = record.misbehaviour === undefined ? '' : ` (misbehaving: ${record.misbehaviour})`;
  return `${time} token for ${who} → ${record.status}${why}${misbehaving}`;
}

function wholeNumber(value: string | undefined, flag: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) > max) throw new UsageError(`${flag} must be a whole number from 0 to ${max}; got "${value}"`);
  return Number(value);
}

/**
 * Runs the provider until `io.stop` aborts; resolves with the exit code.
 * @example
 * process.exitCode = await runIdentityProviderCli(['--jwks-uri', 'http://localhost:4011/.well-known/jwks.json'], io);
 */
export async function runIdentityProviderCli(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(args, {
    port: { type: 'string', short: 'p' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    'jwks-uri': { type: 'string' },
    'jwt-client-id': { type: 'string' },
    ttl: { type: 'string' },
    audience: { type: 'string' },
    misbehave: { type: 'string' },
    'slow-ms': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.help) {
    io.out(IDP_USAGE);
    return 0;
  }
  const misbehave = values.misbehave;
  if (misbehave !== undefined && !Object.hasOwn(MISBEHAVIOURS, misbehave)) {
    throw new UsageError(`--misbehave must be one of ${Object.keys(MISBEHAVIOURS).join(', ')}; got "${misbehave}"`);
  }
  const jwksUri = values['jwks-uri'];
  if (jwksUri !== undefined && !/^https?:\/\/[^\s]+$/.test(jwksUri)) throw new UsageError(`--jwks-uri must be an http(s) URL; got "${jwksUri}"`);
  const clientId = values['client-id'] ?? DEFAULT_CLIENT_ID;
  const clientSecret = values['client-secret'] ?? DEFAULT_CLIENT_SECRET;
  const jwtClientId = values['jwt-client-id'] ?? DEFAULT_JWT_CLIENT_ID;
  const clients: LocalIdpClient[] = [{ clientId, authMethod: 'client_secret_basic', clientSecret }];
  if (jwksUri !== undefined) clients.push({ clientId: jwtClientId, authMethod: 'private_key_jwt', jwksUri });

  const idp = await startIdentityProvider({
    clients,
    port: wholeNumber(values.port, '--port', DEFAULT_IDP_PORT, 65_535),
    accessTokenTtlSeconds: wholeNumber(values.ttl, '--ttl', 300, 86_400) || 300,
    ...(values.audience === undefined ? {} : { defaultAudience: values.audience }),
    ...(misbehave === undefined ? {} : { misbehave: misbehave as Misbehaviour }),
    slowMs: wholeNumber(values['slow-ms'], '--slow-ms', 5_000, 600_000),
    onTokenRequest: (record) => io.out(formatTokenRequest(record)),
  });
  io.out(
    [
      `Local identity provider on ${idp.issuer} (oidc-provider; for development only)`,
      '',
      `  oidc_token_endpoint    ${idp.tokenEndpoint}`,
      `  client_secret          oidc_client_id "${clientId}", oidc_client_secret "${clientSecret}" (sent with HTTP Basic)`,
      jwksUri === undefined
        ? '  private_key_jwt        not set up: add --jwks-uri <the platform\'s /.well-known/jwks.json>'
        : `  private_key_jwt        oidc_client_id "${jwtClientId}", assertions checked against ${jwksUri}`,
      `  access tokens          JWTs signed with the keys at ${idp.jwksUri}, valid ${idp.accessTokenTtlSeconds} s,`,
      `                         aud = the webhook's oidc_resource_uri, or ${idp.defaultAudience} without one`,
      misbehave === undefined ? undefined : `  misbehaving            ${misbehave}: ${MISBEHAVIOURS[misbehave as Misbehaviour]}`,
      '',
      `A receiver that checks these tokens: npm run receiver -- --secret <the webhook's secret> --idp ${idp.issuer}`,
      'Each token request is printed below. Press Ctrl-C to stop.',
      '',
    ]
      .filter((line) => line !== undefined)
      .join('\n'),
  );
  await new Promise<void>((resolve) => {
    if (io.stop.aborted) resolve();
    else io.stop.addEventListener('abort', () => resolve(), { once: true });
  });
  await idp.close();
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  const io: CliIo = { out: (text) => console.log(text), err: (text) => console.error(text), env: process.env, stop: controller.signal };
  process.exitCode = await runIdentityProviderCli(process.argv.slice(2), io).catch((error: unknown) => {
    io.err(`npm run idp: ${error instanceof Error ? error.message : String(error)}\nRun "npm run idp -- --help" for the options.`);
    return isWebhooksContractError(error, 'ERR_USAGE') ? 2 : 1;
  });
}
