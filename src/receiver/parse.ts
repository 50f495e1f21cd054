/**
 * Parses a verified delivery body into a typed event. Tolerant of additive change: unknown fields are
 * kept, and an event type this version does not know comes back as an `UnknownWebhookEvent`, so that a
 * receiver never refuses a delivery because the API grew.
 * @module
 */
import type { EventType, WebhookEvent } from '../types.js';
import { WebhookVerificationError } from './errors.js';
import { bodyBytes } from './hmac.js';
import type { RawBody } from './inputs.js';

export type { EventType, WebhookEvent } from '../types.js';

/** Every event type this version of the package knows (the spec's `EventType`). */
export const KNOWN_EVENT_TYPES = [
  'business.created',
  'business.updated',
  'business.approved',
  'business.rejected',
  'order.created',
  'order.completed',
] as const satisfies readonly EventType[];

const KNOWN = new Set<string>(KNOWN_EVENT_TYPES);

/**
 * An event whose `type` this version of the package does not know (the API added it later). It has the
 * envelope every event has; acknowledge it with a `2xx` even if you do not handle it.
 */
export interface UnknownWebhookEvent {
  object: 'event';
  id: string;
  /** a type newer than this package; never one of `KNOWN_EVENT_TYPES` */
  type: string;
  created_at: string;
  data: { object: { [field: string]: unknown }; [field: string]: unknown };
  [field: string]: unknown;
}

/** What `parseWebhookEvent` returns: a known event (narrow with `isKnownWebhookEvent`), or an unknown one. */
export type ParsedWebhookEvent = WebhookEvent | UnknownWebhookEvent;

/**
 * Whether an event's type is one this version knows; narrows the event to the union discriminated by
 * `type`, so that a `switch (event.type)` then types each branch.
 * @example
 * const event = parseWebhookEvent(rawBody);
 * if (isKnownWebhookEvent(event) && event.type === 'business.approved') console.log(event.data.object.name);
 */
export function isKnownWebhookEvent(event: ParsedWebhookEvent): event is WebhookEvent {
  return KNOWN.has(event.type);
}

/**
 * Parses a delivery's raw body (verify it first) into an event. Checks the envelope every event has
 * (`object: "event"`, `id`, `type`, `created_at`, `data.object`) and nothing more: unknown fields are kept
 * as they are, and an unknown `type` is an `UnknownWebhookEvent`, not an error. For a check of every field
 * of a known event, use `validateEvent` from `webhooks-contract/validators`.
 * Throws `WebhookVerificationError` (`ERR_WEBHOOK_PAYLOAD_INVALID`) when the body is not an event at all.
 * @example
 * const event = parseWebhookEvent(rawBody);
 * if (!isKnownWebhookEvent(event)) return reply.code(204).send(); // newer than this code: acknowledge
 * switch (event.type) {
 *   case 'order.completed': await fulfil(event.data.object.id); break;
 * }
 */
export function parseWebhookEvent(rawBody: RawBody): ParsedWebhookEvent {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bodyBytes(rawBody));
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw error;
    throw invalid('The body is not UTF-8 text, so it is not a JSON event: check that the raw body is passed unchanged.', error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid('The body is not JSON: pass the raw body of a delivery (after verifyWebhookSignature), unchanged.', error);
  }
  if (!isObject(value)) throw invalid('The body is JSON but not an object, so it is not an event: is this a delivery from the platform?');
  const problems = [
    value.object === 'event' ? undefined : 'object is not "event"',
    typeof value.id === 'string' && value.id !== '' ? undefined : 'id is not a non-empty string',
    typeof value.type === 'string' && value.type !== '' ? undefined : 'type is not a non-empty string',
    typeof value.created_at === 'string' ? undefined : 'created_at is not a string',
    isObject(value.data) && isObject(value.data.object) ? undefined : 'data.object is not an object',
  ].filter((problem): problem is string => problem !== undefined);
  if (problems.length > 0) {
    throw invalid(`The body is JSON but not an event (${problems.join('; ')}): is this a delivery from the platform?`);
  }
  return value as unknown as ParsedWebhookEvent;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(message: string, cause?: unknown): WebhookVerificationError {
  return new WebhookVerificationError('ERR_WEBHOOK_PAYLOAD_INVALID', message, cause === undefined ? undefined : { cause });
}
