/**
 * The `webhooks-contract` command: its help and errors in-process, and a real start as a newcomer runs it
 * (banner, first curl, Ctrl-C stopping the mock and Prism with it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, USAGE, type CliIo } from '../../src/cli/index.js';
import { MOCK_USAGE } from '../../src/cli/mock.js';
import { parseMockArguments } from '../../src/cli/mock-options.js';
import { PRISM_INSTALL_HINT, PrismMissingError, resolvePrismCli } from '../../src/mock/prism.js';
import { isGeneratedStale } from '../../scripts/start-mock.js';
import { freePort } from '../support/ports.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the command in-process and collects what it prints. */
async function run(args: string[], extra: Partial<CliIo> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: {},
    stop: AbortSignal.abort(),
    ...extra,
  });
  return { code, out, err };
}

describe('webhooks-contract, in-process', () => {
  it.each([['--help'], ['help']].map((args) => [args.join(' '), args] as const))('prints the usage for %s', async (_, args) => {
    const { code, out } = await run(args);
    expect(code).toBe(0);
    expect(out).toBe(`${USAGE}\n`);
    expect(out).toContain('mock ');
  });

  it("prints the mock's own usage for mock --help", async () => {
    const { code, out } = await run(['mock', '--help']);
    expect(code).toBe(0);
    expect(out).toBe(`${MOCK_USAGE}\n`);
    expect(out).toContain('mock --proxy <url>');
  });

  it('prints the usage and fails without a command', async () => {
    expect(await run([])).toMatchObject({ code: 2, out: `${USAGE}\n` });
  });

  it.each<[string[], string]>([
    [['mokc'], 'unknown command "mokc"'],
    [['mock', '--port', 'abc'], '--port must be a whole number from 0 to 65535 (0 picks a free port); got "abc"'],
    [['mock', '--port', '70000'], '--port must be a whole number from 0 to 65535'],
    [['mock', '--colour'], "Unknown option '--colour'"],
    [['mock', 'http://127.0.0.1:8080'], 'unexpected argument "http://127.0.0.1:8080"; to check the server at http://127.0.0.1:8080, use --proxy http://127.0.0.1:8080'],
    [['mock', '--proxy', ''], '--proxy needs the URL of the server to check'],
    [['mock', '--proxy', 'http://127.0.0.1:8080', '--dynamic'], '--dynamic is for the mock'],
  ])('rejects %j with a message and exit code 2', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('webhooks-contract --help');
  });

  it('rejects a MOCK_PORT that is not a port', async () => {
    const { code, err } = await run(['mock'], { env: { MOCK_PORT: '40a' } });
    expect(code).toBe(2);
    expect(err).toContain('MOCK_PORT must be a whole number');
  });

  it('rejects a proxy upstream that is not an http(s) URL before starting anything', async () => {
    const { code, err } = await run(['mock', '--proxy', 'ftp://example.com']);
    expect(code).toBe(1);
    expect(err).toContain('the upstream must be an http:// or https:// URL');
  });

  it('tells the user how to install Prism when it is missing', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'no-prism-'));
    try {
      const from = pathToFileURL(join(elsewhere, 'index.js'));
      expect(() => resolvePrismCli(from)).toThrow(PrismMissingError);
      const { code, err } = await run(['mock', '--port', '0'], { resolvePrismFrom: from });
      expect(code).toBe(1);
      expect(err).toContain(PRISM_INSTALL_HINT);
      expect(PRISM_INSTALL_HINT).toBe('npm install --save-dev @stoplight/prism-cli@5.14.2');
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('finds the pinned Prism from the package', () => {
    const prism = resolvePrismCli();
    expect(prism.version).toBe('5.14.2');
    expect(existsSync(prism.path)).toBe(true);
  });
});

describe('mock options', () => {
  it.each<[string, string[], NodeJS.ProcessEnv, { host: string; port: number }]>([
    ['defaults', [], {}, { host: '127.0.0.1', port: 4010 }],
    ['the environment', [], { MOCK_HOST: '127.0.0.2', MOCK_PORT: '5000' }, { host: '127.0.0.2', port: 5000 }],
    ['flags over the environment', ['--host', '127.0.0.3', '--port', '6000'], { MOCK_HOST: '127.0.0.2', MOCK_PORT: '5000' }, { host: '127.0.0.3', port: 6000 }],
    ['a short port flag and port 0', ['-p', '0'], {}, { host: '127.0.0.1', port: 0 }],
  ])('takes %s', (_, args, env, want) => {
    expect(parseMockArguments(args, env)).toMatchObject(want);
  });

  it('reads the proxy upstream and the switches', () => {
    expect(parseMockArguments(['--proxy', 'http://127.0.0.1:8080', '-q'], {})).toMatchObject({ proxy: 'http://127.0.0.1:8080', quiet: true, dynamic: false });
    expect(parseMockArguments(['--dynamic'], {})).toMatchObject({ dynamic: true });
  });
});

describe('npm start regenerates only when spec/ is newer than generated/', () => {
  function fixture(specAge: number, generatedAge: number): string {
    const root = mkdtempSync(join(tmpdir(), 'stale-'));
    for (const dir of ['spec/components', 'scripts', 'src/spec', 'generated']) mkdirSync(join(root, dir), { recursive: true });
    const now = Date.now() / 1000;
    const files: [string, number][] = [
      ['spec/components/Webhook.yaml', specAge],
      ['scripts/generate.ts', 1000],
      ['scripts/validators-codegen.ts', 1000],
      ['scripts/examples-codegen.ts', 1000],
      ['src/spec/resolve-ref.ts', 1000],
      ['generated/openapi.json', generatedAge],
      ['generated/validators.js', generatedAge],
    ];
    for (const [file, age] of files) {
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), now - age, now - age);
    }
    return root;
  }

  it.each([
    ['fresh', 100, 50, undefined, false],
    ['stale after a spec edit', 10, 50, undefined, true],
    ['stale after a generator edit', 100, 50, 'scripts/examples-codegen.ts', true],
  ])('%s', (_, specAge, generatedAge, touched, stale) => {
    const root = fixture(specAge, generatedAge);
    if (touched) utimesSync(join(root, touched), Date.now() / 1000, Date.now() / 1000);
    try {
      expect(isGeneratedStale(root)).toBe(stale);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

/** The ids of the Prism processes whose parent is `pid` (Linux /proc). */
function prismChildrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // the parent id is the fourth field, after the command name in parentheses
        const parent = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
        return parent === pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('prism-cli');
      } catch {
        // the process ended while we looked
        return false;
      }
    })
    .map(Number);
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts the command as a user would, in its own process group, and waits for its banner. */
async function startCommand(port: number): Promise<{ child: ChildProcess; banner: string; output: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'mock', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, MOCK_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the mock did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, banner: output, output: () => output, exit };
}

// the process-group checks read /proc: on a system without it (not Linux) this group cannot run
describe.skipIf(!existsSync('/proc/self/stat'))('webhooks-contract mock, as a process', () => {
  it.concurrent('prints the URL and a first curl that works, and stops with Prism on Ctrl-C', async () => {
    const port = await freePort();
    const { child, banner, output, exit } = await startCommand(port);
    try {
      const url = `http://127.0.0.1:${port}`;
      expect(banner).toContain(`Webhooks API mock on ${url} (Prism 5.14.2, static examples)`);
      expect(banner).toContain(`curl -s '${url}/v1/webhooks' -H 'Authorization: Bearer test-key'`);
      const response = await fetch(`${url}/v1/webhooks`, { headers: { Authorization: 'Bearer test-key' } });
      expect(response.status).toBe(200);
      const prism = prismChildrenOf(child.pid!);
      expect(prism).toHaveLength(1);
      // Ctrl-C in a terminal signals the whole foreground process group
      process.kill(-child.pid!, 'SIGINT');
      expect(await exit).toBe(0);
      expect(output()).toContain('Stopped.');
      expect(isAlive(prism[0]!)).toBe(false);
      await expect(fetch(`${url}/v1/webhooks`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  }, 90_000);

  it.concurrent('stops Prism too when only the command is told to stop', async () => {
    const { child, exit } = await startCommand(await freePort());
    try {
      const prism = prismChildrenOf(child.pid!);
      expect(prism).toHaveLength(1);
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(isAlive(prism[0]!)).toBe(false);
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
  }, 90_000);

  it.concurrent('says so, and leaves no Prism behind, when the port is taken', async () => {
    const taken = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const { code, err } = await run(['mock', '--port', String(port)], { stop: new AbortController().signal });
      expect(code).toBe(1);
      expect(err).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(prismChildrenOf(process.pid)).toEqual([]);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 90_000);
});
