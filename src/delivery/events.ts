/**
 * Events as webhooks receive them: the envelope from the spec, which webhooks an event goes to
 * (`enabled_events`, `disabled_at`), and which `Business` associations each gets (`include`).
 * @module
 */
import type { EventType, WebhookEvent } from '../types.js';
import type { WebhookConfig } from '../validation/apply-update.js';

/**
 * A webhook as the sender sees it: its configuration (secrets included), its id, and, for a store that keeps several
 * accounts apart (webhook ids are unique only within an account), its account. `legacy_secret_key`: its
 * secret was set before version 2 of the contract, and is also signed with as its UTF-8 bytes.
 */
export type SenderWebhook = WebhookConfig & { id: string; account_id?: string; legacy_secret_key?: boolean };

/** The associations of a `Business` that `include` chooses among (the spec's `Include`). */
export const BUSINESS_ASSOCIATIONS = ['addresses', 'names', 'people', 'registrations', 'tin', 'watchlist'] as const;

/** What an event is made of. */
export interface EventInput {
  id: string;
  type: EventType;
  createdAt: Date;
  /** the resource the event is about, as it is now: a `Business` or an `Order` */
  object: Record<string, unknown>;
}

/**
 * The event envelope of the spec: `{ object: "event", id, type, created_at, data: { object } }`, with every
 * association of a `Business` (each webhook then gets what its `include` asks for).
 * @example
 * buildEvent({ id: randomUUID(), type: 'order.created', createdAt: new Date(), object: order })
 */
export function buildEvent(input: EventInput): WebhookEvent {
  return {
    object: 'event',
    id: input.id,
    type: input.type,
    created_at: rfc3339Seconds(input.createdAt),
    data: { object: input.object },
  } as WebhookEvent;
}

/** Whether a webhook gets events of `type` at `now`: enabled for it (or for `*`) and not disabled. */
export function webhookReceives(webhook: WebhookConfig, type: string, now: Date): boolean {
  if (webhook.disabled_at !== undefined && webhook.disabled_at !== null && Date.parse(webhook.disabled_at) <= now.getTime()) return false;
  return webhook.enabled_events.some((enabled) => enabled === '*' || enabled === type);
}

/**
 * The associations an `include` value asks for: all for `*` or none given, none for `identifiers`, or
 * those listed (spaces around commas allowed).
 * @example
 * includedAssociations('addresses, people') // Set { 'addresses', 'people' }
 */
export function includedAssociations(include: string | undefined | null): ReadonlySet<string> {
  const value = include?.trim() ?? '*';
  if (value === '*' || value === '') return new Set(BUSINESS_ASSOCIATIONS);
  if (value === 'identifiers') return new Set();
  return new Set(value.split(',').map((name) => name.trim()).filter((name) => (BUSINESS_ASSOCIATIONS as readonly string[]).includes(name)));
}

/**
 * The event as one webhook receives it: a `Business` keeps its top-level scalar fields and only the
 * associations its `include` asks for. Other objects (an `Order`) have no associations and are unchanged.
 */
export function eventForWebhook(event: WebhookEvent, webhook: Pick<WebhookConfig, 'include'>): WebhookEvent {
  const object = event.data.object as Record<string, unknown>;
  if (object.object !== 'business') return event;
  const wanted = includedAssociations(webhook.include);
  const filtered = Object.fromEntries(
    Object.entries(object).filter(([field]) => !(BUSINESS_ASSOCIATIONS as readonly string[]).includes(field) || wanted.has(field)),
  );
  return { ...event, data: { ...event.data, object: filtered } } as WebhookEvent;
}

/** A delivery to create: one event for one webhook, with the exact body every attempt sends. */
export interface NewDelivery {
  /** the webhook's account, copied from it when it has one */
  account_id?: string;
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: EventType;
  /** the JSON body, serialised once, so that every attempt sends (and signs) the same bytes */
  body: string;
  created_at: Date;
  /** the delays between its attempts (ms), when it has its own retry schedule; the sender's policy otherwise */
  retry_schedule?: readonly number[] | null;
}

/**
 * The deliveries an event makes: one per webhook that receives its type, each with its own `include`.
 * @example
 * await outbox.enqueue(planDeliveries(event, await store.listWebhooks(), { now: new Date(), newId: randomUUID }));
 */
export function planDeliveries(
  event: WebhookEvent,
  webhooks: readonly SenderWebhook[],
  options: { now: Date; newId: () => string; retrySchedule?: readonly number[] },
): NewDelivery[] {
  return webhooks
    .filter((webhook) => webhookReceives(webhook, event.type, options.now))
    .map((webhook) => ({
      ...(webhook.account_id === undefined ? {} : { account_id: webhook.account_id }),
      id: options.newId(),
      webhook_id: webhook.id,
      event_id: event.id,
      event_type: event.type,
      body: JSON.stringify(eventForWebhook(event, webhook)),
      created_at: options.now,
      ...(options.retrySchedule === undefined ? {} : { retry_schedule: options.retrySchedule }),
    }));
}

/** `2026-11-02T09:31:12Z`: RFC 3339 in whole seconds, as the spec's examples write times. */
export function rfc3339Seconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
