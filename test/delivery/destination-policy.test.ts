/** The SSRF guard on its own: every spelling of a local address is refused after normalisation. */
import { describe, expect, it } from 'vitest';
import { checkDestination, classifyAddress } from '../../src/delivery/destination-policy.js';
import { testResolver } from '../support/resolver.js';
import { ACCEPTED_DESTINATIONS, REFUSED_DESTINATIONS } from '../support/ssrf-corpus.js';

const resolve = testResolver;

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1%eth0', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
    ['2001::1', 'teredo'],
    ['not an address', 'invalid'],
  ])('refuses %s (%s)', (address, range) => {
    expect(classifyAddress(address)).toEqual({ allowed: false, range });
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111'])('allows the public address %s', (address) => {
    expect(classifyAddress(address)).toEqual({ allowed: true });
  });
});

describe('checkDestination', () => {
  it.each(REFUSED_DESTINATIONS.map(({ url, words }) => [url, words] as const))('refuses %s', async (url, words) => {
    const verdict = await checkDestination('url', url, { resolve });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.message).toContain(words);
    expect(!verdict.ok && verdict.message).toMatch(/^url /);
  });

  it('holds at least 40 refused spellings and 5 accepted ones', () => {
    expect(REFUSED_DESTINATIONS.length).toBeGreaterThanOrEqual(40);
    expect(ACCEPTED_DESTINATIONS.length).toBeGreaterThanOrEqual(5);
  });

  it.each(ACCEPTED_DESTINATIONS)('accepts %s', async (url) => {
    expect(await checkDestination('url', url, { resolve })).toMatchObject({ ok: true });
  });

  it('never quotes a resolved address', async () => {
    const verdict = await checkDestination('oidc_token_endpoint', 'https://internal.example.com/token', { resolve });
    expect(verdict).toEqual({ ok: false, message: 'oidc_token_endpoint must point to a public address; its host resolves to a private address' });
  });

  it('allows loopback receivers (localhost, *.localhost, 127.0.0.1, [::1]) only with the development setting, and nothing else local', async () => {
    for (const url of ['https://localhost:8443/hook', 'http://localhost:3000/hook', 'http://app.localhost/hook', 'http://127.0.0.1:3000/hook', 'https://[::1]:8443/hook']) {
      expect(await checkDestination('url', url, { resolve, allowLocalhost: true }), url).toMatchObject({ ok: true });
      expect(await checkDestination('url', url, { resolve }), url).toMatchObject({ ok: false });
    }
    for (const url of ['http://127.0.0.2:3000/hook', 'https://10.0.0.1/x', 'http://hooks.example.com/x', 'http://[::ffff:127.0.0.1]/x']) {
      expect(await checkDestination('url', url, { resolve, allowLocalhost: true }), url).toMatchObject({ ok: false });
    }
  });
});
