/**
 * Judges a Fetch `Request` the way the mock's front layer judges an HTTP one, stage by stage and with the
 * same checks of `src/validation/` (so that every refusal is the same problem, word for word): the
 * scenario asked for (`Prefer`), the bearer token (401), `Accept` (406), the parameters (400), the
 * body's media type (415), its size (413), whether the operation takes one (400), its JSON (400) and its
 * rules (422).
 * @module
 */
import { checkParameters } from '../validation/parameters.js';
import {
  BEARER_CHALLENGE,
  MAX_BODY_BYTES,
  invalidParameters,
  payloadTooLarge,
  unexpectedBody,
  validationFailed,
  type Problem,
} from '../validation/problem.js';
import { checkAccept, checkAuthorization, checkContentType, parseJsonBody } from '../validation/request-checks.js';
import { checkScenario, readScenario, type OperationScenarios, type Scenario } from '../http/scenario.js';
import { parseBearerAuthorization } from '../validation/http-syntax.js';
import { validateSchema } from '../validation/validate.js';
import type { SpecRoute } from '../spec/routes.js';

/** A refusal: the problem, any header it needs, and the scenario's delay once it was read. */
export interface Refusal {
  problem: Problem;
  headers?: Record<string, string>;
  delayMs: number;
}

/** A request that keeps the contract: what the answer is built from. */
export interface JudgedRequest {
  scenario: Scenario;
  /** the bearer token (authenticated operations) */
  token?: string;
  /** the declared parameters, converted to their schema's type (`id`, `limit`, `Idempotency-Key`, …) */
  values: Record<string, string | number>;
  /** the parsed body, valid against the operation's schema; undefined for operations without one */
  body?: unknown;
}

/** The request headers as `checkParameters` takes them: names lower-cased, one string each. */
function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

const orUndefined = (value: string | null): string | undefined => value ?? undefined;

/**
 * Judges `request` for `route`; `pathname` is the API path (the base URL's path taken off), still
 * percent-encoded, and `instance` the problem's `instance` for it.
 * @example
 * const verdict = await judgeRequest(route, scenarios, request, { pathname, instance, query });
 * if ('problem' in verdict) return problemResponse(verdict);
 */
export async function judgeRequest(
  route: SpecRoute,
  scenarios: OperationScenarios,
  request: Request,
  target: { pathname: string; instance: string; query: URLSearchParams },
): Promise<JudgedRequest | Refusal> {
  const { instance } = target;
  const read = readScenario(orUndefined(request.headers.get('prefer')), target.query, instance);
  if (!read.ok) return { problem: read.problem, delayMs: 0 };
  const scenario = read.scenario;
  const refuse = (problem: Problem, headers?: Record<string, string>): Refusal => ({ problem, ...(headers ? { headers } : {}), delayMs: scenario.delayMs });
  const unknown = checkScenario(route, new Map([[route.operationId, scenarios]]), scenario, instance);
  if (unknown) return refuse(unknown);
  if (scenario.dynamic === true) {
    // the mock's generated data comes from Prism; the handlers answer from the spec's examples only
    return refuse(invalidParameters(instance, [{ pointer: '/Prefer', message: 'Prefer: dynamic=true is not available in the MSW handlers, which answer from the spec\'s examples; name one with example=' }]));
  }

  let token: string | undefined;
  if (route.authenticated) {
    const authorization = orUndefined(request.headers.get('authorization'));
    const unauthorized = checkAuthorization(instance, authorization);
    if (unauthorized) return refuse(unauthorized, { 'WWW-Authenticate': BEARER_CHALLENGE });
    const credentials = parseBearerAuthorization(authorization);
    if (credentials.ok) token = credentials.token;
  }
  const notAcceptable = checkAccept(instance, orUndefined(request.headers.get('accept')));
  if (notAcceptable) return refuse(notAcceptable);
  const parameters = checkParameters(route, { pathname: target.pathname, query: target.query, headers: headerRecord(request.headers) });
  if (!parameters.ok) return refuse(invalidParameters(instance, parameters.errors));

  const declaredLength = request.headers.get('content-length');
  if (route.requestBody === undefined) {
    if (declaredLength !== null && declaredLength !== '0') return refuse(unexpectedBody(instance, route.method));
  } else {
    const unsupported = checkContentType(instance, orUndefined(request.headers.get('content-type')));
    if (unsupported) return refuse(unsupported);
    if (Number(declaredLength) > MAX_BODY_BYTES) return refuse(payloadTooLarge(instance, Number(declaredLength)));
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  const judged: JudgedRequest = { scenario, ...(token === undefined ? {} : { token }), values: parameters.values };
  if (route.requestBody === undefined) return bytes.length === 0 ? judged : refuse(unexpectedBody(instance, route.method));
  // the whole body is at hand (fetch gives no streamed limit to pass), so the 413 can say its size
  if (bytes.length > MAX_BODY_BYTES) return refuse(payloadTooLarge(instance, bytes.length));
  const parsed = parseJsonBody(bytes, instance);
  if (!parsed.ok) return refuse(parsed.problem);
  const valid = validateSchema(route.requestBody, parsed.value);
  if (!valid.ok) return refuse(validationFailed(instance, valid.errors));
  return { ...judged, body: parsed.value };
}
