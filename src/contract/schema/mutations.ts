/**
 * Invalid request bodies, each a valid body with one change that breaks exactly one rule of the spec: a
 * missing required field, a wrong type, an unknown field, a value out of bounds, a bad format, a value
 * outside its enum, a field an OIDC rule forbids, `*` mixed with events. The generated validators decide
 * which changes really break a rule, and how many: only changes they explain with exactly one sentence are
 * kept, and that sentence (the spec's own words) names the rule in reports.
 * @module
 */
import fc from 'fast-check';
import type { SchemaName } from '../../../generated/validators.js';
import { loadBundledSpec, type SpecNode } from '../../spec/bundled-spec.js';
import { validateSchema } from '../../validation/validate.js';
import { validArbitrary } from './arbitrary.js';
import { finiteValues } from './object-plan.js';
import { conjuncts, jsonTypeOf, namedSchema, tightest, valuesOf, type Schema } from './schema-node.js';

/** The kinds of change a mutation makes. */
export type MutationKind =
  | 'missing-field'
  | 'wrong-type'
  | 'unknown-field'
  | 'too-short'
  | 'too-long'
  | 'below-minimum'
  | 'above-maximum'
  | 'not-whole'
  | 'bad-format'
  | 'bad-pattern'
  | 'value-not-allowed'
  | 'forbidden-field'
  | 'switched-value'
  | 'added-item'
  | 'duplicate-item'
  | 'empty-array'
  | 'empty-body';

/** One invalid body and the rule it breaks. */
export interface Mutation {
  kind: MutationKind;
  /** the field changed, as a JSON pointer (empty for the body) */
  pointer: string;
  /** the rule the body breaks, in the spec's words */
  rule: string;
  body: unknown;
}

type Candidate = { kind: MutationKind; make: () => unknown };

const WRONG_TYPES: unknown[] = [12345, 'text', true, null, [], {}];
const PATTERN_BREAKERS = ['', ' leading space', 'two  spaces', '"quoted"', 'back\\slash', 'addresses,invoices', 'tab\tin'];
const FORMAT_BREAKERS: Record<string, (value: string) => string[]> = {
  uri: (value) => ['not a uri', value.replace(/^https:/, 'http:'), value.replace(/^https:\/\//, 'https://user:password@')],
  'date-time': () => ['2026-11-03T12:00:00', 'yesterday', '2026-13-01T00:00:00Z'],
  uuid: () => ['not-a-uuid', '3f0c1d2e8a4b4c6d9e7f0a1b2c3d4e5f'],
};

/** A declared property: its conjuncts, and those with its `oneOf` / `anyOf` branches added (to read bounds from). */
interface Declared {
  flat: readonly Schema[];
  all: readonly Schema[];
  /** every value it can take, when finitely many */
  values: unknown[] | undefined;
  /** every value its items can take, for arrays of finitely many values */
  itemValues: unknown[];
}

const declaredCache = new Map<string, Map<string, Declared>>();

/** The declared properties of a body schema (those its closed part lists). */
function declaredProperties(schemaName: SchemaName, spec: SpecNode): Map<string, Declared> {
  const cached = spec === loadBundledSpec() ? declaredCache.get(schemaName) : undefined;
  if (cached !== undefined) return cached;
  const found = new Map<string, Declared>();
  for (const part of conjuncts(namedSchema(schemaName, spec), spec)) {
    if (typeof part !== 'object' || part.additionalProperties !== false) continue;
    for (const [name, schema] of Object.entries((part.properties ?? {}) as Record<string, Schema>)) {
      const flat = conjuncts(schema, spec);
      const branches = flat.flatMap((piece) => (typeof piece === 'object' ? ((piece.oneOf ?? piece.anyOf ?? []) as Schema[]) : []));
      const all = [...flat, ...branches.flatMap((branch) => conjuncts(branch, spec))];
      // items as the property itself states them: its oneOf branches narrow them each their own way, and their
      // intersection (what finiteValues computes) would be empty
      const ownItems = valuesOf(flat, 'items') as Schema[];
      const items = ownItems.length > 0 ? ownItems : (valuesOf(all, 'items') as Schema[]);
      found.set(name, { flat, all, values: finiteValues(flat, spec), itemValues: items.length > 0 ? (finiteValues(items, spec) ?? []) : [] });
    }
  }
  if (spec === loadBundledSpec()) declaredCache.set(schemaName, found);
  return found;
}

const sampleCache = new Map<string, unknown>();

/** One valid value of a property, the same on every call. */
function sampleOf(schemaName: string, name: string, flat: readonly Schema[], spec: SpecNode): unknown {
  const key = `${schemaName}/${name}`;
  if (!sampleCache.has(key)) sampleCache.set(key, fc.sample(validArbitrary({ allOf: [...flat] }, spec), { numRuns: 1, seed: 7 })[0]);
  return sampleCache.get(key);
}

/** Lengthens a string to `total` characters without changing what kind of string it is (a URL stays a URL). */
function lengthen(value: string, total: number): string {
  const missing = total - [...value].length;
  if (missing <= 0) return value;
  if (/^https:\/\/[^/?#]+$/.test(value)) return `${value}/${'a'.repeat(missing - 1)}`;
  return `${value}${(/^https:\/\//.test(value) ? 'a' : 'x').repeat(missing)}`;
}

function candidatesFor(schemaName: SchemaName, body: Record<string, unknown>, spec: SpecNode): Candidate[] {
  const declared = declaredProperties(schemaName, spec);
  const schemaParts = conjuncts(namedSchema(schemaName, spec), spec);
  // values are made only for the candidates judged: a 2,049-character URL is not built for nothing
  const withField = (name: string, value: () => unknown) => () => ({ ...body, [name]: value() });
  const candidates: Candidate[] = [
    { kind: 'unknown-field', make: withField('unknown_field', () => 'value') },
    { kind: 'wrong-type', make: () => [body] },
  ];
  if ((tightest(schemaParts, 'minProperties', 'max') ?? 0) > 0) candidates.push({ kind: 'empty-body', make: () => ({}) });
  for (const [name, { flat, all: list, values, itemValues }] of declared) {
    if (!Object.hasOwn(body, name)) {
      candidates.push({ kind: 'forbidden-field', make: withField(name, () => sampleOf(schemaName, name, flat, spec)) });
      continue;
    }
    const value = body[name];
    candidates.push({
      kind: 'missing-field',
      make: () => {
        const { [name]: _removed, ...rest } = body;
        return rest;
      },
    });
    for (const wrong of WRONG_TYPES) if (jsonTypeOf(wrong) !== jsonTypeOf(value)) candidates.push({ kind: 'wrong-type', make: withField(name, () => wrong) });
    for (const other of values ?? []) {
      if (other !== value) candidates.push({ kind: 'switched-value', make: withField(name, () => other) });
    }
    if (values !== undefined) candidates.push({ kind: 'value-not-allowed', make: withField(name, () => 'not_a_known_value') });
    if (typeof value === 'string') {
      const minLength = tightest(list, 'minLength', 'max');
      const maxLength = tightest(list, 'maxLength', 'min');
      if (minLength !== undefined && minLength > 0) candidates.push({ kind: 'too-short', make: withField(name, () => [...value].slice(0, minLength - 1).join('')) });
      if (maxLength !== undefined) candidates.push({ kind: 'too-long', make: withField(name, () => lengthen(value, maxLength + 1)) });
      for (const format of valuesOf(list, 'format') as string[]) {
        for (const broken of FORMAT_BREAKERS[format]?.(value) ?? []) candidates.push({ kind: 'bad-format', make: withField(name, () => broken) });
      }
      if (valuesOf(list, 'pattern').length > 0) for (const broken of PATTERN_BREAKERS) candidates.push({ kind: 'bad-pattern', make: withField(name, () => broken) });
    }
    if (typeof value === 'number') {
      const minimum = tightest(list, 'minimum', 'max');
      const maximum = tightest(list, 'maximum', 'min');
      if (minimum !== undefined) candidates.push({ kind: 'below-minimum', make: withField(name, () => minimum - 1) });
      if (maximum !== undefined) candidates.push({ kind: 'above-maximum', make: withField(name, () => maximum + 1) });
      if (Number.isInteger(value)) candidates.push({ kind: 'not-whole', make: withField(name, () => value + 0.5) }, { kind: 'wrong-type', make: withField(name, () => String(value)) });
    }
    if (Array.isArray(value)) {
      candidates.push({ kind: 'empty-array', make: withField(name, () => []) });
      if (value.length > 0) candidates.push({ kind: 'duplicate-item', make: withField(name, () => [...value, value[0]]) });
      for (const item of itemValues) {
        if (!value.includes(item)) candidates.push({ kind: 'added-item', make: withField(name, () => [...value, item]) });
      }
      candidates.push({ kind: 'value-not-allowed', make: withField(name, () => ['not.a_known_value']) });
    }
  }
  return candidates;
}

/** The mutation a candidate makes, when it breaks exactly one rule. */
function judge(schemaName: SchemaName, candidate: Candidate): Mutation | undefined {
  const body = candidate.make();
  const result = validateSchema(schemaName, body);
  if (result.ok || result.errors.length !== 1) return undefined;
  const [issue] = result.errors;
  return { kind: candidate.kind, pointer: issue!.pointer, rule: issue!.message, body };
}

/**
 * Every distinct one-rule mutation of a valid body: one per kind of change, field and broken rule.
 * @example
 * mutationsOf('WebhookCreate', WebhookCreateClientSecret).find((m) => m.pointer === '/oidc_client_secret')?.rule
 * // 'oidc_client_secret is required when oidc_auth_method is "client_secret"'
 */
export function mutationsOf(schemaName: SchemaName, body: Record<string, unknown>, spec: SpecNode = loadBundledSpec()): Mutation[] {
  const found = new Map<string, Mutation>();
  for (const candidate of candidatesFor(schemaName, body, spec)) {
    const mutation = judge(schemaName, candidate);
    if (mutation === undefined) continue;
    const key = `${mutation.kind}\n${mutation.pointer}\n${mutation.rule}`;
    if (!found.has(key)) found.set(key, mutation);
  }
  return [...found.values()];
}

/**
 * The `choice`-th one-rule mutation of a body (counting round), judging only as many candidates as it
 * takes: the cheap way to pick one mutation per generated case.
 * @example
 * pickMutation('WebhookUpdate', { disabled_at: null }, 3)?.kind // 'wrong-type'
 */
export function pickMutation(schemaName: SchemaName, body: Record<string, unknown>, choice: number, spec: SpecNode = loadBundledSpec()): Mutation | undefined {
  const candidates = candidatesFor(schemaName, body, spec);
  for (let step = 0; step < candidates.length; step += 1) {
    const mutation = judge(schemaName, candidates[(choice + step) % candidates.length]!);
    if (mutation !== undefined) return mutation;
  }
  return undefined;
}
