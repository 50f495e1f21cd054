import { describe, expect, it } from 'vitest';
import { validateWebhookCreate as fastValidateWebhookCreate } from '../../generated/validators.js';
import { validateWebhookCreate } from '../../src/validation/index.js';
import { minimalCreate } from '../support/bodies.js';

const URL_MESSAGE = 'url must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks';

describe('createWebhook request fields', () => {
  it.each<[string, Record<string, unknown>, { pointer: string; message: string }[]]>([
    [
      'rejects empty enabled_events',
      { enabled_events: [] },
      [{ pointer: '/enabled_events', message: 'enabled_events must list at least one event type, such as ["order.created"], or ["*"] for all events' }],
    ],
    [
      'rejects a duplicate event type',
      { enabled_events: ['business.created', 'order.created', 'business.created'] },
      [{ pointer: '/enabled_events', message: 'enabled_events lists an event type more than once; list each once, such as ["business.created", "business.updated"]' }],
    ],
    [
      'rejects an unknown event type',
      { enabled_events: ['business.created', 'business.exploded'] },
      [{ pointer: '/enabled_events/1', message: 'enabled_events[1] is not a known event type; use "*" or one of the event types listed in the webhooks section, such as "business.approved"' }],
    ],
    [
      'rejects "*" mixed with other events',
      { enabled_events: ['*', 'business.created'] },
      [{ pointer: '/enabled_events', message: 'enabled_events: "*" cannot be combined with other events; send ["*"] alone, or event types only, such as ["order.created"]' }],
    ],
    [
      'rejects "*" listed twice',
      { enabled_events: ['*', '*'] },
      [
        { pointer: '/enabled_events', message: 'enabled_events: "*" cannot be combined with other events; send ["*"] alone, or event types only, such as ["order.created"]' },
        { pointer: '/enabled_events', message: 'enabled_events lists an event type more than once; list each once, such as ["business.created", "business.updated"]' },
      ],
    ],
    [
      'rejects enabled_events given as a string',
      { enabled_events: '*' },
      [{ pointer: '/enabled_events', message: 'enabled_events must be an array of event types, such as ["order.created"], or ["*"] for all events' }],
    ],
    ['rejects an http: url', { url: 'http://hooks.example.com/webhooks' }, [{ pointer: '/url', message: URL_MESSAGE }]],
    ['rejects a javascript: url', { url: 'javascript:alert(1)' }, [{ pointer: '/url', message: URL_MESSAGE }]],
    ['rejects a relative url', { url: '/webhooks' }, [{ pointer: '/url', message: URL_MESSAGE }]],
    ['rejects a scheme-relative url', { url: '//hooks.example.com/webhooks' }, [{ pointer: '/url', message: URL_MESSAGE }]],
    ['rejects a url with credentials', { url: 'https://user:pass@hooks.example.com/' }, [{ pointer: '/url', message: URL_MESSAGE }]],
    [
      'rejects an unknown field',
      { enabled_event: ['*'] },
      [{ pointer: '/enabled_event', message: 'enabled_event is not a known field' }],
    ],
    [
      'rejects several unknown fields, one message each',
      { secrett: 'x', Url: 'y' },
      [
        { pointer: '/secrett', message: 'secrett is not a known field' },
        { pointer: '/Url', message: 'Url is not a known field' },
      ],
    ],
    [
      'rejects a short secret',
      { secret: 'short' },
      [{ pointer: '/secret', message: 'secret must be 16 to 256 characters long, such as 32 random characters (openssl rand -hex 16 prints some)' }],
    ],
    [
      'rejects an unknown include association',
      { include: 'addresses,invoices' },
      [{ pointer: '/include', message: 'include must be "*", "identifiers", or a comma-delimited list of associations (addresses, names, people, registrations, tin, watchlist), such as "addresses,people"' }],
    ],
  ])('%s', (_, change, want) => {
    const body = { ...minimalCreate, ...change };
    expect(validateWebhookCreate(body)).toEqual({ ok: false, errors: want });
    expect(fastValidateWebhookCreate(body)).toBe(false);
  });

  it('names both required fields of an empty body', () => {
    expect(validateWebhookCreate({})).toEqual({
      ok: false,
      errors: [
        { pointer: '/url', message: 'url is required' },
        { pointer: '/enabled_events', message: 'enabled_events is required' },
      ],
    });
  });

  it.each([[null], [[]], ['{"url":1}'], [42]])('rejects a body that is not an object: %j', (body) => {
    expect(validateWebhookCreate(body)).toEqual({
      ok: false,
      errors: [{ pointer: '', message: 'the request body must be a JSON object' }],
    });
  });

  it.each([
    ['identifiers', 'identifiers'],
    ['a list with spaces', 'addresses, people'],
    ['all', '*'],
  ])('accepts include %s', (_, include) => {
    expect(validateWebhookCreate({ ...minimalCreate, include }).ok).toBe(true);
  });

  it('accepts every known event type together', () => {
    const body = {
      ...minimalCreate,
      enabled_events: ['business.created', 'business.updated', 'business.approved', 'business.rejected', 'order.created', 'order.completed'],
    };
    expect(validateWebhookCreate(body).ok).toBe(true);
  });
});
