/**
 * What a sandbox account starts with: the spec's example webhooks (with their ids, so that the docs' samples
 * work as written, and their destinations moved under `.invalid`, so that they never deliver off this
 * machine) and the example deliveries of one of them, moved to the account's first request. Each account
 * gets its own copy.
 * @module
 */
import * as examples from '../../generated/examples.js';
import type { components } from '../../generated/openapi.js';
import type { WebhookConfig } from '../validation/apply-update.js';
import { rfc3339Seconds } from '../delivery/events.js';
import { SAMPLE_EVENTS } from './events.js';
import { instantOf } from '../store/instant.js';
import type { DeliveryRecord, NewDelivery, Store } from '../store/contract.js';
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

/**
 * An example's destination with its top-level domain replaced by `.invalid` (`hooks.example.com` →
 * `hooks.example.invalid`): RFC 6761 reserves it never to resolve, and the sender sends no query for it, so
 * a seeded webhook (and its token endpoint) delivers nowhere, whether the sandbox is offline or not.
 * @example
 * seededDestination('https://hooks.example.com/webhooks') // 'https://hooks.example.invalid/webhooks'
 */
export function seededDestination(url: string): string {
  const parsed = new URL(url);
  const labels = parsed.hostname.split('.');
  parsed.hostname = [...labels.slice(0, Math.max(1, labels.length - 1)), 'invalid'].join('.');
  return parsed.href;
}

/** The stored configuration of an example webhook: its public fields, and the secrets of its create example. */
function configOf(webhook: Webhook, create: WebhookCreate): WebhookConfig {
  const config: Record<string, unknown> = { url: seededDestination(webhook.url), enabled_events: webhook.enabled_events, include: webhook.include };
  for (const field of ['oidc_auth_method', 'oidc_client_id', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope', 'oidc_access_token_ttl_seconds'] as const) {
    if (webhook[field] !== null) config[field] = field === 'oidc_token_endpoint' ? seededDestination(webhook[field]) : webhook[field];
  }
  const secrets = create as { secret?: string; oidc_client_secret?: string };
  if (secrets.secret !== undefined) config.secret = secrets.secret;
  if (secrets.oidc_client_secret !== undefined && webhook.oidc_auth_method === 'client_secret') config.oidc_client_secret = secrets.oidc_client_secret;
  return config as WebhookConfig;
}

/**
 * Stores the spec's examples for `accountId`: webhooks oldest first (so the list is newest first, as the
 * examples' times say), then the example deliveries with their attempts. The deliveries keep their ids,
 * statuses, attempts and errors, but are moved in time so that the latest attempt happened at `now`: the
 * pending one is then due two minutes later, and the sandbox's sender really tries it (its endpoint,
 * `hooks.example.invalid`, never resolves and is never looked up, so it goes on being retried with the
 * reason recorded, as a delivery to an endpoint that is down would).
 * @example
 * await seedSandboxAccount(store, 'sandbox_2bd806c97f0e00af', Date.now());
 */
export async function seedSandboxAccount(store: Store, accountId: string, now: number): Promise<void> {
  const ordered = [...WEBHOOKS].sort(([a], [b]) => instantOf(a.created_at) - instantOf(b.created_at));
  for (const [webhook, create] of ordered) {
    const config = configOf(webhook, create);
    const createdAt = instantOf(webhook.created_at);
    await store.createWebhook({ accountId, id: webhook.id, config, createdAt, representation: webhookRepresentation({ id: webhook.id, config, createdAt, updatedAt: createdAt }) });
  }
  const examplesDeliveries = examples.DeliveryListPage.data;
  const latestAttempt = Math.max(...examplesDeliveries.map((delivery) => instantOf(delivery.last_attempt_at ?? delivery.created_at)));
  const shift = (time: string) => new Date(instantOf(time) - latestAttempt + now);
  const deliveries = [...examplesDeliveries].sort((a, b) => instantOf(a.created_at) - instantOf(b.created_at));
  for (const delivery of deliveries) {
    const event = SAMPLE_EVENTS[delivery.event_type];
    const createdAt = shift(delivery.created_at);
    const scheduled: NewDelivery = {
      account_id: accountId,
      id: delivery.id,
      webhook_id: delivery.webhook_id,
      event_id: delivery.event_id,
      event_type: delivery.event_type,
      body: JSON.stringify({ ...event, id: delivery.event_id, created_at: rfc3339Seconds(createdAt) }),
      created_at: createdAt,
    };
    await store.enqueue([scheduled]);
    // each attempt as the sender records it, applied to the record as it stood before that attempt
    for (let attempts = 0; attempts < delivery.attempts; attempts++) {
      const last = attempts + 1 === delivery.attempts;
      const record: DeliveryRecord = { ...scheduled, status: 'pending', attempts, last_attempt_at: null, last_response_status: null, last_error: null, next_attempt_at: createdAt };
      await store.recordAttempt(record, {
        attempted_at: delivery.last_attempt_at === null ? createdAt : shift(delivery.last_attempt_at),
        status: last ? delivery.status : 'pending',
        response_status: delivery.last_response_status,
        error: delivery.last_error,
        next_attempt_at: last && delivery.next_attempt_at !== null ? shift(delivery.next_attempt_at) : last ? null : createdAt,
        // an example's history says nothing of a real endpoint
        endpoint: 'unknown',
      });
    }
  }
}
