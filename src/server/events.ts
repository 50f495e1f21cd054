/**
 * Where the reference server's events come from. The API has no business or order resources of its own,
 * so nothing inside it happens that an event could report: events are made by whoever runs the server,
 * from code (`emit`, for a team's own tests and for a platform that embeds the server) and, in the sandbox,
 * by the trigger (`POST /v1/sandbox/events` and `webhooks-contract trigger`), which sends the spec's sample
 * of an event type. Either way the event fans out to the account's webhooks through the outbox.
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import * as examples from '../../generated/examples.js';
import { buildEvent, planDeliveries } from '../delivery/events.js';
import { toDeliveryResource, type DeliveryResource } from '../delivery/outbox.js';
import type { EventType, WebhookEvent } from '../types.js';
import { validateEvent } from '../validation/validate.js';
import { EventError } from './errors.js';
import type { NewDelivery, PublishedEvent, PublishOutcome, SenderWebhook, Store } from '../store/contract.js';
import { canonicalJson } from './idempotency.js';

/** The spec's example of each event type: what the trigger sends. */
export const SAMPLE_EVENTS = {
  'business.created': examples.BusinessCreatedEvent,
  'business.updated': examples.BusinessUpdatedEvent,
  'business.approved': examples.BusinessApprovedEvent,
  'business.rejected': examples.BusinessRejectedEvent,
  'order.created': examples.OrderCreatedEvent,
  'order.completed': examples.OrderCompletedEvent,
} as const satisfies Record<EventType, WebhookEvent>;

/** Every event type of the contract, in the spec's order. */
export const EVENT_TYPES = Object.keys(SAMPLE_EVENTS) as EventType[];

/** Whether `value` is an event type of the contract. */
export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(SAMPLE_EVENTS, value);
}

/** An event to send to an account's webhooks. */
export interface EmitRequest {
  type: EventType;
  /** the resource the event is about (a `Business` or an `Order`); the spec's example of `type` by default */
  object?: Record<string, unknown>;
  /** the event's id (`webhook-id` on every attempt); a new UUID by default */
  id?: string;
  /** only this webhook of the account, which must receive `type`; every webhook that does by default */
  webhookId?: string;
  /** the delays between attempts of its deliveries (ms), instead of the sender's retry policy */
  retrySchedule?: readonly number[];
}

/** What an emit did. */
export type EmitOutcome =
  /**
   * the event, and the deliveries scheduled for it (none when no webhook receives its type); `replayed`
   * when its id was published before with the same body, which scheduled nothing more
   */
  | { ok: true; event: WebhookEvent; deliveries: DeliveryResource[]; replayed?: boolean }
  /** `webhookId` names no webhook of this account */
  | { ok: false; reason: 'webhook-not-found' }
  /** `webhookId` names a webhook that does not receive this event now; `message` says why */
  | { ok: false; reason: 'webhook-not-receiving'; message: string }
  /** `id` was published before for this account with another body; nothing was scheduled */
  | { ok: false; reason: 'event-id-reused'; publishedAt: Date };

/** What `emitEvent` needs besides the store. */
export interface EmitContext {
  /** milliseconds since the epoch */
  now: () => number;
  /** a new delivery id; `randomUUID` by default */
  newId?: () => string;
  /**
   * the most deliveries one event makes (the per-account webhook limit): past it, the oldest webhooks get
   * it. An account holds more only when the limit was lowered after they were made
   */
  maxDeliveries?: number;
}

/**
 * Builds the event (checked against the spec's event schemas) and schedules one delivery for each webhook
 * of `accountId` that receives it, each with the associations its `include` asks for. Throws `EventError`
 * for an event the contract does not allow; the sender delivers what was scheduled.
 * @example
 * const outcome = await emitEvent(store, 'acme', { type: 'business.approved' }, { now: Date.now });
 */
export async function emitEvent(store: Store, accountId: string, request: EmitRequest, context: EmitContext): Promise<EmitOutcome> {
  if (!isEventType(request.type)) {
    throw new EventError(`the event type must be one of ${EVENT_TYPES.join(', ')}; got ${JSON.stringify(String(request.type)).slice(0, 80)}`);
  }
  const now = new Date(context.now());
  const event = buildEvent({
    id: request.id ?? randomUUID(),
    type: request.type,
    createdAt: now,
    object: request.object ?? (SAMPLE_EVENTS[request.type].data.object as Record<string, unknown>),
  });
  const checked = validateEvent(event);
  if (!checked.ok) {
    throw new EventError(`the event breaks the contract's ${request.type} schema: ${checked.errors.map((error) => `${error.pointer || '(event)'}: ${error.message}`).join('; ')}`);
  }

  let webhooks = await store.webhooksReceiving(accountId, request.type);
  if (request.webhookId !== undefined) {
    const named = await store.getWebhook(accountId, request.webhookId);
    if (named === undefined) return { ok: false, reason: 'webhook-not-found' };
    webhooks = webhooks.filter((webhook) => webhook.id === request.webhookId);
    const disabledAt = named.config.disabled_at;
    if (webhooks.length === 0) {
      return {
        ok: false,
        reason: 'webhook-not-receiving',
        message: `webhook ${request.webhookId} does not receive ${request.type} events: its enabled_events are ${named.config.enabled_events.join(', ')}`,
      };
    }
    if (typeof disabledAt === 'string' && Date.parse(disabledAt) <= now.getTime()) {
      return { ok: false, reason: 'webhook-not-receiving', message: `webhook ${request.webhookId} is disabled (since ${disabledAt}): clear its disabled_at to receive events again` };
    }
  }
  const receiving = new Set(webhooks.map((webhook) => webhook.id));
  const published = await publishEvent(store, accountId, event, {
    ...context,
    // the fan-out reads the receiving webhooks again, in the publish's transaction: the filter keeps the one named
    ...(request.webhookId === undefined ? {} : { only: (id: string) => receiving.has(id) }),
    ...(request.retrySchedule === undefined ? {} : { retrySchedule: request.retrySchedule }),
  });
  if (published.outcome === 'conflict') return { ok: false, reason: 'event-id-reused', publishedAt: published.publishedAt };
  return { ok: true, event, deliveries: published.deliveries, ...(published.outcome === 'replayed' ? { replayed: true } : {}) };
}

/** What `publishEvent` did: the store's outcome, with the deliveries this call scheduled. */
export type PublishResult =
  | { outcome: 'published' | 'replayed'; count: number; deliveries: DeliveryResource[]; publishedAt: Date }
  | { outcome: 'conflict'; publishedAt: Date };

/**
 * The one path every event takes to an account's webhooks (`POST /v1/events`, `emit`, the sandbox's
 * trigger): in one transaction of the store, the event's id is recorded with a digest of its body, and a
 * delivery scheduled for each webhook that receives it (at most `maxDeliveries`, the oldest first). A
 * second publish of the id answers the first one's count and schedules nothing (`replayed`); with another
 * body it is a `conflict`. `event` must already be valid by its type's schema.
 * @example
 * const result = await publishEvent(store, 'acme', event, { now: Date.now });
 */
export async function publishEvent(
  store: Store,
  accountId: string,
  event: WebhookEvent,
  context: EmitContext & { only?: (webhookId: string) => boolean; retrySchedule?: readonly number[] },
): Promise<PublishResult> {
  const publication = publicationOf(accountId, event, context);
  const outcome: PublishOutcome = await store.publishEvent(publication.publish, publication.plan);
  if (outcome.outcome === 'conflict') return outcome;
  const deliveries =
    outcome.outcome === 'replayed'
      ? []
      : publication.planned().map(({ body: _body, ...delivery }) =>
          toDeliveryResource({ ...delivery, status: 'pending', attempts: 0, last_attempt_at: null, last_response_status: null, last_error: null, next_attempt_at: delivery.created_at }),
        );
  return { outcome: outcome.outcome, count: outcome.deliveries, deliveries, publishedAt: outcome.publishedAt };
}

/**
 * What the store needs to publish `event` (its record, and the plan that turns the receiving webhooks into
 * deliveries), and the deliveries the plan made once the store ran it.
 */
export function publicationOf(
  accountId: string,
  event: WebhookEvent,
  context: EmitContext & { only?: (webhookId: string) => boolean; retrySchedule?: readonly number[] },
): { publish: PublishedEvent; plan: (webhooks: SenderWebhook[]) => NewDelivery[]; planned: () => NewDelivery[] } {
  const now = new Date(context.now());
  let planned: NewDelivery[] = [];
  return {
    publish: { accountId, eventId: event.id, eventType: event.type, fingerprint: eventFingerprint(event), publishedAt: now },
    plan: (webhooks) => {
      let receivers = context.only === undefined ? webhooks : webhooks.filter((webhook) => context.only!(webhook.id));
      if (context.maxDeliveries !== undefined && receivers.length > context.maxDeliveries) receivers = receivers.slice(0, context.maxDeliveries);
      planned = planDeliveries(event, receivers, { now, newId: context.newId ?? randomUUID, ...(context.retrySchedule === undefined ? {} : { retrySchedule: context.retrySchedule }) });
      return planned;
    },
    planned: () => planned,
  };
}

/** A digest of an event's body, whatever the order of its fields: the same id with another digest is another event. */
export function eventFingerprint(event: unknown): string {
  return createHash('sha256').update(canonicalJson(event), 'utf8').digest('base64url');
}
