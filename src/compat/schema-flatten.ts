/**
 * One schema out of many for generation: `$ref` followed and `allOf` merged into a single schema, and the
 * types a schema admits when it names none.
 * @module
 */
import { acceptsNothing, atPointer, isObject, type Json, type Schema } from './schema-walk.js';

/** How many references deep a schema is followed before generation stops growing it. */
export const MAX_DEPTH = 10;

/** Combines two schemas that must both hold (one level of `allOf`), keeping what generation needs. */
export function merge(a: Json, b: Json): Json {
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
export function flatten(schema: Schema | undefined, document: unknown, depth: number): Json | false {
  if (schema === undefined || schema === true) return {};
  if (schema === false || acceptsNothing(schema)) return false;
  let flat: Json = { ...schema };
  if (typeof flat.$ref === 'string') {
    const { $ref, ...siblings } = flat;
    const target = depth > MAX_DEPTH ? {} : flatten(atPointer(document, $ref as string) as Schema, document, depth + 1);
    if (target === false) return false;
    flat = merge(siblings, target);
  }
  if (Array.isArray(flat.allOf)) {
    const { allOf, ...rest } = flat;
    flat = rest;
    for (const member of allOf as Schema[]) {
      const flatMember = flatten(member, document, depth + 1);
      if (flatMember === false) return false;
      flat = merge(flat, flatMember);
    }
  }
  return flat;
}

/** The types a schema admits, read from its keywords when it names none. */
export function typesOf(schema: Json): string[] {
  if (schema.type !== undefined) return [schema.type].flat() as string[];
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items || schema.prefixItems || schema.minItems !== undefined || schema.contains) return ['array'];
  if (schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern || schema.format) return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined) return ['number'];
  return [];
}
