/**
 * The SSRF corpus: destination URLs the platform must refuse (every spelling of a local address, private
 * ranges, IPv4 inside IPv6, local names, names that resolve to private addresses) and URLs it must accept.
 * Used by the policy's unit test and by the server's test through HTTP, for `url` and `oidc_token_endpoint`.
 * The names resolve through `testResolver` (test/support/server.ts); nothing here touches DNS.
 */

/** One refused URL and the words the policy's message says about it. */
export interface RefusedDestination {
  url: string;
  words: string;
}

export const REFUSED_DESTINATIONS: readonly RefusedDestination[] = [
  // not https, or with credentials
  { url: 'http://hooks.example.com/x', words: 'must be an https:// URL' },
  { url: 'ftp://hooks.example.com/x', words: 'must be an https:// URL' },
  { url: 'https://user:pw@hooks.example.com/x', words: 'must not contain a user name or password' },
  // local names, refused by name whatever they resolve to
  { url: 'https://localhost/x', words: 'localhost is this machine' },
  { url: 'https://LOCALHOST./x', words: 'localhost is this machine' },
  { url: 'https://app.localhost/x', words: 'localhost is this machine' },
  { url: 'https://sub.app.localhost:8443/x', words: 'localhost is this machine' },
  { url: 'https://%6c%6f%63%61%6c%68%6f%73%74/x', words: 'localhost is this machine' },
  // loopback, spelled every way the WHATWG parser normalises
  { url: 'https://127.0.0.1/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://127.1/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://0x7f.1/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://0x7f000001/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://0177.0.0.1/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://127.000.000.001/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://2130706433/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://127.0.0.1.:8443/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://%31%32%37.0.0.1/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://127\u30020\u30020\u30021/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://\uff11\uff12\uff17.0.0.1/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://[::1]/x', words: '::1 is a loopback address' },
  // IPv4 inside IPv6: mapped, NAT64, 6to4, Teredo
  { url: 'https://[::ffff:127.0.0.1]/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://[0:0:0:0:0:ffff:127.0.0.1]/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://[::ffff:7f00:1]/x', words: '127.0.0.1 is a loopback address' },
  { url: 'https://[::ffff:a9fe:a9fe]/x', words: 'is a link-local address' },
  { url: 'https://[64:ff9b::7f00:1]/x', words: 'is a NAT64 address' },
  { url: 'https://[2002:a9fe:a9fe::]/x', words: 'is a 6to4 address' },
  { url: 'https://[2001::7f00:1]/x', words: 'is a Teredo address' },
  // cloud metadata and other link-local
  { url: 'https://169.254.169.254/latest/meta-data', words: 'is a link-local address' },
  { url: 'https://0xa9fea9fe/x', words: 'is a link-local address' },
  { url: 'https://[fe80::1]/x', words: 'is a link-local address' },
  // private, CGNAT, unique-local
  { url: 'https://10.0.0.1/x', words: 'is a private address' },
  { url: 'https://10.1/x', words: 'is a private address' },
  { url: 'https://192.168.1.1/x', words: 'is a private address' },
  { url: 'https://0300.0250.0.1/x', words: 'is a private address' },
  { url: 'https://172.16.0.1/x', words: 'is a private address' },
  { url: 'https://100.64.0.1/x', words: 'is a carrier-grade NAT address' },
  { url: 'https://[fd00::1]/x', words: 'is a unique-local address' },
  // unspecified, multicast, reserved, broadcast
  { url: 'https://0.0.0.0/x', words: 'is an unspecified address' },
  { url: 'https://0/x', words: 'is an unspecified address' },
  { url: 'https://[::]/x', words: 'is an unspecified address' },
  { url: 'https://224.0.0.1/x', words: 'is a multicast address' },
  { url: 'https://[ff02::1]/x', words: 'is a multicast address' },
  { url: 'https://240.0.0.1/x', words: 'is a reserved address' },
  { url: 'https://255.255.255.255/x', words: 'is a broadcast address' },
  // names whose addresses are not public (one bad address among good ones is enough)
  { url: 'https://internal.example.com/x', words: 'resolves to a private address' },
  { url: 'https://mixed.example.com/x', words: 'resolves to a loopback address' },
  { url: 'https://metadata.example.com/x', words: 'resolves to a link-local address' },
  { url: 'https://v6-local.example.com/x', words: 'resolves to a unique-local address' },
  { url: 'https://mapped.example.com/x', words: 'resolves to a private address' },
  { url: 'https://cgnat.example.com/x', words: 'resolves to a carrier-grade NAT address' },
];

/** URLs that must be accepted; the last is a name that does not resolve now (checked again when a delivery connects). */
export const ACCEPTED_DESTINATIONS: readonly string[] = [
  'https://hooks.example.com/webhooks',
  'https://HOOKS.example.com./webhooks',
  'https://93.184.215.14/hook',
  'https://[2606:4700:4700::1111]/hook',
  'https://hooks.example.com:8443/a?b=c',
  'https://not-yet-in-dns.example.org/hook',
];
