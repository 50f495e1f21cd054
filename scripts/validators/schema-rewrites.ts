/**
 * The schema document the validators are compiled from (components.schemas under `$defs`), and the
 * rewrites each kind of validator compiles (without annotations, regular expressions guarded, lenient
 * for receivers, a field's own messages), each giving the same verdicts as the spec's schema.
 * @module
 */
import { COMPONENT_REF, type Json } from './body-schemas.js';

/** The `$id` of the schema document. */
const SCHEMAS_ID = 'urn:webhooks-contract:components';

/** components.schemas as one JSON Schema document whose refs point into its own $defs. */
export function toJsonSchema(doc: Json): Json {
  const schemas = structuredClone((doc.components as Json).schemas as Json);
  const rewrite = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(rewrite);
    else if (node && typeof node === 'object') {
      const object = node as Json;
      if (typeof object.$ref === 'string' && object.$ref.startsWith(COMPONENT_REF)) {
        object.$ref = `#/$defs/${object.$ref.slice(COMPONENT_REF.length)}`;
      }
      Object.values(object).forEach(rewrite);
    }
  };
  rewrite(schemas);
  return { $id: SCHEMAS_ID, $defs: schemas };
}

/** The `$ref` that names a component inside the schema document. */
export function schemaRef(name: string): string {
  return `${SCHEMAS_ID}#/$defs/${name}`;
}

/** Keywords whose value is data, never a schema. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'examples', 'example', 'default', 'required', 'x-error-messages', 'x-faker', 'x-enumDescriptions']);
/** Keywords whose value maps names to schemas: its keys are names (a field may be called `title`). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/** A deep copy of a schema where `visit` may rewrite each schema object; children are visited first. */
function mapSchemas(schema: Json, visit: (node: Json) => Json): Json {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const copy: Json = {};
    for (const [key, value] of Object.entries(node as Json)) {
      if (DATA_KEYWORDS.has(key)) copy[key] = structuredClone(value);
      else if (SCHEMA_MAPS.has(key)) copy[key] = Object.fromEntries(Object.entries(value as Json).map(([name, child]) => [name, walk(child)]));
      else copy[key] = walk(value);
    }
    return visit(copy);
  };
  return walk(schema) as Json;
}

/** Keywords that only annotate: they change no verdict, so the compiled code leaves them out. */
const ANNOTATIONS = ['title', 'description', 'examples', 'example', 'default', 'deprecated', 'readOnly', 'writeOnly', '$comment', 'x-faker', 'x-enumDescriptions', 'x-type-name'];

/** The schema without the keywords that only annotate. */
export function stripAnnotations(schema: Json): Json {
  return mapSchemas(schema, (node) => {
    for (const keyword of ANNOTATIONS) delete node[keyword];
    return node;
  });
}

/**
 * A string's `pattern` and `format` run only once it is within its `maxLength`: a regular expression
 * given millions of characters can overflow V8's stack ("Maximum call stack size exceeded"), and the
 * explain validators, which collect every error, would otherwise run it after maxLength has failed.
 * Same verdicts: a string over maxLength fails anyway. The spec gives every such string a maxLength
 * (test/spec checks it).
 */
export function guardRegularExpressions(schema: Json): Json {
  return mapSchemas(schema, (node) => {
    if (typeof node.maxLength !== 'number' || (node.pattern === undefined && node.format === undefined)) return node;
    const { pattern, format, ...rest } = node;
    const checks: Json = { type: 'string', ...(pattern === undefined ? {} : { pattern }), ...(format === undefined ? {} : { format }) };
    // the messages follow their keywords into `then`, where the explain validators look for them
    if (rest['x-error-messages'] !== undefined) checks['x-error-messages'] = rest['x-error-messages'];
    const guard = { if: { type: 'string', maxLength: node.maxLength }, then: checks };
    return rest.if === undefined ? { ...rest, ...guard } : { ...rest, allOf: [...((rest.allOf as Json[] | undefined) ?? []), guard] };
  });
}

/**
 * Where a schema says `x-explain-with: allOf`, its `oneOf` restates, for the generated types and the
 * docs, rules that the rest of the schema states one at a time (the OIDC rules as `if`/`then`). The
 * validators decide and explain with those rules alone, so that each error names the rule it broke
 * rather than "must match exactly one schema in oneOf"; test/spec checks, with the oneOf compiled at
 * test time, that both statements accept exactly the same values.
 */
export function withoutTypeOnlyOneOf(schema: Json): Json {
  return mapSchemas(schema, (node) => {
    if (node['x-explain-with'] === 'allOf') delete node.oneOf;
    return node;
  });
}

/**
 * For the explain validators: a `$ref` beside its own `x-error-messages` is inlined with those
 * messages, so that a field reusing a schema (oidc_token_endpoint → HttpsUrl) speaks in its own words.
 * Same verdicts: an inlined schema validates as the one it refers to.
 */
export function withOwnMessages(schema: Json): Json {
  const defs = schema.$defs as Record<string, Json>;
  return mapSchemas(schema, (node) => {
    const ref = node.$ref;
    if (typeof ref !== 'string' || node['x-error-messages'] === undefined || !ref.startsWith('#/$defs/')) return node;
    const { $ref: _, 'x-error-messages': own, ...siblings } = node;
    const target = structuredClone(defs[ref.slice('#/$defs/'.length)]!);
    if (target.$ref !== undefined) throw new Error(`${ref} is itself a $ref: inline one level only`);
    const inherited = (target['x-error-messages'] ?? {}) as Json;
    return { ...target, ...siblings, 'x-error-messages': { ...inherited, ...(own as Json) } };
  });
}

/**
 * The schema the receivers' lenient validators use: every object is open, so that a field the API adds
 * later does not fail an event (the strict validators, for the provider's own tests, refuse it).
 */
export function forReceivers(schema: Json): Json {
  return mapSchemas(schema, (node) => {
    if (node.additionalProperties === false) delete node.additionalProperties;
    if (node.unevaluatedProperties === false) delete node.unevaluatedProperties;
    return node;
  });
}
