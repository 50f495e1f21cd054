/**
 * The SSRF guard: which destinations the platform may send a request to (a webhook `url`, an
 * `oidc_token_endpoint`). Only public unicast addresses are reachable; the URL is parsed with the WHATWG
 * parser, so every spelling of an address (hex, octal, short, integer, percent-encoded, full-width dots) is
 * judged after normalisation, and addresses are classified by `ipaddr.js`, not by hand-written ranges.
 * The reference server checks a URL when it is saved; the sender checks the address it actually connects
 * to, because a name can resolve differently later.
 * @module
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Resolves a host name to its addresses (IPv4 and IPv6), as `dns.promises.lookup(host, { all: true })` does. */
export type Resolver = (hostname: string) => Promise<readonly { address: string }[]>;

/** How strict the guard is. */
export interface DestinationPolicyOptions {
  /**
   * Resolves names, so that a name pointing at a private address is refused. Injected: tests never depend
   * on outside DNS. Without one, names are not resolved (they are checked again when a delivery connects).
   */
  resolve?: Resolver;
  /**
   * Development only (the sandbox): allows `https://` and `http://` on `localhost`, `*.localhost`,
   * `127.0.0.1` and `[::1]` (any port), and nothing else that is local. Off by default.
   */
  allowLocalhost?: boolean;
}

/** The verdict on one address. */
export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

/** Words for the ranges `ipaddr.js` names, as a message says them ("a loopback address"). */
const RANGE_WORDS: Record<string, string> = {
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
  linkLocal: 'a link-local address (such as a cloud metadata service)',
  loopback: 'a loopback address',
  carrierGradeNat: 'a carrier-grade NAT address',
  private: 'a private address',
  reserved: 'a reserved address',
  uniqueLocal: 'a unique-local address',
  ipv4Mapped: 'an IPv4-mapped address',
  rfc6145: 'an IPv4-translated address',
  rfc6052: 'a NAT64 address (an IPv4 address inside IPv6)',
  '6to4': 'a 6to4 address (an IPv4 address inside IPv6)',
  teredo: 'a Teredo address (an IPv4 address inside IPv6)',
  discard: 'a discard-only address',
};

/**
 * Whether the platform may connect to an address: only public unicast ones. IPv4 inside IPv6
 * (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries; NAT64, 6to4 and Teredo are refused
 * outright, since the address they lead to cannot be checked.
 * @example
 * classifyAddress('169.254.169.254') // { allowed: false, range: 'linkLocal' }
 * classifyAddress('93.184.215.14')   // { allowed: true }
 */
export function classifyAddress(address: string): AddressVerdict {
  // a zone index (fe80::1%eth0) only ever names a link-local address
  const bare = address.replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return { allowed: false, range: 'invalid' };
  const range = ipaddr.process(bare).range();
  return range === 'unicast' ? { allowed: true } : { allowed: false, range };
}

/** How a message names a refused range. */
export function describeRange(range: string): string {
  return RANGE_WORDS[range] ?? `an address that is not public (${range})`;
}

/** The verdict on a destination URL: the parsed URL, or why it is refused, in a sentence about `field`. */
export type DestinationVerdict = { ok: true; url: URL } | { ok: false; message: string };

/** Names that always mean this machine, whatever a resolver says (RFC 6761). */
export function isLocalhostName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Hosts that are this machine by their spelling alone, as the contract's loopback exception names them:
 * `localhost`, `*.localhost`, `127.0.0.1` and `[::1]` (bracketed or not).
 * @example
 * isLoopbackHost('[::1]') // true
 */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return isLocalhostName(name) || name === '127.0.0.1' || name === '::1';
}

/**
 * The verdict on an address the sender is about to connect to (or is connected to) for `hostname`: public
 * unicast addresses only; with `allowLocalhost`, a loopback host (`isLoopbackHost`) may also lead to a loopback address
 * (and nothing else local). This is the check that counts: a name can resolve differently from when it
 * was saved, and IP literals reach here unresolved.
 * @example
 * checkConnectAddress('hooks.example.com', '127.0.0.1') // { allowed: false, range: 'loopback' }
 * checkConnectAddress('localhost', '127.0.0.1', { allowLocalhost: true }) // { allowed: true }
 */
export function checkConnectAddress(hostname: string, address: string, options: Pick<DestinationPolicyOptions, 'allowLocalhost'> = {}): AddressVerdict {
  const verdict = classifyAddress(address);
  if (verdict.allowed) return verdict;
  if (options.allowLocalhost === true && isLoopbackHost(hostname) && verdict.range === 'loopback') return { allowed: true };
  return verdict;
}

/** The host of a parsed URL as an address, when it is an IP literal (`[::1]` → `::1`). */
function literalAddress(hostname: string): string | undefined {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) === 0 ? undefined : bare;
}

/**
 * Checks that a destination URL may be called: `https` (or, with `allowLocalhost`, `http(s)://` on a loopback host),
 * no credentials, and a host that is, or resolves to, public unicast addresses only. A name that cannot be
 * resolved is accepted: the address is checked again when a delivery connects. Messages name `field` and
 * never quote the URL or a resolved address (a resolver's answers are not for the client to learn).
 * @example
 * await checkDestination('url', 'https://0x7f.1/hook') // { ok: false, message: 'url must point to a public address; 127.0.0.1 is a loopback address' }
 */
export async function checkDestination(field: string, value: string, options: DestinationPolicyOptions = {}): Promise<DestinationVerdict> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, message: `${field} must be an absolute https:// URL, such as https://hooks.example.com/webhooks` };
  }
  // the WHATWG parser has normalised the host: 0x7f.1, 2130706433 and 127。0。0。1 are all 127.0.0.1 here
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const local = isLocalhostName(hostname);
  if (options.allowLocalhost === true && isLoopbackHost(hostname) && (url.protocol === 'https:' || url.protocol === 'http:')) {
    return { ok: true, url };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: `${field} must be an https:// URL` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: `${field} must not contain a user name or password` };
  }
  if (local) {
    return { ok: false, message: `${field} must point to a public host; localhost is this machine` };
  }
  const literal = literalAddress(url.hostname);
  if (literal !== undefined) {
    const verdict = classifyAddress(literal);
    if (!verdict.allowed) {
      return { ok: false, message: `${field} must point to a public address; ${ipaddr.process(literal.replace(/%.*$/, '')).toString()} is ${describeRange(verdict.range)}` };
    }
    return { ok: true, url };
  }
  if (options.resolve === undefined) return { ok: true, url };
  let addresses: readonly { address: string }[];
  try {
    addresses = await options.resolve(hostname);
  } catch {
    // not resolvable now (or no DNS here): the sender checks the address it connects to
    return { ok: true, url };
  }
  for (const { address } of addresses) {
    const verdict = classifyAddress(address);
    if (!verdict.allowed) {
      return { ok: false, message: `${field} must point to a public address; its host resolves to ${describeRange(verdict.range)}` };
    }
  }
  return { ok: true, url };
}
