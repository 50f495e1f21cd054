/**
 * Friendly names for the generated contract types.
 * @module
 */
import type { components, paths, webhooks } from '../generated/openapi.js';

export type { components, paths, webhooks };

type Schemas = components['schemas'];
/** A webhook as the API returns it (no secret field). */
export type Webhook = Schemas['Webhook'];
/** The create body: a union discriminated on `oidc_auth_method`. */
export type WebhookCreate = Schemas['WebhookCreate'];
/** The update (PATCH) body. */
export type WebhookUpdate = Schemas['WebhookUpdate'];
/** One page of `listWebhooks`. */
export type WebhookList = Schemas['WebhookList'];
/** An RFC 9457 problem, the body of every error response. */
export type Problem = Schemas['Problem'];
/** Every event type the platform delivers. */
export type EventType = Schemas['EventType'];
/** Any event delivery, a union discriminated by `type`. */
export type WebhookEvent = {
  [K in keyof webhooks]: NonNullable<webhooks[K]['post']['requestBody']>['content']['application/json'];
}[keyof webhooks];
