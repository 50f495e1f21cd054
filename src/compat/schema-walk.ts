/**
 * Walks JSON Schemas (2020-12) inside a bundled OpenAPI document: local references, the subschemas of
 * each keyword, and the schema locations of an OpenAPI document. The rest of the check builds on these.
 * @module
 */
import { escapePointerToken, unescapePointerToken } from '../spec/json-pointer.js';

/** A JSON object of the spec, loosely typed. */
export type Json = Record<string, unknown>;

/** A JSON Schema: an object or a boolean. */
export type Schema = Json | boolean;

/** Keywords whose value is a map of subschemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Keywords whose value is one subschema. */
const SCHEMA_SINGLES = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'contentSchema',
] as const;

/** Keywords that never change which values a schema accepts (annotations, in JSON Schema's words). */
export const ANNOTATION_KEYWORDS = new Set([
  'title',
  'description',
  'examples',
  'example',
  '$comment',
  'deprecated',
  'default',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'discriminator',
]);

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes one key for a JSON pointer. */
export const pointerToken = escapePointerToken;

/** Builds a `#/…` JSON pointer from keys. */
export function pointerOf(keys: readonly (string | number)[]): string {
  return `#${keys.map((key) => `/${pointerToken(key)}`).join('')}`;
}

/** The value a `#/…` pointer names in a document, or undefined. */
export function atPointer(document: unknown, pointer: string): unknown {
  if (pointer === '#' || pointer === '') return document;
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const key = unescapePointerToken(decodeURIComponent(raw));
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = Object.hasOwn(node, key) ? node[key] : undefined;
    else return undefined;
  }
  return node;
}

/**
 * Follows `$ref`s of OpenAPI objects (parameters, responses, headers, examples) to the object they name.
 * Returns the pointer it ended at, so that locations stay exact.
 */
export function follow(document: unknown, value: unknown, pointer: string): { node: unknown; pointer: string } {
  let node = value;
  let at = pointer;
  const seen = new Set<string>();
  while (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#') && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    at = node.$ref;
    node = atPointer(document, node.$ref);
  }
  return { node, pointer: at };
}

/** Calls `visit` with each direct subschema of a schema, with the keys that lead to it. */
export function forEachSubschema(schema: Schema, visit: (sub: Schema, keys: (string | number)[]) => void): void {
  if (!isObject(schema)) return;
  for (const keyword of SCHEMA_MAPS) {
    const map = schema[keyword];
    if (isObject(map)) for (const [name, sub] of Object.entries(map)) if (isSchema(sub)) visit(sub, [keyword, name]);
  }
  for (const keyword of SCHEMA_LISTS) {
    const list = schema[keyword];
    if (Array.isArray(list)) list.forEach((sub, index) => isSchema(sub) && visit(sub, [keyword, index]));
  }
  for (const keyword of SCHEMA_SINGLES) {
    const sub = schema[keyword];
    if (isSchema(sub)) visit(sub, [keyword]);
  }
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'boolean' || isObject(value);
}

/**
 * Rebuilds a schema bottom-up: `transform` sees each schema object after its subschemas were rebuilt.
 * Subtrees under the keywords in `skip` are kept as they are.
 */
export function mapSchema(schema: Schema, transform: (node: Json) => Schema, skip: ReadonlySet<string> = new Set()): Schema {
  if (!isObject(schema)) return schema;
  const copy: Json = { ...schema };
  forEachSubschema(schema, (sub, keys) => {
    const [keyword, key] = keys as [string, string | number | undefined];
    if (skip.has(keyword)) return;
    const rebuilt = mapSchema(sub, transform, skip);
    if (key === undefined) copy[keyword] = rebuilt;
    else if (Array.isArray(copy[keyword])) {
      const list = [...(copy[keyword] as unknown[])];
      list[key as number] = rebuilt;
      copy[keyword] = list;
    } else copy[keyword] = { ...(copy[keyword] as Json), [key]: rebuilt };
  });
  return transform(copy);
}

/** Every local `$ref` a schema reaches, transitively, as `#/…` pointers (the schema's closure). */
export function schemaClosure(document: unknown, schema: Schema): Set<string> {
  const reached = new Set<string>();
  const visit = (node: Schema): void => {
    if (!isObject(node)) return;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#') && !reached.has(ref)) {
      reached.add(ref);
      const target = atPointer(document, ref);
      if (isSchema(target)) visit(target);
    }
    forEachSubschema(node, (sub) => visit(sub));
  };
  visit(schema);
  return reached;
}

/** A schema without its annotations, for telling whether two versions can accept different values. */
export function withoutAnnotations(schema: Schema): Schema {
  return mapSchema(schema, (node) =>
    Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATION_KEYWORDS.has(key) && !key.startsWith('x-'))),
  );
}

/** JSON with sorted keys, so that two equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, node: unknown) =>
    isObject(node) ? Object.fromEntries(Object.keys(node).sort().map((key) => [key, node[key]])) : node,
  );
}

/**
 * What decides the values a schema accepts: the schema and every schema it references, annotations left
 * out. Two versions with the same fingerprint accept the same values.
 */
export function schemaFingerprint(document: unknown, schema: Schema): string {
  const parts = [canonicalJson(withoutAnnotations(schema))];
  for (const ref of [...schemaClosure(document, schema)].sort()) {
    const target = atPointer(document, ref);
    parts.push(`${ref}=${canonicalJson(isSchema(target) ? withoutAnnotations(target) : target)}`);
  }
  return parts.join('\n');
}

/** True for a schema that accepts nothing: `false`, or `not: {}`. */
export function acceptsNothing(schema: unknown): boolean {
  if (schema === false) return true;
  if (!isObject(schema)) return false;
  const not = schema.not;
  return not === true || (isObject(not) && Object.keys(not).length === 0);
}
