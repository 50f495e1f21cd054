/** Type-level guarantees of the generated types: checked by `tsc --noEmit` and by vitest's typecheck. */
import { describe, expectTypeOf, it } from 'vitest';
import type { components, Forbidden, paths } from '../../generated/openapi.js';
import type {
  Business,
  BusinessApprovedEvent,
  BusinessCreatedEvent,
  BusinessRejectedEvent,
  BusinessUpdatedEvent,
  Order,
  OrderCompletedEvent,
  OrderCreatedEvent,
  WebhookEvent,
  WebhookUpdate,
} from '../../src/types.js';

/** The sentence the compiler shows for a client secret beside private_key_jwt. */
type SecretBesidePrivateKeyJwt = 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"';

type WebhookCreate = components['schemas']['WebhookCreate'];
type Webhook = components['schemas']['Webhook'];
type CreateBody = NonNullable<paths['/v1/webhooks']['post']['requestBody']>['content']['application/json'];

describe('the create-body type', () => {
  it('is what createWebhook takes', () => {
    expectTypeOf<CreateBody>().toEqualTypeOf<WebhookCreate>();
  });

  it('is a union discriminated on oidc_auth_method', () => {
    type Method = WebhookCreate['oidc_auth_method'];
    expectTypeOf<Method>().toEqualTypeOf<'client_secret' | 'private_key_jwt' | undefined>();
    expectTypeOf<Extract<WebhookCreate, { oidc_auth_method: 'client_secret' }>['oidc_client_secret']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<WebhookCreate, { oidc_auth_method: 'private_key_jwt' }>['oidc_token_endpoint']>().toEqualTypeOf<string>();
  });

  it('narrows on oidc_auth_method', () => {
    const narrow = (body: WebhookCreate): string | undefined => {
      if (body.oidc_auth_method === 'client_secret') {
        expectTypeOf(body.oidc_client_secret).toEqualTypeOf<string>();
        return body.oidc_client_secret;
      }
      if (body.oidc_auth_method === 'private_key_jwt') {
        // no value but the rule itself, which the compiler quotes when one is given
        expectTypeOf(body.oidc_client_secret).toEqualTypeOf<Forbidden<SecretBesidePrivateKeyJwt> | undefined>();
        return body.oidc_client_id;
      }
      expectTypeOf(body.oidc_client_id).toEqualTypeOf<undefined>();
      return undefined;
    };
    expectTypeOf(narrow).returns.toEqualTypeOf<string | undefined>();
  });

  it('accepts each valid shape', () => {
    expectTypeOf({ url: 'https://h.example.com', enabled_events: ['*'] as ['*'] }).toExtend<WebhookCreate>();
    expectTypeOf({
      url: 'https://h.example.com',
      enabled_events: ['business.created'] as ['business.created'],
      oidc_auth_method: 'private_key_jwt' as const,
      oidc_client_id: 'c',
      oidc_token_endpoint: 'https://idp.example.com/t',
      oidc_access_token_ttl_seconds: 60,
    }).toExtend<WebhookCreate>();
  });

  it('rejects wrong OIDC combinations at compile time', () => {
    // @ts-expect-error client_secret without oidc_client_secret
    const missingSecret: WebhookCreate = {
      url: 'https://h.example.com',
      enabled_events: ['*'],
      oidc_auth_method: 'client_secret',
      oidc_client_id: 'c',
      oidc_token_endpoint: 'https://idp.example.com/t',
      oidc_access_token_ttl_seconds: 60,
    };
    // @ts-expect-error oidc_client_secret is not allowed with private_key_jwt
    const secretWithJwt: WebhookCreate = {
      url: 'https://h.example.com',
      enabled_events: ['*'],
      oidc_auth_method: 'private_key_jwt',
      oidc_client_id: 'c',
      oidc_client_secret: 's',
      oidc_token_endpoint: 'https://idp.example.com/t',
      oidc_access_token_ttl_seconds: 60,
    };
    // @ts-expect-error an oidc_* field without oidc_auth_method
    const withoutMethod: WebhookCreate = { url: 'https://h.example.com', enabled_events: ['*'], oidc_client_id: 'c' };
    // @ts-expect-error an event type that does not exist
    const unknownEvent: WebhookCreate = { url: 'https://h.example.com', enabled_events: ['business.exploded'] };
    // @ts-expect-error "*" already means every event: nothing may stand beside it
    const wildcardAndMore: WebhookCreate = { url: 'https://h.example.com', enabled_events: ['*', 'order.created'] };
    expectTypeOf([missingSecret, secretWithJwt, withoutMethod, unknownEvent, wildcardAndMore]).toBeArray();
  });

  it('states the broken rule as the type of a client secret beside private_key_jwt', () => {
    type PrivateKeyJwt = Extract<WebhookCreate, { oidc_auth_method: 'private_key_jwt' }>;
    expectTypeOf<PrivateKeyJwt['oidc_client_secret']>().toEqualTypeOf<SecretBesidePrivateKeyJwt | undefined>();
    expectTypeOf<string>().not.toExtend<NonNullable<PrivateKeyJwt['oidc_client_secret']>>();
  });
});

describe('the update-body type', () => {
  it('refuses an empty update, which changes nothing', () => {
    // @ts-expect-error an update must change at least one field
    const empty: WebhookUpdate = {};
    expectTypeOf(empty).toBeObject();
    expectTypeOf({ disabled_at: null }).toExtend<WebhookUpdate>();
    expectTypeOf({ enabled_events: ['order.created'] as ['order.created'] }).toExtend<WebhookUpdate>();
  });

  it('refuses a client secret beside private_key_jwt, naming the rule', () => {
    // @ts-expect-error oidc_client_secret is only allowed when oidc_auth_method is "client_secret"
    const secretWithJwt: WebhookUpdate = { oidc_auth_method: 'private_key_jwt', oidc_client_secret: 's' };
    expectTypeOf(secretWithJwt).toBeObject();
    expectTypeOf({ oidc_auth_method: 'private_key_jwt' as const, oidc_client_id: 'c' }).toExtend<WebhookUpdate>();
    expectTypeOf({ oidc_auth_method: 'client_secret' as const, oidc_client_secret: 's' }).toExtend<WebhookUpdate>();
    expectTypeOf({ oidc_client_secret: 'rotated' }).toExtend<WebhookUpdate>();
  });

  it('refuses OIDC fields beside the removal of the OIDC configuration', () => {
    // @ts-expect-error oidc_scope cannot be in an update that removes the OIDC configuration
    const removeAndScope: WebhookUpdate = { oidc_auth_method: null, oidc_scope: null };
    expectTypeOf(removeAndScope).toBeObject();
    expectTypeOf({ oidc_auth_method: null, disabled_at: null }).toExtend<WebhookUpdate>();
  });

  it('refuses "*" beside other events', () => {
    // @ts-expect-error "*" only alone
    const wildcardAndMore: WebhookUpdate = { enabled_events: ['*', 'business.created'] };
    expectTypeOf(wildcardAndMore).toBeObject();
  });
});

describe('the event types', () => {
  it('name every event, Business and Order', () => {
    expectTypeOf<BusinessCreatedEvent['type']>().toEqualTypeOf<'business.created'>();
    expectTypeOf<BusinessUpdatedEvent['type']>().toEqualTypeOf<'business.updated'>();
    expectTypeOf<BusinessApprovedEvent['type']>().toEqualTypeOf<'business.approved'>();
    expectTypeOf<BusinessRejectedEvent['type']>().toEqualTypeOf<'business.rejected'>();
    expectTypeOf<OrderCreatedEvent['type']>().toEqualTypeOf<'order.created'>();
    expectTypeOf<OrderCompletedEvent['type']>().toEqualTypeOf<'order.completed'>();
    expectTypeOf<WebhookEvent>().toEqualTypeOf<
      BusinessCreatedEvent | BusinessUpdatedEvent | BusinessApprovedEvent | BusinessRejectedEvent | OrderCreatedEvent | OrderCompletedEvent
    >();
  });

  it('make data.object exact: the Business or the Order, no other field', () => {
    const read = (event: WebhookEvent): string => {
      if (event.type === 'business.approved') {
        expectTypeOf(event.data.object).toExtend<Business>();
        // @ts-expect-error a misspelt field of a Business
        void event.data.object.nmae;
        return event.data.object.name;
      }
      if (event.type === 'order.completed') {
        expectTypeOf(event.data.object).toExtend<Order>();
        // @ts-expect-error a Business field on an Order
        void event.data.object.name;
        return event.data.object.business_id;
      }
      return event.id;
    };
    expectTypeOf(read).returns.toBeString();
    expectTypeOf<keyof BusinessApprovedEvent['data']['object']>().toEqualTypeOf<keyof Business>();
  });
});

describe('the types for every shape', () => {
  it('keep the types the validators would reject from compiling', () => {
    const business = {} as Business;
    // @ts-expect-error a misspelt field inside data.object
    const misspelt: BusinessApprovedEvent = { object: 'event', id: 'i', type: 'business.approved', created_at: 't', data: { object: { ...business, nmae: 'x' } } };
    expectTypeOf(misspelt).toBeObject();
  });
});

describe('the response type', () => {
  it('has no secret field', () => {
    expectTypeOf<Webhook>().not.toHaveProperty('secret');
    expectTypeOf<Webhook>().not.toHaveProperty('oidc_client_secret');
    expectTypeOf<keyof Webhook>().toEqualTypeOf<
      | 'object'
      | 'id'
      | 'url'
      | 'enabled_events'
      | 'include'
      | 'oidc_auth_method'
      | 'oidc_client_id'
      | 'oidc_token_endpoint'
      | 'oidc_resource_uri'
      | 'oidc_scope'
      | 'oidc_access_token_ttl_seconds'
      | 'created_at'
      | 'updated_at'
      | 'disabled_at'
      | 'disabled_reason'
    >();
  });

  it('is what getWebhook returns', () => {
    type GetBody = paths['/v1/webhooks/{id}']['get']['responses']['200']['content']['application/json'];
    expectTypeOf<GetBody>().toEqualTypeOf<Webhook>();
  });
});
