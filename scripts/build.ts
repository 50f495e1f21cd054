/**
 * Builds the package into dist/: tsc for src/ and the generated types (with source and declaration maps,
 * which point at the TypeScript the package ships beside them), then copies the generated validators
 * module and the bundled spec beside them (JavaScript and JSON, not TypeScript), and mocks/README.md,
 * the scenario table the mock command's banner points to.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

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
console.log('built dist/src, dist/generated and dist/mocks');
