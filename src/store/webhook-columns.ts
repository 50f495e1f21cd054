/**
 * The webhook columns both stores' schemas share (the same names in SQLite and Postgres), in the order
 * their statements bind them; a configuration as those columns, and a row read back as a stored webhook.
 * Secrets are sealed strings here: the stores keep them as they are given.
 * @module
 */
import type { Representation, StoredWebhook, WebhookConfig } from './contract.js';
import { instantOf } from './instant.js';

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

/** The configuration as the insert and update statements bind `CONFIG_COLUMNS` (`enabled_events` as JSON text). */
export function configColumns(config: WebhookConfig, representation: Representation): unknown[] {
  const c = config as Record<string, unknown>;
  const disabledAt = typeof c.disabled_at === 'string' ? c.disabled_at : null;
  const values: Record<(typeof CONFIG_COLUMNS)[number], unknown> = {
    url: c.url,
    enabled_events: JSON.stringify(c.enabled_events),
    include: c.include ?? null,
    secret: c.secret ?? null,
    oidc_auth_method: c.oidc_auth_method ?? null,
    oidc_client_id: c.oidc_client_id ?? null,
    oidc_client_secret: c.oidc_client_secret ?? null,
    oidc_token_endpoint: c.oidc_token_endpoint ?? null,
    oidc_resource_uri: c.oidc_resource_uri ?? null,
    oidc_scope: c.oidc_scope ?? null,
    oidc_access_token_ttl_seconds: c.oidc_access_token_ttl_seconds ?? null,
    disabled_at: disabledAt,
    disabled_at_ms: disabledAt === null ? null : instantOf(disabledAt),
    disabled_reason: disabledAt === null ? null : typeof c.disabled_reason === 'string' ? c.disabled_reason : null,
    representation: representation.json,
    representation_version: representation.version,
  };
  return CONFIG_COLUMNS.map((column) => values[column]);
}

const OPTIONAL_FIELDS = ['include', 'oidc_auth_method', 'oidc_client_id', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope', 'oidc_access_token_ttl_seconds', 'disabled_at', 'disabled_reason'];

/** A webhook row as stored (`enabled_events` already parsed); its sealed secrets only with `includeSecrets`. */
export function webhookFromRow(row: Record<string, unknown>, enabledEvents: unknown, includeSecrets: boolean): StoredWebhook {
  const config: Record<string, unknown> = { url: row.url, enabled_events: enabledEvents };
  for (const field of OPTIONAL_FIELDS) if (row[field] !== null && row[field] !== undefined) config[field] = row[field];
  if (includeSecrets) for (const field of ['secret', 'oidc_client_secret']) if (typeof row[field] === 'string') config[field] = row[field];
  return {
    accountId: row.account_id as string,
    id: row.id as string,
    version: row.version as number,
    config: config as WebhookConfig,
    createdAt: row.created_at as number,
    updatedAt: row.updated_at as number,
    representation: { json: row.representation as string, version: row.representation_version as number },
  };
}
