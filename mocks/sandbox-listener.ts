/**
 * A customer's side on one machine, registered with a running sandbox (as `stripe listen` registers with
 * Stripe): a local identity provider that trusts the sandbox's signing keys, a local receiver that checks
 * signature and token, and a webhook in the sandbox that delivers every event there with an OIDC access
 * token. `npm run receiver -- --sandbox` runs it; closing it deletes the webhook again.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { startIdentityProvider, type RunningIdentityProvider } from './identity-provider.js';
import { startLocalReceiver, type LocalReceiverOptions, type RunningReceiver } from './local-receiver.js';

/** How the platform authenticates to the local identity provider; `none` sends no token. */
export type ListenerOidcMethod = 'private_key_jwt' | 'client_secret' | 'none';

/** How to start the listener. */
export interface SandboxListenerOptions {
  /** the sandbox, such as `http://127.0.0.1:4011` */
  baseUrl: string;
  /** the sandbox account's bearer token */
  apiKey: string;
  /** default `private_key_jwt`: assertions signed with the sandbox's key, checked against its JWKS */
  oidc?: ListenerOidcMethod;
  /** the receiver's port; 0 (a free one) by default */
  port?: number;
  /** the identity provider's port; 0 (a free one) by default */
  idpPort?: number;
  /** the events the webhook is enabled for; every one (`*`) by default */
  enabledEvents?: readonly string[];
  /** what the receiver answers and prints (`status`, `print`, `printHeaders`) */
  receiver?: Pick<LocalReceiverOptions, 'status' | 'print' | 'printHeaders'>;
  /** told of each token request */
  onTokenRequest?: Parameters<typeof startIdentityProvider>[0]['onTokenRequest'];
}

/** A running listener. */
export interface SandboxListener {
  /** the webhook created in the sandbox, as the API answered it */
  webhook: { id: string; url: string; oidc_auth_method: string | null; oidc_client_id: string | null; oidc_token_endpoint: string | null };
  /** the webhook's secret, made for this run (the receiver checks signatures with it) */
  secret: string;
  receiver: RunningReceiver;
  /** undefined with `oidc: 'none'` */
  idp: RunningIdentityProvider | undefined;
  /** deletes the webhook from the sandbox (if the sandbox is still there), then stops receiver and provider */
  close(): Promise<void>;
}

/** The sandbox could not be reached or refused the webhook; the message says what to do. */
export class SandboxListenerError extends Error {
  override name = 'SandboxListenerError';
}

const CLIENT_ID = 'webhooks-local';
const JWT_CLIENT_ID = 'webhooks-local-jwt';
/** How long a request to the sandbox may take. */
const REQUEST_TIMEOUT_MS = 10_000; // ms

/**
 * Starts the identity provider and the receiver, and creates the webhook that connects them to the sandbox.
 * @example
 * const listener = await listenToSandbox({ baseUrl: 'http://127.0.0.1:4011', apiKey: 'my-team' });
 * // now trigger an event: it arrives at listener.receiver, signed and with a token
 * await listener.close();
 */
export async function listenToSandbox(options: SandboxListenerOptions): Promise<SandboxListener> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const oidc = options.oidc ?? 'private_key_jwt';
  const jwksUri = `${baseUrl}/.well-known/jwks.json`;
  // the sandbox's JWKS: proof that it runs, and what the provider checks assertions against
  const jwks = await request(baseUrl, 'GET', '/.well-known/jwks.json', options.apiKey).catch((error: unknown) => {
    throw new SandboxListenerError(`cannot reach the sandbox at ${baseUrl} (${describe(error)}): start it first, with npm run sandbox`);
  });
  if (jwks.status !== 200 || !Array.isArray((jwks.body as { keys?: unknown })?.keys)) {
    throw new SandboxListenerError(`${baseUrl} does not serve a JWKS at /.well-known/jwks.json (HTTP ${jwks.status}): is it the sandbox?`);
  }

  const clientSecret = `local-client-${randomBytes(18).toString('base64url')}`;
  const secret = `whsec-local-${randomBytes(24).toString('base64url')}`;
  const idp =
    oidc === 'none'
      ? undefined
      : await startIdentityProvider({
          clients: [
            { clientId: CLIENT_ID, authMethod: 'client_secret_basic', clientSecret },
            { clientId: JWT_CLIENT_ID, authMethod: 'private_key_jwt', jwksUri },
          ],
          port: options.idpPort ?? 0,
          ...(options.onTokenRequest ? { onTokenRequest: options.onTokenRequest } : {}),
        });
  let receiver: RunningReceiver | undefined;
  try {
    const clientId = oidc === 'client_secret' ? CLIENT_ID : JWT_CLIENT_ID;
    receiver = await startLocalReceiver({
      secret,
      ...(idp === undefined ? {} : { accessToken: { issuer: idp.issuer, jwksUri: idp.jwksUri, audience: idp.defaultAudience, clientId } }),
      port: options.port ?? 0,
      ...options.receiver,
    });
    const created = await request(baseUrl, 'POST', '/v1/webhooks', options.apiKey, {
      url: receiver.url,
      enabled_events: options.enabledEvents ?? ['*'],
      secret,
      ...(idp === undefined
        ? {}
        : {
            oidc_auth_method: oidc,
            oidc_client_id: clientId,
            ...(oidc === 'client_secret' ? { oidc_client_secret: clientSecret } : {}),
            oidc_token_endpoint: idp.tokenEndpoint,
            oidc_access_token_ttl_seconds: idp.accessTokenTtlSeconds,
          }),
    });
    if (created.status !== 201) {
      const problem = created.body as { detail?: string; errors?: { message: string }[] } | undefined;
      throw new SandboxListenerError(
        `the sandbox at ${baseUrl} refused the webhook (HTTP ${created.status}): ${[problem?.detail, ...(problem?.errors ?? []).map((error) => error.message)].filter(Boolean).join('; ')}`,
      );
    }
    const webhook = created.body as SandboxListener['webhook'];
    const running = receiver;
    return {
      webhook,
      secret,
      receiver: running,
      idp,
      async close() {
        await request(baseUrl, 'DELETE', `/v1/webhooks/${webhook.id}`, options.apiKey).catch(() => undefined);
        await running.close();
        await idp?.close();
      },
    };
  } catch (error) {
    await receiver?.close();
    await idp?.close();
    throw error;
  }
}

/** A request to the sandbox's API; resolves with status and parsed body, rejects when it cannot be reached. */
async function request(baseUrl: string, method: string, path: string, apiKey: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed };
}

function describe(error: unknown): string {
  return (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name ?? 'unknown error';
}
