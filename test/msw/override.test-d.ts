/** Type-level guarantees of the MSW overrides: a body is a typed partial of the operation's answer for the chosen status. */
import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import { createWebhooksHandlers, type DocumentedStatus, type ResponseBody } from '../../src/msw/index.js';
import type { DeliveryList, Problem, Webhook } from '../../src/types.js';

const handlers = createWebhooksHandlers();

describe('handlers.override', () => {
  it('types the body by the operation and the status', () => {
    expectTypeOf<ResponseBody<'getWebhook', 200>>().toEqualTypeOf<Webhook>();
    expectTypeOf<ResponseBody<'getWebhook', 404>>().toEqualTypeOf<Problem>();
    expectTypeOf<ResponseBody<'listWebhookDeliveries', 200>>().toEqualTypeOf<DeliveryList>();
    expectTypeOf<DocumentedStatus<'deleteWebhook'>>().toEqualTypeOf<204 | 400 | 401 | 404 | 406 | 429 | 503>();
    expectTypeOf(handlers.override('getWebhook', { body: { url: 'https://hooks.example.com/renamed' } })).toEqualTypeOf<HttpHandler>();
    handlers.override('getWebhook', { status: 404, body: { detail: 'No webhook with that id exists.' } });
    handlers.override('listWebhooks', { status: 503 });
    handlers.override('createWebhook', { example: 'client_secret', headers: { 'Idempotent-Replayed': 'true' }, once: true });
  });

  it('does not compile a field the answer does not have, a wrong type, an undocumented status or an unknown operation', () => {
    // @ts-expect-error a Webhook has no field "nmae"
    handlers.override('getWebhook', { body: { nmae: 'x' } });
    // @ts-expect-error has_more is a boolean
    handlers.override('listWebhooks', { body: { has_more: 'yes' } });
    // @ts-expect-error the 404's body is a Problem, which has no url
    handlers.override('getWebhook', { status: 404, body: { url: 'https://hooks.example.com/x' } });
    // @ts-expect-error getWebhook documents no 500
    handlers.override('getWebhook', { status: 500 });
    // @ts-expect-error the operation is getWebhook
    handlers.override('getWebhooks', {});
  });
});
