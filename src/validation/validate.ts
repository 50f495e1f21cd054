/**
 * Validators people can read: each returns the typed value, or one `{ pointer, message }` per broken
 * rule. They run the precompiled validators, so nothing compiles a schema at run time.
 * @module
 */
import {
  eventSchemas,
  explainers,
  validators,
  type SchemaError,
  type SchemaName,
  type Validator,
} from '../../generated/validators.js';
import type { components } from '../../generated/openapi.js';
import type { EventType, WebhookEvent } from '../types.js';
import { describeErrors, type ValidationIssue } from './messages.js';

type Schemas = components['schemas'];

/** The outcome of a validation: the typed value, or the rules it broke. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

function explain(name: SchemaName, input: unknown, fastErrors: readonly SchemaError[]): ValidationIssue[] {
  const explainer = explainers[name] as Validator<unknown>;
  // the explain validator restates the same rules one by one; if it finds nothing, say what the fast one found
  const errors = explainer(input) ? fastErrors : (explainer.errors ?? []);
  const issues = describeErrors(errors);
  return issues.length > 0 ? issues : [{ pointer: '', message: 'the body does not match the contract' }];
}

/**
 * Validates a value against one of the spec's body schemas by name.
 * @example
 * const result = validateSchema('Webhook', await response.json());
 * if (!result.ok) console.error(result.errors);
 */
export function validateSchema<K extends SchemaName>(name: K, input: unknown): ValidationResult<Schemas[K]> {
  const validator = validators[name] as Validator<Schemas[K]>;
  if (validator(input)) return { ok: true, value: input };
  return { ok: false, errors: explain(name, input, validator.errors ?? []) };
}

/**
 * Validates a create-webhook request body, OIDC rules included.
 * @example
 * const result = validateWebhookCreate(JSON.parse(body));
 * if (!result.ok) reply.code(422).send(toValidationProblem(result.errors, { instance: '/v1/webhooks' }));
 */
export function validateWebhookCreate(input: unknown): ValidationResult<Schemas['WebhookCreate']> {
  return validateSchema('WebhookCreate', input);
}

/**
 * Validates an update-webhook (PATCH) request body. The OIDC rules for the resulting webhook are
 * checked by validating the merged webhook with {@link validateWebhookCreate}.
 * @example
 * validateWebhookUpdate({ disabled_at: null }); // { ok: true, value: { disabled_at: null } }
 */
export function validateWebhookUpdate(input: unknown): ValidationResult<Schemas['WebhookUpdate']> {
  return validateSchema('WebhookUpdate', input);
}

/**
 * Validates a webhook object as the API returns it (no secret may appear in it).
 * @example
 * validateWebhook(await (await fetch(url)).json());
 */
export function validateWebhook(input: unknown): ValidationResult<Schemas['Webhook']> {
  return validateSchema('Webhook', input);
}

const EVENT_TYPES = Object.keys(eventSchemas) as EventType[];

/**
 * Validates an event delivery's payload against the schema of its `type`.
 * @example
 * const event = validateEvent(JSON.parse(rawBody));
 * if (event.ok && event.value.type === 'business.approved') approve(event.value.data.object.id);
 */
export function validateEvent(input: unknown): ValidationResult<WebhookEvent> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ pointer: '', message: 'the body must be a JSON object' }] };
  }
  const type = (input as { type?: unknown }).type;
  const schema = typeof type === 'string' ? (eventSchemas as Record<string, SchemaName>)[type] : undefined;
  if (schema === undefined) {
    const known = EVENT_TYPES.map((t) => JSON.stringify(t)).join(', ');
    const message = type === undefined ? 'type is required' : `type must be one of ${known}`;
    return { ok: false, errors: [{ pointer: '/type', message }] };
  }
  return validateSchema(schema, input) as ValidationResult<WebhookEvent>;
}
