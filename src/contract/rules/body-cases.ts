/**
 * A case for each rule of a request body: a valid body (a named example, or one generated from the schema)
 * changed so that it breaks that rule and no other, as the generated validators judge it. The pointer and
 * sentence they give are what the server's problem must name.
 * @module
 */
import fc from 'fast-check';
import { loadBundledSpec, type SpecNode } from '../../spec/bundled-spec.js';
import { unescapePointerToken } from '../../spec/json-pointer.js';
import type { SchemaRef } from '../engine/schema-ref.js';
import { validArbitrary } from '../schema/arbitrary.js';
import type { Schema } from '../schema/schema-node.js';
import { pointerShape, type ContractRule } from './rule.js';

/** A body that breaks one rule, and what the refusal must name. */
export interface RuleCase {
  body: unknown;
  /** the field the problem must point at */
  pointer: string;
  /** the validators' sentence for it */
  message: string;
}

/** The outcome of looking for a rule's case. */
export type CaseSearch = { found: RuleCase } | { notApplicable: string } | { missing: string };

/** How many generated valid bodies, beside the examples, a case may start from. */
const GENERATED_BASES = 60;
const WRONG_TYPES: unknown[] = [12345, 'text', true, null, [], {}];
const STRING_BREAKERS = ['', ' leading space', 'two  spaces', '"quoted"', 'back\\slash', 'http://hooks.example.com/', 'https://user:password@hooks.example.com/', 'not a uri', 'ftp://files.example.com/', 'addresses,invoices', 'whsec_not base64!!!!!!!!!!!!!!!!!!!!!!!!!', 'tab\tin', 'é'];
const FORMAT_BREAKERS: Record<string, string[]> = {
  uri: ['not a uri', '//no-scheme.example.com/'],
  'date-time': ['2026-11-03T12:00:00', 'yesterday', '2026-13-01T00:00:00Z'],
  uuid: ['not-a-uuid', '3f0c1d2e8a4b4c6d9e7f0a1b2c3d4e5f'],
};

const basesCache = new WeakMap<SpecNode, Map<string, Record<string, unknown>[]>>();

/** The schema at a pointer of a document. */
export function schemaAt(spec: SpecNode, pointer: string): Schema {
  return pointer.split('/').slice(1).reduce<unknown>((node, token) => (node as Record<string, unknown> | undefined)?.[unescapePointerToken(token)], spec) as Schema;
}

/**
 * Valid bodies generated from a schema of a document (the same ones for the same schema).
 * @example
 * generatedBases(contract.requestSchema!, spec)[0] // { name: 'a', … }
 */
export function generatedBases(schema: SchemaRef, spec: SpecNode = loadBundledSpec(), count = GENERATED_BASES): Record<string, unknown>[] {
  let bySchema = basesCache.get(spec);
  if (bySchema === undefined) basesCache.set(spec, (bySchema = new Map()));
  let generated = bySchema.get(schema.pointer);
  if (generated === undefined) {
    generated = fc.sample(validArbitrary(schemaAt(spec, schema.pointer), spec), { numRuns: GENERATED_BASES, seed: 22 }) as Record<string, unknown>[];
    bySchema.set(schema.pointer, generated);
  }
  return generated.slice(0, count);
}

/** Lengthens a string to `total` characters, keeping a URL a URL. */
function lengthen(value: string, total: number): string {
  const missing = total - [...value].length;
  if (missing <= 0) return value;
  return /^https?:\/\//.test(value) ? `${value.replace(/\/?$/, '/')}${'a'.repeat(missing - (value.endsWith('/') ? 0 : 1))}` : `${value}${'x'.repeat(missing)}`;
}

/** The values of one field to try instead of `current`, to break a keyword. */
function replacements(rule: ContractRule, current: unknown, others: readonly unknown[]): unknown[] {
  const value = rule.value;
  switch (rule.keyword) {
    case 'type':
      return WRONG_TYPES;
    case 'pattern':
    case 'format':
      return [...(FORMAT_BREAKERS[String(value)] ?? []), ...STRING_BREAKERS];
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return ['not_a_known_value', ...WRONG_TYPES, ...STRING_BREAKERS, ...Object.values(FORMAT_BREAKERS).flat(), ...others];
    case 'minLength':
      return typeof current === 'string' ? [[...current].slice(0, Math.max(0, Number(value) - 1)).join('')] : [];
    case 'maxLength':
      return typeof current === 'string' ? [lengthen(current, Number(value) + 1)] : ['x'.repeat(Number(value) + 1)];
    case 'minimum':
      return [Number(value) - 1];
    case 'exclusiveMinimum':
      return [Number(value)];
    case 'maximum':
      return [Number(value) + 1];
    case 'exclusiveMaximum':
      return [Number(value)];
    case 'minItems':
      return Array.isArray(current) ? [current.slice(0, Math.max(0, Number(value) - 1))] : [];
    case 'maxItems': {
      if (!Array.isArray(current)) return [];
      const extra = [...new Set(others.flatMap((other) => (Array.isArray(other) ? other : [])))].filter((item) => !current.includes(item));
      const longer = [...current, ...extra].slice(0, Number(value) + 1);
      while (longer.length <= Number(value)) longer.push(current[longer.length % Math.max(1, current.length)]);
      return [longer];
    }
    case 'uniqueItems':
      return Array.isArray(current) && current.length > 0 ? [[...current, current[0]]] : [];
    default:
      return [];
  }
}

/** The candidate bodies that may break a rule, from one base. */
function candidates(rule: ContractRule, base: Record<string, unknown>, bases: readonly Record<string, unknown>[]): unknown[] {
  const [, name, item] = rule.field.split('/');
  if (name === undefined) {
    if (rule.keyword === 'type') return [[base], 'text', 12345];
    if (rule.keyword === 'additionalProperties' || rule.keyword === 'unevaluatedProperties') return [{ ...base, unknown_field: 'value' }];
    if (rule.keyword === 'minProperties') return [{}];
    if (rule.keyword === 'propertyNames') {
      const pattern = new RegExp((rule.value as { not?: { pattern?: string } }).not?.pattern ?? '$^');
      return bases.flatMap((other) => Object.entries(other).filter(([field]) => pattern.test(field) && !(field in base)).map(([field, value]) => ({ ...base, [field]: value })));
    }
    return [];
  }
  const present = Object.hasOwn(base, name);
  const othersOf = bases.filter((other) => Object.hasOwn(other, name)).map((other) => other[name]);
  if (rule.keyword === 'required' || rule.keyword === 'dependentRequired') {
    if (!present) return [];
    const { [name]: _removed, ...rest } = base;
    return [rest];
  }
  if (rule.keyword === 'not' || rule.keyword === 'false') return present ? [] : othersOf.slice(0, 3).map((value) => ({ ...base, [name]: value }));
  const current = present ? base[name] : othersOf[0];
  if (current === undefined) return [];
  if (item === '-') {
    if (!Array.isArray(current) || current.length === 0) return [];
    return replacements(rule, current[0], othersOf.flat()).map((value) => ({ ...base, [name]: [value, ...current.slice(1)] }));
  }
  return replacements(rule, current, othersOf).map((value) => ({ ...base, [name]: value }));
}

/** Whether a validator's pointer is about the rule's field. */
function about(rule: ContractRule, pointer: string): boolean {
  const field = pointerShape(rule.field);
  const shape = pointerShape(pointer);
  return shape === field || (field === '' && ['additionalProperties', 'unevaluatedProperties', 'propertyNames', 'minProperties', 'type'].includes(rule.keyword));
}

/**
 * Looks for a body that breaks exactly this rule.
 * @example
 * const search = bodyCase(rule, contract.requestSchema!, examples.map((e) => e.body));
 * if ('found' in search) send(search.found.body) // the problem must name search.found.pointer
 */
export function bodyCase(rule: ContractRule, schema: SchemaRef, examples: readonly Record<string, unknown>[], spec: SpecNode = loadBundledSpec()): CaseSearch {
  let fallback: RuleCase | undefined;
  let alsoBroken: string | undefined;
  // the examples first (what a reader recognises); generated bodies only for what they cannot reach
  const rounds = [() => [...examples], () => [...examples, ...generatedBases(schema, spec)]];
  for (const round of rounds) {
    const bases = round();
    for (const base of bases) {
      for (const body of candidates(rule, base, bases)) {
        const result = schema.validate(body);
        if (result.ok) continue;
        const [first] = result.errors;
        if (result.errors.length !== 1 || !about(rule, first!.pointer)) {
          const other = result.errors.find((issue) => issue.message !== rule.sentence);
          if (result.errors.some((issue) => about(rule, issue.pointer))) alsoBroken ??= other?.message;
          continue;
        }
        const found = { body, pointer: first!.pointer, message: first!.message };
        if (first!.message === rule.sentence) return { found };
        fallback ??= found;
      }
    }
    if (fallback !== undefined) return { found: fallback };
  }
  if (fallback !== undefined) return { found: fallback };
  if (alsoBroken !== undefined) return { notApplicable: `every body that breaks it breaks another rule too, such as "${alsoBroken}"` };
  return { missing: 'no valid body the runner starts from lets it build one that breaks this rule alone' };
}
