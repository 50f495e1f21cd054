/**
 * Compiles the bundled spec's schemas into one self-contained ESM module of Ajv validators, so that
 * nothing compiles a schema at run time, plus its `.d.ts`.
 */
import { build, type Plugin } from 'esbuild';
import { collectBodySchemas, lenientSchemaNames, type Json } from './validators/body-schemas.js';
import { compile, formatsModule, runtimeModule } from './validators/ajv-standalone.js';
import { renderDts } from './validators/render-dts.js';
import { forReceivers, guardRegularExpressions, stripAnnotations, toJsonSchema, withOwnMessages, withoutTypeOnlyOneOf } from './validators/schema-rewrites.js';

// what the tests and the validators' benchmark compile with at run time, as the generator does
export { ajvOptions, createAjv, EXTENSION_KEYWORDS } from './validators/ajv-standalone.js';
export { schemaRef, toJsonSchema } from './validators/schema-rewrites.js';

/** An esbuild plugin that resolves each `virtual:` import to the source given for it. */
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
