/**
 * The package built once for the tests that run what users run (`dist/`): test files run side by side, so
 * a build is made under a lock (a folder, made atomically), and only when `dist/` is older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isBuildFresh } from '../../scripts/start-mock.mjs';
import { ROOT } from './processes.js';

const LOCK = join(ROOT, 'node_modules', '.cache', 'webhooks-contract-build.lock');
/** the dist/ build stamp this helper's last build wrote: another build (the bench's, with bundle maps) is not reused */
const MADE = join(ROOT, 'node_modules', '.cache', 'webhooks-contract-build.made');
const STAMP = join(ROOT, 'dist', 'build-stamp.json');
/** a lock older than this was left by a run that died (a build takes well under a minute) */
const STALE_LOCK_MS = 5 * 60 * 1000;

/**
 * Resolves once `dist/` is built from the current sources (`npm run build`, at most once across the test
 * files running now).
 * @example
 * beforeAll(() => ensureBuilt(), 180_000);
 */
export async function ensureBuilt(): Promise<void> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // removed meanwhile: try again
      }
      await sleep(200);
    }
  }
  try {
    const ours = existsSync(MADE) && existsSync(STAMP) && readFileSync(MADE, 'utf8') === readFileSync(STAMP, 'utf8');
    if (ours && isBuildFresh(ROOT)) return;
    // a plain build, as npm pack makes it (BUNDLE_SOURCE_MAPS is the bench's)
    const env = { ...process.env };
    delete env.BUNDLE_SOURCE_MAPS;
    const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    writeFileSync(MADE, readFileSync(STAMP, 'utf8'));
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
