/** Type-level guarantees of the generated types: checked by `tsc --noEmit` and by vitest's typecheck. */
import { describe, expectTypeOf, it } from 'vitest';
import type { components, paths } from '../../generated/openapi.js';

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
        expectTypeOf(body.oidc_client_secret).toEqualTypeOf<undefined>();
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
    expectTypeOf([missingSecret, secretWithJwt, withoutMethod, unknownEvent]).toBeArray();
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
    >();
  });

  it('is what getWebhook returns', () => {
    type GetBody = paths['/v1/webhooks/{id}']['get']['responses']['200']['content']['application/json'];
    expectTypeOf<GetBody>().toEqualTypeOf<Webhook>();
  });
});
