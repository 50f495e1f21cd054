/**
 * The `webhooks-contract` command: its help and errors in-process, and a real start as a newcomer runs it
 * (banner, first curl, Ctrl-C stopping the mock and Prism with it).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, USAGE, type CliIo } from '../../src/cli/index.js';
import { MOCK_USAGE } from '../../src/cli/mock.js';
import { parseMockArguments } from '../../src/cli/mock-options.js';
import { PRISM_INSTALL_HINT, PrismMissingError, resolvePrismCli } from '../../src/mock/prism.js';
import { GENERATOR_INPUTS, hashGeneratorInputs, isGeneratedStale } from '../../scripts/generated-inputs.mjs';
import { isBuildFresh } from '../../scripts/start-mock.mjs';
import { freePort } from '../support/ports.js';
import { HAS_PROC, prismChildrenOf, ROOT } from '../support/processes.js';

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
    [['mock', '--colour'], 'unknown option --colour'],
    [['mock', 'http://127.0.0.1:8080'], 'unexpected argument "http://127.0.0.1:8080"; to check the server at http://127.0.0.1:8080, use --proxy http://127.0.0.1:8080'],
    [['mock', '--proxy', ''], '--proxy needs the URL of the server to check'],
    [['mock', '--proxy', 'http://127.0.0.1:8080', '--dynamic'], '--dynamic is for the mock'],
    [['mock', '--upstream-timeout', '5'], '--upstream-timeout is for the validation proxy (--proxy <url>)'],
    [['mock', '--proxy', 'http://127.0.0.1:8080', '--upstream-timeout', 'soon'], '--upstream-timeout must be a number of seconds above 0 and at most 3600'],
    [['mock', '--proxy', 'http://127.0.0.1:8080', '--upstream-timeout', '0'], '--upstream-timeout must be a number of seconds above 0 and at most 3600'],
  ])('rejects %j with a message and exit code 2', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toMatch(/Run "webhooks-contract( mock)? --help"/);
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
    expect(parseMockArguments(['--proxy', 'http://127.0.0.1:8080', '--upstream-timeout', '0.5'], {})).toMatchObject({ upstreamTimeoutMs: 500 });
    expect(parseMockArguments(['--proxy', 'http://127.0.0.1:8080'], {}).upstreamTimeoutMs).toBeUndefined();
  });
});

describe('npm start regenerates only when what generated/ comes from changed', () => {
  /** A copy of the generator inputs and of generated/'s record of them. */
  function fixture(): string {
    const root = mkdtempSync(join(tmpdir(), 'stale-'));
    for (const input of GENERATOR_INPUTS) cpSync(join(ROOT, input), join(root, input), { recursive: true });
    mkdirSync(join(root, 'generated'));
    cpSync(join(ROOT, 'generated', 'inputs.sha256'), join(root, 'generated', 'inputs.sha256'));
    return root;
  }

  it("finds the committed generated/ fresh, whatever the files' timestamps say", () => {
    const root = fixture();
    try {
      // a fresh clone writes files in any order: generated/ older than spec/ is still fresh
      utimesSync(join(root, 'generated', 'inputs.sha256'), 1000, 1000);
      expect(isGeneratedStale(root)).toBe(false);
      expect(isGeneratedStale(ROOT)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each([
    ['a spec edit', 'spec/components/schemas/Problem.yaml'],
    ['a generator edit', 'scripts/examples-codegen.ts'],
    ['an edit of the shared $ref resolver', 'src/spec/resolve-ref.ts'],
  ])('finds it stale after %s', (_, file) => {
    const root = fixture();
    try {
      writeFileSync(join(root, file), '\n', { flag: 'a' });
      expect(isGeneratedStale(root)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('finds it stale without a record, and hashes Windows line endings alike', () => {
    const root = fixture();
    try {
      const before = hashGeneratorInputs(root);
      const file = join(root, 'spec', 'openapi.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replaceAll('\n', '\r\n'));
      expect(hashGeneratorInputs(root)).toBe(before);
      rmSync(join(root, 'generated', 'inputs.sha256'));
      expect(isGeneratedStale(root)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm start runs the built command only when dist/ is whole and newer than its sources', () => {
  function fixture(): string {
    const root = mkdtempSync(join(tmpdir(), 'built-'));
    for (const file of ['src/cli/index.ts', 'generated/openapi.json', 'tsconfig.json', 'tsconfig.build.json', 'dist/src/cli/index.js']) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), 1000, 1000);
    }
    return root;
  }

  it.each([
    ['without a build stamp (never built, or a build under way)', undefined, false],
    ['with a stamp newer than every source', 2000, true],
    ['after a source changed', 500, false],
  ])('%s', (_, stampTime, fresh) => {
    const root = fixture();
    try {
      if (stampTime !== undefined) {
        writeFileSync(join(root, 'dist', 'build-stamp.json'), '{}');
        utimesSync(join(root, 'dist', 'build-stamp.json'), stampTime, stampTime);
      }
      expect(isBuildFresh(root)).toBe(fresh);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// the process-group checks read /proc: on a system without it (not Linux) this group cannot run
describe.skipIf(!HAS_PROC)('webhooks-contract mock, when it cannot start', () => {
  it('says so at once, and starts no Prism, when the port is taken', async () => {
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
