/** A resolver for the SSRF guard in tests: a few known names, and ENOTFOUND for the rest, as this machine's DNS. */
import type { Resolver } from '../../src/delivery/destination-policy.js';

/** A resolver that knows a few names and fails for the rest, as this machine's DNS does. */
export const testResolver: Resolver = async (hostname) => {
  const table: Record<string, string[]> = {
    'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    'idp.example.com': ['93.184.215.15'],
    'internal.example.com': ['10.0.0.7'],
    'mixed.example.com': ['93.184.215.14', '127.0.0.1'],
    'metadata.example.com': ['169.254.169.254'],
    'v6-local.example.com': ['fd00::1'],
    'mapped.example.com': ['::ffff:192.168.0.1'],
    'cgnat.example.com': ['100.100.100.100'],
  };
  const addresses = table[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address }));
};
