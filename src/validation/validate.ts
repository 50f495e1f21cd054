/**
 * Validators people can read: each returns the typed value, or one `{ pointer, message }` per broken
 * rule. They run the precompiled validators, so nothing compiles a schema at run time.
 * @module
 */
import {
  eventValidators,
  explainers,
  explainWebhook,
  explainWebhookCreate,
  explainWebhookUpdate,
  validateWebhook as fastValidateWebhook,
  validateWebhookCreate as fastValidateWebhookCreate,
  validateWebhookUpdate as fastValidateWebhookUpdate,
  validators,
  type SchemaError,
  type SchemaName,
  type Validator,
} from '../../generated/validators.js';
import type { components } from '../../generated/openapi.js';
import type { WebhookEvent } from '../types.js';
import { describeErrors, type ValidationIssue } from './messages.js';

type Schemas = components['schemas'];

/** The outcome of a validation: the typed value, or the rules it broke. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

function explain(explainer: Validator<unknown>, input: unknown, fastErrors: readonly SchemaError[]): ValidationIssue[] {
  // the explain validator applies the same rules collecting every error; if it finds none, say what the fast one found
  const errors = explainer(input) ? fastErrors : (explainer.errors ?? []);
  const issues = describeErrors(errors);
  return issues.length > 0 ? issues : [{ pointer: '', message: 'the body does not match the contract' }];
}

/**
 * Runs a fast validator, and its explaining twin only when the value fails. Each readable validator
 * names its own pair, so that a bundle importing one carries only that one (the generated module is
 * tree-shakable); `validateSchema` reaches every pair through the maps.
 */
export function runValidator<T>(fast: Validator<T>, explainer: Validator<unknown>, input: unknown): ValidationResult<T> {
  if (fast(input)) return { ok: true, value: input };
  return { ok: false, errors: explain(explainer, input, fast.errors ?? []) };
}

/**
 * Validates a value against one of the spec's body schemas by name.
 * @example
 * const result = validateSchema('Webhook', await response.json());
 * if (!result.ok) console.error(result.errors);
 */
export function validateSchema<K extends SchemaName>(name: K, input: unknown): ValidationResult<Schemas[K]> {
  return runValidator(validators[name] as Validator<Schemas[K]>, explainers[name] as Validator<unknown>, input);
}

/**
 * Validates a create-webhook request body, OIDC rules included.
 * @example
 * const result = validateWebhookCreate(JSON.parse(body));
 * if (!result.ok) reply.code(422).send(toValidationProblem(result.errors, { instance: '/v1/webhooks' }));
 */
export function validateWebhookCreate(input: unknown): ValidationResult<Schemas['WebhookCreate']> {
  return runValidator(fastValidateWebhookCreate, explainWebhookCreate, input);
}

/**
 * Validates an update-webhook (PATCH) request body. The OIDC rules for the resulting webhook are
 * checked by validating the merged webhook with {@link validateWebhookCreate}.
 * @example
 * validateWebhookUpdate({ disabled_at: null }); // { ok: true, value: { disabled_at: null } }
 */
export function validateWebhookUpdate(input: unknown): ValidationResult<Schemas['WebhookUpdate']> {
  return runValidator(fastValidateWebhookUpdate, explainWebhookUpdate, input);
}

/**
 * Validates a webhook object as the API returns it (no secret may appear in it).
 * @example
 * validateWebhook(await (await fetch(url)).json());
 */
export function validateWebhook(input: unknown): ValidationResult<Schemas['Webhook']> {
  return runValidator(fastValidateWebhook, explainWebhook, input);
}

type EventPair = readonly [Validator<WebhookEvent>, Validator<unknown>];

/** The validators of an event's `type` in `pairs`, or `undefined` for a type the contract does not have. */
export function eventPairFor(pairs: Readonly<Record<string, EventPair>>, input: unknown): EventPair | undefined {
  const type = (input as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(pairs, type) ? pairs[type] : undefined;
}

/** The issue of a body that is not an object at all. */
export const NOT_AN_OBJECT: ValidationIssue = { pointer: '', message: 'the body must be a JSON object' };

export function isJsonObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/**
 * Validates an event delivery's payload against the schema of its `type`, strictly: a field or an event
 * type the contract does not have is an error. That is right for the provider's own tests; a receiver
 * in production should use `validateReceivedEvent`, which accepts what the API adds later.
 * @example
 * const event = validateEvent(JSON.parse(rawBody));
 * if (event.ok && event.value.type === 'business.approved') approve(event.value.data.object.id);
 */
export function validateEvent(input: unknown): ValidationResult<WebhookEvent> {
  if (!isJsonObject(input)) return { ok: false, errors: [NOT_AN_OBJECT] };
  const pair = eventPairFor(eventValidators, input);
  if (pair === undefined) {
    const known = Object.keys(eventValidators).map((t) => JSON.stringify(t)).join(', ');
    const message = input.type === undefined ? 'type is required' : `type must be one of ${known}`;
    return { ok: false, errors: [{ pointer: '/type', message }] };
  }
  return runValidator(pair[0], pair[1], input);
}
