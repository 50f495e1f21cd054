/**
 * The checks of a request's Content-Type and body that every server built on this library makes (the mock's
 * front layer before Prism, the reference server): each refusal is the spec's problem+json naming what is
 * wrong, so that both answer a bad request alike.
 * @module
 */
import type { SpecRoute } from '../spec/routes.js';
import { malformedJson, unsupportedMediaType, validationFailed, type Problem } from './problem.js';
import { validateSchema } from './validate.js';

/**
 * Whether a request carries a bearer token, tested exactly as Prism tests it (`/^Bearer\s.+$/`), so that
 * every request Prism would answer 401 is left to Prism.
 * @example
 * hasBearerToken('Bearer sk_test_123') // true
 */
export function hasBearerToken(authorization: string | undefined): boolean {
  return authorization !== undefined && /^Bearer\s.+$/.test(authorization);
}

/**
 * The media type of a Content-Type header, lower-cased and without parameters.
 * @example
 * mediaTypeOf('Application/JSON; charset=utf-8') // 'application/json'
 */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === '' ? undefined : mediaType;
}

/**
 * The 415 problem when a body is not declared as `application/json`, the only media type the contract
 * takes (Prism itself lets `application/*+json` and a missing Content-Type through).
 * @example
 * checkContentType('/v1/webhooks', 'text/plain')?.status // 415
 */
export function checkContentType(instance: string, contentType: string | undefined): Problem | undefined {
  const mediaType = mediaTypeOf(contentType);
  return mediaType === 'application/json' ? undefined : unsupportedMediaType(instance, mediaType);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why JSON.parse failed, without the snippet of the body V8 sometimes quotes (it may hold a secret). */
function syntaxReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, ".*" is not valid JSON$/s, '');
}

/** A parsed request body, or the 400 problem for one that is not JSON. */
export type ParsedBody = { ok: true; value: unknown } | { ok: false; problem: Problem };

/**
 * Parses a request body as JSON (UTF-8, not empty) without validating it; the 400 problem when it is not
 * JSON. `JSON.parse` keeps `__proto__` as a plain key and parses deep nesting without recursion limits.
 * @example
 * const parsed = parseJsonBody(Buffer.from('{"url":'), '/v1/webhooks');
 * if (!parsed.ok) reply.code(400).send(parsed.problem);
 */
export function parseJsonBody(raw: Uint8Array, instance: string): ParsedBody {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return { ok: false, problem: malformedJson(instance, 'it is not valid UTF-8') };
  }
  if (text.trim() === '') return { ok: false, problem: malformedJson(instance, 'it is empty; send a JSON object') };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
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
