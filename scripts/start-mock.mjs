/**
 * `npm start`: runs `webhooks-contract mock` with the arguments given after `--`. Plain JavaScript, so
 * that starting compiles nothing: it regenerates generated/ only when its inputs' hash changed, runs the
 * built command (dist/) when it is newer than the sources, and the sources through tsx only when not.
 * package.json runs it with `exec`, in place of the shell npm runs scripts in: npm forwards SIGINT and
 * SIGTERM to its child, and a shell left in between would keep them (dash holds SIGINT until its child
 * ends; SIGTERM ends it without passing it on). It stops cleanly (the mock, then Prism) on SIGINT,
 * SIGTERM and SIGHUP, and when npm itself goes away (a `kill -9` of npm forwards nothing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isGeneratedStale } from './generated-inputs.mjs';

const ROOT = resolve(import.meta.dirname, '..');
/** written last by scripts/build.ts, removed first: dist/ is whole only when it is there */
const BUILD_STAMP = join(ROOT, 'dist', 'build-stamp.json');
/** how often to look whether the processes that started this one are still there, in milliseconds */
const PARENT_POLL_MS = 250;

/** The newest modification time of the files under `path`, in ms. */
function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Whether dist/ was built, whole, after the last change to what it is built from. */
export function isBuildFresh(root = ROOT) {
  const stamp = join(root, 'dist', 'build-stamp.json');
  if (!existsSync(stamp)) return false;
  const sources = [join(root, 'src'), join(root, 'generated'), join(root, 'tsconfig.json'), join(root, 'tsconfig.build.json')];
  return statSync(stamp).mtimeMs >= Math.max(...sources.map(newestChange));
}

/** A process's parent id and command line (Linux); undefined elsewhere or once it is gone. */
function processInfo(pid) {
  try {
    const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
    return { parent, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') };
  } catch {
    return undefined;
  }
}

/**
 * The chain of processes that started this one, up to npm: `[[child, parent], …]` links, starting with
 * this process and its parent. Past a shell, the chain goes on to the npm that ran it (Linux only).
 */
function launchChain() {
  const links = [[process.pid, process.ppid]];
  let current = process.ppid;
  for (let depth = 0; depth < 2; depth++) {
    const info = processInfo(current);
    if (info === undefined || /(^|\/)npm(-cli\.js)?( |$)|npm-cli\.js/.test(info.command)) break;
    // only a shell between npm and this process is passed over; anything else is the user's own
    if (!/(^|\/)(sh|bash|dash|zsh|ash)( |$)/.test(info.command) || info.parent <= 1) break;
    links.push([current, info.parent]);
    current = info.parent;
  }
  return links;
}

/** Aborts `controller` when a process of the launch chain goes away (re-parenting shows it, zombies included). */
function watchLaunchers(controller) {
  const links = launchChain();
  const timer = setInterval(() => {
    const broken = links.some(([child, parent]) => (child === process.pid ? process.ppid : processInfo(child)?.parent) !== parent);
    if (broken) {
      clearInterval(timer);
      controller.abort();
    }
  }, PARENT_POLL_MS);
  timer.unref();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (isGeneratedStale(ROOT)) {
    console.log('spec/ (or a generator) changed since generated/ was written: regenerating…');
    const generate = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'generate.ts')], { cwd: ROOT, stdio: 'inherit' });
    if (generate.status !== 0) {
      console.error('npm start: generating from spec/ failed (see above); fix spec/ and run npm start again.');
      process.exit(1);
    }
  }
  const controller = new AbortController();
  // the first signal stops cleanly; a second one ends the process at once
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => controller.abort());
  watchLaunchers(controller);
  let cli;
  if (isBuildFresh(ROOT)) {
    cli = await import(pathToFileURL(join(ROOT, 'dist', 'src', 'cli', 'index.js')).href);
  } else {
    // src/ changed since the last `npm run build` (or there is none): run the sources through tsx
    const { register } = await import('tsx/esm/api');
    register();
    cli = await import(pathToFileURL(join(ROOT, 'src', 'cli', 'index.ts')).href);
  }
  process.exitCode = await cli.runCli(['mock', ...process.argv.slice(2)], {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    env: process.env,
    stop: controller.signal,
  });
}
