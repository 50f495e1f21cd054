/**
 * The stateful mode of the MSW handlers: the sandbox's semantics, in memory. Each bearer token is an
 * account of its own that starts with the spec's example webhooks and deliveries; webhooks are created
 * (an `Idempotency-Key` replays the first answer), read, listed newest first with cursors that outlive a
 * deletion, changed with the contract's PATCH merge rules, and deleted. `reset()` forgets every account.
 * @module
 */
import * as examples from '../../generated/examples.js';
import type { components } from '../../generated/openapi.js';
import { randomId } from '../client/random-id.js';
import { applyWebhookUpdate, type WebhookConfig } from '../validation/apply-update.js';
import { validationFailed, type Problem } from '../validation/problem.js';
import { idempotencyKeyReused, unknownCursor, webhookLimitReached, webhookNotFound } from '../http/resource-problems.js';
import type { SpecRoute } from '../spec/routes.js';
import { WebhooksContractError } from '../errors.js';

type Webhook = components['schemas']['Webhook'];
type WebhookCreate = components['schemas']['WebhookCreate'];
type Delivery = components['schemas']['Delivery'];

/** The most webhooks an account may have, as the sandbox allows by default. */
export const MAX_WEBHOOKS_PER_ACCOUNT = 100;

/** The `disabled_reason` of a webhook disabled by a PATCH of `disabled_at`, in the sandbox's words. */
const DISABLED_THROUGH_THE_API = 'disabled through the API';

/** How many random bytes a secret the platform makes has (Standard Webhooks: 24 to 64), as the sandbox makes it. */
const GENERATED_SECRET_BYTES = 32;

/** A stored webhook: its configuration (secrets included) and times; a deleted one stays as a tombstone for cursors. */
interface StoredWebhook {
  id: string;
  config: WebhookConfig;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
}

/** An answer the state gives: a JSON body with its status and headers, or a problem. */
export type StateAnswer = { status: number; body?: unknown; headers?: Record<string, string> } | { problem: Problem };

/** One account: its webhooks oldest first (tombstones kept), each webhook's deliveries newest first, its idempotency keys. */
interface Account {
  webhooks: StoredWebhook[];
  deliveries: Map<string, Delivery[]>;
  idempotency: Map<string, { body: string; answer: { status: number; body: unknown; headers: Record<string, string> } }>;
}

/** Each example webhook, with the create example that holds its secrets (the sandbox's seed). */
const SEED: readonly (readonly [Webhook, WebhookCreate])[] = [
  [examples.WebhookSelectedEvents, examples.WebhookCreateSelectedEvents],
  [examples.WebhookWildcard, examples.WebhookCreateWildcard],
  [examples.WebhookClientSecret, examples.WebhookCreateClientSecret],
  [examples.WebhookPrivateKeyJwt, examples.WebhookCreatePrivateKeyJwt],
];

const OIDC_FIELDS = ['oidc_auth_method', 'oidc_client_id', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope', 'oidc_access_token_ttl_seconds'] as const;

/**
 * A seeded destination under `.invalid` (`hooks.example.com` → `hooks.example.invalid`), as the sandbox seeds
 * it so that its examples never deliver off the machine: the same answers here as there.
 */
function seededDestination(url: string): string {
  const parsed = new URL(url);
  const labels = parsed.hostname.split('.');
  parsed.hostname = [...labels.slice(0, Math.max(1, labels.length - 1)), 'invalid'].join('.');
  return parsed.href;
}

function seededAccount(): Account {
  const webhooks = [...SEED]
    .sort(([a], [b]) => Date.parse(a.created_at) - Date.parse(b.created_at))
    .map(([webhook, create]): StoredWebhook => {
      const config: Record<string, unknown> = { url: seededDestination(webhook.url), enabled_events: webhook.enabled_events, include: webhook.include };
      for (const field of OIDC_FIELDS) if (webhook[field] !== null) config[field] = field === 'oidc_token_endpoint' ? seededDestination(webhook[field]) : webhook[field];
      const secrets = create as { secret?: string; oidc_client_secret?: string };
      if (secrets.secret !== undefined) config.secret = secrets.secret;
      if (secrets.oidc_client_secret !== undefined && webhook.oidc_auth_method === 'client_secret') config.oidc_client_secret = secrets.oidc_client_secret;
      return { id: webhook.id, config: config as WebhookConfig, createdAt: webhook.created_at, updatedAt: webhook.updated_at, deleted: false };
    });
  const deliveries = new Map<string, Delivery[]>();
  for (const delivery of examples.DeliveryListPage.data) deliveries.set(delivery.webhook_id, [...(deliveries.get(delivery.webhook_id) ?? []), structuredClone(delivery)]);
  return { webhooks, deliveries, idempotency: new Map() };
}

/** The `Webhook` object of a stored webhook: each field by name, in the spec's order, so that no secret can reach it. */
function webhookView(webhook: StoredWebhook): Webhook {
  const c = webhook.config;
  return {
    object: 'webhook',
    id: webhook.id,
    url: c.url,
    enabled_events: c.enabled_events,
    include: c.include ?? '*',
    oidc_auth_method: c.oidc_auth_method ?? null,
    oidc_client_id: c.oidc_client_id ?? null,
    oidc_token_endpoint: c.oidc_token_endpoint ?? null,
    oidc_resource_uri: c.oidc_resource_uri ?? null,
    oidc_scope: c.oidc_scope ?? null,
    oidc_access_token_ttl_seconds: c.oidc_access_token_ttl_seconds ?? null,
    created_at: webhook.createdAt,
    updated_at: webhook.updatedAt,
    disabled_at: c.disabled_at ?? null,
    disabled_reason: c.disabled_at === undefined || c.disabled_at === null ? null : (c.disabled_reason ?? DISABLED_THROUGH_THE_API),
  } as Webhook;
}

/** The canonical JSON of a value (keys sorted): what "the same body" means for an Idempotency-Key. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(GENERATED_SECRET_BYTES));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** One page of `items` (newest first) after the one whose id is `startingAfter`; `undefined` for a cursor that names none of `all`. */
function page<T extends { id: string }>(all: readonly T[], live: (item: T) => boolean, limit: number, startingAfter: string | undefined): { data: T[]; has_more: boolean } | undefined {
  let start = 0;
  if (startingAfter !== undefined) {
    const at = all.findIndex((item) => item.id === startingAfter);
    if (at < 0) return undefined;
    start = at + 1;
  }
  const rest = all.slice(start).filter(live);
  return { data: rest.slice(0, limit), has_more: rest.length > limit };
}

/** What one request gives the state: the caller's token, its checked parameters and body, and the problem's `instance`. */
export interface StateRequest {
  token: string;
  instance: string;
  values: Record<string, string | number>;
  body: unknown;
}

/** The in-memory state of a stateful set of handlers. */
export interface MemoryState {
  /** the answer of a stateful operation, or `undefined` for one the state does not keep (answered from examples) */
  answer(route: SpecRoute, request: StateRequest): StateAnswer | undefined;
  /** forgets every account: each token starts again from the spec's examples */
  reset(): void;
}

/** The `default` of a query parameter of a route (the page size), as the contract documents it. */
function defaultOf(route: SpecRoute, name: string): number {
  const value = route.parameters.get(`query:${name}`)?.default;
  if (typeof value !== 'number') throw new WebhooksContractError('ERR_SPEC_INVALID', `the spec gives ${route.operationId}'s ${name} no default`);
  return value;
}

/**
 * A new in-memory state; `now` gives the times of created and changed webhooks.
 * @example
 * const state = createMemoryState(() => new Date());
 * state.answer(route, { token: 'my-team', instance: '/v1/webhooks', values: {}, body: undefined });
 */
export function createMemoryState(now: () => Date = () => new Date()): MemoryState {
  const accounts = new Map<string, Account>();
  const accountOf = (token: string): Account => {
    let account = accounts.get(token);
    if (!account) accounts.set(token, (account = seededAccount()));
    return account;
  };

  const operations: Record<string, (route: SpecRoute, account: Account, request: StateRequest) => StateAnswer> = {
    listWebhooks(route, account, { instance, values }) {
      const newestFirst = [...account.webhooks].reverse();
      const found = page(newestFirst, (webhook) => !webhook.deleted, (values.limit as number | undefined) ?? defaultOf(route, 'limit'), values.starting_after as string | undefined);
      if (!found) return { problem: unknownCursor(instance, 'webhooks') };
      return { status: 200, body: { object: 'list', data: found.data.map(webhookView), has_more: found.has_more } };
    },

    createWebhook(_route, account, { instance, values, body }) {
      const key = values['Idempotency-Key'] as string | undefined;
      const fingerprint = canonicalJson(body);
      if (key !== undefined) {
        const first = account.idempotency.get(key);
        if (first && first.body !== fingerprint) return { problem: idempotencyKeyReused(instance) };
        if (first) return { status: first.answer.status, body: first.answer.body, headers: { ...first.answer.headers, 'Idempotent-Replayed': 'true' } };
      }
      if (account.webhooks.filter((webhook) => !webhook.deleted).length >= MAX_WEBHOOKS_PER_ACCOUNT) return { problem: webhookLimitReached(instance, MAX_WEBHOOKS_PER_ACCOUNT) };
      const given = body as WebhookConfig;
      // every webhook signs: without a secret, the platform makes one and answers it this once
      const generated = given.secret === undefined ? generateSecret() : undefined;
      const at = now().toISOString();
      const webhook: StoredWebhook = { id: randomId(), config: generated === undefined ? given : { ...given, secret: generated }, createdAt: at, updatedAt: at, deleted: false };
      account.webhooks.push(webhook);
      const answer = { status: 201, body: generated === undefined ? webhookView(webhook) : { ...webhookView(webhook), secret: generated }, headers: { Location: `/v1/webhooks/${webhook.id}` } };
      if (key !== undefined) account.idempotency.set(key, { body: fingerprint, answer });
      return answer;
    },

    getWebhook(_route, account, { instance, values }) {
      const webhook = live(account, values.id as string);
      return webhook ? { status: 200, body: webhookView(webhook) } : { problem: webhookNotFound(instance, values.id as string) };
    },

    updateWebhook(_route, account, { instance, values, body }) {
      const webhook = live(account, values.id as string);
      if (!webhook) return { problem: webhookNotFound(instance, values.id as string) };
      const patch = body as Record<string, unknown>;
      const merged = applyWebhookUpdate(webhook.config, patch);
      if (!merged.ok) return { problem: validationFailed(instance, merged.errors) };
      webhook.config = patch.disabled_at === undefined || patch.disabled_at === null ? merged.value : { ...merged.value, disabled_reason: DISABLED_THROUGH_THE_API };
      webhook.updatedAt = now().toISOString();
      return { status: 200, body: webhookView(webhook) };
    },

    deleteWebhook(_route, account, { instance, values }) {
      const webhook = live(account, values.id as string);
      if (!webhook) return { problem: webhookNotFound(instance, values.id as string) };
      // a tombstone: a cursor naming the deleted webhook still finds its place
      webhook.deleted = true;
      account.deliveries.delete(webhook.id);
      return { status: 204 };
    },

    listWebhookDeliveries(route, account, { instance, values }) {
      const id = values.id as string;
      if (!live(account, id)) return { problem: webhookNotFound(instance, id) };
      const found = page(account.deliveries.get(id) ?? [], () => true, (values.limit as number | undefined) ?? defaultOf(route, 'limit'), values.starting_after as string | undefined);
      if (!found) return { problem: unknownCursor(instance, "this webhook's deliveries") };
      return { status: 200, body: { object: 'list', data: found.data, has_more: found.has_more } };
    },
  };

  return {
    answer(route, request) {
      const operation = operations[route.operationId];
      return operation?.(route, accountOf(request.token), request);
    },
    reset: () => accounts.clear(),
  };
}

function live(account: Account, id: string): StoredWebhook | undefined {
  return account.webhooks.find((webhook) => webhook.id === id && !webhook.deleted);
}
