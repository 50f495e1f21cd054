/**
 * The CORS decisions of the listening programs, over the request's method and headers: the mock's open
 * policy (any page may call it: it holds nothing), and the allow-list the sandbox keeps (a page on another
 * origin is refused before its request does anything, and no origin is reflected but an allowed one).
 * Header values from the request are sent back only when they have the syntax they must have.
 * @module
 */
import { isSerializedOrigin, isToken, isTokenList } from '../validation/http-syntax.js';

/** Request headers as Node gives them (lower-case names). */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** The headers a browser may read from an allow-listed program's answers. */
export const EXPOSED_HEADERS = ['Location', 'X-Request-Id', 'Idempotent-Replayed', 'Retry-After', 'WWW-Authenticate', 'Allow', 'RateLimit', 'RateLimit-Policy'] as const;
/** The request headers an allow-listed program's preflight allows when the browser names none it may echo. */
export const ALLOWED_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key'] as const;
/** How long a browser may keep a preflight answer (s). */
export const PREFLIGHT_MAX_AGE_S = 600;

/** Decides whether a browser's `Origin` may call (the sandbox's `corsPolicy`). */
export interface OriginPolicy {
  allows(origin: string): boolean;
}

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/**
 * Whether a request is a CORS preflight: an OPTIONS with Origin and Access-Control-Request-Method.
 * @example
 * isPreflight('OPTIONS', { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' }) // true
 */
export function isPreflight(method: string | undefined, headers: RequestHeaders): boolean {
  return method === 'OPTIONS' && headers.origin !== undefined && headers['access-control-request-method'] !== undefined;
}

/**
 * What an allow-list says of a request: `none` without an Origin (curl, a server), `allowed`, or
 * `refused` (answer 403 before anything runs).
 * @example
 * originVerdict(policy, { origin: 'https://evil.example' }) // 'refused'
 */
export function originVerdict(policy: OriginPolicy, headers: RequestHeaders): 'none' | 'allowed' | 'refused' {
  const origin = one(headers.origin);
  if (origin === undefined) return 'none';
  return policy.allows(origin) ? 'allowed' : 'refused';
}

/**
 * The mock's CORS headers for any answer: the origin echoed when it is one (else `*`), anything allowed
 * and exposed.
 * @example
 * response.writeHead(200, { ...openCorsHeaders(request.headers), 'Content-Type': 'application/json' });
 */
export function openCorsHeaders(headers: RequestHeaders): Record<string, string> {
  const origin = one(headers.origin);
  const echo = origin !== undefined && isSerializedOrigin(origin);
  return {
    'Access-Control-Allow-Origin': echo ? origin : '*',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': '*',
    ...(echo ? { Vary: 'Origin' } : {}),
  };
}

/**
 * The mock's answer headers to a preflight: the requested method and headers are allowed (it takes any),
 * or the path's methods when the request names its method oddly.
 * @example
 * openPreflightHeaders(request.headers, ['GET', 'POST'])['Access-Control-Allow-Methods'] // 'POST'
 */
export function openPreflightHeaders(headers: RequestHeaders, allowed: readonly string[]): Record<string, string> {
  const method = one(headers['access-control-request-method']);
  const requested = one(headers['access-control-request-headers']);
  return {
    ...openCorsHeaders(headers),
    'Access-Control-Allow-Methods': method !== undefined && isToken(method) ? method : allowed.join(', '),
    'Access-Control-Allow-Headers': requested !== undefined && requested !== '' && isTokenList(requested) ? requested : '*',
  };
}
