/** The sender's tests run on the real outbox: the SQLite store in memory (or any store), with webhooks made as the server makes them. */
import { randomUUID } from 'node:crypto';
import type { SenderWebhook } from '../../src/delivery/events.js';
import type { ListedDelivery } from '../../src/delivery/outbox.js';
import { SecretsBox } from '../../src/server/secrets-box.js';
import { sealStore } from '../../src/server/sealed-store.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import type { Store, WebhookConfig } from '../../src/store/contract.js';
import { webhookRepresentation } from '../../src/server/views.js';

/** A store in memory and what the tests do with it. */
export interface OutboxStore {
  store: Store;
  /** Creates a webhook (account `acme` unless told) and returns it as the sender sees it. */
  addWebhook(config: Partial<WebhookConfig> & { url: string }, accountId?: string): Promise<SenderWebhook>;
  /** Changes a webhook as a PATCH would (`disabled_at`, a new `url`), at `at` (ms). */
  changeWebhook(webhook: SenderWebhook, change: Partial<WebhookConfig>, at?: number): Promise<void>;
  /** One delivery as the API lists it. */
  delivery(delivery: { account_id?: string; webhook_id: string; id: string }): Promise<ListedDelivery | undefined>;
  /** The webhook as stored now. */
  webhook(webhook: SenderWebhook): Promise<WebhookConfig | undefined>;
}

/**
 * Opens the in-memory store; close it with `store.close()`.
 * @example
 * const { store, addWebhook } = await openOutboxStore();
 * const webhook = await addWebhook({ url: `${base}/ok`, secret: SECRET });
 */
export async function openOutboxStore(): Promise<OutboxStore> {
  return outboxHelpers(sealStore(await createSqliteStore({ path: ':memory:' }), SecretsBox.ephemeral()));
}

/**
 * The same helpers around any store (the store contract suite runs them on every database).
 * @example
 * const { addWebhook } = outboxHelpers(await createPostgresStore({ url }));
 */
export function outboxHelpers(store: Store): OutboxStore {
  return {
    store,
    async addWebhook(fields, accountId = 'acme') {
      const id = randomUUID();
      const config = { enabled_events: ['*'], ...fields } as WebhookConfig;
      const createdAt = Date.parse('2026-11-01T00:00:00Z');
      const outcome = await store.createWebhook({ accountId, id, config, createdAt, representation: webhookRepresentation({ id, config, createdAt, updatedAt: createdAt }) });
      if (outcome.kind !== 'created') throw new Error('the webhook was not created');
      return { ...config, id, account_id: accountId };
    },
    async changeWebhook(webhook, change, at = Date.parse('2026-11-02T00:00:00Z')) {
      const current = await store.getWebhook(webhook.account_id!, webhook.id, { includeSecrets: true });
      if (!current) throw new Error('no such webhook');
      const config = { ...current.config, ...change } as WebhookConfig;
      for (const [field, value] of Object.entries(change)) if (value === null) delete (config as Record<string, unknown>)[field];
      const representation = webhookRepresentation({ id: webhook.id, config, createdAt: current.createdAt, updatedAt: at });
      const outcome = await store.updateWebhook(webhook.account_id!, webhook.id, current.version, { config, updatedAt: at, representation });
      if (outcome.kind !== 'updated') throw new Error(`the webhook was not updated: ${outcome.kind}`);
    },
    async delivery({ account_id: accountId = 'acme', webhook_id: webhookId, id }) {
      let startingAfter: string | undefined;
      for (;;) {
        const page = await store.listDeliveries(accountId, webhookId, { limit: 100, ...(startingAfter === undefined ? {} : { startingAfter }) });
        if (!page.ok) return undefined;
        const found = page.items.find((item) => item.id === id);
        if (found || !page.hasMore) return found;
        startingAfter = page.items.at(-1)!.id;
      }
    },
    async webhook(webhook) {
      return (await store.getWebhook(webhook.account_id!, webhook.id))?.config;
    },
  };
}
