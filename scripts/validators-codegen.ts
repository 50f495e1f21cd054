/**
 * Compiles the bundled spec's schemas into one self-contained ESM module of Ajv validators, so that
 * nothing compiles a schema at run time, plus its `.d.ts`.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { resolveRef } from '../src/spec/resolve-ref.js';

// both packages are CommonJS with a default export; under NodeNext it arrives wrapped once more
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

const SCHEMAS_ID = 'urn:webhooks-contract:components';
const COMPONENT_REF = '#/components/schemas/';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Spec extensions the validators carry as annotations (x-error-messages feeds the readable errors). */
export const EXTENSION_KEYWORDS = ['x-error-messages', 'x-enumDescriptions', 'x-explain-with', 'x-faker', 'x-type-name'];

type Json = Record<string, unknown>;

export interface ResponseContract {
  /** the component the body must satisfy; null when the response has no body */
  schema: string | null;
  mediaType: string | null;
  /** headers the response must carry */
  headers: string[];
}

export interface OperationBodies {
  method: string;
  path: string;
  requestBody?: string;
  responses: Record<string, ResponseContract>;
}

export interface BodySchemas {
  /** every schema used as a request, response or event body, by component name */
  names: string[];
  operations: Record<string, OperationBodies>;
  /** event type → the component of its payload */
  events: Record<string, string>;
}

function refName(schema: unknown, where: string): string {
  const ref = (schema as Json | undefined)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(COMPONENT_REF)) {
    throw new Error(`${where}: body schemas must be a $ref to a named component, so each gets a named validator`);
  }
  return ref.slice(COMPONENT_REF.length);
}

function deref<T>(doc: Json, value: T): T {
  return resolveRef<T>(doc, value);
}

function jsonBody(content: unknown, where: string): { schema: string; mediaType: string } | undefined {
  const media = content as Record<string, Json> | undefined;
  if (!media) return undefined;
  const mediaType = ['application/json', 'application/problem+json'].find((type) => media[type]);
  if (!mediaType) throw new Error(`${where}: only JSON bodies are described`);
  return { schema: refName(media[mediaType]!.schema, where), mediaType };
}

/** Finds every body schema of every operation and event in the bundled spec. */
export function collectBodySchemas(doc: Json): BodySchemas {
  const names = new Set<string>();
  const operations: Record<string, OperationBodies> = {};
  const events: Record<string, string> = {};
  const visit = (pathItem: Json, path: string, event?: string): void => {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const id = operation.operationId as string;
      const requestBody = deref(doc, operation.requestBody as Json | undefined);
      const request = requestBody && jsonBody(requestBody.content, `${id} request`)?.schema;
      if (request) names.add(request);
      if (event && request) events[event] = request;
      const responses: Record<string, ResponseContract> = {};
      for (const [status, rawResponse] of Object.entries((operation.responses ?? {}) as Json)) {
        const response = deref(doc, rawResponse as Json);
        const body = jsonBody(response.content, `${id} ${status}`);
        const headers = Object.entries((response.headers ?? {}) as Json)
          .filter(([, header]) => deref(doc, header as Json).required === true)
          .map(([name]) => name);
        responses[status] = { schema: body?.schema ?? null, mediaType: body?.mediaType ?? null, headers };
        if (body) names.add(body.schema);
      }
      if (!event) operations[id] = { method, path, ...(request ? { requestBody: request } : {}), responses };
    }
  };
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Json)) visit(deref(doc, item as Json), path);
  for (const [event, item] of Object.entries((doc.webhooks ?? {}) as Json)) visit(deref(doc, item as Json), event, event);
  return { names: [...names].sort(), operations, events };
}

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

function stripAnnotations(schema: Json): Json {
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
function guardRegularExpressions(schema: Json): Json {
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
function withoutTypeOnlyOneOf(schema: Json): Json {
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
function withOwnMessages(schema: Json): Json {
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
function forReceivers(schema: Json): Json {
  return mapSchemas(schema, (node) => {
    if (node.additionalProperties === false) delete node.additionalProperties;
    if (node.unevaluatedProperties === false) delete node.unevaluatedProperties;
    return node;
  });
}

/** The options the validators are compiled with (the benchmark compiles with them at run time too). */
export function ajvOptions(options: { explain: boolean; source: boolean }) {
  return {
    strict: true,
    // the OIDC rules require fields their enclosing schema declares; test/spec checks every required name
    strictRequired: false,
    // the fast validators stop at the first error; the explain ones collect every broken rule with
    // its schema, and run only after a fast one has failed, on bodies the schemas bound in size
    allErrors: options.explain,
    verbose: options.explain,
    // messages.ts words every error itself; a referenced schema becomes one shared function, not a copy per use
    messages: false,
    inlineRefs: false,
    code: { source: options.source, esm: true, lines: false },
  };
}

/** An Ajv instance ready to compile the spec's schemas. */
export function createAjv(options: { explain: boolean; source: boolean }): Ajv2020 {
  const ajv = new Ajv2020(ajvOptions(options));
  addFormats(ajv);
  for (const keyword of EXTENSION_KEYWORDS) ajv.addKeyword({ keyword });
  return ajv;
}

/** The `$ref` that names a component inside the schema document. */
export function schemaRef(name: string): string {
  return `${SCHEMAS_ID}#/$defs/${name}`;
}

/** Where the standalone code requires Ajv's runtime, the generated module imports these instead. */
const RUNTIME_REQUIRES: Record<string, string> = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
  'require("ajv/dist/runtime/equal").default': 'equal',
  'require("ajv-formats/dist/formats").fullFormats': 'fullFormats',
};

/**
 * Ajv's standalone code as an ES module a bundler can tree-shake one validator at a time: no
 * `require()` (ajv issues 1976, 2209), exports at the end, and no top-level statement with a side
 * effect, so that a validator nobody imports, and everything only it uses, is dropped.
 */
export function toTreeShakableModule(source: string): string {
  let code = source.replace(/^"use strict";/, '');
  const aliases: string[] = [];
  code = code.replace(/export const (\w+) = (validate\d+);/g, (_, name: string, fn: string) => {
    aliases.push(`${fn} as ${name}`);
    return '';
  });
  for (const [required, name] of Object.entries(RUNTIME_REQUIRES)) code = code.replaceAll(required, name);
  const leftover = /\brequire\([^)]*\)/.exec(code);
  if (leftover) throw new Error(`the validators need ${leftover[0]}, which the generator does not map to an import`);
  // validateN.evaluated (what a validator evaluated, for unevaluatedProperties) is assigned at the top
  // level, a side effect that would keep every validator; a constant of its own is not
  code = code.replace(/(^|[;}])validate(\d+)\.evaluated = /g, '$1const evaluated_validate$2 = ');
  code = code.replace(/\bvalidate(\d+)\.evaluated\b/g, 'evaluated_validate$1');
  code = code.replaceAll('new RegExp(', '/* @__PURE__ */ new RegExp(');
  // each format is an export of its own (see formatsModule)
  code = code.replace(/\bfullFormats(?:\.([\w$]+)|\["([^"]+)"\])/g, (_, dotted?: string, quoted?: string) => `formats.${formatExportName((dotted ?? quoted)!)}`);
  if (/\bfullFormats\b/.test(code)) throw new Error('the validators use ajv-formats in a way the generator does not map');
  const imports = ['import { ucs2length, equal } from "virtual:runtime";', 'import * as formats from "virtual:formats";'];
  return `${imports.join('\n')}\n${code}\nexport { ${aliases.join(', ')} };\n`;
}

/** The name the generated module gives the function of one format: `date-time` → `format_date_time`. */
function formatExportName(format: string): string {
  return `format_${format.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/**
 * ajv-formats' formats as an ES module with one export per format, so that a bundle carries only the
 * formats its validators use. Its CommonJS file (pinned, requiring nothing) is read with the TypeScript
 * parser: its declarations are kept as they are, each entry of `exports.fullFormats` becomes an
 * export whose one call is marked pure, and every other `exports` statement goes.
 */
function formatsModule(): string {
  const path = createRequire(import.meta.url).resolve('ajv-formats/dist/formats.js');
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const kept: string[] = [];
  const exported: string[] = [];
  const isExports = (node: ts.Node): boolean =>
    ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'exports';
  for (const statement of file.statements) {
    if (ts.isExpressionStatement(statement)) {
      const expression = statement.expression;
      if (ts.isCallExpression(expression) && expression.getText().startsWith('Object.defineProperty(exports')) continue;
      if (ts.isBinaryExpression(expression) && isExports(expression.left)) {
        const target = (expression.left as ts.PropertyAccessExpression).name.text;
        if (target === 'fullFormats') {
          if (!ts.isObjectLiteralExpression(expression.right)) throw new Error('ajv-formats: fullFormats is no longer an object literal');
          for (const property of expression.right.properties) {
            const name = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
            const value = ts.isPropertyAssignment(property) ? property.initializer.getText() : ts.isShorthandPropertyAssignment(property) ? property.name.text : undefined;
            if (name === undefined || value === undefined) throw new Error(`ajv-formats: cannot read the format ${property.getText()}`);
            exported.push(`export const ${formatExportName(name)} = /* @__PURE__ */ (() => (${value}))();`);
          }
        }
        continue;
      }
    }
    if (/\bexports\b|\brequire\(/.test(statement.getText())) throw new Error(`ajv-formats: unexpected statement ${statement.getText().slice(0, 80)}`);
    kept.push(statement.getText());
  }
  return `${kept.join('\n')}\n${exported.join('\n')}\n`;
}

/** Ajv's runtime helpers as plain ES functions (both are self-contained). */
function runtimeModule(): string {
  const ucs2length = (ucs2lengthModule as unknown as { default: (text: string) => number }).default;
  const equal = (equalModule as unknown as { default: (a: unknown, b: unknown) => boolean }).default;
  return `export ${ucs2length.toString()}\nexport ${equal.toString()}\n`;
}

function compile(schema: Json, names: readonly string[], prefix: string, explain: boolean): string {
  const ajv = createAjv({ explain, source: true });
  ajv.addSchema(schema);
  const refs: Record<string, string> = {};
  for (const name of names) refs[`${prefix}${name}`] = schemaRef(name);
  return toTreeShakableModule(standaloneCode(ajv, refs));
}

function virtualModules(modules: Record<string, string>, resolveDir: string): Plugin {
  return {
    name: 'virtual-modules',
    setup(builder) {
      builder.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'virtual' }));
      builder.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
        contents: modules[args.path],
        loader: 'js',
        resolveDir,
      }));
    },
  };
}

function renderDts(bodies: BodySchemas, lenient: readonly string[], banner: string): string {
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

/** The schemas receivers validate leniently: every event payload, and the envelope for event types added later. */
export function lenientSchemaNames(bodies: BodySchemas): string[] {
  return [...Object.values(bodies.events), 'EventEnvelope'].sort();
}

/** A frozen map from names to exports, marked pure so that a bundler drops it when nobody imports it. */
function exportMap(exportName: string, names: readonly string[], prefix: string): string {
  return `export const ${exportName} = /* @__PURE__ */ Object.freeze({ ${names.map((n) => `${JSON.stringify(n)}: ${prefix}${n}`).join(', ')} });`;
}

/** For each event type, its fast and explaining validators, as a pure (droppable) map. */
function eventPairs(exportName: string, events: Record<string, string>, fast: string, explain: string): string {
  const entries = Object.entries(events).map(([type, name]) => `${JSON.stringify(type)}: [${fast}${name}, ${explain}${name}]`);
  return `export const ${exportName} = /* @__PURE__ */ Object.freeze({ ${entries.join(', ')} });`;
}

/** Builds generated/validators.js and its .d.ts from the bundled spec. */
export async function buildValidatorsModule(doc: Json, banner: string): Promise<{ js: string; dts: string }> {
  const bodies = collectBodySchemas(doc);
  const lenient = lenientSchemaNames(bodies);
  const schema = withoutTypeOnlyOneOf(stripAnnotations(toJsonSchema(doc)));
  const receiving = forReceivers(schema);
  const imports = (module: string, names: readonly string[], prefix: string) =>
    `import { ${names.map((n) => `${prefix}${n}`).join(', ')} } from '${module}';\nexport { ${names.map((n) => `${prefix}${n}`).join(', ')} };`;
  const entry = [
    imports('virtual:fast', bodies.names, 'validate'),
    imports('virtual:explain', bodies.names, 'explain'),
    imports('virtual:lenient', lenient, 'lenient'),
    imports('virtual:explain-lenient', lenient, 'explainLenient'),
    exportMap('validators', bodies.names, 'validate'),
    exportMap('explainers', bodies.names, 'explain'),
    eventPairs('eventValidators', bodies.events, 'validate', 'explain'),
    eventPairs('lenientEventValidators', bodies.events, 'lenient', 'explainLenient'),
    `export const operations = ${JSON.stringify(bodies.operations)};`,
    `export const eventSchemas = ${JSON.stringify(bodies.events)};`,
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    banner: { js: `/* ${banner} */` },
    plugins: [
      virtualModules(
        {
          'virtual:fast': compile(guardRegularExpressions(schema), bodies.names, 'validate', false),
          'virtual:explain': compile(guardRegularExpressions(withOwnMessages(schema)), bodies.names, 'explain', true),
          'virtual:lenient': compile(guardRegularExpressions(receiving), lenient, 'lenient', false),
          'virtual:explain-lenient': compile(guardRegularExpressions(withOwnMessages(receiving)), lenient, 'explainLenient', true),
          'virtual:runtime': runtimeModule(),
          'virtual:formats': formatsModule(),
        },
        process.cwd(),
      ),
    ],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no validators module');
  return { js: output.text, dts: renderDts(bodies, lenient, banner) };
}
