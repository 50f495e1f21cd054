/**
 * Who is calling: a bearer API key mapped to an account, compared in constant time. The sandbox takes any
 * token instead, and makes each one its own account.
 * @module
 */
import * as crypto from 'node:crypto';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseBearerAuthorization } from '../validation/http-syntax.js';
import type { UnauthorizedReason } from '../validation/problem.js';
import { ServerConfigError } from './errors.js';

/** The outcome of reading a request's credentials. */
export type Authentication =
  /** `keyId` names the credential (never the key itself): what the rate limit counts by */
  | { ok: true; accountId: string; keyId: string }
  | { ok: false; reason: UnauthorizedReason };

/** Decides which account an `Authorization` header belongs to. */
export type Authenticator = (authorization: string | readonly string[] | undefined) => Authentication;

/** An account id as API_KEYS may name it. */
const ACCOUNT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
/** An API key: visible ASCII without spaces or commas, long enough not to be guessed. */
const API_KEY = /^[\x21-\x2B\x2D-\x7E]{16,512}$/;

/** Spellings of one key's Authorization header remembered, at most (the scheme's case, the spaces). */
const KNOWN_HEADERS_PER_KEY = 4;

/** SHA-256 of a string; the one-shot `crypto.hash` (Node 20.12+) where it exists, as it makes no Hash object per request. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'buffer') => Buffer }).hash;
const digest = oneShot ? (text: string) => oneShot('sha256', text, 'buffer') : (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Reads API_KEYS: comma-separated `key=account` pairs. Messages name the entry by position and never quote a key.
 * @example
 * parseApiKeys('sk_live_4f9d2c7a1b8e6f3d=acme,sk_live_0c5a9d2e7f1b3c8a=globex') // Map { 'sk_live_4f…' => 'acme', … }
 */
export function parseApiKeys(text: string, name = 'API_KEYS'): Map<string, string> {
  const keys = new Map<string, string>();
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) throw new ServerConfigError(`${name} is empty: give key=account pairs, such as ${name}=sk_test_0123456789abcdef=acme`);
  entries.forEach((entry, index) => {
    const at = entry.lastIndexOf('=');
    const key = entry.slice(0, at).trim();
    const account = entry.slice(at + 1).trim();
    const where = `${name} entry ${index + 1}`;
    if (at <= 0) throw new ServerConfigError(`${where} must look like key=account (such as sk_test_0123456789abcdef=acme)`);
    if (!API_KEY.test(key)) throw new ServerConfigError(`${where}: the key must be 16 to 512 visible ASCII characters, without spaces or commas`);
    if (!ACCOUNT_ID.test(account)) throw new ServerConfigError(`${where}: the account must be 1 to 64 letters, digits or _.:- (starting with a letter or digit)`);
    if (keys.has(key)) throw new ServerConfigError(`${where} repeats an earlier key; each key belongs to one account`);
    keys.set(key, account);
  });
  return keys;
}

/**
 * Reads PLATFORM_KEYS: comma-separated keys of the platform's own services (publishing events). Messages
 * name the entry by position and never quote a key.
 * @example
 * parsePlatformKeys('pk_live_8c1f4e2a9b7d3c60,pk_live_1d7e9a3b5c2f4e80') // ['pk_live_8c1f…', 'pk_live_1d7e…']
 */
export function parsePlatformKeys(text: string | readonly string[], name = 'PLATFORM_KEYS'): string[] {
  const entries = (typeof text === 'string' ? text.split(',') : [...text]).map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (entries.length === 0) throw new ServerConfigError(`${name} is empty: give one or more keys, comma-separated, such as ${name}=pk_test_0123456789abcdef`);
  entries.forEach((key, index) => {
    const where = `${name} entry ${index + 1}`;
    if (!API_KEY.test(key)) throw new ServerConfigError(`${where}: the key must be 16 to 512 visible ASCII characters, without spaces or commas`);
    if (entries.indexOf(key) !== index) throw new ServerConfigError(`${where} repeats an earlier key`);
  });
  return entries;
}

/**
 * Authenticates the platform's own services against fixed platform keys, in constant time as
 * `apiKeyAuthenticator` does; the credential is named `platform-key-N` (for the rate limit), never by its key.
 * @example
 * platformKeyAuthenticator(['pk_live_8c1f4e2a9b7d3c60'])('Bearer pk_live_8c1f4e2a9b7d3c60') // { ok: true, accountId: 'platform', keyId: 'platform-key-1' }
 */
export function platformKeyAuthenticator(keys: readonly string[]): Authenticator {
  const byKey = apiKeyAuthenticator(new Map(keys.map((key) => [key, PLATFORM_CALLER])));
  return (authorization) => {
    const outcome = byKey(authorization);
    return outcome.ok ? { ...outcome, keyId: `platform-${outcome.keyId}` } : outcome;
  };
}

/** What a platform key authenticates as: no account (the platform's operations name theirs in the body). */
export const PLATFORM_CALLER = 'platform';

/**
 * A development API key, printed by `serve` when API_KEYS is not set.
 * @example
 * const key = generateApiKey(); // 'sk_dev_…'
 */
export function generateApiKey(): string {
  return `sk_dev_${randomBytes(18).toString('base64url')}`;
}

/**
 * Authenticates against fixed API keys. Every key is compared, in constant time, whatever matches first,
 * so the time taken says nothing about which key, or how much of one, was right.
 * @example
 * const authenticate = apiKeyAuthenticator(parseApiKeys(process.env.API_KEYS!));
 * authenticate('Bearer sk_live_…') // { ok: true, accountId: 'acme' }
 */
export function apiKeyAuthenticator(keys: ReadonlyMap<string, string>): Authenticator {
  const table = [...keys].map(([key, accountId], index) => ({ digest: digest(key), accountId, keyId: `key-${index + 1}` }));
  // Authorization headers that authenticated, with their outcome: a key's next request skips the parse, the
  // digest and the comparisons (together about a tenth of a GET's CPU). Only a header that holds a key
  // enters, so nothing a client invents fills it; a lookup compares contents only on an equal string hash,
  // so a near miss takes as long as any other miss, and every miss still goes through the comparisons.
  const known = new Map<string, Authentication>();
  const maxKnown = KNOWN_HEADERS_PER_KEY * Math.max(1, table.length);
  return (authorization) => {
    // one header, as a string or as the list of every value sent (a header sent twice is never a hit)
    const header = typeof authorization === 'string' ? authorization : authorization?.length === 1 ? authorization[0] : undefined;
    if (header !== undefined) {
      const hit = known.get(header);
      if (hit !== undefined) return hit;
    }
    const credentials = parseBearerAuthorization(authorization);
    if (!credentials.ok) return credentials;
    const token = credentials.token;
    // equal-length digests: timingSafeEqual never throws, and the key's length leaks nothing
    const presented = digest(token);
    let found: (typeof table)[number] | undefined;
    for (const entry of table) {
      if (timingSafeEqual(entry.digest, presented)) found = entry;
    }
    if (found === undefined) return { ok: false, reason: 'unknown' };
    const outcome: Authentication = Object.freeze({ ok: true, accountId: found.accountId, keyId: found.keyId });
    // the same key written another way (`bearer`, another space) is one more entry, up to a bound
    if (header !== undefined && known.size < maxKnown) known.set(header, outcome);
    return outcome;
  };
}

/**
 * The sandbox's authentication: any bearer token is accepted, and each token is an account of its own
 * (named by a digest of the token, so the token itself is never stored).
 * @example
 * sandboxAuthenticator()('Bearer alice') // { ok: true, accountId: 'sandbox_2bd806c97f0e00af' }
 */
export function sandboxAuthenticator(): Authenticator {
  return (authorization) => {
    const credentials = parseBearerAuthorization(authorization);
    if (!credentials.ok) return credentials;
    const accountId = sandboxAccountId(credentials.token);
    return { ok: true, accountId, keyId: accountId };
  };
}

/**
 * The sandbox account a bearer token is: what `emit` takes to reach the webhooks made with that token.
 * @example
 * await sandbox.emit(sandboxAccountId('my-team'), { type: 'order.created' })
 */
export function sandboxAccountId(token: string): string {
  return `sandbox_${digest(token).toString('hex').slice(0, 16)}`;
}
