import { createWebhooksClient } from 'webhooks-contract';

const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: process.env.WEBHOOKS_API_KEY!,
});

// one page, newest first
const { data, error } = await client.GET('/v1/webhooks', {
  params: { query: { limit: 20 } },
});
if (error) throw new Error(`${error.status} ${error.title}`);
for (const webhook of data.data) console.log(webhook.url);

// or every webhook: the client follows the pages for you
for await (const webhook of client.listAllWebhooks()) {
  console.log(webhook.id, webhook.enabled_events.join(', '));
}
