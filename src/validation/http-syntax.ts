/**
 * Parsers for the request headers an API built on this library reads (Content-Type, Accept,
 * Authorization, Origin), written to the grammar of RFC 9110 and RFC 6750: each returns `undefined` for
 * a value that breaks its grammar instead of throwing, so that a malformed header is a clean 4xx (or is
 * ignored), never a crash.
 * @module
 */

/** RFC 9110 `tchar`: the characters of a token. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** RFC 9110 `quoted-string` (without its quotes' content rules spelled out: qdtext or quoted-pair). */
const QUOTED_STRING = /^"(?:[\t \x21\x23-\x5B\x5D-\x7E\x80-\xFF]|\\[\t \x21-\x7E\x80-\xFF])*"$/;
/** RFC 9110 `OWS`. */
const OWS = /^[ \t]*|[ \t]*$/g;

const trimOws = (text: string) => text.replace(OWS, '');

/** Whether `text` is an RFC 9110 token. */
export function isToken(text: string): boolean {
  return TOKEN.test(text);
}

/**
 * Splits a header value on `separator`, outside quoted strings. Returns `undefined` when a quoted
 * string is left open.
 */
function splitOutsideQuotes(value: string, separator: string): string[] | undefined {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (quoted) {
      current += char;
      if (char === '\\' && i + 1 < value.length) current += value[++i]!;
      else if (char === '"') quoted = false;
    } else if (char === '"') {
      quoted = true;
      current += char;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (quoted) return undefined;
  parts.push(current);
  return parts;
}

/** The value of a parameter: a token as it is, a quoted string without its quotes and escapes. */
function parameterValue(raw: string): string | undefined {
  if (TOKEN.test(raw)) return raw;
  if (QUOTED_STRING.test(raw)) return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  return undefined;
}

/** Parses `*( OWS ";" OWS [ name "=" value ] )`; names lower-cased; `undefined` when one breaks the grammar or repeats. */
function parseParameters(parts: readonly string[]): Map<string, string> | undefined {
  const parameters = new Map<string, string>();
  for (const part of parts) {
    const text = trimOws(part);
    // RFC 9110 allows empty parameters (`a/b;;c=d`)
    if (text === '') continue;
    const equals = text.indexOf('=');
    if (equals <= 0) return undefined;
    const name = text.slice(0, equals).toLowerCase();
    const value = parameterValue(text.slice(equals + 1));
    if (!TOKEN.test(name) || value === undefined || parameters.has(name)) return undefined;
    parameters.set(name, value);
  }
  return parameters;
}

/** A parsed media type: `type/subtype` lower-cased, and its parameters (names lower-cased). */
export interface MediaType {
  type: string;
  subtype: string;
  /** `type/subtype`, lower-cased */
  essence: string;
  parameters: Map<string, string>;
}

/**
 * Parses a Content-Type value (RFC 9110 §8.3.1); `undefined` when it breaks the grammar, such as `;`,
 * `application/json; charset` or `application/json; charset=`.
 * @example
 * parseMediaType('Application/JSON; charset="utf-8"') // { essence: 'application/json', parameters: Map { 'charset' => 'utf-8' }, … }
 */
export function parseMediaType(value: string): MediaType | undefined {
  const parts = splitOutsideQuotes(value, ';');
  if (parts === undefined) return undefined;
  const [head = '', ...rest] = parts;
  const slash = trimOws(head).split('/');
  if (slash.length !== 2) return undefined;
  const [type, subtype] = slash as [string, string];
  if (!TOKEN.test(type) || !TOKEN.test(subtype)) return undefined;
  const parameters = parseParameters(rest);
  if (parameters === undefined) return undefined;
  return { type: type.toLowerCase(), subtype: subtype.toLowerCase(), essence: `${type}/${subtype}`.toLowerCase(), parameters };
}

/** One media range of an Accept header, with its weight. */
export interface MediaRange {
  /** `*` for any */
  type: string;
  /** `*` for any */
  subtype: string;
  /** 0 to 1 */
  q: number;
}

/** RFC 9110 `qvalue`. */
const QVALUE = /^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Parses an Accept value (RFC 9110 §12.5.1) into its media ranges; `undefined` when it breaks the
 * grammar (`a/b;c`, `;`, `*\/*;q=x`). An empty value accepts nothing.
 * @example
 * parseAccept('application/json, *\/*;q=0.1') // [{ type: 'application', subtype: 'json', q: 1 }, { type: '*', subtype: '*', q: 0.1 }]
 */
export function parseAccept(value: string): MediaRange[] | undefined {
  const elements = splitOutsideQuotes(value, ',');
  if (elements === undefined) return undefined;
  const ranges: MediaRange[] = [];
  for (const element of elements) {
    // a recipient accepts empty list elements (RFC 9110 §5.6.1.2)
    if (trimOws(element) === '') continue;
    const parts = splitOutsideQuotes(element, ';');
    if (parts === undefined) return undefined;
    const [head = '', ...rest] = parts;
    const slash = trimOws(head).split('/');
    if (slash.length !== 2) return undefined;
    const [type, subtype] = slash as [string, string];
    if (!TOKEN.test(type) || !TOKEN.test(subtype) || (type === '*' && subtype !== '*')) return undefined;
    const parameters = parseParameters(rest);
    if (parameters === undefined) return undefined;
    const q = parameters.get('q');
    if (q !== undefined && !QVALUE.test(q)) return undefined;
    ranges.push({ type: type.toLowerCase(), subtype: subtype.toLowerCase(), q: q === undefined ? 1 : Number(q) });
  }
  return ranges;
}

/**
 * Whether an Accept header's ranges allow `mediaType` (the most specific matching range decides).
 * @example
 * accepts(parseAccept('text/html, *\/*;q=0')!, 'application/json') // false
 */
export function accepts(ranges: readonly MediaRange[], mediaType: string): boolean {
  const [type, subtype] = mediaType.toLowerCase().split('/');
  let best: { specificity: number; q: number } | undefined;
  for (const range of ranges) {
    const specificity = range.type === type && range.subtype === subtype ? 2 : range.type === type && range.subtype === '*' ? 1 : range.type === '*' ? 0 : -1;
    if (specificity < 0) continue;
    if (best === undefined || specificity > best.specificity) best = { specificity, q: range.q };
  }
  return best !== undefined && best.q > 0;
}

/** What an Authorization header holds, for an API that takes a bearer token. */
export type BearerCredentials =
  | { ok: true; token: string }
  | { ok: false; reason: 'missing' | 'repeated' | 'other-scheme' | 'malformed' };

/** RFC 6750 `b64token`. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Reads a bearer token (RFC 6750 §2.1; the scheme is case-insensitive, RFC 9110 §11.1). A header sent
 * more than once is `repeated`: which one to believe is not for the server to guess.
 * @example
 * parseBearerAuthorization('bearer sk_test_123') // { ok: true, token: 'sk_test_123' }
 * parseBearerAuthorization('Bearer ') // { ok: false, reason: 'malformed' }
 */
export function parseBearerAuthorization(header: string | readonly string[] | undefined): BearerCredentials {
  if (header === undefined) return { ok: false, reason: 'missing' };
  if (typeof header !== 'string') {
    if (header.length !== 1) return { ok: false, reason: header.length === 0 ? 'missing' : 'repeated' };
    return parseBearerAuthorization(header[0]);
  }
  const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:( +)(.*))?$/s.exec(header);
  if (match === null) return { ok: false, reason: header.trim() === '' ? 'missing' : 'malformed' };
  if (match[1]!.toLowerCase() !== 'bearer') return { ok: false, reason: 'other-scheme' };
  const token = match[3];
  if (token === undefined || !B64TOKEN.test(token)) return { ok: false, reason: 'malformed' };
  return { ok: true, token };
}

/**
 * Whether an Origin header is one serialized origin (`scheme://host[:port]`, or `null`), safe to send back
 * in `Access-Control-Allow-Origin`.
 * @example
 * isSerializedOrigin('http://127.0.0.1:5173') // true
 */
export function isSerializedOrigin(value: string): boolean {
  return value === 'null' || /^[a-z][a-z0-9+.-]*:\/\/(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::[0-9]{1,5})?$/i.test(value);
}

/**
 * Whether a header value is a comma-separated list of tokens (such as Access-Control-Request-Headers).
 * @example
 * isTokenList('authorization, content-type') // true
 */
export function isTokenList(value: string): boolean {
  return value.split(',').every((item) => TOKEN.test(trimOws(item)));
}
