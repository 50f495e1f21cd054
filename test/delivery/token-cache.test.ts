/** The per-webhook token cache: lifetime, margin, settings changes, single flight and invalidation. */
import { describe, expect, it } from 'vitest';
import type { OidcSettings, TokenResult } from '../../src/delivery/access-token.js';
import { AccessTokenCache } from '../../src/delivery/token-cache.js';

const SETTINGS: OidcSettings = {
  authMethod: 'client_secret',
  clientId: 'c',
  clientSecret: 's3cret-value',
  tokenEndpoint: 'https://idp.example.com/token',
  scope: undefined,
  resourceUri: undefined,
  accessTokenTtlSeconds: 900,
};
const T0 = new Date('2026-11-02T09:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

/** A token endpoint stand-in that counts requests and hands out numbered tokens. */
function issuer(expiresInSeconds: number | undefined) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    request: async (): Promise<TokenResult> => {
      count += 1;
      return { ok: true, accessToken: `token-${count}`, expiresInSeconds };
    },
  };
}

describe('AccessTokenCache', () => {
  it.each([
    // [expires_in, ttl, the last second the token is reused]
    [3600, 900, 870], // the TTL is shorter: 900 s less the 30 s margin
    [300, 900, 270], // expires_in is shorter
    [undefined, 900, 870], // no expires_in: the TTL
    [60, 900, 45], // a short life: the margin is a quarter of it
  ])('keeps a token with expires_in %s and TTL %s until second %s', async (expiresIn, ttl, lastReuse) => {
    const cache = new AccessTokenCache();
    const idp = issuer(expiresIn);
    const settings = { ...SETTINGS, accessTokenTtlSeconds: ttl };
    expect(await cache.get('w', settings, T0, idp.request)).toMatchObject({ ok: true, accessToken: 'token-1', fromCache: false });
    expect(await cache.get('w', settings, at(lastReuse - 1), idp.request)).toMatchObject({ accessToken: 'token-1', fromCache: true });
    expect(await cache.get('w', settings, at(lastReuse), idp.request)).toMatchObject({ accessToken: 'token-2', fromCache: false });
    expect(idp.count).toBe(2);
  });

  it('keeps at most 10,000 tokens, dropping the ones stored longest ago', async () => {
    const cache = new AccessTokenCache();
    const idp = issuer(3600);
    for (let index = 0; index < 10_050; index++) await cache.get(`w${index}`, SETTINGS, T0, idp.request);
    expect(cache.size).toBe(10_000);
    // the first ones were dropped: asked again; the latest are still there
    expect(await cache.get('w0', SETTINGS, T0, idp.request)).toMatchObject({ fromCache: false });
    expect(await cache.get('w10049', SETTINGS, T0, idp.request)).toMatchObject({ fromCache: true });
  });

  it('does not keep a token that lives no time, nor a failure', async () => {
    const cache = new AccessTokenCache();
    const idp = issuer(0);
    await cache.get('w', SETTINGS, T0, idp.request);
    await cache.get('w', SETTINGS, T0, idp.request);
    expect(idp.count).toBe(2);
    let failures = 0;
    const failing = async (): Promise<TokenResult> => {
      failures += 1;
      return { ok: false, reason: 'no' };
    };
    await cache.get('x', SETTINGS, T0, failing);
    expect(await cache.get('x', SETTINGS, T0, failing)).toEqual({ ok: false, reason: 'no', fromCache: false });
    expect(failures).toBe(2);
  });

  it('asks again when the settings change (a new client secret, another scope)', async () => {
    const cache = new AccessTokenCache();
    const idp = issuer(3600);
    await cache.get('w', SETTINGS, T0, idp.request);
    await cache.get('w', { ...SETTINGS, clientSecret: 'rotated-secret' }, at(1), idp.request);
    await cache.get('w', { ...SETTINGS, clientSecret: 'rotated-secret', scope: 'more' }, at(2), idp.request);
    expect(idp.count).toBe(3);
  });

  it('keeps webhooks apart', async () => {
    const cache = new AccessTokenCache();
    const idp = issuer(3600);
    await cache.get('a', SETTINGS, T0, idp.request);
    expect(await cache.get('b', SETTINGS, T0, idp.request)).toMatchObject({ accessToken: 'token-2' });
    expect(cache.size).toBe(2);
  });

  it('shares one request between concurrent deliveries', async () => {
    const cache = new AccessTokenCache();
    let count = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async (): Promise<TokenResult> => {
      count += 1;
      await gate;
      return { ok: true, accessToken: 'shared', expiresInSeconds: 3600 };
    };
    const pending = Array.from({ length: 20 }, () => cache.get('w', SETTINGS, T0, slow));
    release();
    const results = await Promise.all(pending);
    expect(count).toBe(1);
    expect(new Set(results.map((result) => (result.ok ? result.accessToken : '')))).toEqual(new Set(['shared']));
  });

  it('forgets a refused token, but not a newer one', async () => {
    const cache = new AccessTokenCache();
    const idp = issuer(3600);
    await cache.get('w', SETTINGS, T0, idp.request);
    cache.invalidate('w', 'token-0'); // an older token: the cached one stays
    expect(await cache.get('w', SETTINGS, at(1), idp.request)).toMatchObject({ accessToken: 'token-1', fromCache: true });
    cache.invalidate('w', 'token-1');
    expect(await cache.get('w', SETTINGS, at(2), idp.request)).toMatchObject({ accessToken: 'token-2', fromCache: false });
  });
});
