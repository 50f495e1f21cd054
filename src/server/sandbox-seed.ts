/**
 * What a sandbox account starts with: the spec's example webhooks (with their ids, so that the docs' samples
 * work as written) and the example deliveries of one of them. Each account gets its own copy.
 * @module
 */
import * as examples from '../../generated/examples.js';
import type { components } from '../../generated/openapi.js';
import type { WebhookConfig } from '../validation/apply-update.js';
import { instantOf } from './sqlite-store.js';
import type { Store } from './store.js';
import { webhookRepresentation } from './views.js';

type Webhook = components['schemas']['Webhook'];
type WebhookCreate = components['schemas']['WebhookCreate'];

/** Each example webhook, with the create example that holds its secrets. */
const WEBHOOKS: readonly (readonly [Webhook, WebhookCreate])[] = [
  [examples.WebhookSelectedEvents, examples.WebhookCreateSelectedEvents],
  [examples.WebhookWildcard, examples.WebhookCreateWildcard],
  [examples.WebhookClientSecret, examples.WebhookCreateClientSecret],
  [examples.WebhookPrivateKeyJwt, examples.WebhookCreatePrivateKeyJwt],
];

const EVENTS: Record<string, { id: string }> = {
  'business.created': examples.BusinessCreatedEvent,
  'business.updated': examples.BusinessUpdatedEvent,
  'business.approved': examples.BusinessApprovedEvent,
  'business.rejected': examples.BusinessRejectedEvent,
  'order.created': examples.OrderCreatedEvent,
  'order.completed': examples.OrderCompletedEvent,
};

/** The stored configuration of an example webhook: its public fields, and the secrets of its create example. */
function configOf(webhook: Webhook, create: WebhookCreate): WebhookConfig {
  const config: Record<string, unknown> = { url: webhook.url, enabled_events: webhook.enabled_events, include: webhook.include };
  for (const field of ['oidc_auth_method', 'oidc_client_id', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope', 'oidc_access_token_ttl_seconds'] as const) {
    if (webhook[field] !== null) config[field] = webhook[field];
  }
  const secrets = create as { secret?: string; oidc_client_secret?: string };
  if (secrets.secret !== undefined) config.secret = secrets.secret;
  if (secrets.oidc_client_secret !== undefined && webhook.oidc_auth_method === 'client_secret') config.oidc_client_secret = secrets.oidc_client_secret;
  return config as WebhookConfig;
}

/**
 * Stores the spec's examples for `accountId`: webhooks oldest first (so the list is newest first, as the
 * examples' times say), then the example deliveries with their attempts.
 * @example
 * await seedSandboxAccount(store, 'sandbox_2bd806c97f0e00af');
 */
export async function seedSandboxAccount(store: Store, accountId: string): Promise<void> {
  const ordered = [...WEBHOOKS].sort(([a], [b]) => instantOf(a.created_at) - instantOf(b.created_at));
  for (const [webhook, create] of ordered) {
    const config = configOf(webhook, create);
    const createdAt = instantOf(webhook.created_at);
    await store.createWebhook({ accountId, id: webhook.id, config, createdAt, representation: webhookRepresentation({ id: webhook.id, config, createdAt, updatedAt: createdAt }) });
  }
  const deliveries = [...examples.DeliveryListPage.data].sort((a, b) => instantOf(a.created_at) - instantOf(b.created_at));
  for (const delivery of deliveries) {
    const event = EVENTS[delivery.event_type] ?? examples.BusinessCreatedEvent;
    const createdAt = instantOf(delivery.created_at);
    await store.insertDelivery({
      accountId,
      webhookId: delivery.webhook_id,
      id: delivery.id,
      eventId: delivery.event_id,
      eventType: delivery.event_type,
      payload: JSON.stringify({ ...event, id: delivery.event_id }),
      createdAt,
      nextAttemptAt: createdAt,
    });
    for (let attempt = 1; attempt <= delivery.attempts; attempt++) {
      const last = attempt === delivery.attempts;
      await store.recordDeliveryAttempt(accountId, delivery.id, {
        at: delivery.last_attempt_at === null ? createdAt : instantOf(delivery.last_attempt_at),
        responseStatus: delivery.last_response_status,
        error: delivery.last_error,
        outcome: last && delivery.status !== 'pending' ? delivery.status : 'retry',
        nextAttemptAt: delivery.next_attempt_at === null ? createdAt : instantOf(delivery.next_attempt_at),
      });
    }
  }
}
