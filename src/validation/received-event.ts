/**
 * Events as a receiver in production should read them: tolerant of what the API adds later (a field,
 * an event type), strict about what it promises. The strict `validateEvent` is for the provider's own
 * tests, where an unknown field is a bug.
 * @module
 */
import { explainLenientEventEnvelope, lenientEventEnvelope, lenientEventValidators } from '../../generated/validators.js';
import type { EventEnvelope, WebhookEvent } from '../types.js';
import type { ValidationIssue } from './messages.js';
import { eventPairFor, isJsonObject, NOT_AN_OBJECT, runValidator } from './validate.js';

/** What `validateReceivedEvent` found: an event of a known type, one of a type added later, or errors. */
export type ReceivedEvent =
  | { ok: true; known: true; value: WebhookEvent }
  | { ok: true; known: false; value: EventEnvelope }
  | { ok: false; errors: ValidationIssue[] };

/**
 * Validates an event delivery as a receiver should. A known `type` is checked against its schema with
 * every object left open, so a field the API adds later passes (`known: true`, typed by `type`); a
 * `type` added later is checked against the envelope every event has (`known: false`): acknowledge it
 * with a 2xx and ignore it, or the platform retries it for three days. Errors mean the body is not an
 * event of this API at all (or breaks a promise the contract makes, such as a field's type).
 * @example
 * const result = validateReceivedEvent(JSON.parse(rawBody));
 * if (result.ok && result.known && result.value.type === 'business.approved') approve(result.value.data.object);
 * res.writeHead(result.ok ? 204 : 400).end();
 */
export function validateReceivedEvent(input: unknown): ReceivedEvent {
  if (!isJsonObject(input)) return { ok: false, errors: [NOT_AN_OBJECT] };
  const pair = eventPairFor(lenientEventValidators, input);
  if (pair !== undefined) {
    const result = runValidator(pair[0], pair[1], input);
    return result.ok ? { ok: true, known: true, value: result.value } : result;
  }
  const envelope = runValidator(lenientEventEnvelope, explainLenientEventEnvelope, input);
  return envelope.ok ? { ok: true, known: false, value: envelope.value } : envelope;
}
