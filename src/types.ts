/**
 * Friendly names for the generated contract types.
 * @module
 */
import type {
  components,
  paths,
  webhooks,
  WebhookUpdate,
  WebhookCreate,
  WebhookUpdateFieldsByForm,
  WebhookUpdateForms,
  WebhookUpdateKeepingOidc,
  WebhookUpdateRemovingOidc,
  WebhookUpdateSwitchingToClientSecret,
  WebhookUpdateSwitchingToPrivateKeyJwt,
} from '../generated/openapi.js';

export type { components, paths, webhooks };
export type { WebhookCreate, WebhookUpdate, WebhookUpdateKeepingOidc, WebhookUpdateRemovingOidc, WebhookUpdateSwitchingToClientSecret, WebhookUpdateSwitchingToPrivateKeyJwt };

type Schemas = components['schemas'];
/** A webhook as the API returns it (no secret field). */
export type Webhook = Schemas['Webhook'];
/** The name of the form of `WebhookUpdate` that `Form` is (each member of a form's union maps to it). */
type FormName<Form> = Form extends unknown
  ? { [Name in keyof WebhookUpdateFieldsByForm]: [Form] extends [WebhookUpdateForms[Name]] ? Name : never }[keyof WebhookUpdateFieldsByForm]
  : never;
/**
 * A form of the update body with every field optional (what `Partial<…>` of the form means): the type of
 * a body while it is being built. It is a `WebhookUpdate` once one field is known to be there.
 * @example
 * const fields: WebhookUpdateFields = {}; // WebhookUpdateFields<WebhookUpdateKeepingOidc>
 * if (newUrl) fields.url = newUrl;
 * await client.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: { ...fields, enabled_events: ['*'] } });
 */
export type WebhookUpdateFields<Form extends WebhookUpdate = WebhookUpdateKeepingOidc> = WebhookUpdateFieldsByForm[FormName<Form>];
/** One page of `listWebhooks`. */
export type WebhookList = Schemas['WebhookList'];
/** `enabled_events`: `["*"]` alone, or a list of event types. */
export type EnabledEvents = Schemas['EnabledEvents'];
/** One attempt-tracked delivery of an event to a webhook. */
export type Delivery = Schemas['Delivery'];
/** One page of `listWebhookDeliveries`. */
export type DeliveryList = Schemas['DeliveryList'];
/** The platform's public signing keys (`GET /.well-known/jwks.json`). */
export type JsonWebKeySet = Schemas['JsonWebKeySet'];
/** An RFC 9457 problem, the body of every error response. */
export type Problem = Schemas['Problem'];
/** Every event type the platform delivers. */
export type EventType = Schemas['EventType'];
/** A business under verification, the `data.object` of `business.*` events. */
export type Business = Schemas['Business'];
/** An order, the `data.object` of `order.*` events. */
export type Order = Schemas['Order'];
/** The fields every event has, whatever its type (types added later included). */
export type EventEnvelope = Schemas['EventEnvelope'];
/** Sent when a business is created. */
export type BusinessCreatedEvent = Schemas['BusinessCreatedEvent'];
/** Sent when a business's details change. */
export type BusinessUpdatedEvent = Schemas['BusinessUpdatedEvent'];
/** Sent when a business is approved. */
export type BusinessApprovedEvent = Schemas['BusinessApprovedEvent'];
/** Sent when a business is rejected. */
export type BusinessRejectedEvent = Schemas['BusinessRejectedEvent'];
/** Sent when an order is placed. */
export type OrderCreatedEvent = Schemas['OrderCreatedEvent'];
/** Sent when an order is completed. */
export type OrderCompletedEvent = Schemas['OrderCompletedEvent'];
/** Any event delivery, a union discriminated by `type`. */
export type WebhookEvent = {
  [K in keyof webhooks]: NonNullable<webhooks[K]['post']['requestBody']>['content']['application/json'];
}[keyof webhooks];
