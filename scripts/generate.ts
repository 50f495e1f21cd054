/**
 * Regenerates everything under generated/ from spec/: the bundled spec, the TypeScript types and the
 * precompiled Ajv validators. `--check` writes nothing and fails when generated/ is stale.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildValidatorsModule } from './validators-codegen.js';
import { renderExamples } from './examples-codegen.js';
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

async function renderTypes(doc: Record<string, unknown>): Promise<string> {
  // the generated types describe the wire format; openapi-typescript needs a fresh copy it may annotate
  const ast = await openapiTS(structuredClone(doc) as never, {
    // a `default` must not make a request field required (FIELD-NOTES: openapi-typescript 7.13)
    defaultNonNullable: false,
  });
  return `/* ${BANNER} */\n\n${astToString(ast)}`;
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
    '- `validators.js` / `validators.d.ts`: precompiled Ajv validators (JSON Schema 2020-12 + formats) for every request body, response body and event payload; self-contained, no schema is compiled at run time.\n' +
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
