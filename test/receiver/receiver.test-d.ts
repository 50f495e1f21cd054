/** Type-level guarantees of the receiver: events narrow by type once known; unknown events stay handled. */
import { describe, expectTypeOf, it } from 'vitest';
import type { EventType } from '../../src/types.js';
import {
  isKnownWebhookEvent,
  KNOWN_EVENT_TYPES,
  parseWebhookEvent,
  type ParsedWebhookEvent,
  type UnknownWebhookEvent,
  type WebhookEvent,
  type WebhookHeaders,
} from '../../src/receiver/index.js';

describe('parseWebhookEvent', () => {
  it('returns a known event or an unknown one', () => {
    expectTypeOf(parseWebhookEvent).returns.toEqualTypeOf<ParsedWebhookEvent>();
    expectTypeOf<ParsedWebhookEvent>().toEqualTypeOf<WebhookEvent | UnknownWebhookEvent>();
  });

  it('knows every EventType, and nothing else', () => {
    expectTypeOf<(typeof KNOWN_EVENT_TYPES)[number]>().toEqualTypeOf<EventType>();
  });

  it('narrows by type after isKnownWebhookEvent', () => {
    const handle = (event: ParsedWebhookEvent): string => {
      if (!isKnownWebhookEvent(event)) {
        expectTypeOf(event.type).toEqualTypeOf<string>();
        return event.type;
      }
      switch (event.type) {
        case 'business.approved':
          expectTypeOf(event.data.object.name).toEqualTypeOf<string>();
          return event.data.object.name;
        case 'order.completed':
          expectTypeOf(event.data.object.completed_at).toEqualTypeOf<string | null>();
          return event.data.object.id;
        default:
          return event.id;
      }
    };
    void handle;
  });

  it('does not let a receiver skip the unknown case: fields of a known type need the guard', () => {
    const handle = (event: ParsedWebhookEvent): void => {
      if (event.type === 'business.approved') {
        // @ts-expect-error without isKnownWebhookEvent, the event may still be one of a newer type
        void event.data.object.name.toUpperCase();
      }
    };
    void handle;
  });
});

describe('headers', () => {
  it('takes Node, Fastify and fetch headers', () => {
    expectTypeOf<import('node:http').IncomingHttpHeaders>().toExtend<WebhookHeaders>();
    expectTypeOf<Headers>().toExtend<WebhookHeaders>();
    expectTypeOf<Record<string, string>>().toExtend<WebhookHeaders>();
  });
});
