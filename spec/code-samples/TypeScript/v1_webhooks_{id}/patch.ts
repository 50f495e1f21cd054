import { createWebhooksClient } from 'webhooks-contract';

const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: process.env.WEBHOOKS_API_KEY!,
});

// only the fields you send change
const id = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
const { data, error } = await client.PATCH(
  '/v1/webhooks/{id}',
  {
    params: { path: { id } },
    body: {
      // replaces the signing secret at once
      secret: process.env.NEW_WEBHOOK_SECRET!,
      // null re-enables a disabled webhook
      disabled_at: null,
    },
  },
);
if (error) throw new Error(error.detail ?? error.title);
console.log('updated at', data.updated_at);
