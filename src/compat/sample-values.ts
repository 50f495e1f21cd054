/**
 * Generates values from a JSON Schema with fast-check, for the semantic check: candidates that a
 * validator of the same schema then filters. It favours the edges where a change shows: every length,
 * bound and value either version names, and the values the spec's examples give.
 * @module
 */
import fc from 'fast-check';
import type { Boundaries, ExamplePools } from './example-values.js';
import { LEAF_GUARDS, MAX_CACHED_LEAVES, type LeafGuards } from './leaf-guards.js';
import { acceptsNothing, atPointer, canonicalJson, isObject, type Json, type Schema } from './schema-walk.js';

/** The generator's reading of one document. */
interface Context {
  document: unknown;
  boundaries: Boundaries;
  pools: ExamplePools;
  leaves: LeafGuards;
}

const MAX_DEPTH = 10;
const MAX_STRING_LENGTH = 4_096;
const MAX_BOUNDARY_ITEMS = 64;

/** Picks edge values in a range, those where the change is three times as often as the others. */
function edges(context: Context, low: number, high: number, integer = false): fc.Arbitrary<number> | undefined {
  const keep = (values: readonly number[]): number[] => within(values, low, high).filter((value) => !integer || Number.isInteger(value));
  const every = keep(context.boundaries.numbers);
  const focused = keep(context.boundaries.focusNumbers);
  if (every.length === 0) return undefined;
  return focused.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...focused), weight: 3 }, { arbitrary: fc.constantFrom(...every), weight: 1 })
    : fc.constantFrom(...every);
}

/** Combines two schemas that must both hold (one level of `allOf`), keeping what generation needs. */
function merge(a: Json, b: Json): Json {
  const merged: Json = { ...b, ...a };
  if (isObject(a.properties) || isObject(b.properties)) {
    const properties: Json = { ...(b.properties as Json | undefined) };
    for (const [name, schema] of Object.entries((a.properties as Json | undefined) ?? {})) {
      properties[name] = name in properties ? { allOf: [schema, properties[name]] } : schema;
    }
    merged.properties = properties;
  }
  if (Array.isArray(a.required) || Array.isArray(b.required)) {
    merged.required = [...new Set([...((a.required as string[]) ?? []), ...((b.required as string[]) ?? [])])];
  }
  if (a.type !== undefined && b.type !== undefined) {
    const left = [a.type].flat();
    merged.type = [b.type].flat().filter((type) => left.includes(type) || (type === 'integer' && left.includes('number')));
  }
  for (const keyword of ['minLength', 'minItems', 'minimum', 'minProperties']) {
    if (typeof a[keyword] === 'number' && typeof b[keyword] === 'number') merged[keyword] = Math.max(a[keyword], b[keyword]);
  }
  for (const keyword of ['maxLength', 'maxItems', 'maximum', 'maxProperties']) {
    if (typeof a[keyword] === 'number' && typeof b[keyword] === 'number') merged[keyword] = Math.min(a[keyword], b[keyword]);
  }
  if (Array.isArray(a.enum) && Array.isArray(b.enum)) {
    const right = (b.enum as unknown[]).map((value) => JSON.stringify(value));
    merged.enum = (a.enum as unknown[]).filter((value) => right.includes(JSON.stringify(value)));
  }
  // two lists of alternatives: keep both, one as oneOf and one as anyOf; the validator filters the rest
  if (Array.isArray(a.oneOf) && Array.isArray(b.oneOf)) merged.anyOf = b.oneOf;
  if (isObject(a.items) && isObject(b.items)) merged.items = { allOf: [a.items, b.items] };
  return merged;
}

/** Resolves `$ref` and `allOf` into one schema (false when a member accepts nothing). */
function flatten(schema: Schema | undefined, context: Context, depth: number): Json | false {
  if (schema === undefined || schema === true) return {};
  if (schema === false || acceptsNothing(schema)) return false;
  let flat: Json = { ...schema };
  if (typeof flat.$ref === 'string') {
    const { $ref, ...siblings } = flat;
    const target = depth > MAX_DEPTH ? {} : flatten(atPointer(context.document, $ref as string) as Schema, context, depth + 1);
    if (target === false) return false;
    flat = merge(siblings, target);
  }
  if (Array.isArray(flat.allOf)) {
    const { allOf, ...rest } = flat;
    flat = rest;
    for (const member of allOf as Schema[]) {
      const flatMember = flatten(member, context, depth + 1);
      if (flatMember === false) return false;
      flat = merge(flat, flatMember);
    }
  }
  return flat;
}

const ANY_VALUE = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));

function typesOf(schema: Json): string[] {
  if (schema.type !== undefined) return [schema.type].flat() as string[];
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items || schema.prefixItems || schema.minItems !== undefined || schema.contains) return ['array'];
  if (schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern || schema.format) return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined) return ['number'];
  return [];
}

function within(values: readonly number[], min: number, max: number): number[] {
  return values.filter((value) => value >= min && value <= max);
}

// arbitraries are immutable: one per format and pattern serves every schema and comparison
const FORMAT_ARBITRARIES = new Map<unknown, fc.Arbitrary<string> | undefined>();
const PATTERN_ARBITRARIES = new Map<string, fc.Arbitrary<string> | undefined>();

function formatArbitrary(format: unknown): fc.Arbitrary<string> | undefined {
  if (!FORMAT_ARBITRARIES.has(format)) FORMAT_ARBITRARIES.set(format, buildFormatArbitrary(format));
  return FORMAT_ARBITRARIES.get(format);
}

function buildFormatArbitrary(format: unknown): fc.Arbitrary<string> | undefined {
  switch (format) {
    case 'date-time':
      return fc
        .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'date':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
    case 'uri':
    case 'iri':
    case 'uri-reference':
    case 'iri-reference':
      return fc.webUrl({ withQueryParameters: true });
    case 'email':
    case 'idn-email':
      return fc.emailAddress();
    case 'hostname':
    case 'idn-hostname':
      return fc.domain();
    case 'ipv4':
      return fc.ipV4();
    case 'ipv6':
      return fc.ipV6();
    default:
      return undefined;
  }
}

function patternArbitrary(pattern: unknown): fc.Arbitrary<string> | undefined {
  if (typeof pattern !== 'string') return undefined;
  if (PATTERN_ARBITRARIES.has(pattern)) return PATTERN_ARBITRARIES.get(pattern);
  let arbitrary: fc.Arbitrary<string> | undefined;
  try {
    arbitrary = fc.stringMatching(new RegExp(pattern, 'u'));
  } catch {
    // lookarounds and other constructs fast-check cannot generate from: leave it to the other generators
    arbitrary = undefined;
  }
  // patterns come from specs: a bounded cache, started over when full
  if (PATTERN_ARBITRARIES.size > MAX_CACHED_LEAVES) PATTERN_ARBITRARIES.clear();
  PATTERN_ARBITRARIES.set(pattern, arbitrary);
  return arbitrary;
}

/** Pads (with "a") or cuts a string to a length: URLs, identifiers and free text stay plausible. */
function resize(value: string, length: number): string {
  const chars = [...value];
  return chars.length >= length ? chars.slice(0, length).join('') : value + 'a'.repeat(length - chars.length);
}

/** Keeps a leaf's values valid: an invalid one is replaced by a valid value seen for the same field. */
function guarded<T>(arbitrary: fc.Arbitrary<T>, schema: Json, context: Context, name: string | undefined): fc.Arbitrary<T> {
  const valid = context.leaves.validator(schema);
  if (!valid) return arbitrary;
  const pool = ((name === undefined ? [] : context.pools.get(name)) ?? []).filter(valid) as T[];
  const key = `${canonicalJson(schema)} ${name ?? ''}`;
  let fallbacks = pool.length > 0 ? pool : (context.leaves.fallbacks.get(key) as T[] | undefined);
  if (!fallbacks) {
    fallbacks = fc.sample(arbitrary, { numRuns: 60, seed: 7 }).filter(valid).slice(0, 5);
    context.leaves.fallbacks.set(key, fallbacks);
  }
  if (fallbacks.length === 0) return arbitrary;
  const source = pool.length > 0 ? fc.oneof(arbitrary, fc.constantFrom(...pool)) : arbitrary;
  return fc.tuple(source, fc.nat()).map(([value, pick]) => (valid(value) ? value : fallbacks[pick % fallbacks.length]!));
}

function stringArbitrary(schema: Json, context: Context, name: string | undefined): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : MAX_STRING_LENGTH;
  const sources: fc.Arbitrary<string>[] = [fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 16) })];
  const format = formatArbitrary(schema.format);
  const pattern = patternArbitrary(schema.pattern);
  if (format) sources.push(format, format);
  if (pattern) sources.push(pattern, pattern);
  const named = context.boundaries.strings;
  if (named.length > 0) sources.push(fc.constantFrom(...named));
  if (context.boundaries.focusStrings.length > 0) sources.push(fc.constantFrom(...context.boundaries.focusStrings));
  const examples = ((name === undefined ? [] : context.pools.get(name)) ?? []).filter((value): value is string => typeof value === 'string');
  if (examples.length > 0) {
    // realistic values, as they are and with a character or two slipped in: where a new pattern bites
    const twisted = fc
      .tuple(fc.constantFrom(...examples), fc.string({ minLength: 1, maxLength: 2 }), fc.nat())
      .map(([example, extra, at]) => example.slice(0, at % (example.length + 1)) + extra + example.slice(at % (example.length + 1)));
    sources.push(fc.constantFrom(...examples), fc.constantFrom(...examples), twisted);
  }
  const base = fc.oneof(...sources);
  const lengths = edges(context, Math.max(minLength - 1, 0), Math.min(maxLength + 1, MAX_STRING_LENGTH), true);
  if (!lengths) return base;
  return fc
    .tuple(base, fc.option(lengths, { freq: 3, nil: undefined }))
    .map(([value, length]) => (length === undefined ? value : resize(value, length)));
}

function numberArbitrary(schema: Json, integer: boolean, context: Context): fc.Arbitrary<number> {
  const low = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : -1e6;
  const high = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : 1e6;
  const general = integer
    ? fc.integer({ min: Math.ceil(Math.min(low, high)), max: Math.floor(Math.max(low, high)) })
    : fc.double({ min: Math.min(low, high), max: Math.max(low, high), noNaN: true, noDefaultInfinity: true });
  const edge = edges(context, low - 1, high + 1, integer);
  const numbers = edge ? fc.oneof(general, edge) : general;
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  return step ? numbers.map((value) => Math.round(value / step) * step) : numbers;
}

function arrayArbitrary(schema: Json, context: Context, depth: number, name: string | undefined): fc.Arbitrary<unknown[]> | undefined {
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 4;
  const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as Schema[]) : [];
  const prefixArbitraries = prefix.map((item) => valueArbitrary(item, context, depth + 1));
  if (prefixArbitraries.some((item) => item === undefined)) return undefined;
  const item = schema.items === false ? undefined : valueArbitrary(schema.items as Schema | undefined, context, depth + 1, name === undefined ? undefined : `${name}[]`);
  const restMin = Math.max(minItems - prefix.length, 0);
  const restMax = Math.max(Math.min(maxItems, minItems + 4) - prefix.length, restMin);
  const lengths = [restMax, ...within(context.boundaries.numbers, restMin, Math.min(maxItems - prefix.length + 1, MAX_BOUNDARY_ITEMS))];
  const rest = (length: { min: number; max: number }): fc.Arbitrary<unknown[]> => {
    if (!item) return fc.constant([]);
    return schema.uniqueItems === true
      ? fc.uniqueArray(item, { minLength: length.min, maxLength: length.max, selector: (value) => JSON.stringify(value) })
      : fc.array(item, { minLength: length.min, maxLength: length.max });
  };
  // unique items cannot be forced to a length (fast-check would look for distinct values forever when a
  // schema has fewer than that): they get the length as a ceiling instead
  const unique = schema.uniqueItems === true;
  const tail = fc.oneof(
    rest({ min: restMin, max: restMax }),
    ...[...new Set(lengths)].map((length) => rest({ min: unique ? restMin : length, max: Math.max(length, restMin) })),
  );
  let array: fc.Arbitrary<unknown[]> = fc.tuple(fc.tuple(...(prefixArbitraries as fc.Arbitrary<unknown>[])), tail).map(([head, more]) => [...head, ...more]);
  const contains = schema.contains === undefined ? undefined : valueArbitrary(schema.contains as Schema, context, depth + 1);
  if (contains) {
    array = fc
      .tuple(array, contains, fc.nat(), fc.boolean())
      .map(([values, needed, at, replace]) => {
        const copy = [...values];
        if (replace && copy.length > 0) copy[at % copy.length] = needed;
        else copy.splice(at % (copy.length + 1), 0, needed);
        return copy;
      });
  }
  return array;
}

function objectArbitrary(schema: Json, context: Context, depth: number): fc.Arbitrary<Json> {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(properties)) {
    // deep down, only what is required: enough to be valid, without growing without end
    if (depth > MAX_DEPTH / 2 && !required.includes(name)) continue;
    const arbitrary = valueArbitrary(sub as Schema, context, depth + 1, name);
    if (arbitrary) model[name] = arbitrary;
  }
  for (const name of required) model[name] ??= ANY_VALUE;
  const requiredKeys = required.filter((name) => name in model);
  return fc.record(model, { requiredKeys }) as fc.Arbitrary<Json>;
}

/**
 * An arbitrary of candidate values for a schema of a document, or undefined when the schema accepts
 * nothing. Candidates are not all valid: the caller filters them with a validator of the same schema.
 */
export function valueArbitrary(schema: Schema | undefined, context: Context, depth = 0, name?: string): fc.Arbitrary<unknown> | undefined {
  if (depth > MAX_DEPTH * 2) return fc.constant(null);
  const flat = flatten(schema, context, depth);
  if (flat === false) return undefined;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (!Array.isArray(flat[keyword])) continue;
    const { [keyword]: branches, ...base } = flat;
    const options = (branches as Schema[])
      .map((branch) => {
        const flatBranch = flatten(branch, context, depth + 1);
        return flatBranch === false ? undefined : valueArbitrary(merge(base, flatBranch), context, depth + 1, name);
      })
      .filter((option): option is fc.Arbitrary<unknown> => option !== undefined);
    return options.length > 0 ? fc.oneof(...options) : undefined;
  }
  if ('const' in flat) return fc.constant(flat.const);
  if (Array.isArray(flat.enum)) return flat.enum.length > 0 ? fc.constantFrom(...(flat.enum as unknown[])) : undefined;
  const types = typesOf(flat);
  const byType = (type: string): fc.Arbitrary<unknown> | undefined => {
    switch (type) {
      case 'object':
        return objectArbitrary(flat, context, depth);
      case 'array':
        return arrayArbitrary(flat, context, depth, name);
      case 'string':
        return guarded(stringArbitrary(flat, context, name), flat, context, name);
      case 'integer':
        return guarded(numberArbitrary(flat, true, context), flat, context, name);
      case 'number':
        return guarded(fc.oneof(numberArbitrary(flat, true, context), numberArbitrary(flat, false, context)), flat, context, name);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        return undefined;
    }
  };
  if (types.length === 0) return ANY_VALUE;
  const options = types.map(byType).filter((option): option is fc.Arbitrary<unknown> => option !== undefined);
  // whole arrays and objects the examples give this field: realistic shapes the generator would rarely build
  const shaped = ((name === undefined ? [] : context.pools.get(name)) ?? []).filter((value) => typeof value === 'object' && value !== null);
  if (shaped.length > 0 && (types.includes('array') || types.includes('object'))) options.push(fc.constantFrom(...shaped));
  return options.length > 0 ? fc.oneof(...options) : undefined;
}

/**
 * Up to `count` candidate values for a schema, the same ones every run for the same seed.
 * @example
 * sampleValues(spec, { $ref: '#/components/schemas/WebhookCreate' }, boundaries, 200, 42, pools)
 */
export function sampleValues(
  document: unknown,
  schema: Schema,
  boundaries: Boundaries,
  count: number,
  seed: number,
  pools: ExamplePools = new Map(),
): unknown[] {
  const arbitrary = valueArbitrary(schema, { document, boundaries, pools, leaves: LEAF_GUARDS });
  if (!arbitrary) return [];
  return fc.sample(arbitrary, { numRuns: count, seed });
}
