/**
 * The edits between two versions of a schema and of every schema it references, each at its JSON pointer
 * in the bundled spec: what a reviewer opens to see where a change was made.
 * @module
 */
import { ANNOTATION_KEYWORDS, atPointer, isObject, pointerToken, schemaClosure, type Schema } from './schema-walk.js';

const MAX_EDITS = 12;
const MAX_VALUE_CHARS = 80;

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** Keywords whose value maps names to schemas: their keys are names, never annotations. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependentRequired']);

/** Lists the edits from `before` to `after` under `pointer`, annotations left out. */
function collect(before: unknown, after: unknown, pointer: string, out: string[], names = false): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (before === undefined) return void out.push(`${pointer}: added ${show(after)}`);
  if (after === undefined) return void out.push(`${pointer}: removed (was ${show(before)})`);
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every(isPrimitive)) {
    // lists of names and values (required, enum, type): say what came and went, not index by index
    const gone = before.filter((value) => !after.includes(value));
    const came = after.filter((value) => !before.includes(value));
    if (gone.length === 0 && came.length === 0) return void out.push(`${pointer}: reordered`);
    if (came.length > 0) out.push(`${pointer}: added ${came.map(show).join(', ')}`);
    if (gone.length > 0) out.push(`${pointer}: removed ${gone.map(show).join(', ')}`);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) collect(before[index], after[index], `${pointer}/${index}`, out);
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!names && ((ANNOTATION_KEYWORDS.has(key) && key !== 'readOnly' && key !== 'writeOnly') || key.startsWith('x-'))) continue;
      collect(before[key], after[key], `${pointer}/${pointerToken(key)}`, out, !names && NAME_MAPS.has(key));
    }
    return;
  }
  out.push(`${pointer}: ${show(before)} → ${show(after)}`);
}

/**
 * The edits behind a change of one position's schema: its own, then those of each schema it reaches in
 * either version, at most a dozen lines.
 * @example
 * schemaEdits(oldSpec, oldSchema, newSpec, newSchema, '#/paths/~1v1~1webhooks/post/requestBody/content/application~1json/schema')
 * // ['#/components/schemas/OidcRules/allOf/0/then/required: added "oidc_scope"']
 */
export function schemaEdits(oldDocument: unknown, oldSchema: Schema, newDocument: unknown, newSchema: Schema, pointer: string): string[] {
  const out: string[] = [];
  collect(oldSchema, newSchema, pointer, out);
  const refs = new Set([...schemaClosure(oldDocument, oldSchema), ...schemaClosure(newDocument, newSchema)]);
  for (const ref of [...refs].sort()) collect(atPointer(oldDocument, ref), atPointer(newDocument, ref), ref, out);
  const unique = [...new Set(out)];
  return unique.length > MAX_EDITS ? [...unique.slice(0, MAX_EDITS), `… and ${unique.length - MAX_EDITS} more`] : unique;
}
