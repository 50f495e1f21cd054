/**
 * The problem+json bodies only the reference server sends (authentication, missing webhooks, methods,
 * idempotency, overload, failures of HTTP itself); the ones the mock sends too come from
 * `src/validation/problem.ts`, so both answer alike. No detail ever quotes what the client sent.
 * @module
 */
import { DEFAULT_PROBLEM_TYPE_BASE, type Problem } from '../validation/problem.js';

const problemType = (slug: string) => `${DEFAULT_PROBLEM_TYPE_BASE}${slug}`;

/** Characters a URI path may hold as they are (RFC 3986 `pchar` and `/`). */
const PATH_CHARACTER = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;

/**
 * A request path made safe as a problem's `instance` (a URI reference): characters a path may not hold are
 * percent-encoded, a `%` not followed by two hex digits becomes `%25`; a path that still cannot be a
 * relative reference (`//host:x`) is left out.
 * @example
 * problemInstance('/v1/webhooks/%zz') // '/v1/webhooks/%25zz'
 */
export function problemInstance(path: string): string | undefined {
  let safe = '';
  for (let i = 0; i < path.length; i++) {
    const character = path[i]!;
    if (character === '%') safe += /^[0-9A-Fa-f]{2}$/.test(path.slice(i + 1, i + 3)) ? '%' : '%25';
    else if (PATH_CHARACTER.test(character)) safe += character;
    else safe += [...Buffer.from(character, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  // "//x" would read as a host name, not a path
  if (!safe.startsWith('/') || safe.startsWith('//')) return undefined;
  return safe;
}

function problem(slug: string, title: string, status: number, detail: string, instance: string | undefined): Problem {
  const where = instance === undefined ? undefined : problemInstance(instance);
  return { type: problemType(slug), title, status, detail, ...(where === undefined ? {} : { instance: where }) };
}

/**
 * 401: no API key, or one that belongs to no account.
 * @example
 * unauthorized('/v1/webhooks', 'missing').detail // 'Send your API key as "Authorization: Bearer <api key>".'
 */
export function unauthorized(instance: string, reason: 'missing' | 'unknown'): Problem {
  const detail =
    reason === 'missing'
      ? 'Send your API key as "Authorization: Bearer <api key>".'
      : 'This API key is not valid: check that it is complete and has not been replaced.';
  return problem('unauthorized', 'Unauthorized', 401, detail, instance);
}

/**
 * 404 for a webhook the account does not have (another account's looks the same: no existence oracle).
 * @example
 * webhookNotFound('/v1/webhooks/3f0c…', '3f0c…').detail // 'No webhook with id 3f0c… exists.'
 */
export function webhookNotFound(instance: string, id: string): Problem {
  return problem('not-found', 'Not found', 404, `No webhook with id ${id} exists.`, instance);
}

/** 404 for a path the API does not have. */
export function pathNotFound(instance: string): Problem {
  return problem('not-found', 'Not found', 404, 'The Webhooks API has no operation at this path; see the API reference for its paths.', instance);
}

/**
 * 405 for a method the spec does not document on a known path; `allowed` goes in the `Allow` header too.
 * @example
 * methodNotAllowed('/v1/webhooks', ['GET', 'POST']).detail // 'This path takes GET and POST only.'
 */
export function methodNotAllowed(instance: string, allowed: readonly string[]): Problem {
  const list = allowed.length === 1 ? allowed[0]! : `${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1)!}`;
  return problem('method-not-allowed', 'Method not allowed', 405, `This path takes ${list} only.`, instance);
}

/** 422 for an Idempotency-Key already used with another body (worded as the spec's example). */
export function idempotencyKeyReused(instance: string): Problem {
  return problem(
    'idempotency-key-reused',
    'Idempotency key reused',
    422,
    'This Idempotency-Key was already used in the last 24 hours with a different request body; use a new key for a new request.',
    instance,
  );
}

/** 400 for a body sent to an operation that takes none. */
export function bodyNotAllowed(instance: string): Problem {
  return problem('body-not-allowed', 'Body not allowed', 400, 'This operation takes no request body; send the request without one.', instance);
}

/** 400 for a request HTTP itself cannot read (a bad request line, header syntax or URL). */
export function badRequest(instance: string | undefined, detail: string): Problem {
  return problem('bad-request', 'Bad request', 400, detail, instance);
}

/** 408: the client took too long to send its request. */
export function requestTimeout(): Problem {
  return problem('request-timeout', 'Request timeout', 408, 'The request was not received in time; send it again.', undefined);
}

/** 417 for an `Expect` header other than `100-continue`. */
export function expectationFailed(instance: string): Problem {
  return problem('expectation-failed', 'Expectation failed', 417, 'The only expectation this server meets is "Expect: 100-continue".', instance);
}

/** 431: the request's headers are larger than the server reads. */
export function headersTooLarge(): Problem {
  return problem('headers-too-large', 'Request header fields too large', 431, 'The request headers are too large; send smaller headers.', undefined);
}

/** 429, with the seconds to wait (also sent as `Retry-After`). */
export function tooManyRequests(instance: string, retryAfterSeconds: number): Problem {
  return problem(
    'too-many-requests',
    'Too many requests',
    429,
    `This API key sent too many requests; send the request again after ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    instance,
  );
}

/** 503 while the server stops or its database is busy; nothing was changed. */
export function serviceUnavailable(instance: string | undefined, why: string): Problem {
  return problem('service-unavailable', 'Service unavailable', 503, `${why}; nothing was changed. Send the request again in a moment.`, instance);
}

/** 500: a failure of the server itself; the request id lets an operator find it in the log. */
export function internalError(instance: string | undefined, requestId: string): Problem {
  return problem('internal-error', 'Internal server error', 500, `The server failed on this request. Quote request id ${requestId} when you report it.`, instance);
}
