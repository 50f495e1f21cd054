/**
 * The bundled spec as the docs render it. The contract is not changed; one shape that Redoc 3.0 cannot
 * render is restated in an equivalent form that it shows correctly.
 * @module
 */
import { isDeepStrictEqual } from 'node:util';

type Json = Record<string, unknown>;
type Schema = Json & { properties?: Record<string, unknown>; required?: string[]; oneOf?: unknown[] };
interface Spec {
  components?: { schemas?: Record<string, Schema> };
}

const SCHEMA_REF = '#/components/schemas/';

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Is this property schema one no value passes: `false`, or `{ not: {} }` (with the rule's sentence beside it)? */
function isForbidden(value: unknown): boolean {
  return value === false || (isObject(value) && isObject(value.not) && Object.keys(value.not).length === 0);
}

/** Names of the properties a schema forbids (`false` or `not: {}`). */
function forbiddenProperties(schema: Schema): Set<string> {
  return new Set(Object.entries(schema.properties ?? {}).filter(([, value]) => isForbidden(value)).map(([name]) => name));
}

/**
 * One `oneOf` branch written out in full: the parent's properties minus those the branch forbids, plus
 * the branch's own. Where both declare a property differently, `allOf` keeps both (the parent's
 * description, the branch's `const`).
 */
function spellOutBranch(parent: Schema, branch: Schema): Schema {
  const forbidden = forbiddenProperties(branch);
  const properties: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(parent.properties ?? {})) {
    if (forbidden.has(name)) continue;
    const own = branch.properties?.[name];
    properties[name] = own === undefined || isDeepStrictEqual(own, schema) ? schema : { allOf: [schema, own] };
  }
  for (const [name, schema] of Object.entries(branch.properties ?? {})) {
    if (!(name in properties) && !isForbidden(schema)) properties[name] = schema;
  }
  const required = [...new Set([...(parent.required ?? []), ...(branch.required ?? [])])].filter((name) => name in properties);
  const spelledOut: Schema = { type: 'object', properties, required };
  if (typeof branch.title === 'string') spelledOut.title = branch.title;
  if (typeof branch.description === 'string') spelledOut.description = branch.description;
  if ('additionalProperties' in parent) spelledOut.additionalProperties = parent.additionalProperties;
  return spelledOut;
}

/** Every `false` property schema below `node`, replaced by its equivalent `{ not: {} }`. */
function replaceFalseProperties(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(replaceFalseProperties);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isObject(value)) {
      for (const [name, schema] of Object.entries(value)) if (schema === false) value[name] = { not: {} };
    }
    replaceFalseProperties(value);
  }
}

/**
 * Returns a copy of the bundled spec for the docs renderer.
 *
 * Redoc 3.0.1 merges each `oneOf` branch into its parent to show it, and a branch that forbids a field
 * with a `false` schema (`OidcOff`, the update's shapes) breaks that merge: the page logs
 * "Cannot use 'in' operator to search for 'title' in false", and a branch would list a forbidden field
 * (`false`, or `not: {}` as in `OidcPrivateKeyJwtAuth`) as allowed. Such branches are spelled out
 * instead, each with exactly the fields it accepts, and any `false` property schema left elsewhere
 * becomes the equivalent `{ not: {} }`.
 * Nothing else changes: operations, examples, descriptions and code samples are the spec's own.
 */
export function prepareSpecForDocs<T extends object>(bundled: T): T {
  const spec = structuredClone(bundled) as T & Spec;
  const schemas = spec.components?.schemas ?? {};
  const resolve = (node: unknown): Schema => {
    if (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith(SCHEMA_REF)) {
      return schemas[node.$ref.slice(SCHEMA_REF.length)] ?? (node as Schema);
    }
    return node as Schema;
  };
  for (const [name, schema] of Object.entries(schemas)) {
    if (!schema.properties || !Array.isArray(schema.oneOf)) continue;
    const branches = schema.oneOf.map(resolve);
    if (!branches.some((branch) => forbiddenProperties(branch).size > 0)) continue;
    const { properties: _properties, required: _required, oneOf: _oneOf, additionalProperties: _closed, ...rest } = schema;
    schemas[name] = { ...rest, oneOf: branches.map((branch) => spellOutBranch(schema, branch)) };
  }
  replaceFalseProperties(spec);
  return spec;
}
