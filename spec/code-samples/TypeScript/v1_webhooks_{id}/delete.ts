import { createWebhooksClient } from 'webhooks-contract';

const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: process.env.WEBHOOKS_API_KEY!,
});

const id = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
const { error, response } = await client.DELETE(
  '/v1/webhooks/{id}',
  { params: { path: { id } } },
);
// 204 once deleted; deleting it again answers 404
if (error) console.error(error.status, error.title);
else console.log('deleted', response.status);
