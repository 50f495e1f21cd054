/* generated from spec/ by `npm run generate` — do not edit */
/** The spec's named examples, each typed with the schema it illustrates. */
import type { components } from './openapi.js';

type Schemas = components["schemas"];

/** A business approved (include "identifiers") */
export const BusinessApprovedEvent: Schemas["BusinessApprovedEvent"] = {
  "object": "event",
  "id": "2d1a0f9e-8b7c-4d6e-af40-3b2c1d0e9f8a",
  "type": "business.approved",
  "created_at": "2026-11-02T10:05:00Z",
  "data": {
    "object": {
      "object": "business",
      "id": "7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b",
      "external_id": "cust_0042",
      "name": "Acme Widgets LLC",
      "status": "approved",
      "created_at": "2026-11-02T09:31:12Z",
      "updated_at": "2026-11-02T10:05:00Z"
    }
  }
};

/** A business submitted for verification (include "*") */
export const BusinessCreatedEvent: Schemas["BusinessCreatedEvent"] = {
  "object": "event",
  "id": "0b9e8d7c-6f5a-4b3c-8d2e-1f0a9b8c7d6e",
  "type": "business.created",
  "created_at": "2026-11-02T09:31:12Z",
  "data": {
    "object": {
      "object": "business",
      "id": "7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b",
      "external_id": "cust_0042",
      "name": "Acme Widgets LLC",
      "status": "pending",
      "created_at": "2026-11-02T09:31:12Z",
      "updated_at": "2026-11-02T09:31:12Z",
      "addresses": [
        {
          "address_line1": "100 Market St",
          "address_line2": "Suite 300",
          "city": "San Francisco",
          "state": "CA",
          "postal_code": "94105",
          "country": "US",
          "submitted": true
        }
      ],
      "names": [
        {
          "name": "Acme Widgets LLC",
          "type": "legal",
          "submitted": true
        }
      ],
      "people": [
        {
          "name": "Jordan Lee",
          "titles": [
            "CEO"
          ]
        }
      ],
      "registrations": [],
      "tin": {
        "tin": "*****6789",
        "verified": false
      },
      "watchlist": null
    }
  }
};

/** A business rejected (include "watchlist,tin") */
export const BusinessRejectedEvent: Schemas["BusinessRejectedEvent"] = {
  "object": "event",
  "id": "3e2b1a0f-9c8d-4e7f-b051-4c3d2e1f0a9b",
  "type": "business.rejected",
  "created_at": "2026-11-02T10:06:00Z",
  "data": {
    "object": {
      "object": "business",
      "id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
      "external_id": null,
      "name": "Shell Holdings Inc",
      "status": "rejected",
      "created_at": "2026-11-01T08:00:00Z",
      "updated_at": "2026-11-02T10:06:00Z",
      "tin": {
        "tin": "*****1234",
        "verified": false
      },
      "watchlist": {
        "hit_count": 2
      }
    }
  }
};

/** A business's details changed (include "addresses") */
export const BusinessUpdatedEvent: Schemas["BusinessUpdatedEvent"] = {
  "object": "event",
  "id": "1c0f9e8d-7a6b-4c5d-9e3f-2a1b0c9d8e7f",
  "type": "business.updated",
  "created_at": "2026-11-02T09:40:00Z",
  "data": {
    "object": {
      "object": "business",
      "id": "7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b",
      "external_id": "cust_0042",
      "name": "Acme Widgets LLC",
      "status": "in_review",
      "created_at": "2026-11-02T09:31:12Z",
      "updated_at": "2026-11-02T09:40:00Z",
      "addresses": [
        {
          "address_line1": "100 Market St",
          "address_line2": "Suite 300",
          "city": "San Francisco",
          "state": "CA",
          "postal_code": "94105",
          "country": "US",
          "submitted": true
        },
        {
          "address_line1": "1 Registered Agent Way",
          "address_line2": null,
          "city": "Wilmington",
          "state": "DE",
          "postal_code": "19801",
          "country": "US",
          "submitted": false
        }
      ]
    }
  }
};

/** No deliveries yet */
export const DeliveryListEmpty: Schemas["DeliveryList"] = {
  "object": "list",
  "data": [],
  "has_more": false
};

/** A delivery being retried and one that succeeded */
export const DeliveryListPage: Schemas["DeliveryList"] = {
  "object": "list",
  "data": [
    {
      "object": "delivery",
      "id": "8d4c2b1a-6e5f-4a3b-9c2d-1e0f9a8b7c6d",
      "webhook_id": "3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f",
      "event_id": "0b7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e",
      "event_type": "business.approved",
      "status": "pending",
      "attempts": 2,
      "last_attempt_at": "2026-11-02T10:00:35Z",
      "last_response_status": 503,
      "last_error": "the endpoint answered 503",
      "next_attempt_at": "2026-11-02T10:02:35Z",
      "created_at": "2026-11-02T10:00:00Z"
    },
    {
      "object": "delivery",
      "id": "2a9f8e7d-6c5b-4a39-8b2c-1d0e9f8a7b6c",
      "webhook_id": "3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f",
      "event_id": "6c2d8e4f-0a1b-4c3d-8e5f-7a9b1c3d5e7f",
      "event_type": "business.created",
      "status": "succeeded",
      "attempts": 1,
      "last_attempt_at": "2026-11-02T09:45:01Z",
      "last_response_status": 200,
      "last_error": null,
      "next_attempt_at": null,
      "created_at": "2026-11-02T09:45:00Z"
    }
  ],
  "has_more": false
};

/** The event went to the account's two webhooks that receive order.created */
export const EventPublicationOrderCreated: Schemas["EventPublication"] = {
  "object": "event_publication",
  "account_id": "acme",
  "event_id": "4f3c2b1a-0d9e-4f8a-8162-5d4e3f2a1b0c",
  "event_type": "order.created",
  "deliveries": 2,
  "published_at": "2026-11-02T09:31:14Z"
};

/** Publish an order.created event to the account acme */
export const EventPublishOrderCreated: Schemas["EventPublish"] = {
  "account_id": "acme",
  "event": {
    "object": "event",
    "id": "4f3c2b1a-0d9e-4f8a-8162-5d4e3f2a1b0c",
    "type": "order.created",
    "created_at": "2026-11-02T09:31:13Z",
    "data": {
      "object": {
        "object": "order",
        "id": "a1b2c3d4-e5f6-4789-8abc-def012345678",
        "business_id": "7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b",
        "status": "created",
        "products": [
          "identity",
          "tin",
          "watchlist"
        ],
        "created_at": "2026-11-02T09:31:13Z",
        "completed_at": null
      }
    }
  }
};

/** One RSA signing key */
export const JsonWebKeySet: Schemas["JsonWebKeySet"] = {
  "keys": [
    {
      "kty": "RSA",
      "kid": "2026-11-01",
      "use": "sig",
      "alg": "RS256",
      "n": "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw",
      "e": "AQAB"
    }
  ]
};

/** An order finished */
export const OrderCompletedEvent: Schemas["OrderCompletedEvent"] = {
  "object": "event",
  "id": "5a4d3c2b-1e0f-4a9b-9273-6e5f4a3b2c1d",
  "type": "order.completed",
  "created_at": "2026-11-02T10:04:59Z",
  "data": {
    "object": {
      "object": "order",
      "id": "a1b2c3d4-e5f6-4789-8abc-def012345678",
      "business_id": "7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b",
      "status": "completed",
      "products": [
        "identity",
        "tin",
        "watchlist"
      ],
      "created_at": "2026-11-02T09:31:13Z",
      "completed_at": "2026-11-02T10:04:59Z"
    }
  }
};

/** An order placed */
export const OrderCreatedEvent: Schemas["OrderCreatedEvent"] = {
  "object": "event",
  "id": "4f3c2b1a-0d9e-4f8a-8162-5d4e3f2a1b0c",
  "type": "order.created",
  "created_at": "2026-11-02T09:31:13Z",
  "data": {
    "object": {
      "object": "order",
      "id": "a1b2c3d4-e5f6-4789-8abc-def012345678",
      "business_id": "7e1c2b3a-4d5e-4f60-8a9b-0c1d2e3f4a5b",
      "status": "created",
      "products": [
        "identity",
        "tin",
        "watchlist"
      ],
      "created_at": "2026-11-02T09:31:13Z",
      "completed_at": null
    }
  }
};

/** The event id was published before with another body */
export const ProblemEventIdReused: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/event-id-reused",
  "title": "Event id reused",
  "status": 409,
  "detail": "Event 4f3c2b1a-0d9e-4f8a-8162-5d4e3f2a1b0c was published for account acme at 2026-11-02T09:31:14Z with a different body; nothing was scheduled. Give a new event a new id.",
  "instance": "/v1/events"
};

/** An order status the contract does not know, and a missing account */
export const ProblemEventInvalid: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/validation-failed",
  "title": "Validation failed",
  "status": 422,
  "detail": "The request body breaks 2 rules; see errors.",
  "instance": "/v1/events",
  "errors": [
    {
      "pointer": "/account_id",
      "message": "account_id is required"
    },
    {
      "pointer": "/event/data/object/status",
      "message": "event.data.object.status must be one of \"created\", \"in_progress\", \"completed\", \"cancelled\""
    }
  ]
};

/** An Idempotency-Key reused with another body */
export const ProblemIdempotencyKeyReused: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/idempotency-key-reused",
  "title": "Idempotency key reused",
  "status": 422,
  "detail": "This Idempotency-Key was already used in the last 24 hours with a different request body; use a new key for a new request.",
  "instance": "/v1/webhooks"
};

/** A query parameter is out of range */
export const ProblemInvalidParameter: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/invalid-parameter",
  "title": "Invalid parameter",
  "status": 400,
  "detail": "limit must be a whole number from 1 to 100.",
  "instance": "/v1/webhooks",
  "errors": [
    {
      "pointer": "/limit",
      "message": "limit must be at most 100"
    }
  ]
};

/** The body is not valid JSON */
export const ProblemMalformedJson: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/malformed-json",
  "title": "Malformed JSON",
  "status": 400,
  "detail": "The request body is not valid JSON: unexpected end of input at position 41.",
  "instance": "/v1/webhooks"
};

/** An Accept header without JSON */
export const ProblemNotAcceptable: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/not-acceptable",
  "title": "Not acceptable",
  "status": 406,
  "detail": "The API answers with application/json (application/problem+json for errors); the Accept header allows neither.",
  "instance": "/v1/webhooks"
};

/** No such webhook */
export const ProblemNotFound: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/not-found",
  "title": "Not found",
  "status": 404,
  "detail": "No webhook with id 3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f exists.",
  "instance": "/v1/webhooks/3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f"
};

/** client_secret without its secret */
export const ProblemOidcClientSecretMissing: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/validation-failed",
  "title": "Validation failed",
  "status": 422,
  "detail": "The request body breaks 1 rule; see errors.",
  "instance": "/v1/webhooks",
  "errors": [
    {
      "pointer": "/oidc_client_secret",
      "message": "oidc_client_secret is required when oidc_auth_method is \"client_secret\""
    }
  ]
};

/** The body is too large */
export const ProblemPayloadTooLarge: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/payload-too-large",
  "title": "Payload too large",
  "status": 413,
  "detail": "The request body is 70311 bytes; the limit is 65536 bytes (64 KiB).",
  "instance": "/v1/webhooks"
};

/** Temporarily unavailable */
export const ProblemServiceUnavailable: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/service-unavailable",
  "title": "Service unavailable",
  "status": 503,
  "detail": "The API is temporarily unavailable and nothing was changed; send the request again in a minute.",
  "instance": "/v1/webhooks"
};

/** Rate limited */
export const ProblemTooManyRequests: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/too-many-requests",
  "title": "Too many requests",
  "status": 429,
  "detail": "This API key sent too many requests; send the request again after 30 seconds.",
  "instance": "/v1/webhooks"
};

/** No valid bearer token */
export const ProblemUnauthorized: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/unauthorized",
  "title": "Unauthorized",
  "status": 401,
  "detail": "Send your API key as \"Authorization: Bearer <api key>\".",
  "instance": "/v1/webhooks"
};

/** A misspelt field and a plain http URL */
export const ProblemUnknownField: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/validation-failed",
  "title": "Validation failed",
  "status": 422,
  "detail": "The request body breaks 2 rules; see errors.",
  "instance": "/v1/webhooks",
  "errors": [
    {
      "pointer": "/url",
      "message": "url must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks"
    },
    {
      "pointer": "/enabled_event",
      "message": "enabled_event is not a known field"
    }
  ]
};

/** The body is not JSON */
export const ProblemUnsupportedMediaType: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/unsupported-media-type",
  "title": "Unsupported media type",
  "status": 415,
  "detail": "Send the body as JSON with \"Content-Type: application/json\"; got \"application/x-www-form-urlencoded\".",
  "instance": "/v1/webhooks"
};

/** The account's webhook limit reached */
export const ProblemWebhookLimitReached: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/webhook-limit-reached",
  "title": "Webhook limit reached",
  "status": 409,
  "detail": "This account already has 100 webhooks, the most it may have; delete one you no longer need before creating another.",
  "instance": "/v1/webhooks"
};

/** "*" listed beside other events */
export const ProblemWildcardMixed: Schemas["Problem"] = {
  "type": "https://api.example.com/problems/validation-failed",
  "title": "Validation failed",
  "status": 422,
  "detail": "The request body breaks 1 rule; see errors.",
  "instance": "/v1/webhooks",
  "errors": [
    {
      "pointer": "/enabled_events",
      "message": "enabled_events: \"*\" cannot be combined with other events; send [\"*\"] alone, or event types only, such as [\"order.created\"]"
    }
  ]
};

/** OIDC with client_secret (the secret is never returned) */
export const WebhookClientSecret: Schemas["Webhook"] & Schemas["WebhookCreated"] = {
  "object": "webhook",
  "id": "5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": [
    "business.created",
    "business.updated"
  ],
  "include": "addresses,people",
  "oidc_auth_method": "client_secret",
  "oidc_client_id": "6b1e7c52-webhooks",
  "oidc_token_endpoint": "https://login.example.com/oauth2/v2.0/token",
  "oidc_resource_uri": null,
  "oidc_scope": "api://6b1e7c52/.default",
  "oidc_access_token_ttl_seconds": 3600,
  "created_at": "2026-11-02T10:00:00Z",
  "updated_at": "2026-11-02T10:00:00Z",
  "disabled_at": null,
  "disabled_reason": null
};

/** OIDC with client_secret */
export const WebhookCreateClientSecret: Schemas["WebhookCreate"] = {
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": [
    "business.created",
    "business.updated"
  ],
  "secret": "whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL",
  "include": "addresses,people",
  "oidc_auth_method": "client_secret",
  "oidc_client_id": "6b1e7c52-webhooks",
  "oidc_client_secret": "s3cr3t-from-your-idp",
  "oidc_token_endpoint": "https://login.example.com/oauth2/v2.0/token",
  "oidc_scope": "api://6b1e7c52/.default",
  "oidc_access_token_ttl_seconds": 3600
};

/** No secret given, so the platform makes one */
export const WebhookCreateGeneratedSecret: Schemas["WebhookCreate"] = {
  "url": "https://hooks.example.com/orders",
  "enabled_events": [
    "order.created",
    "order.completed"
  ]
};

/** OIDC with private_key_jwt */
export const WebhookCreatePrivateKeyJwt: Schemas["WebhookCreate"] = {
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": [
    "*"
  ],
  "secret": "whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL",
  "oidc_auth_method": "private_key_jwt",
  "oidc_client_id": "0oa4x8webhooks",
  "oidc_token_endpoint": "https://idp.example.com/oauth2/default/v1/token",
  "oidc_resource_uri": "https://hooks.example.com",
  "oidc_access_token_ttl_seconds": 900
};

/** Some events, identifiers only */
export const WebhookCreateSelectedEvents: Schemas["WebhookCreate"] = {
  "url": "https://hooks.example.com/businesses",
  "enabled_events": [
    "business.approved",
    "business.rejected"
  ],
  "secret": "whsec_JjkCeaqbLnHu3hWtAC3pPUNvNiBbIsUu",
  "include": "identifiers"
};

/** All events, signed */
export const WebhookCreateWildcard: Schemas["WebhookCreate"] = {
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": [
    "*"
  ],
  "secret": "whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL"
};

/** A disabled webhook */
export const WebhookDisabled: Schemas["Webhook"] = {
  "object": "webhook",
  "id": "3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f",
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": [
    "*"
  ],
  "include": "*",
  "oidc_auth_method": null,
  "oidc_client_id": null,
  "oidc_token_endpoint": null,
  "oidc_resource_uri": null,
  "oidc_scope": null,
  "oidc_access_token_ttl_seconds": null,
  "created_at": "2026-11-02T09:30:00Z",
  "updated_at": "2026-11-03T12:00:00Z",
  "disabled_at": "2026-11-03T12:00:00Z",
  "disabled_reason": "disabled through the API"
};

/** Created with a secret the platform made (answered once) */
export const WebhookGeneratedSecret: Schemas["WebhookCreated"] = {
  "object": "webhook",
  "id": "9d5c2b1a-7e3f-4a6b-8c9d-0e1f2a3b4c5d",
  "url": "https://hooks.example.com/orders",
  "enabled_events": [
    "order.created",
    "order.completed"
  ],
  "include": "*",
  "oidc_auth_method": null,
  "oidc_client_id": null,
  "oidc_token_endpoint": null,
  "oidc_resource_uri": null,
  "oidc_scope": null,
  "oidc_access_token_ttl_seconds": null,
  "created_at": "2026-11-02T09:40:00Z",
  "updated_at": "2026-11-02T09:40:00Z",
  "disabled_at": null,
  "disabled_reason": null,
  "secret": "whsec_Zdm+WT9iq07/AP2Rw76zPc3n0ucsJR2DmkVTdqyyO6s="
};

/** No webhooks yet */
export const WebhookListEmpty: Schemas["WebhookList"] = {
  "object": "list",
  "data": [],
  "has_more": false
};

/** A page with more after it */
export const WebhookListPage: Schemas["WebhookList"] = {
  "object": "list",
  "data": [
    {
      "object": "webhook",
      "id": "5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d",
      "url": "https://hooks.example.com/webhooks",
      "enabled_events": [
        "business.created",
        "business.updated"
      ],
      "include": "addresses,people",
      "oidc_auth_method": "client_secret",
      "oidc_client_id": "6b1e7c52-webhooks",
      "oidc_token_endpoint": "https://login.example.com/oauth2/v2.0/token",
      "oidc_resource_uri": null,
      "oidc_scope": "api://6b1e7c52/.default",
      "oidc_access_token_ttl_seconds": 3600,
      "created_at": "2026-11-02T10:00:00Z",
      "updated_at": "2026-11-02T10:00:00Z",
      "disabled_at": null,
      "disabled_reason": null
    },
    {
      "object": "webhook",
      "id": "3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f",
      "url": "https://hooks.example.com/webhooks",
      "enabled_events": [
        "*"
      ],
      "include": "*",
      "oidc_auth_method": null,
      "oidc_client_id": null,
      "oidc_token_endpoint": null,
      "oidc_resource_uri": null,
      "oidc_scope": null,
      "oidc_access_token_ttl_seconds": null,
      "created_at": "2026-11-02T09:30:00Z",
      "updated_at": "2026-11-02T09:30:00Z",
      "disabled_at": null,
      "disabled_reason": null
    }
  ],
  "has_more": true
};

/** OIDC with private_key_jwt */
export const WebhookPrivateKeyJwt: Schemas["Webhook"] & Schemas["WebhookCreated"] = {
  "object": "webhook",
  "id": "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f",
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": [
    "*"
  ],
  "include": "*",
  "oidc_auth_method": "private_key_jwt",
  "oidc_client_id": "0oa4x8webhooks",
  "oidc_token_endpoint": "https://idp.example.com/oauth2/default/v1/token",
  "oidc_resource_uri": "https://hooks.example.com",
  "oidc_scope": null,
  "oidc_access_token_ttl_seconds": 900,
  "created_at": "2026-11-02T11:00:00Z",
  "updated_at": "2026-11-02T11:00:00Z",
  "disabled_at": null,
  "disabled_reason": null
};

/** Some events, identifiers only */
export const WebhookSelectedEvents: Schemas["WebhookCreated"] = {
  "object": "webhook",
  "id": "8d2f6a10-3c4e-4b7a-9f21-5e6d7c8b9a01",
  "url": "https://hooks.example.com/businesses",
  "enabled_events": [
    "business.approved",
    "business.rejected"
  ],
  "include": "identifiers",
  "oidc_auth_method": null,
  "oidc_client_id": null,
  "oidc_token_endpoint": null,
  "oidc_resource_uri": null,
  "oidc_scope": null,
  "oidc_access_token_ttl_seconds": null,
  "created_at": "2026-11-01T15:04:05Z",
  "updated_at": "2026-11-01T15:04:05Z",
  "disabled_at": null,
  "disabled_reason": null
};

/** Disable the webhook */
export const WebhookUpdateDisable: Schemas["WebhookUpdate"] = {
  "disabled_at": "2026-11-03T12:00:00Z"
};

/** Remove the OIDC configuration */
export const WebhookUpdateRemoveOidc: Schemas["WebhookUpdate"] = {
  "oidc_auth_method": null
};

/** Rotate the signing secret and change events */
export const WebhookUpdateRotateSecret: Schemas["WebhookUpdate"] = {
  "secret": "whsec_3SmOlowgX1i80b7IwC8eKPCe3MYHXxu3",
  "enabled_events": [
    "*"
  ]
};

/** Switch OIDC to private_key_jwt (the stored client secret is discarded) */
export const WebhookUpdateSwitchToPrivateKeyJwt: Schemas["WebhookUpdate"] = {
  "oidc_auth_method": "private_key_jwt",
  "oidc_client_id": "0oa4x8webhooks",
  "oidc_token_endpoint": "https://idp.example.com/oauth2/default/v1/token",
  "oidc_scope": null
};

/** All events, signed */
export const WebhookWildcard: Schemas["Webhook"] & Schemas["WebhookCreated"] = {
  "object": "webhook",
  "id": "3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f",
  "url": "https://hooks.example.com/webhooks",
  "enabled_events": [
    "*"
  ],
  "include": "*",
  "oidc_auth_method": null,
  "oidc_client_id": null,
  "oidc_token_endpoint": null,
  "oidc_resource_uri": null,
  "oidc_scope": null,
  "oidc_access_token_ttl_seconds": null,
  "created_at": "2026-11-02T09:30:00Z",
  "updated_at": "2026-11-02T09:30:00Z",
  "disabled_at": null,
  "disabled_reason": null
};
