/**
 * What a spec names that generated values should reach: the lengths, bounds and values of its schemas
 * (those one version names and the other does not above all), and the values its examples give each field.
 * @module
 */
import { atPointer, forEachSubschema, isObject, type Schema } from './schema-walk.js';

/** Lengths, bounds and values named anywhere in either version: where tightened rules show. */
export interface Boundaries {
  numbers: number[];
  strings: string[];
  /** those named by one version only (each number with its neighbours): where this change is */
  focusNumbers: number[];
  focusStrings: string[];
}

/** Values the spec's examples give each field, by field name (`url`, `enabled_events[]`). */
export type ExamplePools = Map<string, unknown[]>;

/** Collects, by field name, the values the spec's examples give: realistic values that pass patterns. */
export function collectExamplePools(values: readonly unknown[]): ExamplePools {
  const pools: ExamplePools = new Map();
  const add = (name: string, value: unknown): void => {
    const pool = pools.get(name) ?? [];
    if (pool.length < 50 && !pool.some((known) => JSON.stringify(known) === JSON.stringify(value))) pool.push(value);
    pools.set(name, pool);
  };
  const visit = (value: unknown, name: string | undefined, depth: number): void => {
    if (depth > 12) return;
    if (name !== undefined) add(name, value);
    if (Array.isArray(value)) value.forEach((item) => visit(item, name === undefined ? undefined : `${name}[]`, depth + 1));
    else if (isObject(value)) for (const [key, inner] of Object.entries(value)) visit(inner, key, depth + 1);
  };
  values.forEach((value) => visit(value, undefined, 0));
  return pools;
}

/** Every example value of a document: media types, parameters, headers, schemas and `components.examples`. */
export function documentExamples(document: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > 40) return;
    if (Array.isArray(node)) node.forEach((item) => visit(item, depth + 1));
    else if (isObject(node)) {
      if ('example' in node) found.push(node.example);
      if (isObject(node.examples)) for (const example of Object.values(node.examples)) if (isObject(example) && 'value' in example) found.push(example.value);
      if (Array.isArray(node.examples)) found.push(...node.examples);
      for (const [key, inner] of Object.entries(node)) if (key !== 'example' && key !== 'examples') visit(inner, depth + 1);
    }
  };
  visit(document, 0);
  return found;
}

/**
 * Collects every length, bound and string value the schemas of each document name (numbers with their
 * neighbours), and singles out those only one version names: a bound that moved, a value that came or went.
 */
export function collectBoundaries(documents: readonly unknown[], roots: readonly Schema[]): Boundaries {
  const perDocument = documents.map((document, index) => {
    const numbers = new Set<number>();
    const strings = new Set<string>();
    const seen = new Set<unknown>();
    const visit = (schema: Schema): void => {
      if (!isObject(schema) || seen.has(schema)) return;
      seen.add(schema);
      if (typeof schema.$ref === 'string') {
        const target = atPointer(document, schema.$ref);
        if (typeof target === 'boolean' || isObject(target)) visit(target);
      }
      for (const keyword of ['minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
        const value = schema[keyword];
        if (typeof value === 'number' && Number.isFinite(value)) numbers.add(value);
      }
      const values = [...(Array.isArray(schema.enum) ? schema.enum : []), ...('const' in schema ? [schema.const] : [])];
      for (const value of values) if (typeof value === 'string') strings.add(value);
      forEachSubschema(schema, (sub) => visit(sub));
    };
    if (roots[index] !== undefined) visit(roots[index]!);
    return { numbers, strings };
  });
  const all = <T>(pick: (sets: (typeof perDocument)[number]) => Set<T>): Set<T> => new Set(perDocument.flatMap((sets) => [...pick(sets)]));
  const onlyOne = <T>(pick: (sets: (typeof perDocument)[number]) => Set<T>): T[] =>
    [...all(pick)].filter((value) => perDocument.filter((sets) => pick(sets).has(value)).length < perDocument.length);
  const neighbours = (values: Iterable<number>): number[] => [...new Set([...values].flatMap((value) => [value - 1, value, value + 1]))].sort((a, b) => a - b);
  return {
    numbers: neighbours(all((sets) => sets.numbers)),
    strings: [...all((sets) => sets.strings)].sort(),
    focusNumbers: neighbours(onlyOne((sets) => sets.numbers)),
    focusStrings: onlyOne((sets) => sets.strings).sort(),
  };
}
