/**
 * A small JSON Schema evaluator for the generators' own decisions (which enum values a branch allows,
 * whether an `if` holds, which array items `contains` counts). Request and response bodies are always
 * judged by the generated validators; this only steers generation, and throws on keywords it does not know.
 * @module
 */
import type { SpecNode } from '../../spec/bundled-spec.js';
import { loadBundledSpec } from '../../spec/bundled-spec.js';
import { conjuncts, isAnnotation, jsonTypeOf, SchemaNotSupportedError, type Schema } from './schema-node.js';

const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:[^\s]*$/i;

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function matchesFormat(format: string, value: string): boolean {
  switch (format) {
    case 'uuid':
      return UUID.test(value);
    case 'date-time':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'uri':
      return ABSOLUTE_URI.test(value);
    case 'uri-reference':
      return !/[\s\u0000-\u001f]/.test(value) && URL.canParse(value, 'http://base.invalid/');
    default:
      throw new SchemaNotSupportedError(`the format "${format}" is not known to the contract runner's evaluator`);
  }
}

function matchesKeyword(keyword: string, argument: unknown, value: unknown, spec: SpecNode): boolean {
  const object = jsonTypeOf(value) === 'object' ? (value as Record<string, unknown>) : undefined;
  const array = Array.isArray(value) ? value : undefined;
  const text = typeof value === 'string' ? value : undefined;
  const number = typeof value === 'number' ? value : undefined;
  switch (keyword) {
    case 'type': {
      const types = Array.isArray(argument) ? (argument as string[]) : [argument as string];
      const actual = jsonTypeOf(value);
      return types.some((type) => type === actual || (type === 'number' && actual === 'integer'));
    }
    case 'const':
      return equal(argument, value);
    case 'enum':
      return (argument as unknown[]).some((candidate) => equal(candidate, value));
    case 'anyOf':
      return (argument as Schema[]).some((branch) => matches(branch, value, spec));
    case 'oneOf':
      return (argument as Schema[]).filter((branch) => matches(branch, value, spec)).length === 1;
    case 'not':
      return !matches(argument as Schema, value, spec);
    case 'required':
      return object === undefined || (argument as string[]).every((name) => Object.hasOwn(object, name));
    case 'properties':
      return (
        object === undefined ||
        Object.entries(argument as Record<string, Schema>).every(([name, schema]) => !Object.hasOwn(object, name) || matches(schema, object[name], spec))
      );
    case 'propertyNames':
      return object === undefined || Object.keys(object).every((name) => matches(argument as Schema, name, spec));
    case 'minProperties':
      return object === undefined || Object.keys(object).length >= (argument as number);
    case 'items':
      return array === undefined || array.every((item) => matches(argument as Schema, item, spec));
    case 'contains':
      return array === undefined || array.some((item) => matches(argument as Schema, item, spec));
    case 'minItems':
      return array === undefined || array.length >= (argument as number);
    case 'maxItems':
      return array === undefined || array.length <= (argument as number);
    case 'uniqueItems':
      return array === undefined || argument !== true || new Set(array.map((item) => JSON.stringify(item))).size === array.length;
    case 'minLength':
      return text === undefined || codePoints(text) >= (argument as number);
    case 'maxLength':
      return text === undefined || codePoints(text) <= (argument as number);
    case 'pattern':
      return text === undefined || new RegExp(argument as string, 'u').test(text);
    case 'format':
      return text === undefined || matchesFormat(argument as string, text);
    case 'minimum':
      return number === undefined || number >= (argument as number);
    case 'maximum':
      return number === undefined || number <= (argument as number);
    default:
      throw new SchemaNotSupportedError(`the keyword "${keyword}" is not known to the contract runner's evaluator`);
  }
}

/**
 * Whether `value` satisfies `schema`, for the keywords this spec uses. `additionalProperties` is judged
 * against the `properties` beside it, as JSON Schema says.
 * @example
 * matches({ enum: ['client_secret', 'private_key_jwt'] }, 'basic') // false
 */
export function matches(schema: Schema, value: unknown, spec: SpecNode = loadBundledSpec()): boolean {
  for (const part of conjuncts(schema, spec)) {
    if (part === false) return false;
    if (part === true) continue;
    if ('if' in part) {
      const branch = matches(part.if as Schema, value, spec) ? part.then : part.else;
      if (branch !== undefined && !matches(branch as Schema, value, spec)) return false;
    }
    for (const [keyword, argument] of Object.entries(part)) {
      if (isAnnotation(keyword) || keyword === 'if' || keyword === 'then' || keyword === 'else') continue;
      if (keyword === 'additionalProperties') {
        if (argument === false && jsonTypeOf(value) === 'object') {
          const declared = Object.keys((part.properties ?? {}) as SpecNode);
          if (Object.keys(value as SpecNode).some((name) => !declared.includes(name))) return false;
        } else if (argument !== false && argument !== true) {
          throw new SchemaNotSupportedError('additionalProperties other than false is not known to the contract runner');
        }
        continue;
      }
      if (!matchesKeyword(keyword, argument, value, spec)) return false;
    }
  }
  return true;
}
