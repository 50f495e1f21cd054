/**
 * Reads a request target (RFC 9112 §3.2) without trusting it: origin-form (`/v1/webhooks?limit=2`),
 * absolute-form (`http://host/v1/webhooks`) and asterisk-form (`*`), and a reason in words for anything
 * else. Never throws, whatever the client sent (`//[`, `http://a:99999/`, `%zz`).
 * @module
 */

/** A request target read as a path and a query, or why it cannot be. */
export type RequestTarget =
  | { ok: true; form: 'origin' | 'absolute'; pathname: string; search: string }
  | { ok: true; form: 'asterisk' }
  | { ok: false; reason: string };

/**
 * Reads the path and query of a request target; the path stays percent-encoded, as sent.
 * @example
 * parseRequestTarget('/v1/webhooks?limit=2') // { ok: true, form: 'origin', pathname: '/v1/webhooks', search: '?limit=2' }
 * parseRequestTarget('http://a:99999/') // { ok: false, reason: 'The request target is not a valid absolute URL.' }
 */
export function parseRequestTarget(target: string): RequestTarget {
  if (target === '*') return { ok: true, form: 'asterisk' };
  if (target.includes('#')) return { ok: false, reason: 'The request target must not contain a fragment (#); send the path and query only.' };
  if (target.startsWith('/')) {
    const query = target.indexOf('?');
    return query < 0
      ? { ok: true, form: 'origin', pathname: target, search: '' }
      : { ok: true, form: 'origin', pathname: target.slice(0, query), search: target.slice(query) };
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return { ok: false, reason: 'The request target is not a valid absolute URL.' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { ok: false, reason: 'An absolute request target must be an http:// or https:// URL.' };
    }
    return { ok: true, form: 'absolute', pathname: url.pathname, search: url.search };
  }
  return { ok: false, reason: 'The request target must be a path starting with "/" (or an absolute http:// URL).' };
}
