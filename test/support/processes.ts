/**
 * The mock as a process, as users start it (the command, or `npm start`), and what the tests need to see
 * of processes: which are whose children, and whether one is still alive (Linux /proc).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether this system has /proc, which the process checks read. */
export const HAS_PROC = existsSync('/proc/self/stat');

/** A process's parent id and command line; undefined once it is gone. */
function processInfo(pid: number): { parent: number; command: string } | undefined {
  try {
    // the parent id is the fourth field, after the command name in parentheses
    const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
    return { parent, command: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') };
  } catch {
    return undefined;
  }
}

/** Every process below `pid` (children, grandchildren, …). */
export function descendantsOf(pid: number): number[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .map((id) => [id, processInfo(id)] as const)
    .filter((entry): entry is readonly [number, { parent: number; command: string }] => entry[1] !== undefined);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [id, info] of all) {
      if (info.parent === parent) {
        found.push(id);
        queue.push(id);
      }
    }
  }
  return found;
}

/** The ids of the processes below `pid` whose command line contains `text`. */
export function descendantsRunning(pid: number, text: string): number[] {
  return descendantsOf(pid).filter((id) => processInfo(id)?.command.includes(text));
}

/** The ids of the Prism processes whose parent is `pid`. */
export function prismChildrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((id) => {
      const info = processInfo(id);
      return info !== undefined && info.parent === pid && info.command.includes('prism-cli');
    });
}

/** Whether a process exists (a zombie awaiting its parent counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Waits until none of `pids` is alive, or `timeoutMs` passed; resolves with those still alive. */
export async function waitUntilGone(pids: readonly number[], timeoutMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = pids.filter(isAlive);
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A command started in its own process group, with its output collected. */
export interface StartedProcess {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
  /** resolves once the output contains `text`, or rejects with the output after `timeoutMs` or an exit */
  waitFor: (text: string, timeoutMs?: number) => Promise<void>;
  /** ends the whole process group (SIGKILL), for clean-up */
  kill: () => void;
}

/**
 * Starts `command` in its own process group from the repository's root, as a user would in a terminal.
 * @example
 * const mock = startProcess(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'mock', '--port', '0']);
 * await mock.waitFor('Press Ctrl-C to stop.');
 */
export function startProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): StartedProcess {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exit,
    async waitFor(text, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) throw new Error(`"${text}" did not appear:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}
