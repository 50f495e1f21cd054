/**
 * fast-check arbitraries for string formats and the write-only canaries. URLs use reserved example names
 * (RFC 2606): never an IP literal or `localhost`, which an SSRF guard must refuse, and never a name whose
 * outcome depends on outside DNS (they do not resolve to private addresses, and a server accepts names
 * that do not resolve). Every URL is already in the form the WHATWG parser prints, so a server that
 * normalises URLs stores exactly what was sent.
 * @module
 */
import fc from 'fast-check';
import { CANARY_ALPHABET, CANARY_CORE_LENGTH, CANARY_PREFIX } from '../canaries.js';

/** Hosts generated URLs use: reserved example names only. */
export const EXAMPLE_HOSTS = ['hooks.example.com', 'webhooks.example.net', 'events.example.org', 'receiver.example', 'idp.example.com'] as const;

const SEGMENT_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_~';

/**
 * A string of characters picked from `alphabet`. Built as an array and joined: fast-check's own string
 * arbitrary re-tokenises its values for bias and shrinking, which costs more than the rest of a body.
 */
export function stringOf(alphabet: fc.Arbitrary<string>, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.array(alphabet, { minLength, maxLength }).map((characters) => characters.join(''));
}

const segment = stringOf(fc.constantFrom(...SEGMENT_CHARS), 1, 12).filter((text) => text !== '.' && text !== '..');

/**
 * An absolute `https://` URL of `minLength`–`maxLength` characters, with a path, sometimes a port and a
 * query, and sometimes exactly `maxLength` long.
 * @example
 * fc.sample(httpsUrl(9, 2048), 1) // ['https://hooks.example.com/in']
 */
export function httpsUrl(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const base = fc
    .record({
      host: fc.constantFrom(...EXAMPLE_HOSTS),
      port: fc.option(fc.constantFrom(':8443', ':9000'), { nil: '' }),
      path: fc.array(segment, { minLength: 0, maxLength: 4 }),
      query: fc.option(fc.tuple(segment, segment).map(([key, value]) => `?${key}=${value}`), { nil: '' }),
    })
    .map(({ host, port, path, query }) => `https://${host}${port}/${path.join('/')}${query}`);
  const padded = base.map((url) => (url.includes('?') ? url.slice(0, url.indexOf('?')) : url)).map((url) => {
    // exactly maxLength: the longest URL the contract accepts
    const room = maxLength - url.length - (url.endsWith('/') ? 0 : 1);
    return room <= 0 ? url : `${url}${url.endsWith('/') ? '' : '/'}${'a'.repeat(room)}`;
  });
  return fc
    .oneof({ weight: 9, arbitrary: base }, { weight: 1, arbitrary: padded })
    .filter((url) => url.length >= minLength && url.length <= maxLength);
}

/** An absolute URI of another kind than `https://`, as `oidc_resource_uri` takes them. */
export function absoluteUri(maxLength: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      httpsUrl(9, maxLength),
      segment.map((name) => `api://${name}`),
      fc.uuid().map((id) => `api://${id}/.default`),
      segment.map((name) => `urn:example:${name}`),
    )
    .filter((uri) => uri.length <= maxLength);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * An RFC 3339 date-time in whole seconds, with `Z` or a numeric offset, between 2000 and 2099.
 * @example
 * fc.sample(dateTime(), 1) // ['2031-04-09T17:02:11+05:30']
 */
export function dateTime(): fc.Arbitrary<string> {
  return fc
    .record({
      date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      offsetMinutes: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-300, 60, 330, 600) }),
    })
    .map(({ date, offsetMinutes }) => {
      const local = new Date(date.getTime() + offsetMinutes * 60_000);
      const day = `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
      const time = `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}`;
      if (offsetMinutes === 0) return `${day}T${time}Z`;
      const sign = offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(offsetMinutes);
      return `${day}T${time}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
    });
}

/**
 * A write-only value the runner can recognise later: a fixed prefix and random letters (never shrunk,
 * never biased, so two cases never share one), padded with more random letters to a length in bounds.
 * @example
 * fc.sample(canary(16, 256), 1) // ['cnry4k2m9x0q1zp7']
 */
export function canary(minLength: number, maxLength: number): fc.Arbitrary<string> {
  const low = Math.max(minLength, CANARY_CORE_LENGTH);
  if (low > maxLength) throw new RangeError(`a canary needs at least ${CANARY_CORE_LENGTH} characters; this field allows ${maxLength}`);
  const letters = (length: number) => stringOf(fc.constantFrom(...CANARY_ALPHABET), length, length);
  const length = fc.oneof(fc.constant(low), fc.integer({ min: low, max: Math.min(maxLength, low + 48) }), fc.constant(maxLength));
  return fc.noShrink(
    fc.noBias(
      length.chain((total) =>
        fc.tuple(letters(CANARY_CORE_LENGTH - CANARY_PREFIX.length), letters(total - CANARY_CORE_LENGTH)).map(([core, padding]) => `${CANARY_PREFIX}${core}${padding}`),
      ),
    ),
  );
}
