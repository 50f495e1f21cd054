import { createWebhooksClient } from 'webhooks-contract';

// public: no API key is needed, and the client sends none
const client = createWebhooksClient({
  baseUrl: 'https://api.example.com',
});

// register this URL as the client's JWKS with your
// identity provider when you use private_key_jwt
const { data, error } = await client.GET(
  '/.well-known/jwks.json',
);
if (error) throw new Error(`${error.status} ${error.title}`);
for (const key of data.keys) console.log(key.kid, key.alg);
