/**
 * The fields a body schema declares, across every branch of its `oneOf`/`anyOf`/`allOf` and `then`/`else`
 * together, with their write-only and read-only marks. A restructure keeps this set; removing a field or a
 * mark changes it, whichever keyword the field sat under.
 * @module
 */
import { acceptsNothing, atPointer, isObject, type Schema } from './schema-walk.js';

/** What the contract says about one field. */
export interface FieldMarks {
  writeOnly: boolean;
  readOnly: boolean;
}

const MAX_DEPTH = 24;
/** keywords whose subschemas describe the same value as their parent */
const SAME_VALUE = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Every field a body schema declares, by path: `secret`, `enabled_events[]`, `data.object.names[].value`.
 * Fields declared only to be forbidden (`false`, `not: {}`) are not fields.
 * @example
 * fieldInventory(spec, { $ref: '#/components/schemas/WebhookCreate' }).get('secret') // { writeOnly: true, readOnly: false }
 */
export function fieldInventory(document: unknown, schema: Schema): Map<string, FieldMarks> {
  const fields = new Map<string, FieldMarks>();
  const mark = (path: string, node: Record<string, unknown>): void => {
    if (path === '') return;
    const marks = fields.get(path) ?? { writeOnly: false, readOnly: false };
    if (node.writeOnly === true) marks.writeOnly = true;
    if (node.readOnly === true) marks.readOnly = true;
    fields.set(path, marks);
  };
  const visit = (node: Schema | undefined, path: string, refs: readonly string[], depth: number): void => {
    if (!isObject(node) || acceptsNothing(node) || depth > MAX_DEPTH) return;
    mark(path, node);
    if (typeof node.$ref === 'string' && !refs.includes(node.$ref)) {
      visit(atPointer(document, node.$ref) as Schema, path, [...refs, node.$ref], depth + 1);
    }
    for (const keyword of SAME_VALUE) {
      if (Array.isArray(node[keyword])) for (const member of node[keyword] as Schema[]) visit(member, path, refs, depth + 1);
    }
    for (const keyword of ['then', 'else', 'dependentSchemas'] as const) {
      const sub = node[keyword];
      if (keyword === 'dependentSchemas' && isObject(sub)) Object.values(sub).forEach((member) => visit(member as Schema, path, refs, depth + 1));
      else visit(sub as Schema | undefined, path, refs, depth + 1);
    }
    if (isObject(node.properties)) {
      for (const [name, sub] of Object.entries(node.properties)) {
        if (acceptsNothing(sub)) continue;
        const child = path === '' ? name : `${path}.${name}`;
        fields.set(child, fields.get(child) ?? { writeOnly: false, readOnly: false });
        visit(sub as Schema, child, refs, depth + 1);
      }
    }
    if (node.items !== undefined && !acceptsNothing(node.items)) visit(node.items as Schema, `${path}[]`, refs, depth + 1);
    if (Array.isArray(node.prefixItems)) for (const item of node.prefixItems as Schema[]) visit(item, `${path}[]`, refs, depth + 1);
  };
  visit(schema, '', [], 0);
  return fields;
}

/** The last name of a field path: `data[].secret` → `secret`. */
export function fieldName(path: string): string {
  return path.replace(/\[\]$/g, '').split(/[.[\]]+/).filter(Boolean).pop() ?? path;
}
