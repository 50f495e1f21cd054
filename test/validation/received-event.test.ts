/**
 * Strict and lenient event validation: `validateEvent` refuses what the contract does not have (right
 * for the provider's tests); `validateReceivedEvent` accepts fields and event types added later (right
 * for a receiver in production), and still refuses what breaks a promise of the contract.
 */
import { describe, expect, it } from 'vitest';
import { BusinessApprovedEvent, BusinessCreatedEvent, OrderCompletedEvent } from '../../generated/examples.js';
import { validateEvent, validateReceivedEvent } from '../../src/validation/index.js';

const business = BusinessApprovedEvent.data.object;

describe('an event with something the API added later', () => {
  it.each<[string, unknown]>([
    ['a top-level field', { ...BusinessApprovedEvent, livemode: true }],
    ['a field of data', { ...BusinessApprovedEvent, data: { ...BusinessApprovedEvent.data, previous_attributes: {} } }],
    ['a field of data.object', { ...BusinessApprovedEvent, data: { object: { ...business, risk_score: 3 } } }],
    [
      'a field of an association',
      {
        ...BusinessCreatedEvent,
        data: { object: { ...BusinessCreatedEvent.data.object, addresses: [{ ...BusinessCreatedEvent.data.object.addresses![0]!, geocode: 'u4pruydqqvj' }] } },
      },
    ],
  ])('with %s: refused by validateEvent, accepted by validateReceivedEvent as its known type', (_, event) => {
    const strict = validateEvent(event);
    expect(strict.ok).toBe(false);
    expect(strict.ok ? [] : strict.errors.map((e) => e.message).join()).toContain('is not a known field');
    expect(validateReceivedEvent(event)).toEqual({ ok: true, known: true, value: event });
  });

  it('of a type added later: refused by validateEvent, accepted as an envelope by validateReceivedEvent', () => {
    const event = { ...OrderCompletedEvent, type: 'order.refunded', data: { object: { object: 'refund', id: 'rf_1', amount: 12 } } };
    expect(validateEvent(event)).toMatchObject({ ok: false, errors: [{ pointer: '/type' }] });
    const received = validateReceivedEvent(event);
    expect(received).toEqual({ ok: true, known: false, value: event });
  });
});

describe('validateReceivedEvent refuses', () => {
  it.each<[string, unknown, string[]]>([
    ['a body that is not an object', 'event', ['']],
    ['an event without id', { ...OrderCompletedEvent, id: undefined }, ['/id']],
    ['an event type that is not a string', { ...OrderCompletedEvent, type: 5 }, ['/type']],
    ['a known event whose field has the wrong type', { ...BusinessApprovedEvent, data: { object: { ...business, name: 5 } } }, ['/data/object/name']],
    ['a known event missing a required field', { ...BusinessApprovedEvent, data: { object: { ...business, status: undefined } } }, ['/data/object/status']],
    // a new value of an existing enum is a change the contract announces as breaking, not an addition
    ['a value an enum does not have', { ...BusinessApprovedEvent, data: { object: { ...business, status: 'suspended' } } }, ['/data/object/status']],
    ['an envelope without data.object', { ...OrderCompletedEvent, type: 'order.refunded', data: {} }, ['/data/object']],
  ])('%s', (_, event, pointers) => {
    const result = validateReceivedEvent(JSON.parse(JSON.stringify(event)));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.pointer)).toEqual(pointers);
  });
});
