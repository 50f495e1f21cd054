/**
 * JSON Schema nodes of the bundled spec as the generators read them: `$ref`s followed, `allOf` spread
 * into a flat list of conjuncts, annotations ignored. Keywords the generators do not understand stop
 * them with an error that names the keyword, so that a spec change never yields silently wrong data.
 * @module
 */
import { WebhooksContractError } from '../../errors.js';
import { loadBundledSpec, type SpecNode } from '../../spec/bundled-spec.js';
import { resolveRef } from '../../spec/resolve-ref.js';

/** A JSON Schema: an object, or `true` / `false`. */
export type Schema = SpecNode | boolean;

/** The spec uses a schema the contract runner cannot generate or judge data for. */
export class SchemaNotSupportedError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_SCHEMA_NOT_SUPPORTED', `${message}; the contract runner needs to learn it before it can test this spec`);
  }
}

/** Keywords that only describe a schema and never change what is valid. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'format-annotation',
]);

/** Whether a keyword is an annotation (or an `x-` extension) that the generators may ignore. */
export function isAnnotation(keyword: string): boolean {
  return ANNOTATIONS.has(keyword) || keyword.startsWith('x-');
}

/**
 * The conjuncts of a schema: every schema a value must satisfy, with `$ref`s replaced by what they point
 * to and `allOf` members spread out. A `$ref` beside other keywords (2020-12) counts as both.
 * @example
 * conjuncts({ $ref: '#/components/schemas/OidcTokenEndpoint' }) // [ { title: 'OidcTokenEndpoint', … }, { type: 'string', format: 'uri', … } ]
 */
export function conjuncts(schema: Schema, spec: SpecNode = loadBundledSpec()): readonly Schema[] {
  if (typeof schema === 'boolean') return [schema];
  // the generators ask for the same schemas on every generated value: remember the answer per node
  const cache = spec === loadBundledSpec() ? bundledCache : undefined;
  const cached = cache?.get(schema);
  if (cached !== undefined) return cached;
  const out: Schema[] = [];
  const { $ref, allOf, ...rest } = schema;
  if (typeof $ref === 'string') out.push(...conjuncts(resolveRef<Schema>(spec, { $ref }), spec));
  if (Object.keys(rest).length > 0) out.push(rest);
  if (Array.isArray(allOf)) for (const member of allOf as Schema[]) out.push(...conjuncts(member, spec));
  Object.freeze(out);
  cache?.set(schema, out);
  return out;
}

const bundledCache = new WeakMap<SpecNode, readonly Schema[]>();

/** A named schema of the bundled spec (`components/schemas`). */
export function namedSchema(name: string, spec: SpecNode = loadBundledSpec()): Schema {
  const schemas = (spec.components as SpecNode | undefined)?.schemas as Record<string, Schema> | undefined;
  const schema = schemas?.[name];
  if (schema === undefined) throw new SchemaNotSupportedError(`the spec has no schema named ${name}`);
  return schema;
}

/** Whether any conjunct marks the value write-only (a secret the API must never return). */
export function isWriteOnly(list: readonly Schema[]): boolean {
  return list.some((schema) => typeof schema === 'object' && schema.writeOnly === true);
}

/** The value a keyword has in the conjuncts that state it. */
export function valuesOf(list: readonly Schema[], keyword: string): unknown[] {
  const found: unknown[] = [];
  for (const schema of list) if (typeof schema === 'object' && keyword in schema) found.push(schema[keyword]);
  return found;
}

/** The tightest numeric limit a keyword states across conjuncts (`max` for lower bounds, `min` for upper). */
export function tightest(list: readonly Schema[], keyword: string, pick: 'max' | 'min'): number | undefined {
  const numbers = valuesOf(list, keyword).filter((value): value is number => typeof value === 'number');
  if (numbers.length === 0) return undefined;
  return pick === 'max' ? Math.max(...numbers) : Math.min(...numbers);
}

/** The JSON type of a value, as JSON Schema names it (`integer` for whole numbers). */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
