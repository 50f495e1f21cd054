/**
 * `npm start`: regenerates generated/ when spec/ (or the generator) changed since it was written, then
 * runs `webhooks-contract mock` with the arguments given after `--`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The newest modification time under `path`, in ms. */
function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** The oldest modification time of the files in `dir`, in ms; 0 when it holds none. */
function oldestFile(dir: string): number {
  try {
    const times = readdirSync(dir).map((name) => statSync(join(dir, name)).mtimeMs);
    return times.length === 0 ? 0 : Math.min(...times);
  } catch {
    return 0;
  }
}

/**
 * Whether generated/ is older than what it is generated from. Timestamps, not contents: comparing
 * contents means generating (about 5 s), which would slow every start.
 */
export function isGeneratedStale(root: string = ROOT): boolean {
  const sources = [
    join(root, 'spec'),
    join(root, 'scripts', 'generate.ts'),
    join(root, 'scripts', 'validators-codegen.ts'),
    join(root, 'scripts', 'examples-codegen.ts'),
    join(root, 'src', 'spec'),
  ];
  return Math.max(...sources.map(newestChange)) > oldestFile(join(root, 'generated'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (isGeneratedStale()) {
    console.log('spec/ changed since generated/ was written: regenerating…');
    const generate = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate.ts')], { cwd: ROOT, stdio: 'inherit' });
    if (generate.status !== 0) {
      console.error('npm start: generating from spec/ failed (see above); fix spec/ and run npm start again.');
      process.exit(1);
    }
  }
  // imported only now: the mock loads the validators generated above
  const { runCli } = await import('../src/cli/index.js');
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  process.exitCode = await runCli(['mock', ...process.argv.slice(2)], {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    env: process.env,
    stop: controller.signal,
  });
}
