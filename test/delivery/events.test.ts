/** Events as webhooks receive them: the envelope, enabled_events and include. */
import { describe, expect, it } from 'vitest';
import { BusinessCreatedEvent, OrderCreatedEvent } from '../../generated/examples.js';
import { buildEvent, BUSINESS_ASSOCIATIONS, eventForWebhook, includedAssociations, planDeliveries, webhookReceives } from '../../src/delivery/events.js';
import { validateEvent } from '../../src/validation/index.js';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';
import { storedWebhook } from './support.js';

const NOW = new Date('2026-11-02T09:31:12Z');
const business = BusinessCreatedEvent.data.object;

describe('buildEvent', () => {
  it('builds the envelope of the spec, which the spec validates', () => {
    const event = buildEvent({ id: BusinessCreatedEvent.id, type: 'business.created', createdAt: new Date('2026-11-02T09:31:12.345Z'), object: business });
    expect(event).toEqual(BusinessCreatedEvent);
    expect(validateEvent(event).ok).toBe(true);
  });
});

describe('include', () => {
  it('knows the associations the spec lists', async () => {
    const spec = (await loadBundledSpec()) as { components: { schemas: { Business: { properties: object; required: string[] } } } };
    const { properties, required } = spec.components.schemas.Business;
    expect([...BUSINESS_ASSOCIATIONS].sort()).toEqual(Object.keys(properties).filter((field) => !required.includes(field)).sort());
  });

  it.each([
    [undefined, [...BUSINESS_ASSOCIATIONS]],
    ['*', [...BUSINESS_ASSOCIATIONS]],
    ['identifiers', []],
    ['addresses', ['addresses']],
    ['people , tin,watchlist', ['people', 'tin', 'watchlist']],
  ])('%j asks for %j', (include, want) => {
    expect([...includedAssociations(include)].sort()).toEqual([...want].sort());
  });

  it.each([
    ['*', Object.keys(business)],
    ['identifiers', ['object', 'id', 'external_id', 'name', 'status', 'created_at', 'updated_at']],
    ['addresses,people', ['object', 'id', 'external_id', 'name', 'status', 'created_at', 'updated_at', 'addresses', 'people']],
  ])('a Business for include %j has %j, and stays valid', (include, fields) => {
    const event = eventForWebhook(BusinessCreatedEvent, { include });
    expect(Object.keys(event.data.object).sort()).toEqual([...fields].sort());
    expect(validateEvent(event).ok).toBe(true);
  });

  it('leaves an Order as it is, and never changes the event it was given', () => {
    expect(eventForWebhook(OrderCreatedEvent, { include: 'identifiers' })).toBe(OrderCreatedEvent);
    eventForWebhook(BusinessCreatedEvent, { include: 'identifiers' });
    expect(Object.keys(BusinessCreatedEvent.data.object)).toContain('addresses');
  });
});

describe('which webhooks receive an event', () => {
  it.each([
    [['*'], 'business.created', true],
    [['business.created', 'order.created'], 'order.created', true],
    [['business.created'], 'order.created', false],
  ])('enabled_events %j receives %s: %s', (enabled, type, want) => {
    expect(webhookReceives(storedWebhook({ id: 'w', url: 'https://h.example.com', enabled_events: enabled as never }), type, NOW)).toBe(want);
  });

  it('a disabled webhook gets nothing from its disabled_at on', () => {
    const webhook = storedWebhook({ id: 'w', url: 'https://h.example.com', disabled_at: '2026-11-02T09:31:12Z' });
    expect(webhookReceives(webhook, 'order.created', new Date(NOW.getTime() - 1))).toBe(true);
    expect(webhookReceives(webhook, 'order.created', NOW)).toBe(false);
  });

  it('plans one delivery per receiving webhook, each with its own include, serialised once', () => {
    const ids = ['d1', 'd2', 'd3'];
    const webhooks = [
      storedWebhook({ id: 'all', url: 'https://a.example.com' }),
      storedWebhook({ id: 'ids', url: 'https://b.example.com', include: 'identifiers' }),
      storedWebhook({ id: 'orders', url: 'https://c.example.com', enabled_events: ['order.created'] }),
      storedWebhook({ id: 'off', url: 'https://d.example.com', disabled_at: '2026-01-01T00:00:00Z' }),
    ];
    const planned = planDeliveries(BusinessCreatedEvent, webhooks, { now: NOW, newId: () => ids.shift()! });
    expect(planned.map((delivery) => [delivery.id, delivery.webhook_id])).toEqual([
      ['d1', 'all'],
      ['d2', 'ids'],
    ]);
    expect(planned[0]).toMatchObject({ event_id: BusinessCreatedEvent.id, event_type: 'business.created', created_at: NOW });
    expect(JSON.parse(planned[0]!.body)).toEqual(BusinessCreatedEvent);
    expect(JSON.parse(planned[1]!.body).data.object).not.toHaveProperty('addresses');
  });
});
