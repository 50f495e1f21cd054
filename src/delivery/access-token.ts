/**
 * Getting an access token for a delivery from the customer's identity provider: the OAuth 2.0
 * client-credentials grant with oauth4webapi, authenticated with `client_secret_basic` or a
 * `private_key_jwt` assertion (RFC 7523), and every bad answer turned into a reason safe to record.
 * @module
 */
import * as oauth from 'oauth4webapi';
import type { WebhookConfig } from '../validation/apply-update.js';
import type { GuardedFetch } from './http-client.js';
import { describeFailure } from './request-failure.js';
import { redact } from './redact.js';

/** A webhook's OIDC settings, as the token request needs them. */
export interface OidcSettings {
  authMethod: 'client_secret' | 'private_key_jwt';
  clientId: string;
  /** only with `client_secret` */
  clientSecret: string | undefined;
  tokenEndpoint: string;
  /** sent as `scope` */
  scope: string | undefined;
  /** sent as `resource` (RFC 8707) */
  resourceUri: string | undefined;
  accessTokenTtlSeconds: number;
}

/**
 * The platform's key for `private_key_jwt` assertions. Its public half is what `/.well-known/jwks.json`
 * serves under the same `kid`; `alg` is the key's JWS algorithm (`ES256`, `RS256`, `PS256`, `EdDSA`…).
 */
export interface SigningKey {
  kid: string;
  alg: string;
  /** a private `CryptoKey` that can sign (jose's `importPKCS8`, `importJWK` or `generateKeyPair` give one) */
  privateKey: CryptoKey;
}

/** What a token request came to: a token, or why not (safe to record: no secret, no token). */
export type TokenResult = { ok: true; accessToken: string; expiresInSeconds: number | undefined } | { ok: false; reason: string };

/** What a token request needs besides the settings. */
export interface TokenRequestOptions {
  /** the guarded fetch of the sender's HTTP client */
  fetch: GuardedFetch;
  /** the platform's active signing key; needed for `private_key_jwt` */
  signingKey?: (() => SigningKey | Promise<SigningKey>) | undefined;
  /** development only: allow an `http://localhost` token endpoint */
  allowInsecureRequests?: boolean;
  timeoutMs?: number;
}

const DEFAULT_TOKEN_TIMEOUT_MS = 10_000; // ms

/** The OIDC settings of a stored webhook, or undefined when it has none. */
export function oidcSettingsOf(webhook: WebhookConfig): OidcSettings | undefined {
  if (webhook.oidc_auth_method === undefined) return undefined;
  return {
    authMethod: webhook.oidc_auth_method,
    clientId: webhook.oidc_client_id,
    clientSecret: webhook.oidc_auth_method === 'client_secret' ? webhook.oidc_client_secret : undefined,
    tokenEndpoint: webhook.oidc_token_endpoint,
    scope: webhook.oidc_scope,
    resourceUri: webhook.oidc_resource_uri,
    accessTokenTtlSeconds: webhook.oidc_access_token_ttl_seconds,
  };
}

/**
 * Requests an access token with the client-credentials grant. Never throws: a failure of any kind (network,
 * time-out, refused destination, OAuth error, malformed answer) comes back as a reason in words.
 * @example
 * const result = await requestAccessToken(oidcSettingsOf(webhook)!, { fetch: http.fetch, signingKey: activeSigningKey });
 * if (result.ok) headers.authorization = `Bearer ${result.accessToken}`;
 */
export async function requestAccessToken(settings: OidcSettings, options: TokenRequestOptions): Promise<TokenResult> {
  const secrets = [settings.clientSecret];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TOKEN_TIMEOUT_MS;
  let authentication: oauth.ClientAuth;
  try {
    authentication = await clientAuthentication(settings, options);
  } catch (error) {
    return { ok: false, reason: error instanceof TokenRequestSetupError ? error.message : 'the client authentication could not be prepared' };
  }
  let origin: string;
  try {
    origin = new URL(settings.tokenEndpoint).origin;
  } catch {
    return { ok: false, reason: 'oidc_token_endpoint is not an absolute URL' };
  }
  const as: oauth.AuthorizationServer = { issuer: origin, token_endpoint: settings.tokenEndpoint };
  const client: oauth.Client = { client_id: settings.clientId };
  const parameters = new URLSearchParams();
  if (settings.scope !== undefined) parameters.set('scope', settings.scope);
  if (settings.resourceUri !== undefined) parameters.set('resource', settings.resourceUri);
  try {
    const response = await oauth.clientCredentialsGrantRequest(as, client, authentication, parameters, {
      [oauth.customFetch]: options.fetch as (url: string, init: oauth.CustomFetchOptions<'POST', URLSearchParams>) => Promise<Response>,
      [oauth.allowInsecureRequests]: options.allowInsecureRequests === true,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const token = await oauth.processClientCredentialsResponse(as, client, response);
    if (token.token_type !== 'bearer') {
      return { ok: false, reason: `the identity provider issued a token of type "${redact(token.token_type, secrets, 20)}"; deliveries send Bearer tokens only` };
    }
    if (token.access_token === '') return { ok: false, reason: 'the token response has an empty access_token' };
    return { ok: true, accessToken: token.access_token, expiresInSeconds: token.expires_in };
  } catch (error) {
    return { ok: false, reason: explainTokenFailure(error, timeoutMs, secrets) };
  }
}

/** A token request cannot even be prepared (no signing key, a key that cannot sign): the reason says why. */
class TokenRequestSetupError extends Error {}

/** How the platform authenticates to the identity provider. */
async function clientAuthentication(settings: OidcSettings, options: TokenRequestOptions): Promise<oauth.ClientAuth> {
  if (settings.authMethod === 'client_secret') {
    if (settings.clientSecret === undefined) throw new TokenRequestSetupError('the webhook has no oidc_client_secret for client_secret authentication');
    // client_secret_basic: the method RFC 6749 requires every server to support (see src/delivery/README.md)
    return oauth.ClientSecretBasic(settings.clientSecret);
  }
  if (options.signingKey === undefined) throw new TokenRequestSetupError('no signing key is configured for private_key_jwt client assertions');
  let key: SigningKey;
  try {
    key = await options.signingKey();
  } catch {
    throw new TokenRequestSetupError('the platform signing key for private_key_jwt could not be loaded');
  }
  const keyAlg = jwsAlgorithmOf(key.privateKey);
  if (keyAlg === undefined || !(keyAlg === key.alg || (keyAlg === 'Ed25519' && key.alg === 'EdDSA'))) {
    throw new TokenRequestSetupError(`the platform signing key ${key.kid} cannot sign as ${key.alg}`);
  }
  return oauth.PrivateKeyJwt(
    { key: key.privateKey, kid: key.kid },
    {
      [oauth.modifyAssertion]: (header, payload) => {
        // RFC 7523 with what common identity providers check: aud is the token endpoint (our contract has
        // no issuer); oauth4webapi already sets iss = sub = client_id, a random jti, iat, nbf and exp = iat + 60 s
        payload.aud = settings.tokenEndpoint;
        header.alg = key.alg;
      },
    },
  );
}

/** The JWS algorithm a CryptoKey signs with (as oauth4webapi derives it), or undefined if it cannot. */
function jwsAlgorithmOf(key: CryptoKey): string | undefined {
  if (typeof key !== 'object' || key === null || key.type !== 'private' || !key.usages.includes('sign')) return undefined;
  const algorithm = key.algorithm as { name: string; hash?: { name: string }; namedCurve?: string };
  const bits = algorithm.hash?.name.replace('SHA-', '');
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5':
      return `RS${bits}`;
    case 'RSA-PSS':
      return `PS${bits}`;
    case 'ECDSA':
      return { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[algorithm.namedCurve ?? ''];
    case 'Ed25519':
    case 'EdDSA':
      return 'Ed25519';
    default:
      return undefined;
  }
}

/** Why a token request failed, in words: what was wrong with the answer, never what it held. */
export function explainTokenFailure(error: unknown, timeoutMs: number, secrets: readonly (string | undefined)[]): string {
  if (error instanceof oauth.ResponseBodyError) {
    return `the identity provider refused the token request (HTTP ${error.status}): ${oauthError(error.error, error.error_description, secrets)}`;
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const challenge = error.cause[0];
    const code = challenge?.parameters.error;
    return `the identity provider refused the token request (HTTP ${error.status}): ${
      code === undefined ? 'it asked for other credentials' : oauthError(code, challenge?.parameters.error_description, secrets)
    }`;
  }
  if (error instanceof oauth.OperationProcessingError) {
    // the cause is undici's Response, a twin of the global one: read its status without instanceof
    const status = (error.cause as { status?: unknown } | undefined)?.status;
    switch (error.code) {
      case oauth.RESPONSE_IS_NOT_CONFORM: {
        if (typeof status === 'number' && status >= 300 && status <= 399) return `the token endpoint answered HTTP ${status}, a redirect, which is never followed: check oidc_token_endpoint`;
        return typeof status === 'number' ? `the token endpoint answered HTTP ${status} instead of 200 with a token` : 'the token endpoint answered with an unexpected status';
      }
      case oauth.RESPONSE_IS_NOT_JSON:
        return typeof status === 'number' && status !== 200
          ? `the token endpoint answered HTTP ${status} instead of 200 with a token (and not in JSON)`
          : 'the token response is not JSON: check that oidc_token_endpoint is the token endpoint, not a login page';
      case oauth.PARSE_ERROR: {
        // the body could not be read to the end (too large, cut off), or it is not JSON
        const failure = describeFailure(error.cause, timeoutMs);
        if (!failure.reason.startsWith('the request failed')) return `the token response could not be read: ${failure.reason}`;
        return 'the token response says it is JSON but is not valid JSON';
      }
      case oauth.REQUEST_PROTOCOL_FORBIDDEN:
      case oauth.HTTP_REQUEST_FORBIDDEN:
        return 'oidc_token_endpoint must be an https:// URL';
      case oauth.INVALID_RESPONSE:
        if (error.message.includes('"access_token"')) return 'the token response has no access_token';
        if (error.message.includes('"expires_in"')) return 'the token response has an expires_in that is not a number of seconds';
        if (error.message.includes('"token_type"')) return 'the token response has no token_type';
        if (error.message.includes('top level object')) return 'the token response is JSON but not an object';
        return 'the token response is not a valid OAuth token response';
      default:
        return 'the token response could not be processed';
    }
  }
  if (error instanceof oauth.UnsupportedOperationError) return 'the identity provider issued a token type deliveries cannot send (only Bearer)';
  const failure = describeFailure(error, timeoutMs);
  if (failure.kind === 'timeout') return `the token endpoint did not answer within ${Math.round(timeoutMs / 100) / 10} s`;
  if (failure.kind === 'refused-destination') return `the token endpoint is not allowed: ${failure.reason}`;
  return `the token endpoint could not be reached: ${failure.reason}`;
}

/** `invalid_client (client authentication failed)`, from untrusted text made safe. */
function oauthError(code: unknown, description: unknown, secrets: readonly (string | undefined)[]): string {
  const name = typeof code === 'string' && /^[\x20-\x7e]{1,64}$/.test(code) ? redact(code, secrets, 64) : 'an unnamed error';
  return typeof description === 'string' && description.trim() !== '' ? `${name} (${redact(description, secrets)})` : name;
}
