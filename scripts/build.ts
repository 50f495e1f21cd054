/**
 * Builds the package into dist/: tsc for src/ and the generated types, then copies the generated
 * validators module and the bundled spec beside them (they are JavaScript and JSON, not TypeScript).
 * dist/build-stamp.json is removed first and written last, so `npm start` runs dist/ only when whole.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

const STAMP = join(DIST, 'build-stamp.json');
rmSync(STAMP, { force: true });
for (const folder of ['src', 'generated']) rmSync(join(DIST, folder), { recursive: true, force: true });

const tsc = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

mkdirSync(join(DIST, 'generated'), { recursive: true });
for (const file of ['validators.js', 'validators.d.ts', 'openapi.json']) {
  copyFileSync(join(ROOT, 'generated', file), join(DIST, 'generated', file));
}
writeFileSync(STAMP, `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
console.log('built dist/src and dist/generated');
