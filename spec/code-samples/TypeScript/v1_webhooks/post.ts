import { createWebhooksClient } from 'webhooks-contract';

const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: process.env.WEBHOOKS_API_KEY!,
});

const { data, error } = await client.POST('/v1/webhooks', {
  body: {
    url: 'https://hooks.example.com/webhooks',
    enabled_events: ['business.approved', 'business.rejected'],
    // write-only: never returned, so keep your own copy
    secret: process.env.WEBHOOK_SECRET!,
    // optional: deliveries carry a token from your IdP
    // ('client_secret' also needs oidc_client_secret)
    oidc_auth_method: 'private_key_jwt',
    oidc_client_id: '0oa4x8webhooks',
    oidc_token_endpoint: 'https://idp.example.com/token',
    oidc_access_token_ttl_seconds: 900,
  },
});
if (error) {
  // a 422 lists every broken rule as { pointer, message }
  for (const rule of error.errors ?? []) {
    console.error(rule.pointer, rule.message);
  }
  process.exit(1);
}
console.log('created', data.id);
