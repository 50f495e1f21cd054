import { createWebhooksClient } from 'webhooks-contract';

const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: process.env.WEBHOOKS_API_KEY!,
});

const id = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
const { data, error } = await client.GET('/v1/webhooks/{id}', {
  params: { path: { id } },
});
if (error) {
  // 404: no webhook has this id (or it was deleted)
  console.error(error.status, error.detail);
} else {
  // secrets are write-only: no field of it holds one
  console.log(data.url, data.oidc_auth_method ?? 'no OIDC');
}
