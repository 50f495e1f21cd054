/**
 * The webhook columns both stores' schemas share (the same names in SQLite and Postgres), in the order
 * their statements bind them, and the configuration as a read without secrets returns it.
 * @module
 */
import type { WebhookConfig } from './contract.js';

/** The columns of a webhook's configuration, in the order the statements bind them. */
export const CONFIG_COLUMNS = [
  'url',
  'enabled_events',
  'include',
  'secret',
  'oidc_auth_method',
  'oidc_client_id',
  'oidc_client_secret',
  'oidc_token_endpoint',
  'oidc_resource_uri',
  'oidc_scope',
  'oidc_access_token_ttl_seconds',
  'disabled_at',
  'disabled_at_ms',
  'disabled_reason',
  'representation',
  'representation_version',
] as const;

/** What a read of a webhook without its secrets selects. */
export const PUBLIC_WEBHOOK_COLUMNS =
  'account_id, id, version, url, enabled_events, include, oidc_auth_method, oidc_client_id, oidc_token_endpoint, oidc_resource_uri, oidc_scope, oidc_access_token_ttl_seconds, disabled_at, disabled_reason, representation, representation_version, created_at, updated_at';
/** What the sender reads of a webhook: everything, secrets included. */
export const SENDER_WEBHOOK_COLUMNS = `${PUBLIC_WEBHOOK_COLUMNS}, secret, oidc_client_secret, legacy_secret_key`;

/** A day, in milliseconds (the stores' retention periods are counted in days). */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** A configuration without its write-only secrets, as a read that did not ask for them returns it. */
export function withoutSecrets(config: WebhookConfig): WebhookConfig {
  const { secret: _secret, oidc_client_secret: _clientSecret, ...rest } = config as WebhookConfig & { secret?: string; oidc_client_secret?: string };
  return rest as WebhookConfig;
}
