/**
 * The API's objects built from what is stored: each field picked by name, in the spec's order, so that a
 * stored secret can never reach a response, whatever the store returns. (A `Delivery` is built the same way
 * by the sender's `toDeliveryResource`.)
 * @module
 */
import type { components } from '../../generated/openapi.js';
import type { Representation, StoredWebhook } from '../store/contract.js';
import { dateTime } from '../store/instant.js';

export { dateTime };

type Webhook = components['schemas']['Webhook'];

/** The version of `webhookRepresentation`: change it whenever its output changes, and stored ones are rendered again at start. */
export const WEBHOOK_REPRESENTATION_VERSION = 2;

/** The `disabled_reason` of a webhook disabled by a `PATCH` of `disabled_at`. */
export const DISABLED_THROUGH_THE_API = 'disabled through the API';

/** What a webhook's view is built from. */
export type WebhookFields = Pick<StoredWebhook, 'id' | 'config' | 'createdAt' | 'updatedAt'>;

/**
 * The `Webhook` object of a stored webhook.
 * @example
 * webhookView(stored).url // 'https://hooks.example.com/webhooks'
 */
export function webhookView(webhook: WebhookFields): Webhook {
  const c = webhook.config;
  return {
    object: 'webhook',
    id: webhook.id,
    url: c.url,
    enabled_events: c.enabled_events,
    include: c.include ?? '*',
    oidc_auth_method: c.oidc_auth_method ?? null,
    oidc_client_id: c.oidc_client_id ?? null,
    oidc_token_endpoint: c.oidc_token_endpoint ?? null,
    oidc_resource_uri: c.oidc_resource_uri ?? null,
    oidc_scope: c.oidc_scope ?? null,
    oidc_access_token_ttl_seconds: c.oidc_access_token_ttl_seconds ?? null,
    created_at: dateTime(webhook.createdAt),
    updated_at: dateTime(webhook.updatedAt),
    disabled_at: c.disabled_at ?? null,
    disabled_reason: c.disabled_at === undefined || c.disabled_at === null ? null : (c.disabled_reason ?? DISABLED_THROUGH_THE_API),
  };
}

/**
 * The representation the store keeps beside a webhook: its `Webhook` JSON.
 * @example
 * await store.createWebhook({ accountId, id, config, createdAt, representation: webhookRepresentation({ id, config, createdAt, updatedAt: createdAt }) });
 */
export function webhookRepresentation(webhook: WebhookFields): Representation {
  return { version: WEBHOOK_REPRESENTATION_VERSION, json: JSON.stringify(webhookView(webhook)) };
}
