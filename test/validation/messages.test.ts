import { describe, expect, it } from 'vitest';
import type { SchemaError } from '../../generated/validators.js';
import * as examples from '../../generated/examples.js';
import {
  describeErrors,
  fieldLabel,
  toValidationProblem,
  validateEvent,
  validateSchema,
  validateWebhook,
  validateWebhookCreate,
  validateWebhookUpdate,
  type ValidationIssue,
} from '../../src/validation/index.js';
import { clientSecretCreate } from '../support/bodies.js';

describe('fieldLabel', () => {
  it.each([
    ['', 'the body'],
    ['/url', 'url'],
    ['/enabled_events/2', 'enabled_events[2]'],
    ['/data/object/addresses/0/city', 'data.object.addresses[0].city'],
    ['/a~1b/c~0d', 'a/b.c~d'],
  ])('names %j as %j', (pointer, label) => {
    expect(fieldLabel(pointer)).toBe(label);
  });
});

describe('describeErrors', () => {
  const error = (over: Partial<SchemaError>): SchemaError => ({ instancePath: '', schemaPath: '#', keyword: 'type', params: {}, ...over });

  it('points required and unknown-field errors at the field itself', () => {
    expect(
      describeErrors([
        error({ instancePath: '/data', keyword: 'required', params: { missingProperty: 'object' } }),
        error({ keyword: 'additionalProperties', params: { additionalProperty: 'a/b' } }),
      ]),
    ).toEqual([
      { pointer: '/data/object', message: 'data.object is required' },
      { pointer: '/a~1b', message: 'a/b is not a known field' },
    ]);
  });

  it('uses the message the spec gives for a keyword, with the field filled in', () => {
    const parentSchema = { 'x-error-messages': { minItems: '{field} must list at least one event type' } };
    expect(describeErrors([error({ instancePath: '/enabled_events', keyword: 'minItems', params: { limit: 1 }, parentSchema })])).toEqual([
      { pointer: '/enabled_events', message: 'enabled_events must list at least one event type' },
    ]);
  });

  it('drops summaries and repeats, keeping one message per broken rule', () => {
    expect(
      describeErrors([
        error({ instancePath: '/n', keyword: 'type', params: { type: 'integer' } }),
        error({ instancePath: '/n', keyword: 'type', params: { type: 'integer' } }),
        error({ keyword: 'oneOf', params: { passingSchemas: null } }),
        error({ keyword: 'if', params: { failingKeyword: 'then' } }),
      ]),
    ).toEqual([{ pointer: '/n', message: 'n must be a whole number' }]);
  });

  it('says what a nullable value should be, without "must be null"', () => {
    expect(
      describeErrors([
        error({ instancePath: '/disabled_at', keyword: 'format', params: { format: 'date-time' } }),
        error({ instancePath: '/disabled_at', keyword: 'type', params: { type: 'null' } }),
        error({ instancePath: '/disabled_at', keyword: 'oneOf', params: { passingSchemas: null } }),
      ]),
    ).toEqual([{ pointer: '/disabled_at', message: 'disabled_at must be an RFC 3339 date-time such as 2026-11-02T09:30:00Z' }]);
  });

  it.each<[Partial<SchemaError>, string]>([
    [{ keyword: 'enum', params: { allowedValues: ['a', 'b'] } }, 'f must be one of "a", "b"'],
    [{ keyword: 'const', params: { allowedValue: 'webhook' } }, 'f must be "webhook"'],
    [{ keyword: 'format', params: { format: 'uuid' } }, 'f must be a UUID'],
    [{ keyword: 'minLength', params: { limit: 1 } }, 'f must not be empty'],
    [{ keyword: 'maxLength', params: { limit: 255 } }, 'f must be at most 255 characters long'],
    [{ keyword: 'minimum', params: { limit: 0 } }, 'f must be at least 0'],
    [{ keyword: 'maxItems', params: { limit: 1 } }, 'f must have at most 1 item'],
    [{ keyword: 'type', params: { type: 'string' } }, 'f must be a string'],
  ])('words %j without a spec message', (over, message) => {
    expect(describeErrors([error({ instancePath: '/f', ...over })])).toEqual([{ pointer: '/f', message }]);
  });
});

describe('validateWebhook', () => {
  it('accepts the spec example and rejects a leaked secret', () => {
    expect(validateWebhook(examples.WebhookPrivateKeyJwt).ok).toBe(true);
    expect(validateWebhook({ ...examples.WebhookPrivateKeyJwt, secret: 'whsec_leaked_value' })).toEqual({
      ok: false,
      errors: [{ pointer: '/secret', message: 'secret is not a known field' }],
    });
  });

  it('names every missing field of a truncated webhook', () => {
    const { created_at, updated_at, ...truncated } = examples.WebhookWildcard;
    expect(created_at && updated_at).toBeTruthy();
    expect(validateWebhook(truncated)).toEqual({
      ok: false,
      errors: [
        { pointer: '/created_at', message: 'created_at is required' },
        { pointer: '/updated_at', message: 'updated_at is required' },
      ],
    });
  });
});

describe('validateEvent', () => {
  it('accepts every event example as its own type', () => {
    for (const event of [examples.BusinessCreatedEvent, examples.BusinessUpdatedEvent, examples.BusinessApprovedEvent, examples.BusinessRejectedEvent, examples.OrderCreatedEvent, examples.OrderCompletedEvent]) {
      expect(validateEvent(event)).toEqual({ ok: true, value: event });
    }
  });

  it.each<[string, unknown, { pointer: string; message: string }[]]>([
    ['a body that is not an object', 'event', [{ pointer: '', message: 'the body must be a JSON object' }]],
    ['an event without type', { object: 'event' }, [{ pointer: '/type', message: 'type is required' }]],
    [
      'an unknown event type',
      { ...examples.OrderCreatedEvent, type: 'order.exploded' },
      [{ pointer: '/type', message: 'type must be one of "business.created", "business.updated", "business.approved", "business.rejected", "order.created", "order.completed"' }],
    ],
    [
      'an order in a business event',
      { ...examples.BusinessCreatedEvent, data: examples.OrderCreatedEvent.data },
      [
        { pointer: '/data/object/business_id', message: 'data.object.business_id is not a known field' },
        { pointer: '/data/object/products', message: 'data.object.products is not a known field' },
        { pointer: '/data/object/completed_at', message: 'data.object.completed_at is not a known field' },
        { pointer: '/data/object/name', message: 'data.object.name is required' },
        { pointer: '/data/object/external_id', message: 'data.object.external_id is required' },
        { pointer: '/data/object/updated_at', message: 'data.object.updated_at is required' },
        { pointer: '/data/object/object', message: 'data.object.object must be "business"' },
        { pointer: '/data/object/status', message: 'data.object.status must be one of "open", "pending", "in_review", "approved", "rejected"' },
      ],
    ],
  ])('rejects %s', (_, given, want) => {
    const result = validateEvent(given);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : [...result.errors].sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual(
      [...want].sort((a, b) => a.pointer.localeCompare(b.pointer)),
    );
  });
});

describe('toValidationProblem', () => {
  it('builds the spec\'s 422 problem, which itself validates as a Problem', () => {
    const problem = toValidationProblem(
      [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret"' }],
      { instance: '/v1/webhooks' },
    );
    expect(problem).toEqual(examples.ProblemOidcClientSecretMissing);
    expect(validateSchema('Problem', problem).ok).toBe(true);
  });

  it('counts the rules and takes another problem type base', () => {
    const problem = toValidationProblem(
      [
        { pointer: '/url', message: 'url is required' },
        { pointer: '/enabled_events', message: 'enabled_events is required' },
      ],
      { typeBase: 'https://errors.example.org/' },
    );
    expect(problem).toMatchObject({ type: 'https://errors.example.org/validation-failed', status: 422, detail: 'The request body breaks 2 rules; see errors.' });
    expect(problem).not.toHaveProperty('instance');
  });
});

describe('the message of every rule a create or update field can break', () => {
  /** [field, a value that breaks one of its rules, the example as the message writes it, the example as a value] */
  const rows: [string, unknown, string, unknown][] = [
    ['url', 'http://hooks.example.com/in', 'https://hooks.example.com/webhooks', 'https://hooks.example.com/webhooks'],
    ['url', `https://${'a'.repeat(2050)}`, 'https://hooks.example.com/webhooks', 'https://hooks.example.com/webhooks'],
    ['url', 12, 'https://hooks.example.com/webhooks', 'https://hooks.example.com/webhooks'],
    ['enabled_events', ['business.exploded'], '"business.approved"', ['business.approved']],
    ['enabled_events', ['*', 'order.created'], '["order.created"]', ['order.created']],
    ['enabled_events', ['order.created', 'order.created'], '["business.created", "business.updated"]', ['business.created', 'business.updated']],
    ['enabled_events', [], '["order.created"]', ['order.created']],
    ['enabled_events', 'order.created', '["order.created"]', ['order.created']],
    ['include', 'everything', '"addresses,people"', 'addresses,people'],
    ['include', 7, '"addresses,people"', 'addresses,people'],
    ['oidc_client_id', '', '0oa4x8webhooks', '0oa4x8webhooks'],
    ['oidc_client_id', 'c'.repeat(256), '0oa4x8webhooks', '0oa4x8webhooks'],
    ['oidc_token_endpoint', 'http://idp.example.com/token', 'https://idp.example.com/oauth2/token', 'https://idp.example.com/oauth2/token'],
    ['oidc_token_endpoint', `https://${'a'.repeat(2050)}`, 'https://idp.example.com/oauth2/token', 'https://idp.example.com/oauth2/token'],
    ['oidc_scope', '', '"openid webhooks.receive"', 'openid webhooks.receive'],
    ['oidc_scope', 'bad "scope"', '"openid webhooks.receive"', 'openid webhooks.receive'],
    ['oidc_scope', 's'.repeat(1025), '"openid webhooks.receive"', 'openid webhooks.receive'],
    ['oidc_resource_uri', 'not a uri', '"api://my-app"', 'api://my-app'],
    ['oidc_access_token_ttl_seconds', 30, '3600', 3600],
    ['oidc_access_token_ttl_seconds', 90_000, '3600', 3600],
    ['oidc_access_token_ttl_seconds', '3600', '3600', 3600],
    // a secret's example says how to make one, not a value to copy
    ['secret', 'short', '32 random characters', undefined],
    ['oidc_client_secret', '', 'the client secret your identity provider issued', undefined],
  ];

  it.each(rows.map((row) => [`${row[0]} = ${JSON.stringify(row[1]).slice(0, 40)}`, ...row] as const))(
    '%s: one message, naming the field and giving a valid example',
    (_, field, value, written, example) => {
      const create = { ...clientSecretCreate, [field]: value };
      for (const [name, result, valid] of [
        ['create', validateWebhookCreate(create), (v: unknown) => validateWebhookCreate({ ...clientSecretCreate, [field]: v }).ok],
        ['update', validateWebhookUpdate({ [field]: value }), (v: unknown) => validateWebhookUpdate({ [field]: v }).ok],
      ] as const) {
        expect(result.ok, name).toBe(false);
        const messages = result.ok ? [] : result.errors.filter((e) => e.pointer === `/${field}` || e.pointer.startsWith(`/${field}/`));
        // one mistake, one message: never two sentences for one field
        expect(messages, name).toHaveLength(1);
        const [{ message, pointer }] = messages as [ValidationIssue];
        expect(message.startsWith(fieldLabel(pointer)), message).toBe(true);
        expect(message, name).toContain(`such as ${written}`);
        if (example !== undefined) expect(valid(example), `${name}: the example ${JSON.stringify(example)} is valid`).toBe(true);
      }
    },
  );
});
