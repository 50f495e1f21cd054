import { randomUUID } from 'node:crypto';
import { createWebhooksClient } from 'webhooks-contract';

// a platform key (PLATFORM_KEYS), never an account's API key
const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: process.env.WEBHOOKS_PLATFORM_KEY!,
});

const { data, error } = await client.POST('/v1/events', {
  body: {
    account_id: 'acme',
    event: {
      object: 'event',
      // a retry with the same id is delivered once
      id: randomUUID(),
      type: 'order.created',
      created_at: '2026-11-02T09:31:13Z',
      data: {
        object: {
          object: 'order',
          id: 'a1b2c3d4-e5f6-4789-8abc-def012345678',
          business_id: '7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b',
          status: 'created',
          products: ['identity', 'tin', 'watchlist'],
          created_at: '2026-11-02T09:31:13Z',
          completed_at: null,
        },
      },
    },
  },
});
if (error) {
  // a 422 names each field that breaks the event's schema
  for (const rule of error.errors ?? []) {
    console.error(rule.pointer, rule.message);
  }
  process.exit(1);
}
console.log(`published to ${data.deliveries} webhooks`);
