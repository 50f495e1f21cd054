/**
 * Compiles the bundled spec's schemas into one self-contained ESM module of Ajv validators, so that
 * nothing compiles a schema at run time, plus its `.d.ts`.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { build, type Plugin } from 'esbuild';
import { resolveRef } from '../src/spec/resolve-ref.js';

// both packages are CommonJS with a default export; under NodeNext it arrives wrapped once more
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

const SCHEMAS_ID = 'urn:webhooks-contract:components';
const COMPONENT_REF = '#/components/schemas/';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Spec extensions the validators carry as annotations (x-error-messages feeds the readable errors). */
export const EXTENSION_KEYWORDS = ['x-error-messages', 'x-enumDescriptions', 'x-explain-with', 'x-faker'];

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

/**
 * The schema the explain validators use: where a schema says `x-explain-with: allOf`, its `oneOf`
 * (which its allOf rules restate one rule at a time) is left out, so errors name the broken rule.
 * The fast validators keep the oneOf; a test checks that both accept exactly the same values.
 */
function withoutRestatedOneOf(schema: Json): Json {
  const copy = structuredClone(schema);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const object = node as Json;
      if (object['x-explain-with'] === 'allOf') delete object.oneOf;
      Object.values(object).forEach(walk);
    }
  };
  walk(copy);
  return copy;
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

function compile(schema: Json, names: string[], prefix: string, explain: boolean): string {
  const ajv = createAjv({ explain, source: true });
  ajv.addSchema(schema);
  const refs: Record<string, string> = {};
  for (const name of names) refs[`${prefix}${name}`] = schemaRef(name);
  return standaloneCode(ajv, refs);
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

function renderDts(bodies: BodySchemas, banner: string): string {
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
  lines.push('', '/** The names of the schemas that have validators. */');
  lines.push(`export type SchemaName = ${bodies.names.map((n) => JSON.stringify(n)).join(' | ')};`);
  lines.push('', '/** Fast validators by schema name. */');
  lines.push('export declare const validators: { readonly [K in SchemaName]: Validator<Schemas[K]> };');
  lines.push('/** Explaining validators (every error, with schemas) by schema name. */');
  lines.push('export declare const explainers: { readonly [K in SchemaName]: Validator<Schemas[K]> };');
  lines.push('', '/** For each operation: its method, path, and the schema of its request body and of each response body. */');
  lines.push(`export declare const operations: ${JSON.stringify(bodies.operations, null, 2).replace(/\n/g, '\n')};`);
  lines.push('', '/** For each event type: the schema of its payload. */');
  lines.push(`export declare const eventSchemas: ${JSON.stringify(bodies.events, null, 2)};`);
  return `${lines.join('\n')}\n`;
}

/** Builds generated/validators.js and its .d.ts from the bundled spec. */
export async function buildValidatorsModule(doc: Json, banner: string): Promise<{ js: string; dts: string }> {
  const bodies = collectBodySchemas(doc);
  const schema = toJsonSchema(doc);
  const entry = [
    "export * from 'virtual:fast';",
    "export * from 'virtual:explain';",
    "import * as fast from 'virtual:fast';",
    "import * as explain from 'virtual:explain';",
    `const NAMES = ${JSON.stringify(bodies.names)};`,
    'export const validators = Object.freeze(Object.fromEntries(NAMES.map((n) => [n, fast[`validate${n}`]])));',
    'export const explainers = Object.freeze(Object.fromEntries(NAMES.map((n) => [n, explain[`explain${n}`]])));',
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
          'virtual:fast': compile(schema, bodies.names, 'validate', false),
          'virtual:explain': compile(withoutRestatedOneOf(schema), bodies.names, 'explain', true),
        },
        process.cwd(),
      ),
    ],
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no validators module');
  return { js: output.text, dts: renderDts(bodies, banner) };
}
