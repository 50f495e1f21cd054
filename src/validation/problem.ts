/**
 * Builds the spec's `application/problem+json` bodies (RFC 9457), so that every server built with this
 * library (the mock's front layer, the reference server) answers the same way, worded like the spec's
 * examples.
 * @module
 */
import type { Problem } from '../types.js';
import type { ValidationIssue } from './messages.js';

export type { Problem };

/** The media type of every error response. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Where the problem type URIs live unless a server says otherwise. */
export const DEFAULT_PROBLEM_TYPE_BASE = 'https://api.example.com/problems/';

const problemType = (slug: string) => `${DEFAULT_PROBLEM_TYPE_BASE}${slug}`;

export interface ProblemOptions {
  /** the request path, reported as `instance` */
  instance?: string;
  /** the base URI of the problem types; `DEFAULT_PROBLEM_TYPE_BASE` when omitted */
  typeBase?: string;
}

/**
 * The 422 body for a request that broke rules of the contract.
 * @example
 * const result = validateWebhookCreate(body);
 * if (!result.ok) return reply.code(422).type(PROBLEM_CONTENT_TYPE).send(toValidationProblem(result.errors, { instance: '/v1/webhooks' }));
 */
export function toValidationProblem(errors: readonly ValidationIssue[], options: ProblemOptions = {}): Problem {
  const count = errors.length;
  return {
    type: `${options.typeBase ?? DEFAULT_PROBLEM_TYPE_BASE}validation-failed`,
    title: 'Validation failed',
    status: 422,
    detail: `The request body breaks ${count} rule${count === 1 ? '' : 's'}; see errors.`,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    errors: errors.map(({ pointer, message }) => ({ pointer, message })),
  };
}

/** The largest request body the API takes, in bytes (64 KiB). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The 413 body; `size` is left out when the body was streamed without a length.
 * @example
 * payloadTooLarge('/v1/webhooks', 70311).detail // 'The request body is 70311 bytes; the limit is 65536 bytes (64 KiB).'
 */
export function payloadTooLarge(instance: string, size?: number): Problem {
  const limit = `${MAX_BODY_BYTES} bytes (64 KiB)`;
  return {
    type: problemType('payload-too-large'),
    title: 'Payload too large',
    status: 413,
    detail: size === undefined ? `The request body is larger than the limit of ${limit}.` : `The request body is ${size} bytes; the limit is ${limit}.`,
    instance,
  };
}

/**
 * Media types a 415 may name back: registered types a client sends by mistake. Any other value is
 * described, never repeated, because a client may have put anything (a secret included) in the header.
 */
const NAMEABLE_MEDIA_TYPES = new Set([
  'text/plain',
  'text/html',
  'text/xml',
  'text/csv',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/octet-stream',
  'application/merge-patch+json',
  'application/json-patch+json',
  'application/problem+json',
  'application/ld+json',
  'application/vnd.api+json',
  'application/javascript',
  'application/x-ndjson',
]);

/**
 * The 415 body. `contentType` is the media type the request declared (no parameters); it is named only
 * when it is a well-known type, so the detail never repeats what a client wrote. `reason` replaces the
 * "got …" part, for a header that is malformed or declares a charset other than UTF-8.
 * @example
 * unsupportedMediaType('/v1/webhooks', 'text/plain').detail // 'Send the body as JSON with "Content-Type: application/json"; got "text/plain".'
 */
export function unsupportedMediaType(instance: string, contentType: string | undefined, reason?: string): Problem {
  const essence = contentType?.toLowerCase();
  const got =
    reason ??
    (essence === undefined
      ? 'got no Content-Type header'
      : NAMEABLE_MEDIA_TYPES.has(essence)
        ? `got "${essence}"`
        : 'got another media type');
  return {
    type: problemType('unsupported-media-type'),
    title: 'Unsupported media type',
    status: 415,
    detail: `Send the body as JSON with "Content-Type: application/json"; ${got}.`,
    instance,
  };
}

/**
 * The 400 body for a body that is not JSON; `reason` must not quote the body (it may hold a secret).
 * @example
 * malformedJson('/v1/webhooks', "Expected ',' or '}' after property value in JSON at position 41")
 */
export function malformedJson(instance: string, reason: string): Problem {
  return {
    type: problemType('malformed-json'),
    title: 'Malformed JSON',
    status: 400,
    detail: `The request body is not valid JSON: ${reason}.`,
    instance,
  };
}

/**
 * The 400 body for path or query parameters that break their rules, one entry per rule.
 * @example
 * invalidParameters('/v1/webhooks', [{ pointer: '/limit', message: 'limit must be at most 100' }])
 */
export function invalidParameters(instance: string, errors: readonly ValidationIssue[]): Problem {
  const names = [...new Set(errors.map((error) => error.pointer.slice(1)))];
  return {
    type: problemType('invalid-parameter'),
    title: 'Invalid parameter',
    status: 400,
    detail: `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not valid; see errors.`,
    instance,
    errors: errors.map(({ pointer, message }) => ({ pointer, message })),
  };
}

/**
 * The 422 body for a request body that breaks rules of the contract, as every server built on this
 * library answers it.
 * @example
 * validationFailed('/v1/webhooks', validateWebhookCreate(body).errors)
 */
export function validationFailed(instance: string, errors: readonly ValidationIssue[]): Problem {
  return toValidationProblem(errors, { instance });
}

/**
 * A request path made safe to report as `instance` (a URI reference): characters a path may not hold
 * and `%` signs that start no valid escape are percent-encoded, so `/v1/webhooks/%zz` becomes
 * `/v1/webhooks/%25zz`. Only the path is reported, never the query (it may hold a secret).
 * @example
 * problemInstance('/v1/webhooks/{id}') // '/v1/webhooks/%7Bid%7D'
 */
export function problemInstance(pathname: string): string {
  // "//host" would read as a network-path reference: keep it a path
  const path = pathname.startsWith('//') ? `/%2F${pathname.slice(2)}` : pathname.startsWith('/') ? pathname : `/${pathname}`;
  return path.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu, (char) =>
    [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** How a 401 explains itself; never with the header's value. */
export type UnauthorizedReason = 'missing' | 'repeated' | 'other-scheme' | 'malformed' | 'unknown';

const UNAUTHORIZED_REASONS: Record<UnauthorizedReason, string> = {
  missing: 'The request has no Authorization header.',
  repeated: 'The request has more than one Authorization header.',
  'other-scheme': 'The Authorization header uses another scheme than Bearer.',
  malformed: 'The bearer token is empty or is not a token (letters, digits and -._~+/, then any = signs).',
  unknown: 'This API key is not valid: check that it is complete and has not been replaced.',
};

/** The challenge every 401 carries (RFC 6750 §3). */
export const BEARER_CHALLENGE = 'Bearer realm="webhooks"';

/**
 * The 401 body, saying why without quoting the header. Send it with `WWW-Authenticate: BEARER_CHALLENGE`.
 * @example
 * unauthorized('/v1/webhooks', 'missing').detail // 'The request has no Authorization header. Send your API key as "Authorization: Bearer <api key>".'
 */
export function unauthorized(instance: string, reason: UnauthorizedReason = 'missing'): Problem {
  return {
    type: problemType('unauthorized'),
    title: 'Unauthorized',
    status: 401,
    detail: `${UNAUTHORIZED_REASONS[reason]} Send your API key as "Authorization: Bearer <api key>".`,
    instance,
  };
}

/**
 * The 404 body for a path no operation of the API has (`detail` says more for a known path).
 * @example
 * notFound('/v1/webhook').detail // 'No operation of the API has this path; the paths start with /v1/webhooks.'
 */
export function notFound(instance: string, detail = 'No operation of the API has this path; the paths start with /v1/webhooks.'): Problem {
  return { type: problemType('not-found'), title: 'Not found', status: 404, detail, instance };
}

/**
 * The 405 body for a method the path does not take; send it with `Allow: <allowed, comma-separated>`.
 * @example
 * methodNotAllowed('/v1/webhooks', ['GET', 'POST']).detail // 'This path takes GET or POST.'
 */
export function methodNotAllowed(instance: string, allowed: readonly string[]): Problem {
  const list = allowed.length <= 1 ? allowed.join('') : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  return { type: problemType('method-not-allowed'), title: 'Method not allowed', status: 405, detail: `This path takes ${list}.`, instance };
}

/**
 * The 406 body, for an Accept header that allows neither JSON nor problem+json.
 * @example
 * notAcceptable('/v1/webhooks').status // 406
 */
export function notAcceptable(instance: string): Problem {
  return {
    type: problemType('not-acceptable'),
    title: 'Not acceptable',
    status: 406,
    detail: 'The API answers with application/json (application/problem+json for errors); the Accept header allows neither.',
    instance,
  };
}

/**
 * The 400 body for a body sent to an operation that takes none (GET, DELETE).
 * @example
 * unexpectedBody('/v1/webhooks', 'GET').detail // 'GET on this path takes no request body; send the request without one.'
 */
export function unexpectedBody(instance: string, method: string): Problem {
  return {
    type: problemType('unexpected-body'),
    title: 'Unexpected request body',
    status: 400,
    detail: `${method} on this path takes no request body; send the request without one.`,
    instance,
  };
}

/**
 * The 400 body for a request that breaks HTTP's syntax (its target, a header); `detail` must not quote
 * the request.
 * @example
 * badRequest('The request target is not a path or an absolute http URL.')
 */
export function badRequest(detail: string, instance?: string): Problem {
  return { type: problemType('bad-request'), title: 'Bad request', status: 400, detail, ...(instance === undefined ? {} : { instance }) };
}

/**
 * The 408 body, for a client too slow to send its request.
 * @example
 * requestTimeout().status // 408
 */
export function requestTimeout(): Problem {
  return { type: problemType('request-timeout'), title: 'Request timeout', status: 408, detail: 'The request was not received in time; send it again.' };
}

/**
 * The 417 body, for an Expect header other than 100-continue.
 * @example
 * expectationFailed('/v1/webhooks').status // 417
 */
export function expectationFailed(instance: string): Problem {
  return { type: problemType('expectation-failed'), title: 'Expectation failed', status: 417, detail: 'The only expectation the API meets is "Expect: 100-continue".', instance };
}

/**
 * The 431 body, for headers too large to read.
 * @example
 * requestHeadersTooLarge().status // 431
 */
export function requestHeadersTooLarge(): Problem {
  return { type: problemType('request-headers-too-large'), title: 'Request header fields too large', status: 431, detail: 'The request headers are too large to read; send fewer or shorter headers.' };
}

/**
 * The 503 body; `detail` says why and what to do.
 * @example
 * serviceUnavailable('/v1/webhooks', 'The mock is restarting; send the request again in a second.')
 */
export function serviceUnavailable(instance: string, detail: string): Problem {
  return { type: problemType('service-unavailable'), title: 'Service unavailable', status: 503, detail, instance };
}

/**
 * The 502 body of a proxy whose upstream failed; `detail` says how.
 * @example
 * badGateway('/v1/webhooks', 'The upstream at http://127.0.0.1:8080 refused the connection (ECONNREFUSED).')
 */
export function badGateway(instance: string, detail: string): Problem {
  return { type: problemType('bad-gateway'), title: 'Bad gateway', status: 502, detail, instance };
}

/**
 * The 504 body of a proxy whose upstream did not answer in time.
 * @example
 * gatewayTimeout('/v1/webhooks', 'The upstream did not answer within 30 s.')
 */
export function gatewayTimeout(instance: string, detail: string): Problem {
  return { type: problemType('gateway-timeout'), title: 'Gateway timeout', status: 504, detail, instance };
}
