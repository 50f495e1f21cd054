/**
 * The Fetch `Response`s the MSW handlers answer with, headed as the mock heads its answers: this
 * request's `X-Request-Id`, a real `Bearer` challenge on a 401, the created webhook's own `Location` on a
 * 201, `Retry-After` on a 429, and the contract's media types.
 * @module
 */
import { newRequestId } from '../http/request-id.js';
import { BEARER_CHALLENGE, PROBLEM_CONTENT_TYPE, type Problem } from '../validation/problem.js';
import type { ContractOperation, DocumentedAnswer } from './contract.js';
import { WebhooksContractError } from '../errors.js';

/** What the mock answers a rehearsed 429 with, in seconds (the `rate_limited` example says so too). */
export const REHEARSED_RETRY_AFTER_S = 30;

/** A new request id in the request pipeline's one format; random in any browser (no secure context needed). */
export { newRequestId };

/** A JSON answer (or none, for 204) with the given headers and a new request id. */
export function jsonResponse(status: number, body: unknown, contentType: string | undefined, headers: Record<string, string> = {}): Response {
  const all = new Headers({ ...headers, 'X-Request-Id': newRequestId() });
  if (body === undefined || status === 204) return new Response(null, { status, headers: all });
  all.set('Content-Type', contentType ?? 'application/json');
  return new Response(JSON.stringify(body), { status, headers: all });
}

/** A problem+json answer. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return jsonResponse(problem.status, problem, PROBLEM_CONTENT_TYPE, headers);
}

/**
 * The headers an example answer declares, with the values the mock gives them: `WWW-Authenticate`,
 * `Location` (from the body's `id`) and `Retry-After`.
 */
export function declaredHeaders(operation: ContractOperation, answer: DocumentedAnswer, body: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of answer.headers) {
    const lower = name.toLowerCase();
    if (lower === 'www-authenticate') headers['WWW-Authenticate'] = BEARER_CHALLENGE;
    else if (lower === 'retry-after' && answer.status === 429) headers['Retry-After'] = String(REHEARSED_RETRY_AFTER_S);
    else if (lower === 'location') {
      const id = (body as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && id !== '') headers.Location = `${operation.route.template}/${encodeURIComponent(id)}`;
    }
  }
  return headers;
}

/**
 * The answer of a documented status with one of its named examples (the first unless `example` names
 * another), headed as the mock heads it. `body` replaces the example's value (an override merged it).
 * @example
 * exampleResponse(operations.get('getWebhook')!, 404)
 */
export function exampleResponse(operation: ContractOperation, status: number, example?: string, body?: unknown): Response {
  const answer = operation.answers.get(status);
  if (answer === undefined) throw new WebhooksContractError('ERR_SPEC_INVALID', `${operation.route.operationId} documents no status ${status}`);
  const value = body !== undefined ? body : example === undefined ? answer.examples.values().next().value : answer.examples.get(example);
  return jsonResponse(status, value, answer.mediaType, declaredHeaders(operation, answer, value));
}
