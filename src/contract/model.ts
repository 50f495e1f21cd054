/**
 * What the runner expects a stored webhook to look like, from what it sent: the create body, then each
 * accepted PATCH merged in with the contract's rules (`applyWebhookUpdate`); and the comparison of a
 * returned webhook with that expectation, or of two answers with each other, in words.
 * @module
 */
import { applyWebhookUpdate, type WebhookConfig } from '../validation/apply-update.js';
import type { ValidationResult } from '../validation/validate.js';

/** The fields of a returned webhook that follow from what was sent. */
const CONFIG_FIELDS = [
  'url',
  'enabled_events',
  'include',
  'oidc_auth_method',
  'oidc_client_id',
  'oidc_token_endpoint',
  'oidc_resource_uri',
  'oidc_scope',
  'oidc_access_token_ttl_seconds',
  'disabled_at',
] as const;

/** The value a field of the webhook must have, given what was sent. */
function expectedValue(config: WebhookConfig, field: (typeof CONFIG_FIELDS)[number]): unknown {
  const value = (config as Record<string, unknown>)[field];
  if (field === 'include') return value ?? '*';
  return value ?? null;
}

function same(field: string, actual: unknown, expected: unknown): boolean {
  if (field === 'enabled_events' && Array.isArray(actual) && Array.isArray(expected)) {
    // a set of event types: the contract says nothing of their order
    return actual.length === expected.length && expected.every((event) => actual.includes(event));
  }
  if (field === 'disabled_at' && typeof actual === 'string' && typeof expected === 'string') {
    // the same instant, whatever offset the server writes it with
    return Date.parse(actual) === Date.parse(expected);
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * The fields in which a returned webhook differs from what was sent, each in a sentence.
 * @example
 * differencesFromConfig({ url: 'https://a.example.com/', include: '*', … }, { url: 'https://b.example.com/', enabled_events: ['*'] })
 * // ['url is "https://a.example.com/"; expected "https://b.example.com/"']
 */
export function differencesFromConfig(actual: unknown, config: WebhookConfig): string[] {
  if (typeof actual !== 'object' || actual === null) return ['the answer is not a webhook object'];
  const webhook = actual as Record<string, unknown>;
  return CONFIG_FIELDS.filter((field) => !same(field, webhook[field], expectedValue(config, field))).map(
    (field) => `${field} is ${show(webhook[field])}; expected ${show(expectedValue(config, field))}`,
  );
}

/**
 * The fields in which two answers about the same webhook differ (`updated_at` may move forward only when
 * `allowNewer` says so), each in a sentence.
 * @example
 * differencesBetween(getBody, createBody, 'the create answer') // ['include is "names"; the create answer said "*"']
 */
export function differencesBetween(actual: unknown, earlier: unknown, earlierName: string): string[] {
  if (typeof actual !== 'object' || actual === null || typeof earlier !== 'object' || earlier === null) return ['the answer is not a webhook object'];
  const now = actual as Record<string, unknown>;
  const before = earlier as Record<string, unknown>;
  // a create answer's `secret` is the one the server generated, answered that once: reads never show it
  const fields = new Set([...Object.keys(now), ...Object.keys(before).filter((field) => field !== 'secret' || field in now)]);
  return [...fields].filter((field) => !same(field, now[field], before[field])).map((field) => `${field} is ${show(now[field])}; ${earlierName} said ${show(before[field])}`);
}

/**
 * Merges an update into the runner's model of a stored webhook, as the contract says a server must.
 * @example
 * mergeUpdate({ url, enabled_events: ['*'] }, { oidc_auth_method: 'client_secret' }).ok // false: the client secret is missing
 */
export function mergeUpdate(config: WebhookConfig, patch: unknown): ValidationResult<WebhookConfig> {
  return applyWebhookUpdate(config, patch);
}
