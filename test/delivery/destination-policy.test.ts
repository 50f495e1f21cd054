/** The SSRF guard on its own: every spelling of a local address is refused after normalisation. */
import { describe, expect, it } from 'vitest';
import { checkDestination, classifyAddress, type Resolver } from '../../src/delivery/destination-policy.js';

/** A resolver that knows a few names, and fails for the rest as this machine's DNS does. */
const resolve: Resolver = async (hostname) => {
  const table: Record<string, string[]> = {
    'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    'internal.example.com': ['10.0.0.7'],
    'mixed.example.com': ['93.184.215.14', '127.0.0.1'],
    'metadata.example.com': ['169.254.169.254'],
    'v6-local.example.com': ['fd00::1'],
  };
  const addresses = table[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address }));
};

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
  it.each([
    ['http://hooks.example.com/x', 'must be an https:// URL'],
    ['ftp://hooks.example.com/x', 'must be an https:// URL'],
    ['javascript:alert(1)', 'must be an https:// URL'],
    ['not a url', 'must be an absolute https:// URL'],
    ['https://user:pw@hooks.example.com/x', 'must not contain a user name or password'],
    ['https://localhost/x', 'localhost is this machine'],
    ['https://LOCALHOST./x', 'localhost is this machine'],
    ['https://app.localhost/x', 'localhost is this machine'],
    ['https://127.0.0.1/x', '127.0.0.1 is a loopback address'],
    ['https://127.1/x', '127.0.0.1 is a loopback address'],
    ['https://0x7f.1/x', '127.0.0.1 is a loopback address'],
    ['https://0177.0.0.1/x', '127.0.0.1 is a loopback address'],
    ['https://2130706433/x', '127.0.0.1 is a loopback address'],
    ['https://%31%32%37.0.0.1/x', '127.0.0.1 is a loopback address'],
    ['https://127\u30020\u30020\u30021/x', '127.0.0.1 is a loopback address'],
    ['https://\uff11\uff12\uff17.0.0.1/x', '127.0.0.1 is a loopback address'],
    ['https://[::1]/x', '::1 is a loopback address'],
    ['https://[::ffff:127.0.0.1]/x', '127.0.0.1 is a loopback address'],
    ['https://[::ffff:7f00:1]/x', '127.0.0.1 is a loopback address'],
    ['https://[64:ff9b::7f00:1]/x', 'is a NAT64 address'],
    ['https://[2002:a9fe:a9fe::]/x', 'is a 6to4 address'],
    ['https://169.254.169.254/latest/meta-data', 'is a link-local address'],
    ['https://0xa9fea9fe/x', 'is a link-local address'],
    ['https://10.0.0.1/x', 'is a private address'],
    ['https://192.168.1.1/x', 'is a private address'],
    ['https://172.16.0.1/x', 'is a private address'],
    ['https://100.64.0.1/x', 'is a carrier-grade NAT address'],
    ['https://0.0.0.0/x', 'is an unspecified address'],
    ['https://[::]/x', 'is an unspecified address'],
    ['https://224.0.0.1/x', 'is a multicast address'],
    ['https://[ff02::1]/x', 'is a multicast address'],
    ['https://[fd00::1]/x', 'is a unique-local address'],
    ['https://[fe80::1]/x', 'is a link-local address'],
    ['https://240.0.0.1/x', 'is a reserved address'],
    ['https://255.255.255.255/x', 'is a broadcast address'],
    ['https://internal.example.com/x', 'resolves to a private address'],
    ['https://mixed.example.com/x', 'resolves to a loopback address'],
    ['https://metadata.example.com/x', 'resolves to a link-local address'],
    ['https://v6-local.example.com/x', 'resolves to a unique-local address'],
  ])('refuses %s', async (url, words) => {
    const verdict = await checkDestination('url', url, { resolve });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.message).toContain(words);
    expect(!verdict.ok && verdict.message).toMatch(/^url /);
  });

  it.each([
    'https://hooks.example.com/webhooks',
    'https://93.184.215.14/hook',
    'https://[2606:4700:4700::1111]/hook',
    'https://hooks.example.com:8443/a?b=c',
    // not resolvable when saved: the sender checks the address it connects to
    'https://not-yet-in-dns.example.org/hook',
  ])('accepts %s', async (url) => {
    expect(await checkDestination('url', url, { resolve })).toMatchObject({ ok: true });
  });

  it('never quotes a resolved address', async () => {
    const verdict = await checkDestination('oidc_token_endpoint', 'https://internal.example.com/token', { resolve });
    expect(verdict).toEqual({ ok: false, message: 'oidc_token_endpoint must point to a public address; its host resolves to a private address' });
  });

  it('allows localhost receivers only with the development setting, and nothing else local', async () => {
    for (const url of ['https://localhost:8443/hook', 'http://localhost:3000/hook', 'http://app.localhost/hook']) {
      expect(await checkDestination('url', url, { resolve, allowLocalhost: true }), url).toMatchObject({ ok: true });
      expect(await checkDestination('url', url, { resolve }), url).toMatchObject({ ok: false });
    }
    for (const url of ['http://127.0.0.1:3000/hook', 'https://10.0.0.1/x', 'http://hooks.example.com/x']) {
      expect(await checkDestination('url', url, { resolve, allowLocalhost: true }), url).toMatchObject({ ok: false });
    }
  });
});
