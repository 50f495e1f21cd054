/**
 * The `.d.ts` of generated/validators.js: a typed validator per body schema, strict, explaining and
 * lenient, and the maps of operations and events.
 * @module
 */
import type { BodySchemas } from './body-schemas.js';

/** The declarations of the validators module. */
export function renderDts(bodies: BodySchemas, lenient: readonly string[], banner: string): string {
  const lines = [
    `/* ${banner} */`,
    "import type { components } from './openapi.js';",
    '',
    '/** One broken rule, as Ajv reports it. */',
    'export interface SchemaError {',
    '  instancePath: string;',
    '  schemaPath: string;',
    '  keyword: string;',
    '  params: Record<string, unknown>;',
    '  message?: string;',
    '  /** present on explain* validators: the schema object that holds the failed keyword */',
    '  parentSchema?: unknown;',
    '  data?: unknown;',
    '}',
    '',
    '/** A precompiled validator: a type guard that leaves the broken rules in `errors` when it fails. */',
    'export interface Validator<T> {',
    '  (data: unknown): data is T;',
    '  errors?: SchemaError[] | null;',
    '}',
    '',
    'type Schemas = components["schemas"];',
    '',
  ];
  for (const name of bodies.names) {
    lines.push(`/** Checks a \`${name}\`; stops at the first broken rule. */`);
    lines.push(`export declare const validate${name}: Validator<Schemas["${name}"]>;`);
    lines.push(`/** Checks a \`${name}\` and collects every broken rule with its schema, to explain a failure. */`);
    lines.push(`export declare const explain${name}: Validator<Schemas["${name}"]>;`);
  }
  for (const name of lenient) {
    lines.push(`/** Checks a \`${name}\` as a receiver should: fields added to the API later are accepted. */`);
    lines.push(`export declare const lenient${name}: Validator<Schemas["${name}"]>;`);
    lines.push(`/** Explains why \`lenient${name}\` refused a value, every broken rule with its schema. */`);
    lines.push(`export declare const explainLenient${name}: Validator<Schemas["${name}"]>;`);
  }
  lines.push('', '/** The names of the schemas that have validators. */');
  lines.push(`export type SchemaName = ${bodies.names.map((n) => JSON.stringify(n)).join(' | ')};`);
  lines.push('', '/** Fast validators by schema name. */');
  lines.push('export declare const validators: { readonly [K in SchemaName]: Validator<Schemas[K]> };');
  lines.push('/** Explaining validators (every error, with schemas) by schema name. */');
  lines.push('export declare const explainers: { readonly [K in SchemaName]: Validator<Schemas[K]> };');
  lines.push('', '/** The names of the schemas that have lenient (receiver) validators. */');
  lines.push(`export type LenientSchemaName = ${lenient.map((n) => JSON.stringify(n)).join(' | ')};`);
  lines.push('/** The type of every event a strict or lenient event map holds, by event type. */');
  lines.push(`type EventPayloads = { ${Object.entries(bodies.events).map(([type, name]) => `${JSON.stringify(type)}: Schemas["${name}"]`).join('; ')} };`);
  lines.push('/** For each event type: its fast validator and its explaining one. */');
  lines.push('export declare const eventValidators: { readonly [T in keyof EventPayloads]: readonly [Validator<EventPayloads[T]>, Validator<EventPayloads[T]>] };');
  lines.push('/** For each event type: its lenient (receiver) validator and its explaining one. */');
  lines.push('export declare const lenientEventValidators: { readonly [T in keyof EventPayloads]: readonly [Validator<EventPayloads[T]>, Validator<EventPayloads[T]>] };');
  lines.push('', '/** For each operation: its method, path, and the schema of its request body and of each response body. */');
  lines.push(`export declare const operations: ${JSON.stringify(bodies.operations, null, 2).replace(/\n/g, '\n')};`);
  lines.push('', '/** For each event type: the schema of its payload. */');
  lines.push(`export declare const eventSchemas: ${JSON.stringify(bodies.events, null, 2)};`);
  return `${lines.join('\n')}\n`;
}
