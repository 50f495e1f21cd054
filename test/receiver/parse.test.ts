/** parseWebhookEvent: typed events, tolerant of additive change, typed errors for what is not an event. */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';
import { isKnownWebhookEvent, KNOWN_EVENT_TYPES, parseWebhookEvent, WebhookVerificationError } from '../../src/receiver/index.js';

const EVENTS = [
  examples.BusinessCreatedEvent,
  examples.BusinessUpdatedEvent,
  examples.BusinessApprovedEvent,
  examples.BusinessRejectedEvent,
  examples.OrderCreatedEvent,
  examples.OrderCompletedEvent,
];

describe('parseWebhookEvent', () => {
  it('knows exactly the event types of the spec', async () => {
    const spec = (await loadBundledSpec()) as { webhooks: Record<string, unknown> };
    expect([...KNOWN_EVENT_TYPES].sort()).toEqual(Object.keys(spec.webhooks).sort());
  });

  it.each(EVENTS.map((event) => [event.type, event] as const))('parses the %s example from text and from bytes', (_type, event) => {
    const text = JSON.stringify(event);
    for (const body of [text, Buffer.from(text), new TextEncoder().encode(text).buffer]) {
      const parsed = parseWebhookEvent(body);
      expect(parsed).toEqual(event);
      expect(isKnownWebhookEvent(parsed)).toBe(true);
    }
  });

  it('keeps fields it does not know, at every level', () => {
    const grown = {
      ...examples.OrderCompletedEvent,
      livemode: true,
      data: { ...examples.OrderCompletedEvent.data, previous_attributes: { status: 'in_progress' }, object: { ...examples.OrderCompletedEvent.data.object, priority: 'high' } },
    };
    expect(parseWebhookEvent(JSON.stringify(grown))).toEqual(grown);
  });

  it('returns an event of an unknown type as an unknown event, not an error', () => {
    const future = { object: 'event', id: 'evt_future', type: 'invoice.paid', created_at: '2027-01-01T00:00:00Z', data: { object: { object: 'invoice', total: 100 } } };
    const parsed = parseWebhookEvent(JSON.stringify(future));
    expect(parsed).toEqual(future);
    expect(isKnownWebhookEvent(parsed)).toBe(false);
    // nor is a known type's sibling mistaken for it
    expect(isKnownWebhookEvent(parseWebhookEvent(JSON.stringify({ ...future, type: 'business.created.v2' })))).toBe(false);
  });

  it.each([
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 'not UTF-8'],
    ['text that is not JSON', 'hello', 'not JSON'],
    ['an empty body', '', 'not JSON'],
    ['a JSON array', '[]', 'not an object'],
    ['JSON null', 'null', 'not an object'],
    ['an object without type', JSON.stringify({ ...examples.OrderCreatedEvent, type: undefined }), 'type is not a non-empty string'],
    ['an empty type', JSON.stringify({ ...examples.OrderCreatedEvent, type: '' }), 'type is not a non-empty string'],
    ['another object', JSON.stringify({ ...examples.OrderCreatedEvent, object: 'order' }), 'object is not "event"'],
    ['a numeric id', JSON.stringify({ ...examples.OrderCreatedEvent, id: 7 }), 'id is not a non-empty string'],
    ['no data.object', JSON.stringify({ ...examples.OrderCreatedEvent, data: {} }), 'data.object is not an object'],
    ['data as a string', JSON.stringify({ ...examples.OrderCreatedEvent, data: 'x' }), 'data.object is not an object'],
    ['no created_at', JSON.stringify({ ...examples.OrderCreatedEvent, created_at: null }), 'created_at is not a string'],
  ])('refuses %s with ERR_WEBHOOK_PAYLOAD_INVALID', (_name, body, says) => {
    const error = (() => {
      try {
        parseWebhookEvent(body);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as WebhookVerificationError).code).toBe('ERR_WEBHOOK_PAYLOAD_INVALID');
    expect((error as Error).message).toContain(says);
  });

  it('refuses parsed JSON with the advice to pass the raw body', () => {
    expect(() => parseWebhookEvent(examples.OrderCreatedEvent as unknown as string)).toThrow(expect.objectContaining({ code: 'ERR_WEBHOOK_BODY_NOT_RAW' }));
  });

  it('survives a deeply nested body without crashing', () => {
    const deep = `{"object":"event","id":"e","type":"x.y","created_at":"t","data":{"object":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
    expect(() => parseWebhookEvent(deep)).toThrow(expect.objectContaining({ code: 'ERR_WEBHOOK_PAYLOAD_INVALID' }));
  });
});
