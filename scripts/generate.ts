/**
 * Regenerates everything under generated/ from spec/: the bundled spec, the TypeScript types and the
 * precompiled Ajv validators. `--check` writes nothing and fails when generated/ is stale.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { buildValidatorsModule } from './validators-codegen.js';
import { renderExamples } from './examples-codegen.js';
import { findNamedForms, withNamedForms } from './named-forms-codegen.js';
import { hashGeneratorInputs, INPUTS_HASH_FILE } from './generated-inputs.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const GENERATED = join(ROOT, 'generated');
export const BANNER = 'generated from spec/ by `npm run generate` — do not edit';

/** Bundles spec/openapi.yaml into one document with the pinned Redocly CLI. */
function bundleSpec(): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'webhooks-contract-'));
  try {
    const out = join(dir, 'openapi.json');
    const redocly = join(ROOT, 'node_modules', '.bin', 'redocly');
    const run = spawnSync(redocly, ['bundle', 'spec/openapi.yaml', '--output', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    if (run.status !== 0 || !existsSync(out)) {
      throw new Error(`redocly bundle failed:\n${run.stdout}\n${run.stderr}`);
    }
    return JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Helper types the generated types use, appended to openapi.ts. */
const TYPE_HELPERS = `
/**
 * \`null\` as a field's only value. openapi-fetch's \`Writable\` drops a property typed exactly \`null\` from
 * request bodies (openapi-typescript issue 2717), so it is spelt with a member no value can have.
 */
export type NullOnly = null | { readonly 'null is the only value': never };
/**
 * A field a rule forbids here. Its type is the rule's sentence, so that assigning it a value fails to
 * compile with the rule as the message ("Type 'string' is not assignable to type '\"oidc_client_secret is
 * only allowed when…\"'"). A string literal rather than \`never\`, which says nothing, or an object type,
 * which openapi-fetch's \`Writable\` unfolds beside \`string\`; the validators refuse the sentence as well.
 */
export type Forbidden<Rule extends string> = Rule;
/**
 * An object type that needs at least one of its fields (a schema's \`minProperties: 1\`). A field whose
 * type is \`never\` (one the object cannot have) is not a way to satisfy it.
 */
export type AtLeastOneField<T> = T extends unknown
  ? T & { [K in keyof T]-?: [Exclude<T[K], undefined>] extends [never] ? never : { [P in K]-?: Exclude<T[P], undefined> } }[keyof T]
  : never;
`;

type SchemaNode = Record<string, unknown>;

/** The sentence of a forbidden field (`not: {}` with a message), with `{field}` filled in. */
function forbiddenRule(schema: unknown, field: string): string | undefined {
  const node = schema as SchemaNode | undefined;
  const not = node?.not as SchemaNode | undefined;
  const message = (node?.['x-error-messages'] as SchemaNode | undefined)?.not;
  if (!not || Object.keys(not).length > 0 || typeof message !== 'string') return undefined;
  return message.replaceAll('{field}', field);
}

/**
 * Wraps the type of each named component of `components.schemas` in `AtLeastOneField<…>`: the schema's
 * `minProperties: 1` (an update must change a field) as a type, so that the empty object does not compile.
 */
function withAtLeastOneField(nodes: ts.Node[], names: ReadonlySet<string>): ts.Node[] {
  const nameOf = (node: ts.PropertySignature) => (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : '');
  const inSchemas = (schemas: ts.TypeNode): ts.TypeNode =>
    ts.isTypeLiteralNode(schemas)
      ? ts.factory.updateTypeLiteralNode(
          schemas,
          ts.factory.createNodeArray(
            schemas.members.map((member) =>
              ts.isPropertySignature(member) && member.type && names.has(nameOf(member))
                ? ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, ts.factory.createTypeReferenceNode('AtLeastOneField', [member.type]))
                : member,
            ),
          ),
        )
      : schemas;
  let wrapped = 0;
  const result = nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'components') return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || nameOf(member) !== 'schemas' || !member.type) return member;
      wrapped += 1;
      return ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, inSchemas(member.type));
    });
    return ts.factory.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
  });
  if (names.size > 0 && wrapped !== 1) throw new Error('openapi-typescript no longer emits components.schemas where the generator looks for it');
  return result;
}

async function renderTypes(doc: Record<string, unknown>): Promise<string> {
  const schemas = ((doc.components as SchemaNode).schemas ?? {}) as Record<string, SchemaNode>;
  // a schema whose oneOf members are named (x-type-name) is wrapped form by form instead (named-forms-codegen.ts)
  const namedForms = findNamedForms(schemas);
  const atLeastOne = new Set<string>();
  for (const [name, schema] of Object.entries(schemas)) {
    if (schema.minProperties === undefined || namedForms.some((component) => component.schema === name && component.forms.length > 0)) continue;
    if (schema.minProperties !== 1) throw new Error(`${name}: only minProperties: 1 has a generated type (AtLeastOneField)`);
    atLeastOne.add(name);
  }
  // the generated types describe the wire format; openapi-typescript needs a fresh copy it may annotate
  const ast = await openapiTS(structuredClone(doc) as never, {
    // a `default` must not make a request field required (FIELD-NOTES: openapi-typescript 7.13)
    defaultNonNullable: false,
    // a field a rule forbids (`not: {}` with its sentence) compiles to an error that states the rule,
    // not "Type 'string' is not assignable to type 'undefined'"
    transformProperty(property, schema) {
      const onlyNull = Object.keys(schema).length === 1 && (schema as SchemaNode).type === 'null';
      if (onlyNull) return ts.factory.updatePropertySignature(property, property.modifiers, property.name, property.questionToken, ts.factory.createTypeReferenceNode('NullOnly'));
      const field = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
      const rule = field === undefined ? undefined : forbiddenRule(schema, field);
      if (rule === undefined) return undefined;
      const type = ts.factory.createTypeReferenceNode('Forbidden', [ts.factory.createLiteralTypeNode(ts.factory.createStringLiteral(rule))]);
      return ts.factory.updatePropertySignature(property, property.modifiers, property.name, property.questionToken, type);
    },
  });
  return `/* ${BANNER} */\n\n${astToString(withNamedForms(withAtLeastOneField(ast, atLeastOne), namedForms))}${TYPE_HELPERS}`;
}

/** Produces every file of generated/ in memory, keyed by file name. */
export async function generateAll(): Promise<Map<string, string>> {
  const bundled = bundleSpec();
  const doc = { 'x-generated': BANNER, ...bundled };
  const files = new Map<string, string>();
  files.set('openapi.json', `${JSON.stringify(doc, null, 2)}\n`);
  files.set('openapi.ts', await renderTypes(bundled));
  const validators = await buildValidatorsModule(bundled, BANNER);
  files.set('validators.js', validators.js);
  files.set('validators.d.ts', validators.dts);
  files.set('examples.ts', renderExamples(bundled, BANNER));
  // what npm start compares to know whether to regenerate (see generated-inputs.mjs)
  files.set(INPUTS_HASH_FILE, `${hashGeneratorInputs(ROOT)}\n`);
  files.set('README.md', `# generated/\n\nEverything here is ${BANNER}.\n\n` +
    '- `openapi.json`: the bundled spec; the mock, the docs and the validators are built from it.\n' +
    '- `openapi.ts`: TypeScript types (`paths`, `components`, `webhooks`) from openapi-typescript.\n' +
    '- `examples.ts`: every named example of the spec as a typed constant (`tsc` checks each against its schema\'s type; tests and consumers use them as fixtures).\n' +
    '- `validators.js` / `validators.d.ts`: precompiled Ajv validators (JSON Schema 2020-12 + formats) for every request body, response body and event payload, and lenient ones for receivers; self-contained (no `require()`, no schema compiled at run time) and tree-shakable, one export per validator.\n' +
    '- `inputs.sha256`: a hash of what these files were generated from; `npm start` regenerates when it differs.\n');
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await generateAll();
  if (check) {
    const stale: string[] = [];
    for (const [name, content] of files) {
      const path = join(GENERATED, name);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(name);
    }
    const extra = existsSync(GENERATED) ? readdirSync(GENERATED).filter((name) => !files.has(name)) : [];
    if (stale.length > 0 || extra.length > 0) {
      console.error(
        `generated/ is out of date with spec/ (${[...stale, ...extra.map((n) => `${n} (not generated)`)].join(', ')}).\n` +
          'Run `npm run generate` and commit the result; never edit generated/ by hand.',
      );
      process.exit(1);
    }
    console.log(`generated/ matches spec/ (${files.size} files).`);
    return;
  }
  rmSync(GENERATED, { recursive: true, force: true });
  mkdirSync(GENERATED, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(GENERATED, name), content);
  console.log(`wrote ${files.size} files to generated/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
