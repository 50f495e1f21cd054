/**
 * Generates values from a JSON Schema with fast-check, for the semantic check: candidates that a
 * validator of the same schema then filters. It favours the edges where a change shows: every length,
 * bound and value either version names, and the values the spec's examples give.
 * @module
 */
import fc from 'fast-check';
import type { Boundaries, ExamplePools } from './example-values.js';
import { guarded, numberArbitrary, stringArbitrary, within, type SampleContext } from './leaf-arbitraries.js';
import { LEAF_GUARDS } from './leaf-guards.js';
import { flatten, MAX_DEPTH, merge, typesOf } from './schema-flatten.js';
import { isObject, type Json, type Schema } from './schema-walk.js';

const MAX_BOUNDARY_ITEMS = 64;

const ANY_VALUE = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));

function arrayArbitrary(schema: Json, context: SampleContext, depth: number, name: string | undefined): fc.Arbitrary<unknown[]> | undefined {
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

function objectArbitrary(schema: Json, context: SampleContext, depth: number): fc.Arbitrary<Json> {
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
export function valueArbitrary(schema: Schema | undefined, context: SampleContext, depth = 0, name?: string): fc.Arbitrary<unknown> | undefined {
  if (depth > MAX_DEPTH * 2) return fc.constant(null);
  const flat = flatten(schema, context.document, depth);
  if (flat === false) return undefined;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    if (!Array.isArray(flat[keyword])) continue;
    const { [keyword]: branches, ...base } = flat;
    const options = (branches as Schema[])
      .map((branch) => {
        const flatBranch = flatten(branch, context.document, depth + 1);
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
