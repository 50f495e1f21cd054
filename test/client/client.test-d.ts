/** Type-level guarantees of the client: what must and must not compile in a consumer's code. */
import { describe, expectTypeOf, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { createWebhooksClient, type Delivery, type Problem, type Webhook, type WebhookCreate, type WebhookEvent } from '../../src/index.js';

const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'key' });

describe('client calls', () => {
  it('reject a client_secret create without oidc_client_secret', () => {
    void client.POST('/v1/webhooks', {
      // @ts-expect-error oidc_client_secret is required with client_secret
      body: {
        url: 'https://hooks.example.com/in',
        enabled_events: ['*'],
        oidc_auth_method: 'client_secret',
        oidc_client_id: 'client',
        oidc_token_endpoint: 'https://idp.example.com/token',
        oidc_access_token_ttl_seconds: 3600,
      },
    });
  });

  it('reject oidc_client_secret with private_key_jwt', () => {
    void client.POST('/v1/webhooks', {
      // @ts-expect-error oidc_client_secret is not allowed with private_key_jwt
      body: {
        url: 'https://hooks.example.com/in',
        enabled_events: ['*'],
        oidc_auth_method: 'private_key_jwt',
        oidc_client_id: 'client',
        oidc_client_secret: 'secret',
        oidc_token_endpoint: 'https://idp.example.com/token',
        oidc_access_token_ttl_seconds: 3600,
      },
    });
  });

  it('reject reading a secret from a response', async () => {
    const { data } = await client.GET('/v1/webhooks/{id}', { params: { path: { id: 'id' } } });
    if (data) {
      // @ts-expect-error a webhook has no secret field
      void data.secret;
      // @ts-expect-error a webhook has no oidc_client_secret field
      void data.oidc_client_secret;
      // openapi-fetch's Readable<> reshapes the type a little (enabled_events becomes a plain union); both ways assignable
      expectTypeOf(data).toExtend<Webhook>();
      expectTypeOf<Webhook>().toExtend<typeof data>();
    }
  });

  it('type data and error from the spec', async () => {
    const { data, error } = await client.POST('/v1/webhooks', { body: examples.WebhookCreateWildcard });
    if (error) expectTypeOf(error).toEqualTypeOf<Problem>();
    else expectTypeOf(data).toExtend<Webhook>();
  });

  it('reject "*" beside other events', () => {
    // @ts-expect-error "*" already means every event
    void client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*', 'order.created'] } });
  });

  it('reject an empty update and a client secret beside private_key_jwt, through openapi-fetch\'s Writable<> too', () => {
    const params = { path: { id: 'id' } };
    // @ts-expect-error an update must change at least one field
    void client.PATCH('/v1/webhooks/{id}', { params, body: {} });
    // @ts-expect-error oidc_client_secret is only allowed when oidc_auth_method is "client_secret"
    void client.PATCH('/v1/webhooks/{id}', { params, body: { oidc_auth_method: 'private_key_jwt', oidc_client_secret: 's' } });
    // @ts-expect-error no OIDC field beside oidc_auth_method: null
    void client.PATCH('/v1/webhooks/{id}', { params, body: { oidc_auth_method: null, oidc_scope: null } });
    void client.PATCH('/v1/webhooks/{id}', { params, body: { oidc_auth_method: null } });
    void client.PATCH('/v1/webhooks/{id}', { params, body: { disabled_at: null } });
  });

  it('call the public signing keys without an API key', async () => {
    const keyless = createWebhooksClient({ baseUrl: 'https://api.example.com' });
    const { data } = await keyless.GET('/.well-known/jwks.json');
    if (data) expectTypeOf(data.keys).toBeArray();
  });

  it('walk deliveries as well as webhooks', () => {
    expectTypeOf(client.listAllDeliveries('id', { limit: 10 })).toEqualTypeOf<AsyncGenerator<Delivery, void, undefined>>();
  });

  it('require the path parameter', () => {
    // @ts-expect-error getWebhook needs params.path.id
    void client.GET('/v1/webhooks/{id}');
  });

  it('yield webhooks from listAllWebhooks', () => {
    expectTypeOf(client.listAllWebhooks()).toEqualTypeOf<AsyncGenerator<Webhook, void, undefined>>();
  });
});

describe('every spec example is a typed value', () => {
  it('sends each create example as a createWebhook body', () => {
    for (const body of [
      examples.WebhookCreateWildcard,
      examples.WebhookCreateSelectedEvents,
      examples.WebhookCreateClientSecret,
      examples.WebhookCreatePrivateKeyJwt,
    ]) {
      expectTypeOf(body).toExtend<WebhookCreate>();
      void client.POST('/v1/webhooks', { body });
    }
  });

  it('sends each update example as an updateWebhook body', () => {
    for (const body of [
      examples.WebhookUpdateDisable,
      examples.WebhookUpdateRotateSecret,
      examples.WebhookUpdateSwitchToPrivateKeyJwt,
      examples.WebhookUpdateRemoveOidc,
    ]) {
      void client.PATCH('/v1/webhooks/{id}', { params: { path: { id: 'id' } }, body });
    }
  });

  it('types each event example as a WebhookEvent', () => {
    expectTypeOf(examples.BusinessCreatedEvent).toExtend<WebhookEvent>();
    expectTypeOf(examples.OrderCompletedEvent).toExtend<WebhookEvent>();
  });
});
