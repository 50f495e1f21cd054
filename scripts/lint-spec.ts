/**
 * Lints the spec with Redocly and fails on any problem, warnings included: a warning left in place
 * today hides tomorrow's.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const redocly = join(ROOT, 'node_modules', '.bin', 'redocly');
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

const run = spawnSync(redocly, ['lint', '--format=json'], { cwd: ROOT, encoding: 'utf8', env });
let totals: { errors: number; warnings: number } | undefined;
try {
  totals = (JSON.parse(run.stdout) as { totals: { errors: number; warnings: number } }).totals;
} catch {
  console.error(`redocly lint did not report its results:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
if (totals.errors > 0 || totals.warnings > 0) {
  // print the problems the way a person reads them
  spawnSync(redocly, ['lint', '--format=stylish', '--max-problems=500'], { cwd: ROOT, stdio: 'inherit', env });
  console.error(`spec lint: ${totals.errors} errors, ${totals.warnings} warnings (both must be 0)`);
  process.exit(1);
}
console.log('spec lint: 0 errors, 0 warnings');
