/**
 * Builds the package into dist/: tsc for src/ and the generated types (with source and declaration maps,
 * which point at the TypeScript the package ships beside them), then copies the generated validators
 * module and the bundled spec beside them (JavaScript and JSON, not TypeScript), and mocks/README.md,
 * the scenario table the mock command's banner points to.
 * dist/build-stamp.json is removed first and written last, so `npm start` runs dist/ only when whole.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

const STAMP = join(DIST, 'build-stamp.json');
rmSync(STAMP, { force: true });
for (const folder of ['src', 'generated', 'mocks']) rmSync(join(DIST, folder), { recursive: true, force: true });

const tsc = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

mkdirSync(join(DIST, 'generated'), { recursive: true });
for (const file of ['validators.js', 'validators.d.ts', 'openapi.json']) {
  copyFileSync(join(ROOT, 'generated', file), join(DIST, 'generated', file));
}
mkdirSync(join(DIST, 'mocks'), { recursive: true });
copyFileSync(join(ROOT, 'mocks', 'README.md'), join(DIST, 'mocks', 'README.md'));

// The serve and sandbox commands, bundled with what they load (Fastify, pino, the validators, the server)
// into one ESM file each and a shared chunk, in place of tsc's output: a starting server reads three files
// instead of about 250 modules, which halves its start-up (scripts/bench/server.bench.ts). The library entries
// (`webhooks-contract/server` and the rest) stay unbundled. The chunk sits beside them in dist/src/cli/, so
// the paths it finds files by (dist/generated/openapi.json) stay right.
const cli = join(DIST, 'src', 'cli');
await build({
  entryPoints: [join(cli, 'serve.js'), join(cli, 'sandbox.js')],
  outdir: cli,
  entryNames: '[name]',
  chunkNames: 'server-[hash]',
  allowOverwrite: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // a native module, and one loaded only when a signing key is made or loaded
  external: ['better-sqlite3', 'jose'],
  // the CommonJS dependencies require Node's built-in modules
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // source maps only for the benchmark, which maps CPU profile positions in the bundle back to source files
  sourcemap: process.env.BUNDLE_SOURCE_MAPS === '1' ? 'external' : false,
  logLevel: 'warning',
});

writeFileSync(STAMP, `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
console.log('built dist/src, dist/generated and dist/mocks');
