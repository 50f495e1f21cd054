/**
 * What each operation of the contract does, keyed by `operationId`. The table's type is built from the
 * generated operations, so an operation added to the spec does not compile until it has a handler here.
 * Handlers get a request whose body and parameters already keep the contract's rules, and build every
 * answer from what the store holds.
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { toDeliveryResource } from '../delivery/outbox.js';
import type { operations } from '../../generated/validators.js';
import { applyWebhookUpdate, type WebhookConfig } from '../validation/apply-update.js';
import { specRoutes } from '../spec/routes.js';
import { validationFailed, type Problem } from '../validation/problem.js';
import { unknownCursor } from '../http/resource-problems.js';
import type { DestinationGuard } from './destinations.js';
import { requestFingerprint } from './idempotency.js';
import { eventIdReused, idempotencyKeyReused, temporarilyUnavailable, webhookLimitReached, webhookNotFound } from './problems.js';
import { publishEvent } from './events.js';
import { rfc3339Seconds } from '../delivery/events.js';
import type { WebhookEvent } from '../types.js';
import type { SigningKeys } from './signing-keys.js';
import { IDEMPOTENCY_TTL_MS, type CreateLimits, type Store } from '../store/contract.js';
import { DISABLED_THROUGH_THE_API, webhookRepresentation } from './views.js';
import { WebhooksContractError } from '../errors.js';

/** How many random bytes a secret the platform makes has (Standard Webhooks: 24 to 64). */
const GENERATED_SECRET_BYTES = 32;

/** A signing secret for a webhook created without one: `whsec_` and 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(GENERATED_SECRET_BYTES).toString('base64')}`;
}

/** Every operation of the contract. */
export type OperationId = keyof typeof operations;

/** A request as a handler sees it: authenticated, its body and parameters checked. */
export interface OperationRequest {
  /** the caller's account; undefined for public operations */
  accountId: string | undefined;
  /** the request path, for problems' `instance` */
  instance: string;
  /** the declared parameters, converted to their schema's type (`id`, `limit`, `Idempotency-Key`, …) */
  params: Record<string, string | number>;
  /** the parsed body, valid against the operation's schema; undefined for operations without one */
  body: unknown;
}

/** What a handler answers. */
export type OperationAnswer =
  | { status: number; json: string; headers?: Record<string, string> }
  | { status: 204; headers?: Record<string, string> }
  | { problem: Problem };

export type OperationHandler = (request: OperationRequest) => Promise<OperationAnswer>;
/** One handler per operation of the spec: a missing one is a compile error. */
export type OperationHandlers = { readonly [K in OperationId]: OperationHandler };

/** What the handlers work with. */
export interface OperationContext {
  store: Store;
  signingKeys: SigningKeys;
  guard: DestinationGuard;
  /** keys the digests of idempotent request bodies */
  fingerprintKey: Buffer;
  /** milliseconds since the epoch */
  now: () => number;
  /** a new webhook id (a UUID) */
  newId?: () => string;
  /** what a create must stay within; none by default (also the most deliveries one published event makes) */
  limits?: CreateLimits;
  /** told when deliveries were scheduled, so that the sender starts them now */
  onScheduled?: () => void;
}

/** How many times an update is tried again when another update changed the webhook in between. */
const UPDATE_ATTEMPTS = 5;

/** The spec's default of a query parameter (`limit`), so that the handlers use what the contract documents. */
function specDefault(operationId: OperationId, name: string): number {
  const schema = specRoutes()
    .find((route) => route.operationId === operationId)
    ?.parameters.get(`query:${name}`);
  if (typeof schema?.default !== 'number') throw new WebhooksContractError('ERR_SPEC_INVALID', `the spec gives ${operationId}'s ${name} no default`);
  return schema.default;
}

const json = (status: number, body: unknown): OperationAnswer => ({ status, json: JSON.stringify(body) });

/**
 * The handlers of every operation.
 * @example
 * const handlers = operationHandlers({ store, signingKeys, guard, fingerprintKey, now: Date.now });
 * await handlers.getWebhook({ accountId: 'acme', instance, params: { id }, body: undefined });
 */
export function operationHandlers(context: OperationContext): OperationHandlers {
  const { store, guard } = context;
  const newId = context.newId ?? randomUUID;
  const webhookPageLimit = specDefault('listWebhooks', 'limit');
  const deliveryPageLimit = specDefault('listWebhookDeliveries', 'limit');

  return {
    async listWebhooks({ accountId, instance, params }) {
      const startingAfter = params.starting_after as string | undefined;
      const page = await store.listWebhooks(accountId!, {
        limit: (params.limit as number | undefined) ?? webhookPageLimit,
        ...(startingAfter === undefined ? {} : { startingAfter }),
      });
      if (!page.ok) return { problem: unknownCursor(instance, 'webhooks') };
      // each webhook's JSON as stored with it: the page is assembled, not rendered
      const data = page.items.map((item) => item.representation.json).join(',');
      return { status: 200, json: `{"object":"list","data":[${data}],"has_more":${page.hasMore}}` };
    },

    async createWebhook({ accountId, instance, params, body }) {
      const given = body as WebhookConfig;
      const refused = await guard(given as Record<string, unknown>);
      if (refused.length > 0) return { problem: validationFailed(instance, refused) };
      const id = newId();
      const key = params['Idempotency-Key'] as string | undefined;
      const now = context.now();
      // every webhook signs: without a secret, the platform makes one and answers it this once
      const generated = given.secret === undefined ? generateWebhookSecret() : undefined;
      const config = generated === undefined ? given : { ...given, secret: generated };
      const representation = webhookRepresentation({ id, config, createdAt: now, updatedAt: now });
      const answer = generated === undefined ? representation.json : `${representation.json.slice(0, -1)},"secret":${JSON.stringify(generated)}}`;
      const created = { status: 201, body: answer, location: `/v1/webhooks/${id}` };
      const outcome = await store.createWebhook(
        { accountId: accountId!, id, config, createdAt: now, representation },
        key === undefined
          ? undefined
          : { key, fingerprint: requestFingerprint(context.fingerprintKey, body), notBefore: now - IDEMPOTENCY_TTL_MS, response: created },
        context.limits,
      );
      if (outcome.kind === 'key-reused') return { problem: idempotencyKeyReused(instance) };
      if (outcome.kind === 'limit-reached') return { problem: webhookLimitReached(instance, outcome.limit) };
      const response = outcome.kind === 'replayed' ? outcome.response : created;
      return {
        status: response.status,
        json: response.body,
        headers: { Location: response.location, ...(outcome.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {}) },
      };
    },

    async getWebhook({ accountId, instance, params }) {
      const representation = await store.getWebhookRepresentation(accountId!, params.id as string);
      return representation ? { status: 200, json: representation.json } : { problem: webhookNotFound(instance, params.id as string) };
    },

    async updateWebhook({ accountId, instance, params, body }) {
      const id = params.id as string;
      const patch = body as Record<string, unknown>;
      // a webhook the account does not have is a 404 whatever the patch says
      if (!(await store.getWebhookRepresentation(accountId!, id))) return { problem: webhookNotFound(instance, id) };
      const refused = await guard(patch);
      if (refused.length > 0) return { problem: validationFailed(instance, refused) };
      for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
        const current = await store.getWebhook(accountId!, id, { includeSecrets: true });
        if (!current) return { problem: webhookNotFound(instance, id) };
        const merged = applyWebhookUpdate(current.config, patch);
        if (!merged.ok) return { problem: validationFailed(instance, merged.errors) };
        const updatedAt = context.now();
        const config: WebhookConfig = patch.disabled_at === undefined || patch.disabled_at === null ? merged.value : { ...merged.value, disabled_reason: DISABLED_THROUGH_THE_API };
        const representation = webhookRepresentation({ id, config, createdAt: current.createdAt, updatedAt });
        const outcome = await store.updateWebhook(accountId!, id, current.version, { config, updatedAt, representation, secretReplaced: patch.secret !== undefined });
        if (outcome.kind === 'updated') return { status: 200, json: representation.json };
        if (outcome.kind === 'not-found') return { problem: webhookNotFound(instance, id) };
        // another update won the race: merge this patch into what it wrote
      }
      return { problem: temporarilyUnavailable(instance, 'This webhook is being changed by other requests at the same time') };
    },

    async deleteWebhook({ accountId, instance, params }) {
      const deleted = await store.deleteWebhook(accountId!, params.id as string, context.now());
      return deleted ? { status: 204 } : { problem: webhookNotFound(instance, params.id as string) };
    },

    async listWebhookDeliveries({ accountId, instance, params }) {
      const webhookId = params.id as string;
      if (!(await store.getWebhookRepresentation(accountId!, webhookId))) return { problem: webhookNotFound(instance, webhookId) };
      const startingAfter = params.starting_after as string | undefined;
      const page = await store.listDeliveries(accountId!, webhookId, {
        limit: (params.limit as number | undefined) ?? deliveryPageLimit,
        ...(startingAfter === undefined ? {} : { startingAfter }),
      });
      if (!page.ok) return { problem: unknownCursor(instance, "this webhook's deliveries") };
      return json(200, { object: 'list', data: page.items.map(toDeliveryResource), has_more: page.hasMore });
    },

    async publishEvent({ instance, body }) {
      // the body keeps the contract (EventPublish): the event is valid by its type's schema
      const { account_id: accountId, event } = body as { account_id: string; event: WebhookEvent };
      const result = await publishEvent(store, accountId, event, {
        now: context.now,
        newId,
        ...(context.limits === undefined ? {} : { maxDeliveries: context.limits.maxWebhooksPerAccount }),
      });
      if (result.outcome === 'conflict') return { problem: eventIdReused(instance, result.publishedAt, event.id, accountId) };
      if (result.deliveries.length > 0) context.onScheduled?.();
      const answer = json(202, {
        object: 'event_publication',
        account_id: accountId,
        event_id: event.id,
        event_type: event.type,
        deliveries: result.count,
        published_at: rfc3339Seconds(result.publishedAt),
      });
      return result.outcome === 'replayed' ? { ...answer, headers: { 'Idempotent-Replayed': 'true' } } : answer;
    },

    async getSigningKeys() {
      const answer = json(200, await context.signingKeys.jwks());
      // identity providers cache the set; a rotation publishes the next key an hour before it signs
      return { ...answer, headers: { 'Cache-Control': 'public, max-age=300' } };
    },
  };
}
