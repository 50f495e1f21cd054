/* generated from spec/ by `npm run generate` — do not edit */

export interface paths {
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Returns your webhooks, newest first, one page at a time. Newest first is the reverse of the order in
         *     which they were created, also among webhooks with the same `created_at`: the order is the same on every
         *     call, and paging with `starting_after` shows each webhook once.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Registers an HTTPS endpoint to receive the events listed in `enabled_events`.
         *     `secret` and `oidc_client_secret` are write-only: they are never returned. Without a `secret`, the
         *     platform generates one and answers it once, in the `201` (`secret` there): store it then.
         *     The OIDC fields follow the rules of `oidc_auth_method`: `client_secret` requires `oidc_client_id`,
         *     `oidc_client_secret`, `oidc_token_endpoint` and `oidc_access_token_ttl_seconds`; `private_key_jwt`
         *     requires the same except `oidc_client_secret`, which it does not allow; both optionally accept
         *     `oidc_scope` and `oidc_resource_uri`; without `oidc_auth_method`, no `oidc_*` field is allowed.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook's `id`. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description Returns one webhook. Its secrets are never part of it.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook
         * @description Removes the webhook and stops its deliveries at once. Deleting it again answers `404`.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Update a webhook
         * @description Changes only the fields present in the body; `null` removes an optional value, and
         *     `disabled_at` disables (a date-time) or re-enables (`null`) the webhook.
         *     The OIDC rules hold for the resulting webhook, not only for the body: switching to
         *     `client_secret` needs `oidc_client_secret` unless one is already stored, switching to
         *     `private_key_jwt` discards the stored client secret, and `oidc_auth_method: null` removes
         *     the whole OIDC configuration.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook's `id`. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        /**
         * List a webhook's deliveries
         * @description Returns the deliveries of one webhook, newest first, one page at a time: each event sent (or being
         *     sent) to it, with its status, how many attempts were made, the latest answer or error, and when the
         *     next attempt is due. Deliveries never show a secret, a signature or an access token.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an event
         * @description For the platform's own services, not for customers: hands the platform's webhooks service an event
         *     that happened to an account, to be delivered to that account's enabled webhooks subscribed to its
         *     type (or to `*`). Authenticated with a **platform key**, never with an account's API key.
         *
         *     The event must be whole and valid by its type's schema in the `webhooks` section: a malformed event
         *     is refused with a `422` naming the field, before any receiver sees it. The event's `id` makes the
         *     publish idempotent: publishing the same event again (a retry after a time-out, say) schedules
         *     nothing more and answers the first publish's result with `Idempotent-Replayed: true`; the same `id`
         *     with a different body is a `409`. The deliveries are scheduled in the same transaction as the
         *     event's record, so an answered publish is never lost and never fans out twice. The answer says how
         *     many deliveries were made; their progress shows in each webhook's deliveries.
         */
        post: operations["publishEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the platform's signing keys
         * @description The public keys (a JWKS, RFC 7517) the platform signs `private_key_jwt` client assertions with. Give
         *     this URL to your identity provider as the client's JWKS URI, or copy the keys into it. No API key is
         *     needed. During a key rotation the set holds the new and the old key; assertions name theirs in `kid`.
         */
        get: operations["getSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "business.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * business.created
         * @description A business was submitted for verification.
         *
         *     Delivered to every enabled webhook subscribed to `business.created` (or to `*`), as a JSON `POST`.
         *     Verify its signature (`webhook-signature`, or `X-Webhook-Signature`) over the raw body before trusting it, and answer with any `2xx`
         *     status within 10 seconds; anything else (or no answer) is retried with exponential back-off for
         *     up to three days, always with the same event `id`.
         */
        post: operations["deliverBusinessCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "business.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * business.updated
         * @description A business changed.
         *
         *     Delivered to every enabled webhook subscribed to `business.updated` (or to `*`), as a JSON `POST`.
         *     Verify its signature (`webhook-signature`, or `X-Webhook-Signature`) over the raw body before trusting it, and answer with any `2xx`
         *     status within 10 seconds; anything else (or no answer) is retried with exponential back-off for
         *     up to three days, always with the same event `id`.
         */
        post: operations["deliverBusinessUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "business.approved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * business.approved
         * @description A business was approved.
         *
         *     Delivered to every enabled webhook subscribed to `business.approved` (or to `*`), as a JSON `POST`.
         *     Verify its signature (`webhook-signature`, or `X-Webhook-Signature`) over the raw body before trusting it, and answer with any `2xx`
         *     status within 10 seconds; anything else (or no answer) is retried with exponential back-off for
         *     up to three days, always with the same event `id`.
         */
        post: operations["deliverBusinessApprovedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "business.rejected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * business.rejected
         * @description A business was rejected.
         *
         *     Delivered to every enabled webhook subscribed to `business.rejected` (or to `*`), as a JSON `POST`.
         *     Verify its signature (`webhook-signature`, or `X-Webhook-Signature`) over the raw body before trusting it, and answer with any `2xx`
         *     status within 10 seconds; anything else (or no answer) is retried with exponential back-off for
         *     up to three days, always with the same event `id`.
         */
        post: operations["deliverBusinessRejectedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.created
         * @description An order was placed.
         *
         *     Delivered to every enabled webhook subscribed to `order.created` (or to `*`), as a JSON `POST`.
         *     Verify its signature (`webhook-signature`, or `X-Webhook-Signature`) over the raw body before trusting it, and answer with any `2xx`
         *     status within 10 seconds; anything else (or no answer) is retried with exponential back-off for
         *     up to three days, always with the same event `id`.
         */
        post: operations["deliverOrderCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * order.completed
         * @description An order finished.
         *
         *     Delivered to every enabled webhook subscribed to `order.completed` (or to `*`), as a JSON `POST`.
         *     Verify its signature (`webhook-signature`, or `X-Webhook-Signature`) over the raw body before trusting it, and answer with any `2xx`
         *     status within 10 seconds; anything else (or no answer) is retried with exponential back-off for
         *     up to three days, always with the same event `id`.
         */
        post: operations["deliverOrderCompletedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * WebhookId
         * Format: uuid
         * @description Unique identifier of the webhook.
         * @example 3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f
         */
        WebhookId: string;
        /**
         * HttpsUrl
         * Format: uri
         * @description An absolute `https://` URL, without credentials in it.
         * @example https://hooks.example.com/webhooks
         */
        HttpsUrl: string;
        /**
         * EventType
         * @description The kind of event a delivery announces. This list is the single source of the event types: the
         *     `webhooks` section has one entry for each of them.
         * @enum {string}
         */
        EventType: "business.created" | "business.updated" | "business.approved" | "business.rejected" | "order.created" | "order.completed";
        /**
         * EnabledEventType
         * @description An event type to subscribe to, or `*` for all events.
         */
        EnabledEventType: "*" | components["schemas"]["EventType"];
        /**
         * EnabledEvents
         * @description Array of event types to subscribe to, or `["*"]` for all events.
         * @example [
         *       "*"
         *     ]
         * @example [
         *       "business.created",
         *       "business.updated"
         *     ]
         */
        EnabledEvents: components["schemas"]["EnabledEventType"][] & ("*"[] | components["schemas"]["EventType"][]);
        /**
         * Include
         * @description Comma-delimited list of associations to include in webhook payloads. Omit or set to `*` for all.
         *     Use `identifiers` to receive only top-level scalar fields (`id`, `external_id`, `name`, `status`, etc.)
         *     with no associations. Associations: `addresses`, `names`, `people`, `registrations`, `tin`, `watchlist`.
         * @example *
         * @example identifiers
         * @example addresses,people
         */
        Include: string;
        /**
         * OidcAuthMethod
         * @description OIDC authentication method for obtaining access tokens. Required when configuring OIDC.
         *     `private_key_jwt` — requires `oidc_client_id`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`.
         *     `client_secret` — requires `oidc_client_id`, `oidc_client_secret`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`.
         *     Both methods optionally accept `oidc_scope` and `oidc_resource_uri`.
         * @enum {string}
         */
        OidcAuthMethod: "private_key_jwt" | "client_secret";
        /**
         * OidcClientId
         * @description OIDC client ID. Required for both auth methods.
         */
        OidcClientId: string;
        /**
         * OidcTokenEndpoint
         * @description OIDC token endpoint URL. Required for both auth methods.
         */
        OidcTokenEndpoint: components["schemas"]["HttpsUrl"];
        /**
         * OidcResourceUri
         * Format: uri
         * @description Optional. OIDC resource URI (Microsoft-specific; use `oidc_scope` for standard OAuth 2.0).
         */
        OidcResourceUri: string;
        /**
         * OidcScope
         * @description Optional. OAuth 2.0 scope for the token request (e.g. `api://<app-id>/.default`).
         */
        OidcScope: string;
        /**
         * OidcAccessTokenTtlSeconds
         * @description OIDC access token TTL in seconds. Required for both auth methods. How long the platform reuses a token before fetching a new one.
         */
        OidcAccessTokenTtlSeconds: number;
        /**
         * Timestamp
         * Format: date-time
         * @description An RFC 3339 date-time in UTC.
         * @example 2026-11-02T09:30:00Z
         */
        Timestamp: string;
        /**
         * Webhook
         * @description A webhook endpoint. Secrets are write-only: this object has no `secret` or `oidc_client_secret`
         *     field at all, and no other field may appear, so a leaked secret is a contract violation.
         *     The `oidc_*` fields are `null` when OIDC is not configured.
         */
        Webhook: {
            /**
             * @description String representing the object's type.
             * @constant
             */
            object: "webhook";
            id: components["schemas"]["WebhookId"];
            /** @description Webhook endpoint URL. */
            url: components["schemas"]["HttpsUrl"];
            enabled_events: components["schemas"]["EnabledEvents"];
            /** @description Associations included in payloads; `*` (all) when none was given. */
            include: components["schemas"]["Include"];
            oidc_auth_method: components["schemas"]["OidcAuthMethod"] | null;
            oidc_client_id: components["schemas"]["OidcClientId"] | null;
            oidc_token_endpoint: components["schemas"]["OidcTokenEndpoint"] | null;
            oidc_resource_uri: components["schemas"]["OidcResourceUri"] | null;
            oidc_scope: components["schemas"]["OidcScope"] | null;
            oidc_access_token_ttl_seconds: components["schemas"]["OidcAccessTokenTtlSeconds"] | null;
            /** @description When the webhook was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the webhook was last changed. */
            updated_at: components["schemas"]["Timestamp"];
            /** @description When the webhook was disabled; `null` while it receives deliveries. */
            disabled_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description Why the webhook is disabled, in words; `null` exactly when `disabled_at` is. The platform disables
             *     a webhook when its endpoint answers `410 Gone`, and when every attempt to it has failed for days
             *     (see "Failing endpoints" in the API description); a `PATCH` that sets `disabled_at` gives the
             *     reason "disabled through the API". `PATCH {"disabled_at": null}` re-enables it and clears this.
             */
            disabled_reason: string | null;
        };
        /**
         * WebhookList
         * @description One page of webhooks, newest first (the reverse of the order they were created in). Pass the last `id` as `starting_after` to get the next page while `has_more` is true.
         */
        WebhookList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Webhook"][];
            /** @description Whether another page follows this one. */
            has_more: boolean;
        };
        /**
         * ValidationError
         * @description One broken rule of a request.
         */
        ValidationError: {
            /**
             * @description A JSON pointer (RFC 6901) to the offending field of the request body; empty for the body itself.
             * @example /oidc_client_secret
             */
            pointer: string;
            /**
             * @description Which rule the field broke and what to change, in a sentence.
             * @example oidc_client_secret is required when oidc_auth_method is "client_secret"
             */
            message: string;
        };
        /**
         * Problem
         * @description An RFC 9457 problem details object. Validation problems (`422`) list every broken rule in `errors`.
         */
        Problem: {
            /**
             * Format: uri-reference
             * @description A URI that identifies the problem type.
             */
            type: string;
            /** @description A short summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request, in words a person understands. */
            detail?: string;
            /**
             * Format: uri-reference
             * @description The request path the problem occurred on.
             */
            instance?: string;
            /** @description For validation problems, one entry per broken rule. */
            errors?: components["schemas"]["ValidationError"][];
        };
        /**
         * OidcRules
         * @description The OIDC rules, one `if`/`then` per rule, so that a validator names the rule a request breaks.
         *     They accept exactly the objects that the `oneOf` of `OidcOff`, `OidcClientSecretAuth` and
         *     `OidcPrivateKeyJwtAuth` accepts; a test keeps the two statements in agreement.
         */
        OidcRules: unknown & unknown & unknown;
        /**
         * Without OIDC
         * @description No OIDC. Deliveries carry no access token, and no `oidc_*` field may be set.
         */
        OidcOff: OidcOff;
        /**
         * OidcClientSecret
         * @description OIDC client secret. Required when `oidc_auth_method` is `client_secret`. Write-only; never returned in responses.
         */
        OidcClientSecret: string;
        /**
         * OIDC: client_secret
         * @description OIDC with `client_secret`: the platform authenticates to your token endpoint with the client ID and
         *     secret. Requires `oidc_client_id`, `oidc_client_secret`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`.
         */
        OidcClientSecretAuth: OidcClientSecretAuth;
        /**
         * OIDC: private_key_jwt
         * @description OIDC with `private_key_jwt`: the platform authenticates to your token endpoint with a JWT it signs
         *     (RFC 7523). Requires `oidc_client_id`, `oidc_token_endpoint`, `oidc_access_token_ttl_seconds`;
         *     `oidc_client_secret` is not allowed.
         */
        OidcPrivateKeyJwtAuth: OidcPrivateKeyJwtAuth;
        /**
         * WebhookSecret
         * @description The secret the platform signs deliveries with (HMAC-SHA256, in `webhook-signature` and
         *     `X-Webhook-Signature`). Write-only; never returned in responses. Which bytes key the HMAC follows the
         *     Standard Webhooks rule, so that every Standard Webhooks library verifies with the secret as given:
         *
         *     - a secret that starts with `whsec_` is keyed with the **base64-decoded bytes** after the prefix, which
         *       must be standard base64 of 24 to 64 bytes, such as `whsec_` and 32 random bytes in base64
         *       (`echo "whsec_$(openssl rand -base64 32)"`);
         *     - any other secret is keyed with its **UTF-8 bytes**; use at least 16 random characters.
         *
         *     Leave it out on create and the platform makes one (`whsec_` and 32 random bytes in base64) and
         *     answers it once, in the `201`.
         */
        WebhookSecret: string;
        /**
         * WebhookCreate
         * @description A new webhook endpoint. The OIDC fields follow the rules of `oidc_auth_method`; the three allowed
         *     shapes are the `oneOf` below (no OIDC, `client_secret`, `private_key_jwt`). The same rules are also
         *     stated one by one (`allOf` of `if`/`then`) so that a validator can name the rule a request broke.
         */
        WebhookCreate: WebhookCreate;
        /**
         * WebhookCreated
         * @description A webhook just created: every field of `Webhook`, and `secret` when the request gave none and the
         *     platform generated it. That is the only time a secret is ever answered (an idempotent replay of the
         *     same request answers the same); no later read shows it. Store it now, as you would a secret you chose.
         *     Its fields are those of `Webhook` (a test holds the two lists equal).
         */
        WebhookCreated: {
            /**
             * @description String representing the object's type.
             * @constant
             */
            object: "webhook";
            id: components["schemas"]["WebhookId"];
            /** @description Webhook endpoint URL. */
            url: components["schemas"]["HttpsUrl"];
            enabled_events: components["schemas"]["EnabledEvents"];
            /** @description Associations included in payloads; `*` (all) when none was given. */
            include: components["schemas"]["Include"];
            oidc_auth_method: components["schemas"]["OidcAuthMethod"] | null;
            oidc_client_id: components["schemas"]["OidcClientId"] | null;
            oidc_token_endpoint: components["schemas"]["OidcTokenEndpoint"] | null;
            oidc_resource_uri: components["schemas"]["OidcResourceUri"] | null;
            oidc_scope: components["schemas"]["OidcScope"] | null;
            oidc_access_token_ttl_seconds: components["schemas"]["OidcAccessTokenTtlSeconds"] | null;
            /** @description When the webhook was created. */
            created_at: components["schemas"]["Timestamp"];
            /** @description When the webhook was last changed. */
            updated_at: components["schemas"]["Timestamp"];
            /** @description When the webhook was disabled; `null` while it receives deliveries. */
            disabled_at: components["schemas"]["Timestamp"] | null;
            /**
             * @description Why the webhook is disabled, in words; `null` exactly when `disabled_at` is. The platform disables
             *     a webhook when its endpoint answers `410 Gone`, and when every attempt to it has failed for days
             *     (see "Failing endpoints" in the API description); a `PATCH` that sets `disabled_at` gives the
             *     reason "disabled through the API". `PATCH {"disabled_at": null}` re-enables it and clears this.
             */
            disabled_reason: string | null;
            /**
             * @description The signing secret the platform generated because the request had none: `whsec_` and 32 random
             *     bytes in base64, keyed by the Standard Webhooks rule (the base64-decoded bytes), so that
             *     `new Webhook(secret)` of any Standard Webhooks library verifies with it as it is. Absent when the
             *     request gave a secret.
             */
            readonly secret?: string;
        };
        /**
         * WebhookUpdate
         * @description A partial update: only the fields present change. `null` removes an optional value:
         *     `disabled_at: null` re-enables the webhook, `oidc_scope: null` and `oidc_resource_uri: null`
         *     remove those settings, and `oidc_auth_method: null` removes the whole OIDC configuration.
         *     The OIDC rules hold for the **resulting** webhook, not only for this body: switching to
         *     `client_secret` needs `oidc_client_secret` unless one is stored, and switching to
         *     `private_key_jwt` discards a stored client secret.
         */
        WebhookUpdate: WebhookUpdate;
        /**
         * DeliveryId
         * Format: uuid
         * @description Unique identifier of a delivery.
         * @example 8d4c2b1a-6e5f-4a3b-9c2d-1e0f9a8b7c6d
         */
        DeliveryId: string;
        /**
         * DeliveryStatus
         * @description Where a delivery stands:
         *     - `pending`: not yet acknowledged; `next_attempt_at` says when it is tried (again).
         *     - `succeeded`: the endpoint answered a `2xx`.
         *     - `failed`: given up on: the retry window ended, the endpoint answered `410 Gone` (which disables the
         *       webhook), or the webhook was disabled or deleted before the delivery succeeded.
         * @enum {string}
         */
        DeliveryStatus: "pending" | "succeeded" | "failed";
        /**
         * Delivery
         * @description One event sent (or being sent) to one webhook, with the outcome of its latest attempt. It never holds
         *     a secret, a signature or an access token.
         */
        Delivery: {
            /**
             * @description String representing the object's type.
             * @constant
             */
            object: "delivery";
            id: components["schemas"]["DeliveryId"];
            webhook_id: components["schemas"]["WebhookId"];
            /**
             * Format: uuid
             * @description The delivered event's `id`, also sent as the `webhook-id` header of every attempt.
             */
            event_id: string;
            event_type: components["schemas"]["EventType"];
            status: components["schemas"]["DeliveryStatus"];
            /** @description How many attempts were made so far. */
            attempts: number;
            /** @description When the latest attempt was made; `null` before the first. */
            last_attempt_at: components["schemas"]["Timestamp"] | null;
            /** @description The HTTP status the endpoint answered to the latest attempt; `null` when it did not answer (or before the first attempt). */
            last_response_status: number | null;
            /** @description Why the latest attempt failed, in words (a time-out, a refused connection, a failed token request, a non-2xx status); `null` when it succeeded or before the first attempt. */
            last_error: string | null;
            /** @description When the next attempt is due; `null` once the delivery succeeded or failed. */
            next_attempt_at: components["schemas"]["Timestamp"] | null;
            /** @description When the delivery was scheduled. */
            created_at: components["schemas"]["Timestamp"];
        };
        /**
         * DeliveryList
         * @description One page of a webhook's deliveries, newest first. Pass the last `id` as `starting_after` to get the next page while `has_more` is true.
         */
        DeliveryList: {
            /** @constant */
            object: "list";
            data: components["schemas"]["Delivery"][];
            /** @description Whether another page follows this one. */
            has_more: boolean;
        };
        /**
         * AccountId
         * @description An account of the platform: the one an API key belongs to. 1 to 64 letters, digits or `_.:-`,
         *     starting with a letter or a digit.
         * @example acme
         */
        AccountId: string;
        /**
         * EventEnvelope
         * @description The fields every event delivery has. `data.object` is the resource the event is about, as it is now.
         */
        EventEnvelope: {
            /** @constant */
            object: "event";
            /**
             * Format: uuid
             * @description Unique identifier of the event. Retries of a delivery carry the same `id`; use it to ignore duplicates.
             */
            id: string;
            /**
             * @description The event type: one of `EventType`, pinned by each event's own schema. New types are added over
             *     time; a receiver acknowledges (2xx) an event whose type it does not handle.
             */
            type: string;
            /** @description When the event happened. It is covered by the signature; reject events older than your tolerance. */
            created_at: components["schemas"]["Timestamp"];
            /** @description The event's subject. Each event type says which object `data.object` is. */
            data: {
                /** @description The resource the event is about; every resource has `object` (its kind) and `id`. */
                object: {
                    object?: string;
                    id?: string;
                };
            };
        };
        /**
         * BusinessAddress
         * @description An address associated with the business.
         */
        BusinessAddress: {
            address_line1: string;
            address_line2: string | null;
            city: string;
            /** @description Two-letter state or region code. */
            state: string;
            postal_code: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            country: string;
            /** @description Whether you submitted this address (`false` when verification found it). */
            submitted: boolean;
        };
        /**
         * BusinessName
         * @description A name the business is known by.
         */
        BusinessName: {
            name: string;
            /** @enum {string} */
            type: "legal" | "dba";
            submitted: boolean;
        };
        /**
         * BusinessPerson
         * @description A person associated with the business, such as an officer.
         */
        BusinessPerson: {
            name: string;
            titles: string[];
        };
        /**
         * BusinessRegistration
         * @description A registration of the business with a secretary of state.
         */
        BusinessRegistration: {
            state: string;
            /** @enum {string} */
            status: "active" | "inactive" | "unknown";
            /** @description For example `llc` or `corporation`. */
            entity_type: string;
            /** Format: date */
            registration_date: string | null;
        };
        /**
         * BusinessTin
         * @description The business's taxpayer identification number check. The TIN itself is masked.
         */
        BusinessTin: {
            /** @description The TIN with all but the last four digits masked. */
            tin: string;
            verified: boolean;
        };
        /**
         * BusinessWatchlist
         * @description The result of screening the business and its people against sanctions watchlists.
         */
        BusinessWatchlist: {
            hit_count: number;
        };
        /**
         * Business
         * @description A business under verification, as carried in event payloads. The top-level scalar fields are always
         *     present; each association (`addresses`, `names`, `people`, `registrations`, `tin`, `watchlist`) is
         *     present only when the webhook's `include` asks for it (`*`, the default, asks for all;
         *     `identifiers` for none).
         */
        Business: {
            /** @constant */
            object: "business";
            /** Format: uuid */
            id: string;
            /** @description Your own identifier for the business, if you gave one. */
            external_id: string | null;
            /** @description The business's legal name as submitted. */
            name: string;
            /**
             * @description Where the business is in verification.
             * @enum {string}
             */
            status: "open" | "pending" | "in_review" | "approved" | "rejected";
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            addresses?: components["schemas"]["BusinessAddress"][];
            names?: components["schemas"]["BusinessName"][];
            people?: components["schemas"]["BusinessPerson"][];
            registrations?: components["schemas"]["BusinessRegistration"][];
            tin?: components["schemas"]["BusinessTin"] | null;
            watchlist?: components["schemas"]["BusinessWatchlist"] | null;
        };
        /** BusinessEventData */
        BusinessEventData: {
            object: components["schemas"]["Business"];
        };
        /**
         * BusinessCreatedEvent
         * @description Sent when a business is submitted for verification.
         */
        BusinessCreatedEvent: {
            /** @constant */
            type: "business.created";
            data?: components["schemas"]["BusinessEventData"];
        } & WithRequired<components["schemas"]["EventEnvelope"], "type">;
        /**
         * BusinessUpdatedEvent
         * @description Sent when a business's details, associations or status change.
         */
        BusinessUpdatedEvent: {
            /** @constant */
            type: "business.updated";
            data?: components["schemas"]["BusinessEventData"];
        } & WithRequired<components["schemas"]["EventEnvelope"], "type">;
        /**
         * BusinessApprovedEvent
         * @description Sent when verification finishes and the business is approved.
         */
        BusinessApprovedEvent: {
            /** @constant */
            type: "business.approved";
            data?: components["schemas"]["BusinessEventData"];
        } & WithRequired<components["schemas"]["EventEnvelope"], "type">;
        /**
         * BusinessRejectedEvent
         * @description Sent when verification finishes and the business is rejected.
         */
        BusinessRejectedEvent: {
            /** @constant */
            type: "business.rejected";
            data?: components["schemas"]["BusinessEventData"];
        } & WithRequired<components["schemas"]["EventEnvelope"], "type">;
        /**
         * Order
         * @description An order for verification products placed for a business.
         */
        Order: {
            /** @constant */
            object: "order";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            business_id: string;
            /** @enum {string} */
            status: "created" | "in_progress" | "completed" | "cancelled";
            products: ("identity" | "tin" | "watchlist" | "litigation" | "liens")[];
            created_at: components["schemas"]["Timestamp"];
            completed_at: components["schemas"]["Timestamp"] | null;
        };
        /** OrderEventData */
        OrderEventData: {
            object: components["schemas"]["Order"];
        };
        /**
         * OrderCreatedEvent
         * @description Sent when an order for verification products is placed.
         */
        OrderCreatedEvent: {
            /** @constant */
            type: "order.created";
            data?: components["schemas"]["OrderEventData"];
        } & WithRequired<components["schemas"]["EventEnvelope"], "type">;
        /**
         * OrderCompletedEvent
         * @description Sent when every product of an order has finished.
         */
        OrderCompletedEvent: {
            /** @constant */
            type: "order.completed";
            data?: components["schemas"]["OrderEventData"];
        } & WithRequired<components["schemas"]["EventEnvelope"], "type">;
        /**
         * Event
         * @description Any event of the contract: the schema of its `type` in the `webhooks` section (`order.created` is an
         *     `OrderCreatedEvent`, and so on), whole: `object`, `id`, `type`, `created_at` and `data`.
         */
        Event: ({
            type: components["schemas"]["EventType"];
        } & (unknown & unknown & unknown & unknown & unknown & unknown)) & (components["schemas"]["BusinessCreatedEvent"] | components["schemas"]["BusinessUpdatedEvent"] | components["schemas"]["BusinessApprovedEvent"] | components["schemas"]["BusinessRejectedEvent"] | components["schemas"]["OrderCreatedEvent"] | components["schemas"]["OrderCompletedEvent"]);
        /**
         * EventPublish
         * @description An event the platform publishes to one account's webhooks.
         */
        EventPublish: {
            /** @description The account whose webhooks receive the event. */
            account_id: components["schemas"]["AccountId"];
            /**
             * @description The event as receivers get it. Its `id` is the publish's idempotency key: publishing the same `id`
             *     again for the account schedules nothing more.
             */
            event: components["schemas"]["Event"];
        };
        /**
         * EventPublication
         * @description What publishing an event did.
         */
        EventPublication: {
            /** @constant */
            object: "event_publication";
            account_id: components["schemas"]["AccountId"];
            /**
             * Format: uuid
             * @description The event's `id`, which every delivery of it carries as `webhook-id`.
             */
            event_id: string;
            event_type: components["schemas"]["EventType"];
            /**
             * @description How many deliveries the event made when it was first published: one for each of the account's
             *     enabled webhooks subscribed to its type (or to `*`) at that moment. A replay answers the same number.
             */
            deliveries: number;
            /** @description When the event was first published. */
            published_at: components["schemas"]["Timestamp"];
        };
        /**
         * JsonWebKey
         * @description A public signing key (RFC 7517) of the platform. Only public members appear: a private member
         *     (`d`, `p`, `q`, `dp`, `dq`, `qi`, `k`) would be a leak, so the object is closed.
         */
        JsonWebKey: {
            /** @enum {string} */
            kty: "RSA" | "EC" | "OKP";
            /** @description The key's id; the `kid` header of each client assertion names the key that signed it. */
            kid: string;
            /** @constant */
            use: "sig";
            /** @enum {string} */
            alg: "RS256" | "PS256" | "ES256" | "EdDSA";
            /** @description RSA modulus (base64url). */
            n?: string;
            /** @description RSA public exponent (base64url). */
            e?: string;
            /** @enum {string} */
            crv?: "P-256" | "Ed25519";
            /** @description EC or OKP public x coordinate (base64url). */
            x?: string;
            /** @description EC public y coordinate (base64url). */
            y?: string;
        };
        /**
         * JsonWebKeySet
         * @description The public keys the platform signs `private_key_jwt` client assertions with (RFC 7517). Register this
         *     URL (or these keys) with your identity provider as the client's JWKS. During a key rotation it lists
         *     both the new and the old key.
         */
        JsonWebKeySet: {
            keys: components["schemas"]["JsonWebKey"][];
        };
    };
    responses: {
        /** @description The request is malformed: its body is not valid JSON, or a path or query parameter is invalid. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The bearer token is missing or not a valid API key. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The `Accept` header allows neither `application/json` nor `application/problem+json`, the only media
         *     types the API answers with. A malformed `Accept` header is ignored, as is none at all.
         */
        NotAcceptable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests: wait for the number of seconds in `Retry-After`, then send the request again. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfter"];
                RateLimit: components["headers"]["RateLimit"];
                "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The API cannot answer right now (maintenance or overload). Nothing was changed; send the request
         *     again later, after `Retry-After` seconds when it is present.
         */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "Retry-After": components["headers"]["RetryAfterOptional"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The account already has as many webhooks as it may (the server's per-account limit; the reference
         *     server allows 100 unless configured otherwise). Nothing was created: delete a webhook you no longer
         *     need, or ask for a higher limit, then send the request again. An `Idempotency-Key` that was answered
         *     `201` before is still answered with that first result.
         */
        WebhookLimitReached: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than 64 KiB. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is not sent as application/json. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is valid JSON but breaks one or more rules of the contract (`errors` lists each one), or it reuses an `Idempotency-Key` with a different body. */
        CreateValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No webhook with this id exists (or it was deleted). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is valid JSON but breaks one or more rules of the contract; `errors` lists each one. */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The bearer token is missing or not a platform key (an account's API key is not one). */
        PlatformUnauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                "WWW-Authenticate": components["headers"]["WwwAuthenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description An event with this `id` was already published for the account, with a different body. Nothing was
         *     scheduled: an event id names one event; give a new event a new id.
         */
        EventIdReused: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The body is valid JSON but breaks one or more rules: the event does not keep its type's schema, or
         *     `account_id` is not an account id. `errors` lists each one, with a JSON pointer into the body. Nothing
         *     was published.
         */
        EventValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["RequestId"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description How many webhooks to return, from 1 to 100. */
        Limit: number;
        /** @description A cursor for pagination. Pass the `id` of the last webhook of the previous page to get the page after it. */
        StartingAfter: components["schemas"]["WebhookId"];
        /**
         * @description A key you choose (a UUID is a good one) that makes retrying this request safe. A request with a key
         *     that was used in the last 24 hours, with the same body, is answered with the first request's result
         *     (and `Idempotent-Replayed: true`) instead of creating a second webhook; with a different body it is
         *     a `422`. Keys belong to your API key's account and are kept for 24 hours.
         * @example 5d2f9a7e-3c1b-4e8d-9a6f-2b7c0d1e4f3a
         */
        IdempotencyKey: string;
        /** @description The webhook's `id`. */
        WebhookIdPath: components["schemas"]["WebhookId"];
        /** @description How many deliveries to return, from 1 to 100. */
        DeliveryLimit: number;
        /** @description A cursor for pagination. Pass the `id` of the last delivery of the previous page to get the page after it. */
        DeliveryStartingAfter: components["schemas"]["DeliveryId"];
        /**
         * @description The event's `id` (Standard Webhooks). The same on every attempt of a delivery: use it to ignore
         *     duplicates. It is part of the content `webhook-signature` signs.
         * @example 0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e
         */
        StandardWebhookId: string;
        /**
         * @description When this attempt was sent, in whole seconds since the Unix epoch (Standard Webhooks). A new value on
         *     every attempt; it is part of the content `webhook-signature` signs, so a receiver can refuse a
         *     replayed delivery: reject one whose timestamp is more than five minutes from your clock.
         * @example 1793613600
         */
        StandardWebhookTimestamp: string;
        /**
         * @description Present when the webhook has a `secret` (Standard Webhooks): `v1,` followed by the base64
         *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed by the Standard Webhooks rule:
         *     the base64-decoded bytes after the prefix of a `whsec_` secret, the UTF-8 bytes of any other. Several
         *     space-separated signatures may appear; accept the delivery when any one of them matches. A Standard
         *     Webhooks library verifies a `whsec_` secret as it is (`new Webhook(secret)`), and any other secret
         *     given as `whsec_` and the base64 of its UTF-8 bytes.
         * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
         */
        StandardWebhookSignature: string;
        /**
         * @description Present when the webhook has a `secret`: the lowercase hex HMAC-SHA256 of the raw request body,
         *     keyed as `webhook-signature` is (a `whsec_` secret by its base64-decoded bytes, any other by its
         *     UTF-8 bytes). Compare it in constant time with the value you compute over the raw bytes.
         * @example 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
         */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description A unique identifier of this request, made by the server. Quote it when you contact support; the
         *     server's logs carry the same value.
         */
        RequestId: string;
        /** @description The authentication scheme the API expects. */
        WwwAuthenticate: string;
        /** @description How many seconds to wait before sending the request again (RFC 9110, `delay-seconds` form only). */
        RetryAfter: number;
        /**
         * @description What is left of the quota the request counted against (the IETF RateLimit header fields draft):
         *     `"<policy>";r=<requests remaining>;t=<seconds until the window resets>`, such as `"per-key";r=0;t=42`.
         */
        RateLimit: string;
        /**
         * @description The quota itself (the IETF RateLimit header fields draft): `"<policy>";q=<requests>;w=<window in
         *     seconds>`, such as `"per-key";q=1200;w=60` for 1,200 requests a minute per API key.
         */
        RateLimitPolicy: string;
        /** @description When present, how many seconds to wait before trying again (RFC 9110, `delay-seconds` form only). */
        RetryAfterOptional: number;
        /** @description The URL of the created webhook. */
        Location: string;
        /**
         * @description `true` when this response is the stored result of an earlier request with the same `Idempotency-Key`,
         *     answered again instead of creating a second webhook.
         */
        IdempotentReplayed: "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWebhooks: {
        parameters: {
            query?: {
                /** @description How many webhooks to return, from 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description A cursor for pagination. Pass the `id` of the last webhook of the previous page to get the page after it. */
                starting_after?: components["parameters"]["StartingAfter"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of webhooks. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description A key you choose (a UUID is a good one) that makes retrying this request safe. A request with a key
                 *     that was used in the last 24 hours, with the same body, is answered with the first request's result
                 *     (and `Idempotent-Replayed: true`) instead of creating a second webhook; with a different body it is
                 *     a `422`. Keys belong to your API key's account and are kept for 24 hours.
                 * @example 5d2f9a7e-3c1b-4e8d-9a6f-2b7c0d1e4f3a
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /**
             * @description The webhook was created. `Location` is its URL. When the request gave no `secret`, the platform
             *     made one and this answer carries it, the only time it is ever shown.
             */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["WebhookLimitReached"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["CreateValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook's `id`. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook's `id`. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook's `id`. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description The webhook after the update. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description How many deliveries to return, from 1 to 100. */
                limit?: components["parameters"]["DeliveryLimit"];
                /** @description A cursor for pagination. Pass the `id` of the last delivery of the previous page to get the page after it. */
                starting_after?: components["parameters"]["DeliveryStartingAfter"];
            };
            header?: never;
            path: {
                /** @description The webhook's `id`. */
                id: components["parameters"]["WebhookIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    publishEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventPublish"];
            };
        };
        responses: {
            /**
             * @description The event is published: its deliveries are scheduled, and the sender delivers them. Also the answer
             *     to a publish of an event already published with the same body (`Idempotent-Replayed: true`).
             */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    /** @description `true` when the event had been published before, and this is that first result: nothing more was scheduled. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPublication"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["PlatformUnauthorized"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["EventIdReused"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["EventValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform's public signing keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            406: components["responses"]["NotAcceptable"];
            429: components["responses"]["TooManyRequests"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deliverBusinessCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's `id` (Standard Webhooks). The same on every attempt of a delivery: use it to ignore
                 *     duplicates. It is part of the content `webhook-signature` signs.
                 * @example 0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e
                 */
                "webhook-id": components["parameters"]["StandardWebhookId"];
                /**
                 * @description When this attempt was sent, in whole seconds since the Unix epoch (Standard Webhooks). A new value on
                 *     every attempt; it is part of the content `webhook-signature` signs, so a receiver can refuse a
                 *     replayed delivery: reject one whose timestamp is more than five minutes from your clock.
                 * @example 1793613600
                 */
                "webhook-timestamp": components["parameters"]["StandardWebhookTimestamp"];
                /**
                 * @description Present when the webhook has a `secret` (Standard Webhooks): `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed by the Standard Webhooks rule:
                 *     the base64-decoded bytes after the prefix of a `whsec_` secret, the UTF-8 bytes of any other. Several
                 *     space-separated signatures may appear; accept the delivery when any one of them matches. A Standard
                 *     Webhooks library verifies a `whsec_` secret as it is (`new Webhook(secret)`), and any other secret
                 *     given as `whsec_` and the base64 of its UTF-8 bytes.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature"?: components["parameters"]["StandardWebhookSignature"];
                /**
                 * @description Present when the webhook has a `secret`: the lowercase hex HMAC-SHA256 of the raw request body,
                 *     keyed as `webhook-signature` is (a `whsec_` secret by its base64-decoded bytes, any other by its
                 *     UTF-8 bytes). Compare it in constant time with the value you compute over the raw bytes.
                 * @example 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessCreatedEvent"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery. Its body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejected the delivery (for example a bad signature or token). It is retried. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed. The delivery is retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deliverBusinessUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's `id` (Standard Webhooks). The same on every attempt of a delivery: use it to ignore
                 *     duplicates. It is part of the content `webhook-signature` signs.
                 * @example 0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e
                 */
                "webhook-id": components["parameters"]["StandardWebhookId"];
                /**
                 * @description When this attempt was sent, in whole seconds since the Unix epoch (Standard Webhooks). A new value on
                 *     every attempt; it is part of the content `webhook-signature` signs, so a receiver can refuse a
                 *     replayed delivery: reject one whose timestamp is more than five minutes from your clock.
                 * @example 1793613600
                 */
                "webhook-timestamp": components["parameters"]["StandardWebhookTimestamp"];
                /**
                 * @description Present when the webhook has a `secret` (Standard Webhooks): `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed by the Standard Webhooks rule:
                 *     the base64-decoded bytes after the prefix of a `whsec_` secret, the UTF-8 bytes of any other. Several
                 *     space-separated signatures may appear; accept the delivery when any one of them matches. A Standard
                 *     Webhooks library verifies a `whsec_` secret as it is (`new Webhook(secret)`), and any other secret
                 *     given as `whsec_` and the base64 of its UTF-8 bytes.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature"?: components["parameters"]["StandardWebhookSignature"];
                /**
                 * @description Present when the webhook has a `secret`: the lowercase hex HMAC-SHA256 of the raw request body,
                 *     keyed as `webhook-signature` is (a `whsec_` secret by its base64-decoded bytes, any other by its
                 *     UTF-8 bytes). Compare it in constant time with the value you compute over the raw bytes.
                 * @example 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessUpdatedEvent"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery. Its body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejected the delivery (for example a bad signature or token). It is retried. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed. The delivery is retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deliverBusinessApprovedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's `id` (Standard Webhooks). The same on every attempt of a delivery: use it to ignore
                 *     duplicates. It is part of the content `webhook-signature` signs.
                 * @example 0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e
                 */
                "webhook-id": components["parameters"]["StandardWebhookId"];
                /**
                 * @description When this attempt was sent, in whole seconds since the Unix epoch (Standard Webhooks). A new value on
                 *     every attempt; it is part of the content `webhook-signature` signs, so a receiver can refuse a
                 *     replayed delivery: reject one whose timestamp is more than five minutes from your clock.
                 * @example 1793613600
                 */
                "webhook-timestamp": components["parameters"]["StandardWebhookTimestamp"];
                /**
                 * @description Present when the webhook has a `secret` (Standard Webhooks): `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed by the Standard Webhooks rule:
                 *     the base64-decoded bytes after the prefix of a `whsec_` secret, the UTF-8 bytes of any other. Several
                 *     space-separated signatures may appear; accept the delivery when any one of them matches. A Standard
                 *     Webhooks library verifies a `whsec_` secret as it is (`new Webhook(secret)`), and any other secret
                 *     given as `whsec_` and the base64 of its UTF-8 bytes.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature"?: components["parameters"]["StandardWebhookSignature"];
                /**
                 * @description Present when the webhook has a `secret`: the lowercase hex HMAC-SHA256 of the raw request body,
                 *     keyed as `webhook-signature` is (a `whsec_` secret by its base64-decoded bytes, any other by its
                 *     UTF-8 bytes). Compare it in constant time with the value you compute over the raw bytes.
                 * @example 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessApprovedEvent"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery. Its body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejected the delivery (for example a bad signature or token). It is retried. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed. The delivery is retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deliverBusinessRejectedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's `id` (Standard Webhooks). The same on every attempt of a delivery: use it to ignore
                 *     duplicates. It is part of the content `webhook-signature` signs.
                 * @example 0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e
                 */
                "webhook-id": components["parameters"]["StandardWebhookId"];
                /**
                 * @description When this attempt was sent, in whole seconds since the Unix epoch (Standard Webhooks). A new value on
                 *     every attempt; it is part of the content `webhook-signature` signs, so a receiver can refuse a
                 *     replayed delivery: reject one whose timestamp is more than five minutes from your clock.
                 * @example 1793613600
                 */
                "webhook-timestamp": components["parameters"]["StandardWebhookTimestamp"];
                /**
                 * @description Present when the webhook has a `secret` (Standard Webhooks): `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed by the Standard Webhooks rule:
                 *     the base64-decoded bytes after the prefix of a `whsec_` secret, the UTF-8 bytes of any other. Several
                 *     space-separated signatures may appear; accept the delivery when any one of them matches. A Standard
                 *     Webhooks library verifies a `whsec_` secret as it is (`new Webhook(secret)`), and any other secret
                 *     given as `whsec_` and the base64 of its UTF-8 bytes.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature"?: components["parameters"]["StandardWebhookSignature"];
                /**
                 * @description Present when the webhook has a `secret`: the lowercase hex HMAC-SHA256 of the raw request body,
                 *     keyed as `webhook-signature` is (a `whsec_` secret by its base64-decoded bytes, any other by its
                 *     UTF-8 bytes). Compare it in constant time with the value you compute over the raw bytes.
                 * @example 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessRejectedEvent"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery. Its body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejected the delivery (for example a bad signature or token). It is retried. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed. The delivery is retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deliverOrderCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's `id` (Standard Webhooks). The same on every attempt of a delivery: use it to ignore
                 *     duplicates. It is part of the content `webhook-signature` signs.
                 * @example 0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e
                 */
                "webhook-id": components["parameters"]["StandardWebhookId"];
                /**
                 * @description When this attempt was sent, in whole seconds since the Unix epoch (Standard Webhooks). A new value on
                 *     every attempt; it is part of the content `webhook-signature` signs, so a receiver can refuse a
                 *     replayed delivery: reject one whose timestamp is more than five minutes from your clock.
                 * @example 1793613600
                 */
                "webhook-timestamp": components["parameters"]["StandardWebhookTimestamp"];
                /**
                 * @description Present when the webhook has a `secret` (Standard Webhooks): `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed by the Standard Webhooks rule:
                 *     the base64-decoded bytes after the prefix of a `whsec_` secret, the UTF-8 bytes of any other. Several
                 *     space-separated signatures may appear; accept the delivery when any one of them matches. A Standard
                 *     Webhooks library verifies a `whsec_` secret as it is (`new Webhook(secret)`), and any other secret
                 *     given as `whsec_` and the base64 of its UTF-8 bytes.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature"?: components["parameters"]["StandardWebhookSignature"];
                /**
                 * @description Present when the webhook has a `secret`: the lowercase hex HMAC-SHA256 of the raw request body,
                 *     keyed as `webhook-signature` is (a `whsec_` secret by its base64-decoded bytes, any other by its
                 *     UTF-8 bytes). Compare it in constant time with the value you compute over the raw bytes.
                 * @example 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreatedEvent"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery. Its body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejected the delivery (for example a bad signature or token). It is retried. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed. The delivery is retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deliverOrderCompletedEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The event's `id` (Standard Webhooks). The same on every attempt of a delivery: use it to ignore
                 *     duplicates. It is part of the content `webhook-signature` signs.
                 * @example 0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e
                 */
                "webhook-id": components["parameters"]["StandardWebhookId"];
                /**
                 * @description When this attempt was sent, in whole seconds since the Unix epoch (Standard Webhooks). A new value on
                 *     every attempt; it is part of the content `webhook-signature` signs, so a receiver can refuse a
                 *     replayed delivery: reject one whose timestamp is more than five minutes from your clock.
                 * @example 1793613600
                 */
                "webhook-timestamp": components["parameters"]["StandardWebhookTimestamp"];
                /**
                 * @description Present when the webhook has a `secret` (Standard Webhooks): `v1,` followed by the base64
                 *     HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed by the Standard Webhooks rule:
                 *     the base64-decoded bytes after the prefix of a `whsec_` secret, the UTF-8 bytes of any other. Several
                 *     space-separated signatures may appear; accept the delivery when any one of them matches. A Standard
                 *     Webhooks library verifies a `whsec_` secret as it is (`new Webhook(secret)`), and any other secret
                 *     given as `whsec_` and the base64 of its UTF-8 bytes.
                 * @example v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=
                 */
                "webhook-signature"?: components["parameters"]["StandardWebhookSignature"];
                /**
                 * @description Present when the webhook has a `secret`: the lowercase hex HMAC-SHA256 of the raw request body,
                 *     keyed as `webhook-signature` is (a `whsec_` secret by its base64-decoded bytes, any other by its
                 *     UTF-8 bytes). Compare it in constant time with the value you compute over the raw bytes.
                 * @example 5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
                 */
                "X-Webhook-Signature"?: components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCompletedEvent"];
            };
        };
        responses: {
            /** @description The receiver accepted the delivery. Its body is ignored. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver rejected the delivery (for example a bad signature or token). It is retried. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The receiver failed. The delivery is retried. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
/**
 * No OIDC. (`components["schemas"]["OidcOff"]`)
 */
export type OidcOff = {
    oidc_auth_method?: never;
    oidc_client_id?: never;
    oidc_client_secret?: never;
    oidc_token_endpoint?: never;
    oidc_resource_uri?: never;
    oidc_scope?: never;
    oidc_access_token_ttl_seconds?: never;
};
/**
 * OIDC with `client_secret`: the platform authenticates to your token endpoint with the client ID and
 * secret. (`components["schemas"]["OidcClientSecretAuth"]`)
 */
export type OidcClientSecretAuth = {
    /** @constant */
    oidc_auth_method: "client_secret";
    oidc_client_id: components["schemas"]["OidcClientId"];
    oidc_client_secret: components["schemas"]["OidcClientSecret"];
    oidc_token_endpoint: components["schemas"]["OidcTokenEndpoint"];
    oidc_resource_uri?: components["schemas"]["OidcResourceUri"];
    oidc_scope?: components["schemas"]["OidcScope"];
    oidc_access_token_ttl_seconds: components["schemas"]["OidcAccessTokenTtlSeconds"];
};
/**
 * OIDC with `private_key_jwt`: the platform authenticates to your token endpoint with a JWT it signs
 * (RFC 7523). (`components["schemas"]["OidcPrivateKeyJwtAuth"]`)
 */
export type OidcPrivateKeyJwtAuth = {
    /** @constant */
    oidc_auth_method: "private_key_jwt";
    oidc_client_id: components["schemas"]["OidcClientId"];
    oidc_client_secret?: Forbidden<"oidc_client_secret is only allowed when oidc_auth_method is \"client_secret\"; remove it for \"private_key_jwt\"">;
    oidc_token_endpoint: components["schemas"]["OidcTokenEndpoint"];
    oidc_resource_uri?: components["schemas"]["OidcResourceUri"];
    oidc_scope?: components["schemas"]["OidcScope"];
    oidc_access_token_ttl_seconds: components["schemas"]["OidcAccessTokenTtlSeconds"];
};
/**
 * A new webhook endpoint. (`components["schemas"]["WebhookCreate"]`)
 */
export type WebhookCreate = ({
    /** @description Webhook endpoint URL. Must be `https://`. */
    url: components["schemas"]["HttpsUrl"];
    enabled_events: components["schemas"]["EnabledEvents"];
    secret?: components["schemas"]["WebhookSecret"];
    include?: components["schemas"]["Include"];
    oidc_auth_method?: components["schemas"]["OidcAuthMethod"];
    oidc_client_id?: components["schemas"]["OidcClientId"];
    oidc_client_secret?: components["schemas"]["OidcClientSecret"];
    oidc_token_endpoint?: components["schemas"]["OidcTokenEndpoint"];
    oidc_resource_uri?: components["schemas"]["OidcResourceUri"];
    oidc_scope?: components["schemas"]["OidcScope"];
    oidc_access_token_ttl_seconds?: components["schemas"]["OidcAccessTokenTtlSeconds"];
} & components["schemas"]["OidcRules"]) & (components["schemas"]["OidcOff"] | components["schemas"]["OidcClientSecretAuth"] | components["schemas"]["OidcPrivateKeyJwtAuth"]);
/**
 * The fields every form of `WebhookUpdate` has.
 */
export type WebhookUpdateProperties = ({
    /** @description Webhook endpoint URL. Must be `https://`. */
    url?: components["schemas"]["HttpsUrl"];
    enabled_events?: components["schemas"]["EnabledEvents"];
    /** @description A new signing secret; replaces the old one at once. Write-only. */
    secret?: components["schemas"]["WebhookSecret"];
    include?: components["schemas"]["Include"];
    /** @description Set to a date-time to stop deliveries from then on; `null` re-enables the webhook. */
    disabled_at?: components["schemas"]["Timestamp"] | null;
    /** @description Set or change the OIDC method; `null` removes the OIDC configuration. */
    oidc_auth_method?: components["schemas"]["OidcAuthMethod"] | null;
    oidc_client_id?: components["schemas"]["OidcClientId"];
    oidc_client_secret?: components["schemas"]["OidcClientSecret"];
    oidc_token_endpoint?: components["schemas"]["OidcTokenEndpoint"];
    oidc_resource_uri?: components["schemas"]["OidcResourceUri"] | null;
    oidc_scope?: components["schemas"]["OidcScope"] | null;
    oidc_access_token_ttl_seconds?: components["schemas"]["OidcAccessTokenTtlSeconds"];
} & (unknown & unknown));
/**
 * `WebhookUpdateKeepingOidc` with every field optional: a body while it is being built.
 */
export type WebhookUpdateKeepingOidcFields = WebhookUpdateProperties & {
    oidc_auth_method?: never;
};
/**
 * An update that leaves the OIDC method as it is (no `oidc_auth_method`); the other OIDC fields may change.
 * A form of `WebhookUpdate`.
 */
export type WebhookUpdateKeepingOidc = AtLeastOneField<WebhookUpdateKeepingOidcFields>;
/**
 * `WebhookUpdateSwitchingToClientSecret` with every field optional: a body while it is being built.
 */
export type WebhookUpdateSwitchingToClientSecretFields = WebhookUpdateProperties & {
    /** @constant */
    oidc_auth_method: "client_secret";
};
/**
 * An update that sets `oidc_auth_method` to `client_secret`; `oidc_client_secret` is needed unless one is stored.
 * A form of `WebhookUpdate`.
 */
export type WebhookUpdateSwitchingToClientSecret = AtLeastOneField<WebhookUpdateSwitchingToClientSecretFields>;
/**
 * `WebhookUpdateSwitchingToPrivateKeyJwt` with every field optional: a body while it is being built.
 */
export type WebhookUpdateSwitchingToPrivateKeyJwtFields = WebhookUpdateProperties & {
    /** @constant */
    oidc_auth_method: "private_key_jwt";
    oidc_client_secret?: Forbidden<"oidc_client_secret is only allowed when oidc_auth_method is \"client_secret\"; remove it for \"private_key_jwt\"">;
};
/**
 * An update that sets `oidc_auth_method` to `private_key_jwt`; it has no `oidc_client_secret` (a stored one is discarded).
 * A form of `WebhookUpdate`.
 */
export type WebhookUpdateSwitchingToPrivateKeyJwt = AtLeastOneField<WebhookUpdateSwitchingToPrivateKeyJwtFields>;
/**
 * `WebhookUpdateRemovingOidc` with every field optional: a body while it is being built.
 */
export type WebhookUpdateRemovingOidcFields = WebhookUpdateProperties & {
    oidc_auth_method: NullOnly;
    oidc_client_id?: Forbidden<"leave oidc_client_id out: \"oidc_auth_method\": null removes it">;
    oidc_client_secret?: Forbidden<"leave oidc_client_secret out: \"oidc_auth_method\": null removes it">;
    oidc_token_endpoint?: Forbidden<"leave oidc_token_endpoint out: \"oidc_auth_method\": null removes it">;
    oidc_resource_uri?: Forbidden<"leave oidc_resource_uri out: \"oidc_auth_method\": null removes it">;
    oidc_scope?: Forbidden<"leave oidc_scope out: \"oidc_auth_method\": null removes it">;
    oidc_access_token_ttl_seconds?: Forbidden<"leave oidc_access_token_ttl_seconds out: \"oidc_auth_method\": null removes it">;
};
/**
 * An update that removes the OIDC configuration (`oidc_auth_method` null), and with it every other `oidc_*` field, so none of them may be in it.
 * A form of `WebhookUpdate`.
 */
export type WebhookUpdateRemovingOidc = AtLeastOneField<WebhookUpdateRemovingOidcFields>;
/**
 * Each form of `WebhookUpdate` with every field optional, by the form's name.
 */
export interface WebhookUpdateFieldsByForm {
    WebhookUpdateKeepingOidc: WebhookUpdateKeepingOidcFields;
    WebhookUpdateSwitchingToClientSecret: WebhookUpdateSwitchingToClientSecretFields;
    WebhookUpdateSwitchingToPrivateKeyJwt: WebhookUpdateSwitchingToPrivateKeyJwtFields;
    WebhookUpdateRemovingOidc: WebhookUpdateRemovingOidcFields;
}
/**
 * Each form of `WebhookUpdate`, by its name.
 */
export interface WebhookUpdateForms {
    WebhookUpdateKeepingOidc: WebhookUpdateKeepingOidc;
    WebhookUpdateSwitchingToClientSecret: WebhookUpdateSwitchingToClientSecret;
    WebhookUpdateSwitchingToPrivateKeyJwt: WebhookUpdateSwitchingToPrivateKeyJwt;
    WebhookUpdateRemovingOidc: WebhookUpdateRemovingOidc;
}
/**
 * A partial update: only the fields present change. One of its forms: `WebhookUpdateKeepingOidc`, `WebhookUpdateSwitchingToClientSecret`, `WebhookUpdateSwitchingToPrivateKeyJwt`, `WebhookUpdateRemovingOidc`.
 */
export type WebhookUpdate = WebhookUpdateKeepingOidc | WebhookUpdateSwitchingToClientSecret | WebhookUpdateSwitchingToPrivateKeyJwt | WebhookUpdateRemovingOidc;

/**
 * `null` as a field's only value. openapi-fetch's `Writable` drops a property typed exactly `null` from
 * request bodies (openapi-typescript issue 2717), so it is spelt with a member no value can have.
 */
export type NullOnly = null | { readonly 'null is the only value': never };
/**
 * A field a rule forbids here. Its type is the rule's sentence, so that assigning it a value fails to
 * compile with the rule as the message ("Type 'string' is not assignable to type '"oidc_client_secret is
 * only allowed when…"'"). A string literal rather than `never`, which says nothing, or an object type,
 * which openapi-fetch's `Writable` unfolds beside `string`; the validators refuse the sentence as well.
 */
export type Forbidden<Rule extends string> = Rule;
/**
 * An object type that needs at least one of its fields (a schema's `minProperties: 1`). A field whose
 * type is `never` (one the object cannot have) is not a way to satisfy it.
 */
export type AtLeastOneField<T> = T extends unknown
  ? T & { [K in keyof T]-?: [Exclude<T[K], undefined>] extends [never] ? never : { [P in K]-?: Exclude<T[P], undefined> } }[keyof T]
  : never;
