/**
 * How the API judges a request, stage by stage, as the mock answers it, as the validation proxy expects
 * the upstream server to answer it, and in the order the reference server's hooks take: the target and route (400, 404, 405), then the headers (401,
 * 406, 400 for parameters, 415 and 413 before the body is read), then the body (400, 422). Each stage
 * returns the problem to answer, or what the next stage needs.
 * @module
 */
import type { IncomingMessage } from 'node:http';
import { allowHeader, allowedMethods, findRoute, type SpecRoute } from '../spec/routes.js';
import { parseBearerAuthorization } from '../validation/http-syntax.js';
import { checkParameters } from '../validation/parameters.js';
import {
  BEARER_CHALLENGE,
  MAX_BODY_BYTES,
  badRequest,
  invalidParameters,
  methodNotAllowed,
  notFound,
  payloadTooLarge,
  problemInstance,
  unexpectedBody,
  validationFailed,
  type Problem,
} from '../validation/problem.js';
import { checkAccept, checkContentType, parseJsonBody, stripUtf8Bom } from '../validation/request-checks.js';
import { validateSchema } from '../validation/validate.js';
import { anyBearerToken, authenticateRoute, type AuthenticationHook } from './authentication.js';
import { checkRequestLine } from './request-line.js';

/** A refusal: the problem, and any header it needs (`Allow`, `WWW-Authenticate`). */
export interface Refusal {
  problem: Problem;
  headers?: Record<string, string>;
}

/** Where a request goes, once its target and method are read. */
export type Destination =
  | { kind: 'route'; route: SpecRoute; pathname: string; instance: string; query: URLSearchParams }
  /** an OPTIONS request (a CORS preflight or not), or `OPTIONS *` when `allowed` lists every method */
  | { kind: 'options'; pathname: string; instance: string; allowed: string[] }
  | { kind: 'refused'; refusal: Refusal };

/**
 * Reads the request target, the Host header and the method: the operation the request is for, or 400
 * (target, Host), 404 (no such path) or 405 (no such method on the path, with `Allow`). HEAD is routed
 * as GET.
 * @example
 * const destination = routeRequest(routes, request);
 * if (destination.kind === 'refused') return answer(destination.refusal);
 */
export function routeRequest(routes: readonly SpecRoute[], request: Pick<IncomingMessage, 'method' | 'url' | 'httpVersion' | 'headersDistinct'>): Destination {
  const method = request.method ?? 'GET';
  const line = checkRequestLine({ method, target: request.url ?? '/', httpVersion: request.httpVersion, hostCount: request.headersDistinct.host?.length ?? 0 });
  if ('problem' in line) return { kind: 'refused', refusal: { problem: line.problem } };
  const { target } = line;
  if (target.form === 'asterisk') {
    if (method !== 'OPTIONS') return { kind: 'refused', refusal: { problem: badRequest('The request target "*" is only for OPTIONS; send a path.') } };
    return { kind: 'options', pathname: '*', instance: '*', allowed: [...new Set(routes.map((route) => route.method))] };
  }
  const { pathname } = target;
  const instance = problemInstance(pathname);
  const allowed = allowedMethods(routes, pathname);
  if (method === 'OPTIONS') return { kind: 'options', pathname, instance, allowed };
  const route = findRoute(routes, method === 'HEAD' ? 'GET' : method, pathname);
  if (route === undefined) {
    if (allowed.length === 0) return { kind: 'refused', refusal: { problem: notFound(instance) } };
    return { kind: 'refused', refusal: { problem: methodNotAllowed(instance, allowed), headers: { Allow: allowHeader(allowed) } } };
  }
  return { kind: 'route', route, pathname, instance, query: new URLSearchParams(target.search) };
}

/** A request whose headers keep the contract: its bearer token and its parameters' checked values. */
export interface AcceptedHead {
  token?: string;
  values: Record<string, string | number>;
}

/** The request headers as `checkParameters` takes them: one string, or every value when sent more than once. */
function headerValues(request: Pick<IncomingMessage, 'headersDistinct'>): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, all] of Object.entries(request.headersDistinct)) {
    if (all !== undefined) values[name] = all.length === 1 ? all[0]! : all;
  }
  return values;
}

/**
 * Checks what can be checked before the body is read: the credentials, with the program's hook (401;
 * the mock's takes any well-formed bearer token), Accept (406), the
 * parameters (400), and for the body an operation takes or does not take, its Content-Type (415) and
 * declared length (413, or 400 where the operation takes no body).
 * @example
 * const head = checkRequestHead(destination, request);
 * if ('refusal' in head) return answer(head.refusal);
 */
export function checkRequestHead(
  destination: Extract<Destination, { kind: 'route' }>,
  request: Pick<IncomingMessage, 'headers' | 'headersDistinct'>,
  authenticate: AuthenticationHook = anyBearerToken,
): AcceptedHead | { refusal: Refusal } {
  const { route, instance, pathname, query } = destination;
  let token: string | undefined;
  const authenticated = authenticateRoute(route, instance, request.headersDistinct.authorization, authenticate);
  if ('problem' in authenticated) return { refusal: { problem: authenticated.problem, headers: { 'WWW-Authenticate': BEARER_CHALLENGE } } };
  if (authenticated.authentication !== undefined) {
    const credentials = parseBearerAuthorization(request.headersDistinct.authorization);
    if (credentials.ok) token = credentials.token;
  }
  const notAcceptable = checkAccept(instance, request.headersDistinct.accept?.join(', '));
  if (notAcceptable) return { refusal: { problem: notAcceptable } };
  const parameters = checkParameters(route, { pathname, query, headers: headerValues(request) });
  if (!parameters.ok) return { refusal: { problem: invalidParameters(instance, parameters.errors) } };
  if (route.requestBody === undefined) {
    const length = request.headers['content-length'];
    if (length !== undefined && length !== '0') return { refusal: { problem: unexpectedBody(instance, route.method) } };
  } else {
    const unsupported = checkContentType(instance, request.headersDistinct['content-type']);
    if (unsupported) return { refusal: { problem: unsupported } };
    const declaredLength = Number(request.headers['content-length']);
    if (declaredLength > MAX_BODY_BYTES) return { refusal: { problem: payloadTooLarge(instance, declaredLength) } };
  }
  return { ...(token === undefined ? {} : { token }), values: parameters.values };
}

/** A body read in full, or the fact that it passed the limit. */
export type ReadBody = { bytes: Uint8Array } | { tooLarge: true };

/**
 * Judges a body the operation was sent: 413 past the limit, 400 where the operation takes none or it is
 * not JSON, 422 for broken rules; otherwise the bytes to pass on (a leading byte order mark removed).
 * @example
 * const verdict = checkRequestBody(destination, { bytes });
 * if ('refusal' in verdict) return answer(verdict.refusal);
 */
export function checkRequestBody(destination: Extract<Destination, { kind: 'route' }>, body: ReadBody): { bytes?: Uint8Array } | { refusal: Refusal } {
  const { route, instance } = destination;
  if ('tooLarge' in body) {
    return { refusal: { problem: route.requestBody === undefined ? unexpectedBody(instance, route.method) : payloadTooLarge(instance) } };
  }
  if (route.requestBody === undefined) {
    return body.bytes.length === 0 ? {} : { refusal: { problem: unexpectedBody(instance, route.method) } };
  }
  const parsed = parseJsonBody(body.bytes, instance);
  if (!parsed.ok) return { refusal: { problem: parsed.problem } };
  const valid = validateSchema(route.requestBody, parsed.value);
  if (!valid.ok) return { refusal: { problem: validationFailed(instance, valid.errors) } };
  return { bytes: stripUtf8Bom(body.bytes) };
}
