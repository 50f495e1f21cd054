/**
 * The checks of a request's headers and body that every server built on this library makes (the mock's
 * front layer before Prism, the reference server): each refusal is the spec's problem+json naming what is
 * wrong without quoting what was sent, so that both answer a bad request alike.
 * @module
 */
import type { SpecRoute } from '../spec/routes.js';
import { accepts, parseAccept, parseBearerAuthorization, parseMediaType } from './http-syntax.js';
import { malformedJson, notAcceptable, unauthorized, unsupportedMediaType, validationFailed, type Problem } from './problem.js';
import { validateSchema } from './validate.js';

/**
 * Whether a request carries one well-formed bearer token (RFC 6750: the scheme in any case, a token of
 * letters, digits and `-._~+/` with optional trailing `=`).
 * @example
 * hasBearerToken('Bearer sk_test_123') // true
 */
export function hasBearerToken(authorization: string | readonly string[] | undefined): boolean {
  return parseBearerAuthorization(authorization).ok;
}

/**
 * The 401 problem when a request has no usable bearer token (missing, sent twice, another scheme,
 * malformed); `undefined` when it has one. Answer it with `WWW-Authenticate: BEARER_CHALLENGE`.
 * @example
 * checkAuthorization('/v1/webhooks', 'Basic dXNlcjpwYXNz')?.detail // 'The Authorization header uses another scheme than Bearer. …'
 */
export function checkAuthorization(instance: string, authorization: string | readonly string[] | undefined): Problem | undefined {
  const credentials = parseBearerAuthorization(authorization);
  return credentials.ok ? undefined : unauthorized(instance, credentials.reason);
}

/**
 * The media type of a Content-Type header, lower-cased and without parameters; `undefined` when the
 * header is absent or malformed.
 * @example
 * mediaTypeOf('Application/JSON; charset=utf-8') // 'application/json'
 */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType === undefined ? undefined : parseMediaType(contentType)?.essence;
}

/** The only charset a JSON body may declare (RFC 8259 §8.1). */
const UTF_8 = 'utf-8';

/**
 * The 415 problem when a body is not declared as `application/json` in UTF-8, the only media type the
 * contract takes; `undefined` when it is. A malformed header, a repeated one, or another charset is a
 * 415 too. The detail never repeats the header.
 * @example
 * checkContentType('/v1/webhooks', 'text/plain')?.status // 415
 * checkContentType('/v1/webhooks', 'application/json; charset=utf-16')?.detail // '… the body must be UTF-8 (RFC 8259); the header declares another charset.'
 */
export function checkContentType(instance: string, contentType: string | readonly string[] | undefined): Problem | undefined {
  if (contentType === undefined) return unsupportedMediaType(instance, undefined);
  if (typeof contentType !== 'string') {
    if (contentType.length === 1) return checkContentType(instance, contentType[0]);
    return unsupportedMediaType(instance, undefined, contentType.length === 0 ? undefined : 'the request has more than one Content-Type header');
  }
  const mediaType = parseMediaType(contentType);
  if (mediaType === undefined) return unsupportedMediaType(instance, undefined, 'the Content-Type header is not a valid media type');
  if (mediaType.essence !== 'application/json') return unsupportedMediaType(instance, mediaType.essence);
  const charset = mediaType.parameters.get('charset');
  if (charset !== undefined && charset.toLowerCase() !== UTF_8) {
    return unsupportedMediaType(instance, undefined, 'the body must be UTF-8 (RFC 8259); the header declares another charset');
  }
  return undefined;
}

/** The media types the API answers with: JSON for results, problem+json for errors. */
const ANSWER_MEDIA_TYPES = ['application/json', 'application/problem+json'];

/**
 * The 406 problem when a well-formed Accept header allows neither JSON nor problem+json; `undefined`
 * otherwise. A malformed Accept header is ignored, as RFC 9110 §12.5.1 allows.
 * @example
 * checkAccept('/v1/webhooks', 'text/html')?.status // 406
 * checkAccept('/v1/webhooks', '*\/*;q=x') // undefined (malformed: ignored)
 */
export function checkAccept(instance: string, accept: string | undefined): Problem | undefined {
  if (accept === undefined) return undefined;
  const ranges = parseAccept(accept);
  if (ranges === undefined || ranges.length === 0) return undefined;
  return ANSWER_MEDIA_TYPES.some((type) => accepts(ranges, type)) ? undefined : notAcceptable(instance);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const BOM = [0xef, 0xbb, 0xbf];

/**
 * The body without a leading UTF-8 byte order mark. RFC 8259 §8.1 lets a receiver ignore one; every
 * server built on this library does, and the mock forwards the body without it so that Prism agrees.
 * @example
 * stripUtf8Bom(Buffer.from('\uFEFF{}')).length // 2
 */
export function stripUtf8Bom(raw: Uint8Array): Uint8Array {
  return raw[0] === BOM[0] && raw[1] === BOM[1] && raw[2] === BOM[2] ? raw.subarray(3) : raw;
}

/** Why JSON.parse failed, without the snippet of the body V8 sometimes quotes (it may hold a secret). */
function syntaxReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, ".*" is not valid JSON$/s, '');
}

/** A body read as JSON: its value, or the 400 problem to answer. */
export type ParsedJsonBody = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Decodes (UTF-8, a leading byte order mark ignored) and parses a JSON body.
 * @example
 * parseJsonBody(Buffer.from('{"a":1}'), '/v1/webhooks') // { ok: true, value: { a: 1 } }
 */
export function parseJsonBody(raw: Uint8Array, instance: string): ParsedJsonBody {
  let text: string;
  try {
    text = utf8.decode(stripUtf8Bom(raw));
  } catch {
    return { ok: false, problem: malformedJson(instance, 'it is not valid UTF-8') };
  }
  if (text.trim() === '') return { ok: false, problem: malformedJson(instance, 'it is empty; send a JSON object') };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: malformedJson(instance, syntaxReason(error)) };
  }
}

/**
 * Parses and validates a request body against the operation's schema; the problem to answer, or
 * `undefined` when the body keeps every rule.
 * @example
 * checkJsonBody(createWebhookRoute, Buffer.from('{"url":"http://x"}'), '/v1/webhooks')?.status // 422
 */
export function checkJsonBody(route: SpecRoute, raw: Uint8Array, instance: string): Problem | undefined {
  if (route.requestBody === undefined) return undefined;
  const parsed = parseJsonBody(raw, instance);
  if (!parsed.ok) return parsed.problem;
  const result = validateSchema(route.requestBody, parsed.value);
  return result.ok ? undefined : validationFailed(instance, result.errors);
}
