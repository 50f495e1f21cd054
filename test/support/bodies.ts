/** Valid request bodies that tests break one field at a time. */
import type { WebhookCreate } from '../../src/types.js';

export const HOOK_URL = 'https://hooks.example.com/webhooks';
export const TOKEN_ENDPOINT = 'https://idp.example.com/oauth2/token';

export const minimalCreate = { url: HOOK_URL, enabled_events: ['*'] } satisfies WebhookCreate;

export const clientSecretCreate = {
  url: HOOK_URL,
  enabled_events: ['business.created'],
  oidc_auth_method: 'client_secret',
  oidc_client_id: 'webhooks-client',
  oidc_client_secret: 'client-secret-value',
  oidc_token_endpoint: TOKEN_ENDPOINT,
  oidc_access_token_ttl_seconds: 3600,
} satisfies WebhookCreate;

export const privateKeyJwtCreate = {
  url: HOOK_URL,
  enabled_events: ['business.created'],
  oidc_auth_method: 'private_key_jwt',
  oidc_client_id: 'webhooks-client',
  oidc_token_endpoint: TOKEN_ENDPOINT,
  oidc_access_token_ttl_seconds: 3600,
} satisfies WebhookCreate;

/** A copy of `body` without `field`. */
export function without<T extends object>(body: T, field: keyof T): Omit<T, typeof field> {
  const copy: Partial<T> = { ...body };
  delete copy[field];
  return copy as Omit<T, typeof field>;
}
