/* generated from spec/ by `npm run generate` — do not edit */
import type { components } from './openapi.js';

/** One broken rule, as Ajv reports it. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** present on explain* validators: the schema object that holds the failed keyword */
  parentSchema?: unknown;
  data?: unknown;
}

/** A precompiled validator: a type guard that leaves the broken rules in `errors` when it fails. */
export interface Validator<T> {
  (data: unknown): data is T;
  errors?: SchemaError[] | null;
}

type Schemas = components["schemas"];

/** Checks a `BusinessApprovedEvent`; stops at the first broken rule. */
export declare const validateBusinessApprovedEvent: Validator<Schemas["BusinessApprovedEvent"]>;
/** Checks a `BusinessApprovedEvent` and collects every broken rule with its schema, to explain a failure. */
export declare const explainBusinessApprovedEvent: Validator<Schemas["BusinessApprovedEvent"]>;
/** Checks a `BusinessCreatedEvent`; stops at the first broken rule. */
export declare const validateBusinessCreatedEvent: Validator<Schemas["BusinessCreatedEvent"]>;
/** Checks a `BusinessCreatedEvent` and collects every broken rule with its schema, to explain a failure. */
export declare const explainBusinessCreatedEvent: Validator<Schemas["BusinessCreatedEvent"]>;
/** Checks a `BusinessRejectedEvent`; stops at the first broken rule. */
export declare const validateBusinessRejectedEvent: Validator<Schemas["BusinessRejectedEvent"]>;
/** Checks a `BusinessRejectedEvent` and collects every broken rule with its schema, to explain a failure. */
export declare const explainBusinessRejectedEvent: Validator<Schemas["BusinessRejectedEvent"]>;
/** Checks a `BusinessUpdatedEvent`; stops at the first broken rule. */
export declare const validateBusinessUpdatedEvent: Validator<Schemas["BusinessUpdatedEvent"]>;
/** Checks a `BusinessUpdatedEvent` and collects every broken rule with its schema, to explain a failure. */
export declare const explainBusinessUpdatedEvent: Validator<Schemas["BusinessUpdatedEvent"]>;
/** Checks a `DeliveryList`; stops at the first broken rule. */
export declare const validateDeliveryList: Validator<Schemas["DeliveryList"]>;
/** Checks a `DeliveryList` and collects every broken rule with its schema, to explain a failure. */
export declare const explainDeliveryList: Validator<Schemas["DeliveryList"]>;
/** Checks a `EventPublication`; stops at the first broken rule. */
export declare const validateEventPublication: Validator<Schemas["EventPublication"]>;
/** Checks a `EventPublication` and collects every broken rule with its schema, to explain a failure. */
export declare const explainEventPublication: Validator<Schemas["EventPublication"]>;
/** Checks a `EventPublish`; stops at the first broken rule. */
export declare const validateEventPublish: Validator<Schemas["EventPublish"]>;
/** Checks a `EventPublish` and collects every broken rule with its schema, to explain a failure. */
export declare const explainEventPublish: Validator<Schemas["EventPublish"]>;
/** Checks a `JsonWebKeySet`; stops at the first broken rule. */
export declare const validateJsonWebKeySet: Validator<Schemas["JsonWebKeySet"]>;
/** Checks a `JsonWebKeySet` and collects every broken rule with its schema, to explain a failure. */
export declare const explainJsonWebKeySet: Validator<Schemas["JsonWebKeySet"]>;
/** Checks a `OrderCompletedEvent`; stops at the first broken rule. */
export declare const validateOrderCompletedEvent: Validator<Schemas["OrderCompletedEvent"]>;
/** Checks a `OrderCompletedEvent` and collects every broken rule with its schema, to explain a failure. */
export declare const explainOrderCompletedEvent: Validator<Schemas["OrderCompletedEvent"]>;
/** Checks a `OrderCreatedEvent`; stops at the first broken rule. */
export declare const validateOrderCreatedEvent: Validator<Schemas["OrderCreatedEvent"]>;
/** Checks a `OrderCreatedEvent` and collects every broken rule with its schema, to explain a failure. */
export declare const explainOrderCreatedEvent: Validator<Schemas["OrderCreatedEvent"]>;
/** Checks a `Problem`; stops at the first broken rule. */
export declare const validateProblem: Validator<Schemas["Problem"]>;
/** Checks a `Problem` and collects every broken rule with its schema, to explain a failure. */
export declare const explainProblem: Validator<Schemas["Problem"]>;
/** Checks a `Webhook`; stops at the first broken rule. */
export declare const validateWebhook: Validator<Schemas["Webhook"]>;
/** Checks a `Webhook` and collects every broken rule with its schema, to explain a failure. */
export declare const explainWebhook: Validator<Schemas["Webhook"]>;
/** Checks a `WebhookCreate`; stops at the first broken rule. */
export declare const validateWebhookCreate: Validator<Schemas["WebhookCreate"]>;
/** Checks a `WebhookCreate` and collects every broken rule with its schema, to explain a failure. */
export declare const explainWebhookCreate: Validator<Schemas["WebhookCreate"]>;
/** Checks a `WebhookCreated`; stops at the first broken rule. */
export declare const validateWebhookCreated: Validator<Schemas["WebhookCreated"]>;
/** Checks a `WebhookCreated` and collects every broken rule with its schema, to explain a failure. */
export declare const explainWebhookCreated: Validator<Schemas["WebhookCreated"]>;
/** Checks a `WebhookList`; stops at the first broken rule. */
export declare const validateWebhookList: Validator<Schemas["WebhookList"]>;
/** Checks a `WebhookList` and collects every broken rule with its schema, to explain a failure. */
export declare const explainWebhookList: Validator<Schemas["WebhookList"]>;
/** Checks a `WebhookUpdate`; stops at the first broken rule. */
export declare const validateWebhookUpdate: Validator<Schemas["WebhookUpdate"]>;
/** Checks a `WebhookUpdate` and collects every broken rule with its schema, to explain a failure. */
export declare const explainWebhookUpdate: Validator<Schemas["WebhookUpdate"]>;
/** Checks a `BusinessApprovedEvent` as a receiver should: fields added to the API later are accepted. */
export declare const lenientBusinessApprovedEvent: Validator<Schemas["BusinessApprovedEvent"]>;
/** Explains why `lenientBusinessApprovedEvent` refused a value, every broken rule with its schema. */
export declare const explainLenientBusinessApprovedEvent: Validator<Schemas["BusinessApprovedEvent"]>;
/** Checks a `BusinessCreatedEvent` as a receiver should: fields added to the API later are accepted. */
export declare const lenientBusinessCreatedEvent: Validator<Schemas["BusinessCreatedEvent"]>;
/** Explains why `lenientBusinessCreatedEvent` refused a value, every broken rule with its schema. */
export declare const explainLenientBusinessCreatedEvent: Validator<Schemas["BusinessCreatedEvent"]>;
/** Checks a `BusinessRejectedEvent` as a receiver should: fields added to the API later are accepted. */
export declare const lenientBusinessRejectedEvent: Validator<Schemas["BusinessRejectedEvent"]>;
/** Explains why `lenientBusinessRejectedEvent` refused a value, every broken rule with its schema. */
export declare const explainLenientBusinessRejectedEvent: Validator<Schemas["BusinessRejectedEvent"]>;
/** Checks a `BusinessUpdatedEvent` as a receiver should: fields added to the API later are accepted. */
export declare const lenientBusinessUpdatedEvent: Validator<Schemas["BusinessUpdatedEvent"]>;
/** Explains why `lenientBusinessUpdatedEvent` refused a value, every broken rule with its schema. */
export declare const explainLenientBusinessUpdatedEvent: Validator<Schemas["BusinessUpdatedEvent"]>;
/** Checks a `EventEnvelope` as a receiver should: fields added to the API later are accepted. */
export declare const lenientEventEnvelope: Validator<Schemas["EventEnvelope"]>;
/** Explains why `lenientEventEnvelope` refused a value, every broken rule with its schema. */
export declare const explainLenientEventEnvelope: Validator<Schemas["EventEnvelope"]>;
/** Checks a `OrderCompletedEvent` as a receiver should: fields added to the API later are accepted. */
export declare const lenientOrderCompletedEvent: Validator<Schemas["OrderCompletedEvent"]>;
/** Explains why `lenientOrderCompletedEvent` refused a value, every broken rule with its schema. */
export declare const explainLenientOrderCompletedEvent: Validator<Schemas["OrderCompletedEvent"]>;
/** Checks a `OrderCreatedEvent` as a receiver should: fields added to the API later are accepted. */
export declare const lenientOrderCreatedEvent: Validator<Schemas["OrderCreatedEvent"]>;
/** Explains why `lenientOrderCreatedEvent` refused a value, every broken rule with its schema. */
export declare const explainLenientOrderCreatedEvent: Validator<Schemas["OrderCreatedEvent"]>;

/** The names of the schemas that have validators. */
export type SchemaName = "BusinessApprovedEvent" | "BusinessCreatedEvent" | "BusinessRejectedEvent" | "BusinessUpdatedEvent" | "DeliveryList" | "EventPublication" | "EventPublish" | "JsonWebKeySet" | "OrderCompletedEvent" | "OrderCreatedEvent" | "Problem" | "Webhook" | "WebhookCreate" | "WebhookCreated" | "WebhookList" | "WebhookUpdate";

/** Fast validators by schema name. */
export declare const validators: { readonly [K in SchemaName]: Validator<Schemas[K]> };
/** Explaining validators (every error, with schemas) by schema name. */
export declare const explainers: { readonly [K in SchemaName]: Validator<Schemas[K]> };

/** The names of the schemas that have lenient (receiver) validators. */
export type LenientSchemaName = "BusinessApprovedEvent" | "BusinessCreatedEvent" | "BusinessRejectedEvent" | "BusinessUpdatedEvent" | "EventEnvelope" | "OrderCompletedEvent" | "OrderCreatedEvent";
/** The type of every event a strict or lenient event map holds, by event type. */
type EventPayloads = { "business.created": Schemas["BusinessCreatedEvent"]; "business.updated": Schemas["BusinessUpdatedEvent"]; "business.approved": Schemas["BusinessApprovedEvent"]; "business.rejected": Schemas["BusinessRejectedEvent"]; "order.created": Schemas["OrderCreatedEvent"]; "order.completed": Schemas["OrderCompletedEvent"] };
/** For each event type: its fast validator and its explaining one. */
export declare const eventValidators: { readonly [T in keyof EventPayloads]: readonly [Validator<EventPayloads[T]>, Validator<EventPayloads[T]>] };
/** For each event type: its lenient (receiver) validator and its explaining one. */
export declare const lenientEventValidators: { readonly [T in keyof EventPayloads]: readonly [Validator<EventPayloads[T]>, Validator<EventPayloads[T]>] };

/** For each operation: its method, path, and the schema of its request body and of each response body. */
export declare const operations: {
  "listWebhooks": {
    "method": "get",
    "path": "/v1/webhooks",
    "responses": {
      "200": {
        "schema": "WebhookList",
        "mediaType": "application/json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "400": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "WWW-Authenticate"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  },
  "createWebhook": {
    "method": "post",
    "path": "/v1/webhooks",
    "requestBody": "WebhookCreate",
    "responses": {
      "201": {
        "schema": "WebhookCreated",
        "mediaType": "application/json",
        "headers": [
          "X-Request-Id",
          "Location"
        ]
      },
      "400": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "WWW-Authenticate"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "409": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "413": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "415": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "422": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  },
  "getWebhook": {
    "method": "get",
    "path": "/v1/webhooks/{id}",
    "responses": {
      "200": {
        "schema": "Webhook",
        "mediaType": "application/json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "400": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "WWW-Authenticate"
        ]
      },
      "404": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  },
  "deleteWebhook": {
    "method": "delete",
    "path": "/v1/webhooks/{id}",
    "responses": {
      "204": {
        "schema": null,
        "mediaType": null,
        "headers": [
          "X-Request-Id"
        ]
      },
      "400": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "WWW-Authenticate"
        ]
      },
      "404": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  },
  "updateWebhook": {
    "method": "patch",
    "path": "/v1/webhooks/{id}",
    "requestBody": "WebhookUpdate",
    "responses": {
      "200": {
        "schema": "Webhook",
        "mediaType": "application/json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "400": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "WWW-Authenticate"
        ]
      },
      "404": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "413": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "415": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "422": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  },
  "listWebhookDeliveries": {
    "method": "get",
    "path": "/v1/webhooks/{id}/deliveries",
    "responses": {
      "200": {
        "schema": "DeliveryList",
        "mediaType": "application/json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "400": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "WWW-Authenticate"
        ]
      },
      "404": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  },
  "publishEvent": {
    "method": "post",
    "path": "/v1/events",
    "requestBody": "EventPublish",
    "responses": {
      "202": {
        "schema": "EventPublication",
        "mediaType": "application/json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "400": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "401": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "WWW-Authenticate"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "409": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "413": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "415": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "422": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  },
  "getSigningKeys": {
    "method": "get",
    "path": "/.well-known/jwks.json",
    "responses": {
      "200": {
        "schema": "JsonWebKeySet",
        "mediaType": "application/json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "406": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      },
      "429": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id",
          "Retry-After"
        ]
      },
      "503": {
        "schema": "Problem",
        "mediaType": "application/problem+json",
        "headers": [
          "X-Request-Id"
        ]
      }
    }
  }
};

/** For each event type: the schema of its payload. */
export declare const eventSchemas: {
  "business.created": "BusinessCreatedEvent",
  "business.updated": "BusinessUpdatedEvent",
  "business.approved": "BusinessApprovedEvent",
  "business.rejected": "BusinessRejectedEvent",
  "order.created": "OrderCreatedEvent",
  "order.completed": "OrderCompletedEvent"
};
