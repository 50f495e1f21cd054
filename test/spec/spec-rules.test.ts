import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  eventSchemas,
  explainWebhookCreate,
  explainWebhookUpdate,
  validateWebhookCreate,
  validateWebhookUpdate,
} from '../../generated/validators.js';
import { createAjv, schemaRef, toJsonSchema } from '../../scripts/validators-codegen.js';
import { bundledSpec, deref, specOperations } from '../support/spec.js';
import { HOOK_URL, TOKEN_ENDPOINT } from '../support/bodies.js';

type Json = Record<string, unknown>;
const schemas = bundledSpec.components.schemas;

/** Every value of `key` anywhere below `node`. */
function collect(node: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(node)) node.forEach((child) => collect(child, key, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) found.push(v);
      collect(v, key, found);
    }
  }
  return found;
}

const propertyNamesIn = (node: unknown): Set<string> =>
  new Set(collect(node, 'properties').flatMap((p) => Object.keys(p as object)));

describe('the event types have one source', () => {
  const eventTypes = (schemas.EventType as { enum: string[] }).enum;

  it('lists the same events in EventType, the webhooks section and the event payloads', () => {
    expect(Object.keys(bundledSpec.webhooks).sort()).toEqual([...eventTypes].sort());
    expect(Object.keys(eventSchemas).sort()).toEqual([...eventTypes].sort());
    for (const [type, schemaName] of Object.entries(eventSchemas)) {
      const typeSchema = (schemas[schemaName]!.properties as Record<string, { const: string }>).type;
      expect(typeSchema?.const, schemaName).toBe(type);
    }
  });

  it('lets enabled_events name exactly the event types and "*"', () => {
    const enabled = schemas.EnabledEventType as { anyOf: Json[] };
    expect(enabled.anyOf).toEqual([{ type: 'string', const: '*' }, { $ref: '#/components/schemas/EventType' }]);
  });
});

describe('schema hygiene', () => {
  it('declares every required field name somewhere in the schema or in a schema that uses it', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      const users = Object.values(schemas).filter((other) =>
        collect(other, '$ref').includes(`#/components/schemas/${name}`),
      );
      const declared = new Set([...propertyNamesIn(schema), ...users.flatMap((u) => [...propertyNamesIn(u)])]);
      for (const required of collect(schema, 'required').filter(Array.isArray).flat() as string[]) {
        expect(declared.has(required), `${name} requires undeclared "${required}"`).toBe(true);
      }
    }
  });

  it('keeps every request body closed', () => {
    const requests = specOperations()
      .filter((op) => !op.isEvent && op.operation.requestBody)
      .map((op) => deref<Json>(deref<Json>(op.operation.requestBody).content).valueOf() as Record<string, { schema: Json }>);
    expect(requests).toHaveLength(3);
    for (const content of requests) {
      const schema = deref<Json>(content['application/json']!.schema);
      expect(schema.additionalProperties === false || schema.unevaluatedProperties === false, String(schema.title)).toBe(true);
    }
  });

  it('puts no write-only field in any response or event schema', () => {
    const writeOnly = Object.entries(schemas)
      .filter(([, schema]) => schema.writeOnly === true)
      .map(([name]) => `#/components/schemas/${name}`);
    expect(writeOnly.sort()).toEqual(['#/components/schemas/OidcClientSecret', '#/components/schemas/WebhookSecret']);
    const secretFields = ['secret', 'oidc_client_secret'];
    for (const name of ['Webhook', 'WebhookList', 'Problem', ...Object.values(eventSchemas)]) {
      const schema = schemas[name];
      for (const field of secretFields) expect(propertyNamesIn(schema).has(field), `${name}.${field}`).toBe(false);
      for (const ref of writeOnly) expect(collect(schema, '$ref'), name).not.toContain(ref);
    }
    expect(schemas.Webhook!.additionalProperties).toBe(false);
  });

  it('answers a webhook just created with the fields of Webhook and only the secret the platform generated besides', () => {
    const created = schemas.WebhookCreated!;
    const webhook = schemas.Webhook!;
    const { secret, ...fields } = created.properties as Record<string, Record<string, unknown>>;
    expect(fields).toEqual(webhook.properties);
    expect(created.required).toEqual(webhook.required);
    expect(created.additionalProperties).toBe(false);
    // never the customer's write-only secret: a value the platform made, answered once, read-only
    expect(secret).toMatchObject({ type: 'string', readOnly: true });
    expect(collect(created, '$ref')).not.toContain('#/components/schemas/WebhookSecret');
    expect(new RegExp(String(secret!.pattern)).test(`whsec_${Buffer.alloc(32, 7).toString('base64')}`)).toBe(true);
  });

  it('states the Standard Webhooks key rule with the pattern the receiver keys by', async () => {
    const { STANDARD_SECRET } = await import('../../src/receiver/hmac.js');
    const rule = schemas.WebhookSecret!.then as Record<string, unknown>;
    expect(new RegExp(String(rule.pattern)).source).toBe(STANDARD_SECRET.source);
  });
});

describe('operations', () => {
  it.each(specOperations().map((op) => [op.id, op] as const))('%s has a summary, a tag and documented 4xx responses', (_, op) => {
    expect(op.id).toMatch(/^[a-z][A-Za-z]+$/);
    expect(op.operation.summary).toEqual(expect.any(String));
    expect(op.operation.tags).toEqual([expect.any(String)]);
    expect(Object.keys(op.operation.responses as object).some((status) => status.startsWith('4'))).toBe(true);
  });

  it('serves every API operation under /v1 with bearer auth (the platform\'s with its own key), and only the public key set without', () => {
    expect(bundledSpec.security).toEqual([{ apiKey: [] }]);
    const api = specOperations().filter((op) => !op.isEvent);
    expect(api.map((op) => op.id).sort()).toEqual([
      'createWebhook',
      'deleteWebhook',
      'getSigningKeys',
      'getWebhook',
      'listWebhookDeliveries',
      'listWebhooks',
      'publishEvent',
      'updateWebhook',
    ]);
    for (const op of api) {
      if (op.id === 'getSigningKeys') {
        // identity providers fetch it without credentials
        expect(op.path).toBe('/.well-known/jwks.json');
        expect(op.operation.security).toEqual([]);
        continue;
      }
      if (op.id === 'publishEvent') {
        // the platform's own services, with a credential of their own: never an account's API key
        expect(op.path).toBe('/v1/events');
        expect(op.operation.security).toEqual([{ platformKey: [] }]);
        expect(Object.keys(op.operation.responses as object)).toContain('401');
        continue;
      }
      expect(op.path.startsWith('/v1/')).toBe(true);
      expect(op.operation.security).toBeUndefined();
      expect(Object.keys(op.operation.responses as object)).toContain('401');
    }
  });

  it('lets clients rehearse rate limits and outages on every operation, and quote a request id', () => {
    for (const { id, operation } of specOperations().filter((op) => !op.isEvent)) {
      const responses = operation.responses as Record<string, unknown>;
      expect(Object.keys(responses), id).toEqual(expect.arrayContaining(['429', '503']));
      for (const [status, response] of Object.entries(responses)) {
        const headers = (deref<{ headers?: Record<string, unknown> }>(response).headers ?? {}) as Record<string, unknown>;
        expect(deref<{ required?: boolean }>(headers['X-Request-Id']).required, `${id} ${status} X-Request-Id`).toBe(true);
      }
      expect(deref<{ required?: boolean }>((deref<{ headers: Record<string, unknown> }>(responses['429'])).headers['Retry-After']).required, id).toBe(true);
    }
  });
});

/** A copy of the schema document where each x-explain-with schema keeps its oneOf and drops the rules it restates. */
function withoutRestatedRules(document: Json): Json {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)])) as Json;
    if (copy['x-explain-with'] === 'allOf') for (const rule of ['allOf', 'if', 'then', 'items']) delete copy[rule];
    return copy;
  };
  return walk(document) as Json;
}

describe('the oneOfs written for the types and the rules the validators decide with agree', () => {
  // the spec as written (Prism, the docs, the validators before the oneOfs became type-only) compiled at
  // test time, against the generated validators, which leave each x-explain-with oneOf out
  const ajv = createAjv({ explain: false, source: false });
  ajv.addSchema(toJsonSchema(bundledSpec));
  const asWritten = (name: string) => ajv.getSchema(schemaRef(name))!;
  // and the oneOfs alone, without the rules they restate: what the generated types say
  const typesOnly = createAjv({ explain: false, source: false });
  typesOnly.addSchema(withoutRestatedRules(toJsonSchema(bundledSpec)));
  const asTyped = (name: string) => typesOnly.getSchema(schemaRef(name))!;

  const oidcValue = fc.constantFrom<unknown>('client-id', 'client_secret', 'private_key_jwt', TOKEN_ENDPOINT, 3600, 59, '3600', null, 'api://app');
  const oidcFields = {
    oidc_auth_method: fc.constantFrom<unknown>('client_secret', 'private_key_jwt', 'basic', null),
    oidc_client_id: oidcValue,
    oidc_client_secret: oidcValue,
    oidc_token_endpoint: fc.constantFrom<unknown>(TOKEN_ENDPOINT, 'http://idp.example.com/token', 1, null),
    oidc_resource_uri: fc.constantFrom<unknown>('api://app', 'not a uri', null),
    oidc_scope: fc.constantFrom<unknown>('api://app/.default', 'bad "scope"', null, ''),
    oidc_access_token_ttl_seconds: oidcValue,
  };
  const enabledEvents = fc.array(fc.constantFrom<unknown>('*', 'business.created', 'order.created', 'order.exploded', 1), { maxLength: 4 });

  it('accepts and rejects the same create bodies (OIDC rules, enabled_events)', () => {
    const body = fc.record({ ...oidcFields, enabled_events: enabledEvents }, { requiredKeys: ['enabled_events'] });
    const written = asWritten('WebhookCreate');
    const typed = asTyped('WebhookCreate');
    fc.assert(
      fc.property(body, (fields) => {
        const candidate = { url: HOOK_URL, ...fields };
        const verdict = written(candidate);
        // a boolean per run (fast-check shrinks and prints the counterexample): expect() 3000 times is slow
        return validateWebhookCreate(candidate) === verdict && explainWebhookCreate(candidate) === verdict && typed(candidate) === verdict;
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts and rejects the same enabled_events, on create and on update', () => {
    const create = asWritten('WebhookCreate');
    const update = asWritten('WebhookUpdate');
    const [typedCreate, typedUpdate] = [asTyped('WebhookCreate'), asTyped('WebhookUpdate')];
    fc.assert(
      fc.property(enabledEvents, (events) => {
        const body = { url: HOOK_URL, enabled_events: events };
        const patch = { enabled_events: events };
        const [onCreate, onUpdate] = [create(body), update(patch)];
        return (
          validateWebhookCreate(body) === onCreate && typedCreate(body) === onCreate && validateWebhookUpdate(patch) === onUpdate && typedUpdate(patch) === onUpdate
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts and rejects the same update bodies (OIDC rules, at least one field)', () => {
    const body = fc.record(
      { ...oidcFields, enabled_events: enabledEvents, disabled_at: fc.constantFrom<unknown>(null, '2026-11-03T12:00:00Z'), url: fc.constant(HOOK_URL) },
      { requiredKeys: [] },
    );
    const written = asWritten('WebhookUpdate');
    const typed = asTyped('WebhookUpdate');
    fc.assert(
      fc.property(body, (candidate) => {
        const verdict = written(candidate);
        return validateWebhookUpdate(candidate) === verdict && explainWebhookUpdate(candidate) === verdict && typed(candidate) === verdict;
      }),
      { numRuns: 3000 },
    );
  });
});
