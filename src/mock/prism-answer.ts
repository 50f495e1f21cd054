/**
 * What the front layer makes of Prism's side of an exchange: the canonical request it sends (the checked
 * values, percent-encoded anew), the headers of the answer Prism picked made to keep the contract, and a
 * finding for each place Prism judged a request unlike the library.
 * @module
 */
import { operations } from '../../generated/validators.js';
import type { SpecRoute } from '../spec/routes.js';
import { BEARER_CHALLENGE } from '../validation/problem.js';
import type { Finding } from './exchange.js';
import type { PrismAnswer } from './prism-client.js';
import type { PrismViolation } from './prism-violations.js';

/** A valid UUID for the example request Prism is asked again with after a divergence. */
export const EXAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/** The route's path with checked parameter values, and its declared query parameters, percent-encoded anew. */
export function canonicalPath(route: SpecRoute, values: Record<string, string | number>): string {
  const path = route.template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
  const query = new URLSearchParams();
  for (const parameter of route.parameterList) {
    if (parameter.in === 'query' && values[parameter.name] !== undefined) query.append(parameter.name, String(values[parameter.name]));
  }
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}

const RETRY_AFTER = /^(?:0|[1-9][0-9]{0,4})$/;
const MAX_RETRY_AFTER_S = 86_400;

/**
 * The headers of an answer Prism picked, made to keep the contract: this request's id, a real Bearer
 * challenge, the created webhook's own `Location`, a `Retry-After` in range; Prism's CORS, violation and
 * replay headers left behind (the mock keeps no idempotency record, so it never replays).
 */
export function answerHeaders(route: SpecRoute, answer: PrismAnswer): Record<string, string> {
  const headers: Record<string, string> = {};
  const contentType = answer.headers['content-type'];
  if (typeof contentType === 'string' && answer.body.length > 0) headers['Content-Type'] = contentType;
  headers['Content-Length'] = String(answer.body.length);
  const declared = (operations[route.operationId as keyof typeof operations]?.responses as Record<string, { headers: readonly string[] }> | undefined)?.[String(answer.status)]?.headers ?? [];
  for (const name of declared) {
    const lower = name.toLowerCase();
    if (lower === 'www-authenticate') headers['WWW-Authenticate'] = BEARER_CHALLENGE;
    else if (lower === 'location') {
      let id: unknown;
      try {
        id = (JSON.parse(answer.body.toString('utf8')) as { id?: unknown }).id;
      } catch {
        // not JSON: no id to point at
      }
      if (typeof id === 'string' && id !== '') headers.Location = `${route.template}/${encodeURIComponent(id)}`;
    } else if (lower === 'retry-after') {
      const value = answer.headers['retry-after'];
      if (typeof value === 'string' && RETRY_AFTER.test(value) && Number(value) <= MAX_RETRY_AFTER_S) headers['Retry-After'] = value;
      else if (answer.status === 429) headers['Retry-After'] = '30';
    }
  }
  return headers;
}

/** One finding per place of the request Prism rejected although the library's checks passed it (its first, most specific, message). */
export function divergences(violations: readonly PrismViolation[]): Finding[] {
  const byPlace = new Map<string, string>();
  for (const violation of violations) {
    const place = violation.location.slice(1).join('.') || 'request';
    if (!byPlace.has(place)) byPlace.set(place, violation.message);
  }
  return [...byPlace].map(([place, message]) => ({
    kind: 'divergence' as const,
    message: `Prism rejects what the contract allows (${place}: ${message}); answered as the contract says`,
  }));
}
