/**
 * Compiles schemas into Ajv's standalone code, made an ES module a bundler tree-shakes one validator at
 * a time, with Ajv's runtime helpers and ajv-formats' formats as modules of their own.
 * @module
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';
import type { Json } from './body-schemas.js';
import { schemaRef } from './schema-rewrites.js';

// both packages are CommonJS with a default export; under NodeNext it arrives wrapped once more
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

/** Spec extensions the validators carry as annotations (x-error-messages feeds the readable errors). */
export const EXTENSION_KEYWORDS = ['x-error-messages', 'x-enumDescriptions', 'x-explain-with', 'x-faker', 'x-type-name'];

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
export function formatsModule(): string {
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
export function runtimeModule(): string {
  const ucs2length = (ucs2lengthModule as unknown as { default: (text: string) => number }).default;
  const equal = (equalModule as unknown as { default: (a: unknown, b: unknown) => boolean }).default;
  return `export ${ucs2length.toString()}\nexport ${equal.toString()}\n`;
}

/** The standalone module of the validators of `names`, each exported as `prefix` + its name. */
export function compile(schema: Json, names: readonly string[], prefix: string, explain: boolean): string {
  const ajv = createAjv({ explain, source: true });
  ajv.addSchema(schema);
  const refs: Record<string, string> = {};
  for (const name of names) refs[`${prefix}${name}`] = schemaRef(name);
  return toTreeShakableModule(standaloneCode(ajv, refs));
}
