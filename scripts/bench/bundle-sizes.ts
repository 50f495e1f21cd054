/**
 * What the package costs in a browser bundle: esbuild (minified, ESM, browser platform) bundles each
 * case the way an app would import it, beside bare openapi-fetch as the baseline. The bundle test
 * asserts the budgets on these figures; `npm run bench` prints them.
 */
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/** The whole generated validators module, minified, before each validator became tree-shakable (main at f360db9). */
export const VALIDATORS_MODULE_BEFORE_BYTES = 331_411;

/** One bundle: what it imports, and whether the bundler may split it into chunks. */
export interface BundleCase {
  name: string;
  /** the module an app writes: imports and re-exports what it uses (so nothing it names is dropped) */
  source: string;
  splitting?: boolean;
}

export const BUNDLE_CASES = {
  openapiFetch: { name: 'bare openapi-fetch (baseline)', source: "export { default as createClient } from 'openapi-fetch';" },
  client: { name: 'the client entry (webhooks-contract), no splitting', source: "export * from './src/index.ts';" },
  clientSplit: { name: 'the client entry, code splitting (all chunks)', source: "export * from './src/index.ts';", splitting: true },
  clientWithCheck: {
    name: 'the client with the contract check passed in',
    source: "export { createWebhooksClient } from './src/index.ts'; export { contractCheck } from './src/validation/contract-check.ts';",
  },
  validateWebhookCreate: { name: 'validateWebhookCreate alone (webhooks-contract/validators)', source: "export { validateWebhookCreate } from './src/validation/index.ts';" },
  validateReceivedEvent: { name: 'validateReceivedEvent alone (webhooks-contract/validators)', source: "export { validateReceivedEvent } from './src/validation/index.ts';" },
  validatorsEntry: { name: 'the whole validators entry', source: "export * from './src/validation/index.ts';" },
  validatorsModule: { name: 'the whole generated validators module', source: "export * from './generated/validators.js';" },
} satisfies Record<string, BundleCase>;

/** Minified bytes (and gzipped bytes) of every output file of one bundle. */
export async function bundleSize(bundle: BundleCase): Promise<{ bytes: number; gzipBytes: number; inputs: string[] }> {
  const result = await build({
    stdin: { contents: bundle.source, resolveDir: ROOT, loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    splitting: bundle.splitting ?? false,
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  return {
    bytes: files.reduce((sum, file) => sum + file.contents.byteLength, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzipSync(file.contents).byteLength, 0),
    inputs: Object.keys(result.metafile.inputs),
  };
}
