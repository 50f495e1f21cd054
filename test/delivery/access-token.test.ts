/**
 * Token requests against the local identity provider and against hand-made bad answers: every failure is
 * a recorded reason in words, never a crash, never a secret or a token.
 */
import { createServer, type ServerResponse, type Server } from 'node:http';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oidcSettingsOf, requestAccessToken, type OidcSettings, type SigningKey } from '../../src/delivery/access-token.js';
import { createSenderHttpClient, type GuardedFetch, type SenderHttpClient } from '../../src/delivery/http-client.js';
import { startIdentityProvider, type Misbehaviour, type RunningIdentityProvider } from '../../mocks/identity-provider.js';
import { localResolver, makeSigningKey, storedWebhook } from './support.js';
import type { Resolver } from '../../src/delivery/destination-policy.js';

const CLIENT_SECRET = 'idp-secret-for-token-tests-42';
let idp: RunningIdentityProvider;
let http: SenderHttpClient;
const keys: Record<'ES256' | 'RS256' | 'EdDSA', SigningKey> = {} as never;
let fake: Server;
let fakeBase: string;
/** what the hand-made token endpoint answers next */
let fakeAnswer: (response: ServerResponse) => void = (response) => response.writeHead(500).end();

function settings(fields: Partial<OidcSettings> = {}): OidcSettings {
  return {
    authMethod: 'client_secret',
    clientId: 'tokens-basic',
    clientSecret: CLIENT_SECRET,
    tokenEndpoint: idp.tokenEndpoint,
    scope: undefined,
    resourceUri: undefined,
    accessTokenTtlSeconds: 600,
    ...fields,
  };
}

const request = (oidc: OidcSettings, options: { fetch?: GuardedFetch; signingKey?: SigningKey; timeoutMs?: number } = {}) =>
  requestAccessToken(oidc, {
    fetch: options.fetch ?? http.fetch,
    allowInsecureRequests: true,
    ...(options.signingKey === undefined ? {} : { signingKey: () => options.signingKey! }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });

beforeAll(async () => {
  const made = await Promise.all((['ES256', 'RS256', 'EdDSA'] as const).map((alg) => makeSigningKey(alg)));
  for (const { key } of made) keys[key.alg as keyof typeof keys] = key;
  idp = await startIdentityProvider({
    clients: [
      { clientId: 'tokens-basic', authMethod: 'client_secret_basic', clientSecret: CLIENT_SECRET },
      { clientId: 'tokens-jwt', authMethod: 'private_key_jwt', jwks: { keys: made.map(({ publicJwk }) => publicJwk) } },
    ],
    accessTokenTtlSeconds: 120,
  });
  http = createSenderHttpClient({ allowLocalhost: true, resolve: localResolver });
  fake = createServer((incoming, response) => {
    incoming.resume();
    incoming.on('end', () => fakeAnswer(response));
  });
  await new Promise<void>((done) => fake.listen(0, '127.0.0.1', done));
  fakeBase = `http://localhost:${(fake.address() as { port: number }).port}`;
});

afterAll(async () => {
  await http?.close();
  await idp?.close();
  fake?.closeAllConnections();
  await new Promise((done) => fake?.close(done));
});

describe('a good token request', () => {
  it('returns a short-lived token with its lifetime, for the requested scope and resource', async () => {
    const result = await request(settings({ scope: 'webhooks:receive extra', resourceUri: 'https://receiver.example.com/' }));
    expect(result).toMatchObject({ ok: true, expiresInSeconds: 120 });
    const claims = decodeJwt(result.ok ? result.accessToken : '');
    expect(claims).toMatchObject({ client_id: 'tokens-basic', scope: 'webhooks:receive extra', aud: 'https://receiver.example.com/' });
  });

  it.each(['ES256', 'RS256', 'EdDSA'] as const)('signs private_key_jwt assertions with an %s key, with the alg and kid given', async (alg) => {
    let assertion = '';
    const watching: GuardedFetch = async (url, init) => {
      assertion = new URLSearchParams(String(init.body)).get('client_assertion') ?? '';
      return http.fetch(url, init);
    };
    const result = await request(settings({ authMethod: 'private_key_jwt', clientId: 'tokens-jwt', clientSecret: undefined }), { fetch: watching, signingKey: keys[alg] });
    expect(result.ok).toBe(true);
    expect(decodeProtectedHeader(assertion)).toMatchObject({ alg, kid: `test-${alg}` });
  });

  it('takes the OIDC settings from a stored webhook', () => {
    const webhook = storedWebhook({
      id: 'w',
      url: 'https://hooks.example.com',
      oidc_auth_method: 'private_key_jwt',
      oidc_client_id: 'c',
      oidc_token_endpoint: 'https://idp.example.com/token',
      oidc_access_token_ttl_seconds: 900,
      oidc_scope: 'a b',
    });
    expect(oidcSettingsOf(webhook)).toEqual({
      authMethod: 'private_key_jwt',
      clientId: 'c',
      clientSecret: undefined,
      tokenEndpoint: 'https://idp.example.com/token',
      scope: 'a b',
      resourceUri: undefined,
      accessTokenTtlSeconds: 900,
    });
    expect(oidcSettingsOf(storedWebhook({ id: 'w', url: 'https://hooks.example.com' }))).toBeUndefined();
  });
});

describe('every bad answer of the identity provider is a clear reason', () => {
  it.each<[Misbehaviour, string]>([
    ['not-json', 'the token response is not JSON: check that oidc_token_endpoint is the token endpoint, not a login page'],
    ['bad-json', 'the token response says it is JSON but is not valid JSON'],
    ['no-access-token', 'the token response has no access_token'],
    ['oauth-error', 'the identity provider refused the token request (HTTP 400): invalid_client (client authentication failed (misbehaving on purpose))'],
    ['non-numeric-expires-in', 'the token response has an expires_in that is not a number of seconds'],
    ['server-error', 'the token endpoint answered HTTP 500 instead of 200 with a token'],
    ['redirect', 'the token endpoint answered HTTP 302, a redirect, which is never followed: check oidc_token_endpoint'],
  ])('%s', async (mode, reason) => {
    idp.misbehave(mode);
    try {
      expect(await request(settings())).toEqual({ ok: false, reason });
    } finally {
      idp.misbehave(null);
    }
  });

  it('a slow provider: the time-out', async () => {
    idp.misbehave('slow', { slowMs: 1_000 });
    try {
      expect(await request(settings(), { timeoutMs: 250 })).toEqual({ ok: false, reason: 'the token endpoint did not answer within 0.3 s' });
    } finally {
      idp.misbehave(null);
    }
  });

  it('a wrong client secret', async () => {
    const result = await request(settings({ clientSecret: 'not-the-right-secret' }));
    expect(result).toEqual({ ok: false, reason: 'the identity provider refused the token request (HTTP 401): invalid_client (client authentication failed)' });
  });

  it('an unknown client id', async () => {
    const result = await request(settings({ clientId: 'nobody' }));
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('invalid_client') });
  });

  it.each<[string, (response: ServerResponse) => void, string]>([
    [
      'an error description that echoes the secret',
      (response) => response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_client', error_description: `secret ${CLIENT_SECRET} is wrong\nreally` })),
      'the identity provider refused the token request (HTTP 400): invalid_client (secret [redacted] is wrong really)',
    ],
    [
      'an error code that is not a code',
      (response) => response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'x'.repeat(500) })),
      'the identity provider refused the token request (HTTP 400): an unnamed error',
    ],
    [
      'a token that is not a Bearer token',
      (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'tok', token_type: 'mac' })),
      'the identity provider issued a token type deliveries cannot send (only Bearer)',
    ],
    [
      'a DPoP-bound token',
      (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'tok', token_type: 'DPoP' })),
      'the identity provider issued a token of type "dpop"; deliveries send Bearer tokens only',
    ],
    [
      'JSON that is not an object',
      (response) => response.writeHead(200, { 'content-type': 'application/json' }).end('[1,2]'),
      'the token response is JSON but not an object',
    ],
    [
      'a negative expires_in',
      (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'tok', token_type: 'Bearer', expires_in: -5 })),
      'the token response has an expires_in that is not a number of seconds',
    ],
    [
      'a 404',
      (response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'),
      'the token endpoint answered HTTP 404 instead of 200 with a token (and not in JSON)',
    ],
    [
      'a body larger than the client reads',
      (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(`{"access_token":"${'a'.repeat(2 * 1024 * 1024)}","token_type":"Bearer"}`),
      'the token response could not be read: the answer was larger than the platform reads',
    ],
    [
      'a hang-up',
      (response) => response.socket?.destroy(),
      'the token endpoint could not be reached: the connection was closed before a complete answer came',
    ],
  ])('%s', async (_name, answer, reason) => {
    fakeAnswer = answer;
    const result = await request(settings({ tokenEndpoint: `${fakeBase}/token` }));
    expect(result).toEqual({ ok: false, reason });
    expect(JSON.stringify(result)).not.toContain(CLIENT_SECRET);
  });

  it('accepts an expires_in sent as a string of digits, and none at all', async () => {
    fakeAnswer = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'tok', token_type: 'bearer', expires_in: '3600' }));
    expect(await request(settings({ tokenEndpoint: `${fakeBase}/token` }))).toEqual({ ok: true, accessToken: 'tok', expiresInSeconds: 3600 });
    fakeAnswer = (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'tok', token_type: 'Bearer' }));
    expect(await request(settings({ tokenEndpoint: `${fakeBase}/token` }))).toEqual({ ok: true, accessToken: 'tok', expiresInSeconds: undefined });
  });
});

describe('token requests that cannot be made', () => {
  it('refuses a token endpoint that resolves to a private address, at connect time', async () => {
    const lying: Resolver = async (hostname) => (hostname === 'idp.example.com' ? [{ address: '10.1.2.3' }] : localResolver(hostname));
    const guarded = createSenderHttpClient({ resolve: lying });
    const result = await requestAccessToken(settings({ tokenEndpoint: 'https://idp.example.com/oauth2/token' }), { fetch: guarded.fetch });
    expect(result).toEqual({ ok: false, reason: 'the token endpoint is not allowed: the host resolves to a private address, which the platform never sends to' });
    await guarded.close();
  });

  it('says so when the token endpoint is not a URL at all', async () => {
    expect(await request(settings({ tokenEndpoint: 'not a url' }))).toEqual({ ok: false, reason: 'oidc_token_endpoint is not an absolute URL' });
  });

  it('refuses an http:// token endpoint outside development', async () => {
    const strict = createSenderHttpClient({ resolve: localResolver });
    const result = await requestAccessToken(settings(), { fetch: strict.fetch });
    expect(result).toEqual({ ok: false, reason: 'oidc_token_endpoint must be an https:// URL' });
    await strict.close();
  });

  it('says so when private_key_jwt has no signing key, or a key that cannot sign as its alg', async () => {
    const jwt = settings({ authMethod: 'private_key_jwt', clientId: 'tokens-jwt', clientSecret: undefined });
    expect(await request(jwt)).toEqual({ ok: false, reason: 'no signing key is configured for private_key_jwt client assertions' });
    expect(await request(jwt, { signingKey: { ...keys.ES256, alg: 'RS256' } })).toEqual({ ok: false, reason: 'the platform signing key test-ES256 cannot sign as RS256' });
    const failing = await requestAccessToken(jwt, { fetch: http.fetch, allowInsecureRequests: true, signingKey: () => Promise.reject(new Error('disk on fire')) });
    expect(failing).toEqual({ ok: false, reason: 'the platform signing key for private_key_jwt could not be loaded' });
  });
});
