/**
 * The local identity provider checks what it says it checks: client secrets, and every claim of a
 * private_key_jwt assertion (signature, iss, sub, aud, exp, lifetime, jti once only); it issues short-lived
 * JWT access tokens; and it misbehaves exactly as told.
 */
import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISBEHAVIOURS, startIdentityProvider, type Misbehaviour, type RunningIdentityProvider } from '../../mocks/identity-provider.js';
import { makeSigningKey } from '../delivery/support.js';
import type { SigningKey } from '../../src/delivery/access-token.js';

const SECRET = 'local-idp-test-secret-31337';
let idp: RunningIdentityProvider;
let key: SigningKey;
let stranger: SigningKey;

beforeAll(async () => {
  const made = await makeSigningKey('ES256', 'platform-1');
  key = made.key;
  stranger = (await makeSigningKey('ES256', 'platform-1')).key;
  idp = await startIdentityProvider({
    clients: [
      { clientId: 'basic', authMethod: 'client_secret_basic', clientSecret: SECRET },
      { clientId: 'jwt', authMethod: 'private_key_jwt', jwks: { keys: [made.publicJwk] } },
    ],
    accessTokenTtlSeconds: 90,
  });
});

afterAll(async () => {
  await idp?.close();
});

function tokenRequest(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(idp.tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...fields }),
  });
}

const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });

/** An assertion as the platform signs it, with `change` applied to the claims. */
async function assertion(change: (claims: Record<string, unknown>) => void = () => {}, signer: SigningKey = key): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { iss: 'jwt', sub: 'jwt', aud: idp.tokenEndpoint, jti: randomUUID(), iat: now, exp: now + 60 };
  change(claims);
  return new SignJWT(claims).setProtectedHeader({ alg: signer.alg, kid: signer.kid }).sign(signer.privateKey);
}

const withAssertion = (jwt: string) => ({
  client_id: 'jwt',
  client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
  client_assertion: jwt,
});

describe('client_secret', () => {
  it('issues a JWT access token that its JWKS verifies, for its default audience, living the configured TTL', async () => {
    const response = await tokenRequest({ scope: 'webhooks:receive' }, basic('basic', SECRET));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; expires_in: number; token_type: string; scope: string };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 90, scope: 'webhooks:receive' });
    const { payload } = await jwtVerify(body.access_token, createRemoteJWKSet(new URL(idp.jwksUri)), { issuer: idp.issuer, audience: idp.defaultAudience });
    expect(payload).toMatchObject({ client_id: 'basic', scope: 'webhooks:receive' });
    expect(payload.exp! - payload.iat!).toBe(90);
  });

  it.each([
    ['a wrong secret', basic('basic', 'not-it')],
    ['an unknown client', basic('nobody', SECRET)],
    ['no credentials at all', {}],
  ])('refuses %s', async (_name, headers) => {
    const response = await tokenRequest({}, headers);
    expect([400, 401]).toContain(response.status);
    expect(((await response.json()) as { error: string }).error).toMatch(/^invalid_(client|request)$/);
  });
});

describe('private_key_jwt', () => {
  it('accepts an assertion as the platform signs it', async () => {
    const response = await tokenRequest(withAssertion(await assertion()));
    expect(response.status).toBe(200);
  });

  it('refuses an assertion whose sub is not the client_id', async () => {
    // oidc-provider compares sub with client_id before anything else: a malformed request, not bad credentials
    const response = await tokenRequest(withAssertion(await assertion((claims) => (claims.sub = 'someone'))));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_request', error_description: 'client_id mismatch' });
  });

  it.each<[string, (claims: Record<string, unknown>) => void, string]>([
    ['another iss', (claims) => (claims.iss = 'someone'), 'iss (JWT issuer) must be the client_id'],
    ['aud = the issuer, not the token endpoint', (claims) => (claims.aud = idp.issuer), 'aud (JWT audience) must be the token endpoint URL'],
    ['aud = another server', (claims) => (claims.aud = 'https://elsewhere.example.com/token'), 'audience (aud) must equal'],
    ['no exp', (claims) => delete claims.exp, 'expiration must be specified'],
    ['an exp in the past', (claims) => (claims.exp = Math.floor(Date.now() / 1000) - 120), 'exp'],
    ['a lifetime over five minutes', (claims) => (claims.exp = (claims.iat as number) + 301), 'at most 300 s'],
    ['no jti', (claims) => delete claims.jti, 'unique jti'],
    ['no iat', (claims) => delete claims.iat, 'iat (issued at) must be provided'],
  ])('refuses an assertion with %s', async (_name, change, detail) => {
    const response = await tokenRequest(withAssertion(await assertion(change)));
    expect(response.status).toBe(401);
    expect(idp.tokenRequests.at(-1)).toMatchObject({ clientId: 'jwt', status: 401, error: 'invalid_client', detail: expect.stringContaining(detail) });
  });

  it('refuses an assertion signed with another key under the same kid', async () => {
    const response = await tokenRequest(withAssertion(await assertion(() => {}, stranger)));
    expect(response.status).toBe(401);
  });

  it('refuses an unsigned assertion (alg none)', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = Buffer.from(JSON.stringify({ iss: 'jwt', sub: 'jwt', aud: idp.tokenEndpoint, jti: randomUUID(), iat: now, exp: now + 60 })).toString('base64url');
    expect((await tokenRequest(withAssertion(`${header}.${payload}.`))).status).toBe(401);
  });

  it('accepts an assertion once only: its jti cannot be replayed', async () => {
    const jwt = await assertion();
    expect((await tokenRequest(withAssertion(jwt))).status).toBe(200);
    expect((await tokenRequest(withAssertion(jwt))).status).toBe(401);
    expect(idp.tokenRequests.at(-1)?.detail).toBe('client assertion tokens must only be used once');
  });

  it('refuses a client secret for a private_key_jwt client', async () => {
    expect((await tokenRequest({}, basic('jwt', SECRET))).status).toBe(401);
  });
});

describe('misbehaving on purpose', () => {
  it.each<[Misbehaviour, number, (body: string) => void]>([
    ['not-json', 200, (body) => expect(body).toContain('<!doctype html>')],
    ['bad-json', 200, (body) => expect(() => JSON.parse(body)).toThrow(SyntaxError)],
    ['no-access-token', 200, (body) => expect(JSON.parse(body)).toEqual({ token_type: 'Bearer', expires_in: 300 })],
    ['oauth-error', 400, (body) => expect(JSON.parse(body)).toMatchObject({ error: 'invalid_client' })],
    ['non-numeric-expires-in', 200, (body) => expect(JSON.parse(body)).toMatchObject({ access_token: expect.any(String), expires_in: 'soon' })],
    ['server-error', 500, (body) => expect(body).toContain('Internal Server Error')],
    ['redirect', 302, (body) => expect(body).toBe('')],
  ])('%s answers %s', async (mode, status, check) => {
    idp.misbehave(mode);
    try {
      const response = await fetch(idp.tokenEndpoint, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...basic('basic', SECRET) },
        body: 'grant_type=client_credentials',
      });
      expect(response.status).toBe(status);
      check(await response.text());
      expect(idp.tokenRequests.at(-1)).toMatchObject({ misbehaviour: mode, status });
    } finally {
      idp.misbehave(null);
    }
  });

  it('slow waits before answering', async () => {
    idp.misbehave('slow', { slowMs: 300 });
    try {
      const started = Date.now();
      expect((await tokenRequest({}, basic('basic', SECRET))).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      idp.misbehave(null);
    }
  });

  it('describes every misbehaviour it knows', () => {
    expect(Object.keys(MISBEHAVIOURS).sort()).toEqual(['bad-json', 'no-access-token', 'non-numeric-expires-in', 'not-json', 'oauth-error', 'redirect', 'server-error', 'slow']);
  });
});

describe('hostile requests', () => {
  it('answers malformed and odd requests with 4xx, and keeps working', async () => {
    const odd = [
      fetch(idp.tokenEndpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"grant_type":"client_credentials"}' }),
      fetch(idp.tokenEndpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=password&username=a' }),
      fetch(idp.tokenEndpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `grant_type=client_credentials&scope=${'a'.repeat(200_000)}` }),
      fetch(`${idp.tokenEndpoint}/%zz`, { method: 'POST' }),
      fetch(idp.tokenEndpoint, { method: 'PUT', body: 'x' }),
    ];
    for (const response of await Promise.all(odd)) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect((await tokenRequest({}, basic('basic', SECRET))).status).toBe(200);
  });
});
