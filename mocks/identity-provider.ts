/**
 * A local OpenID provider for deliveries with OIDC: oidc-provider (a certified implementation) with the
 * client-credentials grant, checking `client_secret` credentials and `private_key_jwt` assertions for real,
 * issuing short-lived JWT access tokens, and able to misbehave on demand so that a sender's failure handling
 * can be rehearsed. For tests and the local end-to-end flow; never for production.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { errors, type AdapterFactory, type AdapterPayload, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** The ways the token endpoint can be told to misbehave. */
export const MISBEHAVIOURS = {
  'not-json': 'answers 200 with an HTML page instead of JSON',
  'bad-json': 'answers 200 with application/json that is cut off half-way',
  'no-access-token': 'answers 200 with JSON that has no access_token',
  'oauth-error': 'answers 400 with an OAuth error (invalid_client)',
  'non-numeric-expires-in': 'issues a real token, but with expires_in "soon"',
  'server-error': 'answers 500 with an HTML page',
  redirect: 'answers 302 to another token endpoint',
  slow: 'waits (5 s unless told otherwise) before answering',
} as const;

/** One way the token endpoint can misbehave. */
export type Misbehaviour = keyof typeof MISBEHAVIOURS;

/** A client registered with the provider. */
export type LocalIdpClient =
  | { clientId: string; authMethod: 'client_secret_basic' | 'client_secret_post'; clientSecret: string }
  | { clientId: string; authMethod: 'private_key_jwt'; jwksUri: string }
  | { clientId: string; authMethod: 'private_key_jwt'; jwks: { keys: JWK[] } };

/** How to start the provider. */
export interface IdentityProviderOptions {
  /** the clients it knows; at least one */
  clients: readonly LocalIdpClient[];
  /** defaults to 127.0.0.1; the issuer names it `localhost` */
  host?: string;
  /** defaults to 0 (a free port) */
  port?: number;
  /** how long access tokens live, in seconds; defaults to 300 */
  accessTokenTtlSeconds?: number;
  /** the audience (`aud`) of tokens requested without a `resource`; defaults to `urn:webhooks-contract:receiver` */
  defaultAudience?: string;
  /** misbehave from the start */
  misbehave?: Misbehaviour;
  /** how long `slow` waits, in ms; defaults to 5000 */
  slowMs?: number;
  /** called once each token request is answered */
  onTokenRequest?: (record: TokenRequestRecord) => void;
}

/** One request to the token endpoint, as the provider saw it (no credentials, no token). */
export interface TokenRequestRecord {
  at: Date;
  clientId: string | undefined;
  status: number;
  /** the OAuth error code when refused, such as `invalid_client` */
  error: string | undefined;
  /** why, in oidc-provider's words, when a client assertion or credential was refused */
  detail: string | undefined;
  misbehaviour: Misbehaviour | undefined;
}

/** A running provider. */
export interface RunningIdentityProvider {
  /** `http://localhost:<port>` */
  issuer: string;
  /** `http://localhost:<port>/token`: what a webhook's `oidc_token_endpoint` names */
  tokenEndpoint: string;
  /** where its token-signing keys are published: receivers verify access tokens with them */
  jwksUri: string;
  /** the `aud` of tokens requested without a `resource` */
  defaultAudience: string;
  accessTokenTtlSeconds: number;
  /** every token request so far, oldest first */
  readonly tokenRequests: readonly TokenRequestRecord[];
  /** makes the token endpoint misbehave from now on; `null` restores it */
  misbehave(mode: Misbehaviour | null, options?: { slowMs?: number }): void;
  close(): Promise<void>;
}

const TOKEN_PATH = '/token';
/** A client assertion may live at most this long (`exp - iat`), as the delivery contract promises. */
const MAX_ASSERTION_LIFETIME_S = 5 * 60; // seconds

/**
 * Starts the provider on 127.0.0.1 and resolves once it listens.
 * @example
 * const idp = await startIdentityProvider({ clients: [{ clientId: 'hooks', authMethod: 'client_secret_basic', clientSecret: 's3cret' }] });
 * // webhook: oidc_token_endpoint = idp.tokenEndpoint, oidc_client_id = 'hooks', oidc_client_secret = 's3cret'
 * await idp.close();
 */
export async function startIdentityProvider(options: IdentityProviderOptions): Promise<RunningIdentityProvider> {
  if (options.clients.length === 0) throw new Error('startIdentityProvider needs at least one client');
  const host = options.host ?? '127.0.0.1';
  const accessTokenTtlSeconds = options.accessTokenTtlSeconds ?? 300;
  const defaultAudience = options.defaultAudience ?? 'urn:webhooks-contract:receiver';
  let mode: Misbehaviour | undefined = options.misbehave;
  let slowMs = options.slowMs ?? 5000;
  const tokenRequests: TokenRequestRecord[] = [];

  // the port is known only once listening, and the issuer names it: listen first, then build the provider
  let handle: (request: IncomingMessage, response: ServerResponse) => void = (_request, response) => response.writeHead(503).end();
  const server = createServer((request, response) => handle(request, response));
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
  const issuer = `http://localhost:${port}`;
  const tokenEndpoint = `${issuer}${TOKEN_PATH}`;

  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const signingJwk = { ...(await exportJWK(privateKey)), kid: `local-idp-${randomBytes(4).toString('hex')}`, alg: 'ES256', use: 'sig' };

  const configuration: Configuration = {
    clients: options.clients.map(toClientMetadata),
    adapter: createMapAdapter(),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    jwks: { keys: [signingJwk] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    ttl: { ClientCredentials: accessTokenTtlSeconds },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: false },
      revocation: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => defaultAudience,
        useGrantedResource: () => true,
        // any resource and any scope the client asks for: the point is to see them reach the token
        getResourceServerInfo: (ctx, resourceIndicator) => ({
          scope: typeof ctx.oidc.params?.scope === 'string' ? ctx.oidc.params.scope : '',
          audience: resourceIndicator,
          accessTokenTTL: accessTokenTtlSeconds,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    // oidc-provider refuses to fetch a jwks_uri on a loopback address (its own SSRF guard); this provider
    // runs beside a local sandbox whose /.well-known/jwks.json is exactly that, so it fetches plainly
    fetch: (url, init) => globalThis.fetch(url, { ...init, dispatcher: undefined } as RequestInit),
    // oidc-provider checks the signature, iss and sub (both the client_id), exp, jti (once only) and that
    // aud names it; the contract also promises aud = the token endpoint, an iat, and at most five minutes
    assertJwtClientAuthClaimsAndHeader: async (_ctx, claims, _header) => {
      if (claims.aud !== tokenEndpoint && !(Array.isArray(claims.aud) && claims.aud.includes(tokenEndpoint))) {
        throw new errors.InvalidClientAuth('aud (JWT audience) must be the token endpoint URL');
      }
      if (typeof claims.iat !== 'number') throw new errors.InvalidClientAuth('iat (issued at) must be provided in the client_assertion JWT');
      if (typeof claims.exp === 'number' && claims.exp - claims.iat > MAX_ASSERTION_LIFETIME_S) {
        throw new errors.InvalidClientAuth(`the client assertion must expire at most ${MAX_ASSERTION_LIFETIME_S} s after it was issued`);
      }
    },
  };
  const provider = new Provider(issuer, configuration);

  provider.use(async (ctx, next) => {
    if (ctx.path !== TOKEN_PATH || ctx.method !== 'POST') return next();
    const record: TokenRequestRecord = { at: new Date(), clientId: undefined, status: 0, error: undefined, detail: undefined, misbehaviour: mode };
    tokenRequests.push(record);
    ctx.state.tokenRequest = record;
    await misbehaveOr(ctx, next, mode, slowMs);
    record.status = ctx.status;
    record.clientId = (ctx as KoaContextWithOIDC).oidc?.client?.clientId;
    const body = ctx.body as { error?: unknown } | undefined;
    if (ctx.status >= 400 && typeof body?.error === 'string') record.error = body.error;
    // the provider's error event fires before this line: the record is complete
    options.onTokenRequest?.(record);
  });
  provider.on('grant.error', (ctx, error: Error & { error_detail?: string }) => {
    const record = ctx.state?.tokenRequest as TokenRequestRecord | undefined;
    if (record !== undefined) record.detail = error.error_detail ?? error.message;
  });
  const callback = provider.callback();
  handle = (request, response) => void callback(request, response);

  return {
    issuer,
    tokenEndpoint,
    jwksUri: `${issuer}/jwks`,
    defaultAudience,
    accessTokenTtlSeconds,
    tokenRequests,
    misbehave(next, settings) {
      mode = next ?? undefined;
      if (settings?.slowMs !== undefined) slowMs = settings.slowMs;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The client metadata oidc-provider takes for one of our clients. */
function toClientMetadata(client: LocalIdpClient) {
  // ES256 is the only algorithm this provider signs with (it issues no ID tokens, but the metadata must agree)
  const common = { client_id: client.clientId, grant_types: ['client_credentials'], response_types: [], redirect_uris: [], id_token_signed_response_alg: 'ES256' };
  if (client.authMethod !== 'private_key_jwt') {
    return { ...common, client_secret: client.clientSecret, token_endpoint_auth_method: client.authMethod };
  }
  return 'jwksUri' in client
    ? { ...common, token_endpoint_auth_method: 'private_key_jwt', jwks_uri: client.jwksUri }
    : { ...common, token_endpoint_auth_method: 'private_key_jwt', jwks: client.jwks };
}

/** What oidc-provider keeps (here: used assertion `jti`s) in a Map of this provider's own, expiring entries. */
function createMapAdapter(): AdapterFactory {
  const store = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const sweep = () => {
    const now = Date.now();
    for (const [key, entry] of store) if (entry.expiresAt <= now) store.delete(key);
  };
  return (model) => ({
    async upsert(id, payload, expiresIn) {
      if (store.size > 10_000) sweep();
      store.set(`${model}:${id}`, { payload, expiresAt: typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity });
    },
    async find(id) {
      const entry = store.get(`${model}:${id}`);
      return entry !== undefined && entry.expiresAt > Date.now() ? entry.payload : undefined;
    },
    async findByUid() {
      return undefined;
    },
    async findByUserCode() {
      return undefined;
    },
    async consume(id) {
      const entry = store.get(`${model}:${id}`);
      if (entry !== undefined) entry.payload.consumed = Math.floor(Date.now() / 1000);
    },
    async destroy(id) {
      store.delete(`${model}:${id}`);
    },
    async revokeByGrantId() {},
  });
}

/** Answers the token request the way `mode` says, or lets the provider answer it. */
async function misbehaveOr(ctx: KoaContextWithOIDC, next: () => Promise<unknown>, mode: Misbehaviour | undefined, slowMs: number): Promise<void> {
  switch (mode) {
    case undefined:
      await next();
      return;
    case 'not-json':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><p>Please sign in to continue.</p>';
      return;
    case 'bad-json':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"access_token":"eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ0cnVuY2F0ZWQifQ","token_type":"Bearer","expi';
      return;
    case 'no-access-token':
      ctx.status = 200;
      ctx.body = { token_type: 'Bearer', expires_in: 300 };
      return;
    case 'oauth-error':
      ctx.status = 400;
      ctx.body = { error: 'invalid_client', error_description: 'client authentication failed (misbehaving on purpose)' };
      return;
    case 'server-error':
      ctx.status = 500;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>500</title><p>Internal Server Error</p>';
      return;
    case 'redirect':
      ctx.status = 302;
      ctx.set('location', 'http://169.254.169.254/latest/meta-data/');
      ctx.body = '';
      return;
    case 'non-numeric-expires-in':
      await next();
      if (ctx.status === 200 && typeof ctx.body === 'object' && ctx.body !== null) ctx.body = { ...ctx.body, expires_in: 'soon' };
      return;
    case 'slow':
      await delay(slowMs);
      await next();
      return;
  }
}
