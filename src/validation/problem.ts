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
 * The 415 body; `contentType` is what the request said it sent (only its media type, never parameters).
 * @example
 * unsupportedMediaType('/v1/webhooks', 'text/plain').detail // 'Send the body as JSON with "Content-Type: application/json"; got "text/plain".'
 */
export function unsupportedMediaType(instance: string, contentType: string | undefined): Problem {
  const got = contentType === undefined ? 'no Content-Type header' : `"${contentType}"`;
  return {
    type: problemType('unsupported-media-type'),
    title: 'Unsupported media type',
    status: 415,
    detail: `Send the body as JSON with "Content-Type: application/json"; got ${got}.`,
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
