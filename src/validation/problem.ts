/**
 * Builds the spec's `application/problem+json` bodies (RFC 9457), so every server built with this
 * library answers the same way.
 * @module
 */
import type { Problem } from '../types.js';
import type { ValidationIssue } from './messages.js';

export type { Problem };

/** The media type of every error response. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Where the problem type URIs live unless a server says otherwise. */
export const DEFAULT_PROBLEM_TYPE_BASE = 'https://api.example.com/problems/';

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
