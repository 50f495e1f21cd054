/**
 * Turns the errors of the precompiled validators into one sentence per broken rule, each with a JSON
 * pointer to the field, in words a person understands. Never echoes a submitted value.
 * @module
 */
import type { SchemaError } from '../../generated/validators.js';
import type { components } from '../../generated/openapi.js';
import { escapePointerToken, unescapePointerToken } from '../spec/json-pointer.js';

/** One broken rule: where it is (a JSON pointer into the body) and what to change. */
export type ValidationIssue = components['schemas']['ValidationError'];

/** Keywords that only summarise the errors of their subschemas. */
const SUMMARY_KEYWORDS = new Set(['if', 'oneOf', 'anyOf', 'allOf', 'not', 'propertyNames']);

const FORMAT_NAMES: Record<string, string> = {
  uri: 'an absolute URI',
  'uri-reference': 'a URI reference',
  uuid: 'a UUID',
  'date-time': 'an RFC 3339 date-time such as 2026-11-02T09:30:00Z',
  date: 'a date such as 2026-11-02',
  email: 'an email address',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'a JSON object',
  null: 'null',
};

/** The pointer of the field the error is about (for `required`, the missing field, not its parent). */
function pointerOf(error: SchemaError): string {
  const { params } = error;
  const child =
    params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty ??
    (error.keyword === 'propertyNames' ? params.propertyName : undefined);
  return typeof child === 'string' ? `${error.instancePath}/${escapePointerToken(child)}` : error.instancePath;
}

/** How a message names a field: `/data/object/name` → `data.object.name`, `/enabled_events/2` → `enabled_events[2]`. */
export function fieldLabel(pointer: string): string {
  if (pointer === '') return 'the body';
  let label = '';
  for (const raw of pointer.slice(1).split('/')) {
    const token = unescapePointerToken(raw);
    label += /^\d+$/.test(token) ? `[${token}]` : label === '' ? token : `.${token}`;
  }
  return label;
}

function templateFor(error: SchemaError): string | undefined {
  const messages = (error.parentSchema as { 'x-error-messages'?: Record<string, unknown> } | undefined)?.[
    'x-error-messages'
  ];
  const template = messages?.[error.keyword];
  return typeof template === 'string' ? template : undefined;
}

function quoteList(values: unknown): string {
  return Array.isArray(values) ? values.map((value) => JSON.stringify(value)).join(', ') : String(values);
}

/** A sentence for a keyword the spec gives no message of its own. */
function genericMessage(error: SchemaError, field: string): string {
  const { params } = error;
  const limit = params.limit as number;
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return `${field} is required`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `${field} is not a known field`;
    case 'type':
      return `${field} must be ${String(params.type).split(',').map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`;
    case 'enum':
      return `${field} must be one of ${quoteList(params.allowedValues)}`;
    case 'const':
      return `${field} must be ${JSON.stringify(params.allowedValue)}`;
    case 'format':
      return `${field} must be ${FORMAT_NAMES[params.format as string] ?? `a valid ${String(params.format)}`}`;
    case 'pattern':
      return `${field} is not in the expected form (pattern ${String(params.pattern)})`;
    case 'minLength':
      return limit === 1 ? `${field} must not be empty` : `${field} must be at least ${limit} characters long`;
    case 'maxLength':
      return `${field} must be at most ${limit} characters long`;
    case 'minimum':
      return `${field} must be at least ${limit}`;
    case 'maximum':
      return `${field} must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `${field} must be greater than ${limit}`;
    case 'exclusiveMaximum':
      return `${field} must be less than ${limit}`;
    case 'multipleOf':
      return `${field} must be a multiple of ${String(params.multipleOf)}`;
    case 'minItems':
      return `${field} must have at least ${limit} item${limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `${field} must have at most ${limit} item${limit === 1 ? '' : 's'}`;
    case 'uniqueItems':
      return `${field} must not list the same item twice (items ${String(params.j)} and ${String(params.i)} are equal)`;
    case 'minProperties':
      return `${field} must have at least ${limit} field${limit === 1 ? '' : 's'}`;
    case 'maxProperties':
      return `${field} must have at most ${limit} field${limit === 1 ? '' : 's'}`;
    case 'false schema':
      return `${field} is not allowed here`;
    case 'discriminator':
      return `${field} must be one of the known values`;
    default:
      return `${field} does not match the contract (${error.keyword})`;
  }
}

function isUnder(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/**
 * Explains the errors of an `explain*` validator: one issue per broken rule, duplicates removed.
 * @example
 * explainWebhookCreate(body) || describeErrors(explainWebhookCreate.errors ?? [])
 * // [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret"' }]
 */
export function describeErrors(errors: readonly SchemaError[]): ValidationIssue[] {
  // a combinator with a message of its own speaks for everything its branches said about that field
  const summarised = errors
    .filter((error) => SUMMARY_KEYWORDS.has(error.keyword) && templateFor(error) !== undefined)
    .map(pointerOf);
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const template = templateFor(error);
    const pointer = pointerOf(error);
    if (template === undefined) {
      if (SUMMARY_KEYWORDS.has(error.keyword)) continue;
      // errors raised inside propertyNames are about the name; the propertyNames error names the field
      if ((error as { propertyName?: string }).propertyName !== undefined) continue;
      if (summarised.some((prefix) => isUnder(pointer, prefix))) continue;
      // the `null` branch of a nullable field: the other branch's error says what the value should be
      const isNullBranch = error.keyword === 'type' && error.params.type === 'null';
      if (isNullBranch && errors.some((other) => other !== error && other.instancePath === error.instancePath)) continue;
    }
    const field = fieldLabel(pointer);
    const message = template === undefined ? genericMessage(error, field) : template.replaceAll('{field}', field);
    const key = `${pointer}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ pointer, message });
  }
  return issues;
}
