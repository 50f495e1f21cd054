/**
 * Builds both packages. tsc compiles src/, mocks/ and the generated types into dist/ (with source maps),
 * then the generated validators module, the bundled spec and mocks/README.md are copied beside them. The
 * tools package (`webhooks-contract-tools`, tools/package.json) gets its own copy in tools/dist/, with the
 * sources inlined into its maps (it ships no TypeScript), and its serve and sandbox commands bundled from our
 * own code alone: every installed library stays external, so the build holds no copy of one. The light
 * package (`webhooks-contract`, this folder's package.json) publishes the client side of dist/ as tsc wrote
 * it, without maps: tsc's output reads like the TypeScript it came from, and the maps and the sources they
 * point to (about 240 KB) would crowd the MSW handlers out of its 1.5 MB.
 * dist/build-stamp.json is removed first and written last, so `npm start` runs dist/ only when whole.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const TOOLS = join(ROOT, 'tools');
const TOOLS_DIST = join(TOOLS, 'dist');

const STAMP = join(DIST, 'build-stamp.json');
rmSync(STAMP, { force: true });
for (const folder of ['src', 'generated', 'mocks']) rmSync(join(DIST, folder), { recursive: true, force: true });
rmSync(TOOLS_DIST, { recursive: true, force: true });

const tsc = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// What is generated from spec/ ships without maps (they could only point at more generated code), the spec
// as compact JSON and the validators minified: the light package stays within its 1.5 MB installed
// (test/package/packed.test.ts).
mkdirSync(join(DIST, 'generated'), { recursive: true });
copyFileSync(join(ROOT, 'generated', 'validators.d.ts'), join(DIST, 'generated', 'validators.d.ts'));
// (the MSW handlers, webhooks-contract/msw, import it as a JSON module from here, so that a bundler
// carries it into a browser: it stays at dist/generated/openapi.json, in both packages)
writeFileSync(join(DIST, 'generated', 'openapi.json'), JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'generated', 'openapi.json'), 'utf8'))));
const minified = await build({ entryPoints: [join(ROOT, 'generated', 'validators.js')], write: false, minify: true, format: 'esm', logLevel: 'warning' });
// esbuild's minifier drops pure annotations; the generator put them on exactly these calls (the patterns and
// the frozen lookup tables), and a bundler needs them back to leave out the validators an app does not import
const annotated = minified.outputFiles[0]!.text.replace(/\b(new RegExp|Object\.freeze)\(/g, '/* @__PURE__ */ $1(');
writeFileSync(join(DIST, 'generated', 'validators.js'), `/* generated from spec/ by \`npm run generate\`, minified — do not edit */\n${annotated}`);
for (const file of readdirSync(join(DIST, 'generated'))) {
  const path = join(DIST, 'generated', file);
  if (file.endsWith('.map')) rmSync(path);
  else if (/\.(js|d\.ts)$/.test(file)) writeFileSync(path, readFileSync(path, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}
mkdirSync(join(DIST, 'mocks'), { recursive: true });
copyFileSync(join(ROOT, 'mocks', 'README.md'), join(DIST, 'mocks', 'README.md'));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

// The tools package: the same build, its maps made self-contained (sourcesContent), its declaration maps
// dropped (they would point at TypeScript it does not ship), and the license and spec/README.md beside its manifest.
cpSync(DIST, TOOLS_DIST, { recursive: true, filter: (source) => !source.endsWith('build-stamp.json') && !source.includes(`${DIST}/docs`) && !source.endsWith('.png') });
for (const file of walk(TOOLS_DIST)) {
  if (file.endsWith('.d.ts.map')) {
    rmSync(file);
    const declaration = file.slice(0, -'.map'.length);
    writeFileSync(declaration, readFileSync(declaration, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  } else if (file.endsWith('.js.map')) {
    const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[]; sourcesContent?: string[] };
    const original = join(DIST, file.slice(TOOLS_DIST.length + 1));
    map.sourcesContent = map.sources.map((source) => readFileSync(resolve(dirname(original), source), 'utf8'));
    writeFileSync(file, JSON.stringify(map));
  }
}
copyFileSync(join(ROOT, 'LICENSE'), join(TOOLS, 'LICENSE'));
// the diff command and the compat module point their users at the compatibility policy in spec/README.md:
// the tools ship it at the same path, so that what they name is in the package
mkdirSync(join(TOOLS, 'spec'), { recursive: true });
copyFileSync(join(ROOT, 'spec', 'README.md'), join(TOOLS, 'spec', 'README.md'));

// The light package ships no maps (see above): its modules stop naming them
for (const file of walk(join(DIST, 'src'))) {
  if (file.endsWith('.map')) rmSync(file);
  else if (/\.(js|d\.ts)$/.test(file)) writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
}
// The serve and sandbox commands of the tools package, each one ESM file plus shared chunks of our own code in
// place of tsc's modules; every package stays external (`packages: 'external'`), so Fastify, pino and the rest
// load from node_modules as installed, and no library is copied into the build. The chunks sit beside them in
// dist/src/cli/, so the paths they find files by (dist/generated/openapi.json) stay right.
const cli = join(TOOLS_DIST, 'src', 'cli');
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
  packages: 'external',
  // source maps only for the benchmark, which maps CPU profile positions in the bundle back to source files
  sourcemap: process.env.BUNDLE_SOURCE_MAPS === '1' ? 'external' : false,
  logLevel: 'warning',
});
// tsc's maps describe the files esbuild just replaced: remove them rather than ship maps that lie
for (const entry of ['serve.js', 'sandbox.js']) {
  if (process.env.BUNDLE_SOURCE_MAPS !== '1') rmSync(join(cli, `${entry}.map`), { force: true });
}

// both manifests carry one version, and the tools depend on exactly the light package of that version
const light = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const tools = JSON.parse(readFileSync(join(TOOLS, 'package.json'), 'utf8')) as { version: string; dependencies: Record<string, string> };
if (tools.version !== light.version || tools.dependencies['webhooks-contract'] !== light.version) {
  console.error(`tools/package.json must have version ${light.version} and depend on webhooks-contract ${light.version}`);
  process.exit(1);
}
if (!existsSync(join(cli, 'index.js'))) process.exit(1);

writeFileSync(STAMP, `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
console.log('built dist/ (webhooks-contract) and tools/dist/ (webhooks-contract-tools)');
