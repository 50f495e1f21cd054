/**
 * Builds the spec's `application/problem+json` bodies (RFC 9457), so that every server built with this
 * library (the mock's front layer, the reference server) answers the same way, worded like the spec's
 * examples: here those of a request the contract refuses (its body, its parameters, its credentials);
 * those of HTTP's own rules (http-problems.ts) are exported from here too, so a server reads every
 * problem from one module.
 * @module
 */
import type { ValidationIssue } from './messages.js';
import { DEFAULT_PROBLEM_TYPE_BASE, problemType, type Problem } from './problem-type.js';

export { DEFAULT_PROBLEM_TYPE_BASE, PROBLEM_CONTENT_TYPE, type Problem } from './problem-type.js';
export {
  badGateway,
  badRequest,
  expectationFailed,
  gatewayTimeout,
  methodNotAllowed,
  notAcceptable,
  notFound,
  problemInstance,
  requestHeadersTooLarge,
  requestTimeout,
  serviceUnavailable,
} from './http-problems.js';

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
