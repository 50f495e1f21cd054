import { createWebhooksClient } from 'webhooks-contract';

const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: process.env.WEBHOOKS_API_KEY!,
});

const id = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
const { data, error } = await client.GET(
  '/v1/webhooks/{id}/deliveries',
  { params: { path: { id }, query: { limit: 20 } } },
);
if (error) throw new Error(`${error.status} ${error.title}`);
for (const delivery of data.data) {
  // pending deliveries say when they are tried again
  console.log(delivery.event_type, delivery.status,
    delivery.last_error ?? '', delivery.next_attempt_at ?? '');
}
