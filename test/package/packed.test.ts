/**
 * The package as users get it: `npm pack`, installed from the tarball into a fresh project (no
 * workspace links), imported from plain Node ESM and from CommonJS, resolved by TypeScript the ways the
 * README says work (and the one it says does not), type-checked with tsc, its maps followed to sources.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/build.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** The msw this repository tests with (its exact dev dependency). */
const MSW_VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.msw!;

let workdir: string;
let consumer: string;
let tools: string;
let packedFiles: string[];
/** the package as installed in the consumer */
let installed: string;
/** what npm printed while installing the light package alone */
let consumerInstallLog: string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function npmInstall(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolveInstall, rejectInstall) => {
    execFile(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? rejectInstall(new Error(`${error.message}\n${stderr}`)) : resolveInstall(stdout + stderr),
    );
  });
}

function emptyProject(name: string): string {
  const dir = join(workdir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return dir;
}

/** Every package folder under node_modules (scoped ones included) and the bytes of every file in them. */
function measure(nodeModules: string): { packages: string[]; bytes: number } {
  const packages: string[] = [];
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (existsSync(join(path, 'package.json')) && /node_modules\/(@[^/]+\/)?[^/@]+$/.test(path)) packages.push(relative(nodeModules, path));
        walk(path);
      } else if (entry.isFile()) bytes += statSync(path).size;
    }
  };
  walk(nodeModules);
  return { packages: packages.filter((name) => name !== '.package-lock.json'), bytes };
}

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), 'webhooks-contract-pack-'));
  // build once and pack both packages once, without scripts: prepack's output would mix with pack's JSON
  await ensureBuilt();
  const packed = JSON.parse(run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', workdir, '.', './tools'], ROOT)) as { filename: string; files: { path: string }[] }[];
  const [light, toolsTarball] = packed.map((entry) => join(workdir, entry.filename));
  packedFiles = packed[0]!.files.map((file) => file.path);
  consumer = emptyProject('consumer');
  tools = emptyProject('tools');
  // both installs at once. The tools' one skips install scripts: better-sqlite3's would compile SQLite for a
  // minute or two here (no prebuilt binary can be downloaded); the addon npm ci built for the same version is
  // copied in instead, and everything else is installed as a user gets it
  // msw beside them in the tools' project, as a frontend team installs it for webhooks-contract/msw (an
  // optional peer of the light package, never installed with it alone)
  [consumerInstallLog] = await Promise.all([npmInstall(consumer, [light!]), npmInstall(tools, ['--ignore-scripts', light!, toolsTarball!, `msw@${MSW_VERSION}`])]);
  const addon = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  mkdirSync(dirname(join(tools, addon)), { recursive: true });
  copyFileSync(join(ROOT, addon), join(tools, addon));
  installed = join(consumer, 'node_modules', 'webhooks-contract');
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [] },
    }),
  );
}, 240_000);

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
}, 60_000);

describe('what a consumer installs: the light package', () => {
  it('is at most 5 packages and 1.5 MB, with no engine warning on Node 20.19 and no install script', () => {
    const { packages, bytes } = measure(join(consumer, 'node_modules'));
    expect(packages.sort()).toEqual(['openapi-fetch', 'openapi-typescript-helpers', 'webhooks-contract']);
    expect(packages.length).toBeLessThanOrEqual(5);
    expect(bytes, `${bytes} bytes`).toBeLessThanOrEqual(1_500_000);
    expect(consumerInstallLog).not.toMatch(/EBADENGINE|install-scripts/);
    const lock = JSON.parse(readFileSync(join(consumer, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean; engines?: { node?: string } }> };
    for (const [name, entry] of Object.entries(lock.packages)) {
      expect(entry.hasInstallScript, name).toBeUndefined();
      // every engine range must admit the oldest Node the package supports
      if (entry.engines?.node) expect(entry.engines.node, name).not.toMatch(/>=\s*2[1-9]/);
    }
  });

  it('has no command: the tools package carries it', () => {
    expect(existsSync(join(consumer, 'node_modules', '.bin', 'webhooks-contract'))).toBe(false);
  });
});

describe('the packed package', () => {
  it('ships the client side of the build (MSW handlers included), the license and spec/README.md, and nothing of the tools or the workshop', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/validation/index.js',
      'dist/src/receiver/index.js',
      'dist/src/receiver/index.d.ts',
      'dist/src/validation/contract-check.js',
      'dist/src/msw/index.js',
      'dist/src/msw/index.d.ts',
      'dist/generated/validators.js',
      'dist/generated/validators.d.ts',
      'dist/generated/examples.js',
      'dist/generated/openapi.json',
      'spec/README.md',
    ]) {
      expect(packedFiles).toContain(file);
    }
    // JavaScript and declarations only: no TypeScript sources, no maps, no tests, no scripts
    const workshop = packedFiles.filter(
      (file) =>
        /^(test|scripts|mocks|tools|src|generated)\//.test(file) ||
        (/^spec\//.test(file) && file !== 'spec/README.md') ||
        /^dist\/src\/(server|mock|contract|compat|delivery|cli|store)\//.test(file) ||
        /\.map$/.test(file) ||
        /(^|\/)\.|\.test(-d)?\./.test(file),
    );
    expect(workshop).toEqual([]);
  });

  it('says where it comes from and under which license', () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, { url?: string } | string>;
    const repository = (pkg.repository as { url: string }).url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(pkg.homepage).toBe(`${repository}#readme`);
    expect((pkg.bugs as { url: string }).url).toBe(`${repository}/issues`);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it('names no map it does not ship, so that bundlers and --enable-source-maps have nothing to miss', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const compiled = walk(join(installed, 'dist')).filter((file) => /\.(js|d\.ts)$/.test(file));
    expect(compiled.length).toBeGreaterThan(40);
    expect(compiled.filter((file) => /sourceMappingURL/.test(readFileSync(file, 'utf8'))).map((file) => relative(installed, file))).toEqual([]);
    // a stack trace names the shipped JavaScript, which tsc wrote line for line from the TypeScript
    const script = "import { createWebhooksClient } from 'webhooks-contract'; try { createWebhooksClient({ baseUrl: 'x' }) } catch (e) { console.log(e.stack) }";
    const stack = run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], consumer);
    expect(stack).toMatch(/node_modules\/webhooks-contract\/dist\/src\/client\/create-client\.js:\d+/);
  });

  it('loads with require() on Node.js 20.19 or later, every entry point (require of ES modules)', () => {
    const script = `
      const { createWebhooksClient, VERSION } = require('webhooks-contract');
      const { validateWebhookCreate } = require('webhooks-contract/validators');
      const { contractCheck } = require('webhooks-contract/contract-check');
      const { WebhookCreateWildcard } = require('webhooks-contract/examples');
      const { verifyWebhookSignature } = require('webhooks-contract/receiver');
      console.log(JSON.stringify([VERSION, typeof createWebhooksClient, validateWebhookCreate(WebhookCreateWildcard).ok, typeof contractCheck.checkResponse, typeof verifyWebhookSignature]));
    `;
    const loaded = spawnSync(process.execPath, ['-e', script], { cwd: consumer, encoding: 'utf8' });
    expect(loaded.stderr).toBe('');
    expect(JSON.parse(loaded.stdout)).toEqual(['0.1.0', 'function', true, 'function', 'function']);
  });

  it('resolves for TypeScript under nodenext and bundler, and not under node10 (no exports map there)', () => {
    const resolveAs = (moduleResolution: ts.ModuleResolutionKind, name: string) =>
      ts.resolveModuleName(name, join(consumer, 'consumer.ts'), { moduleResolution, module: ts.ModuleKind.ESNext }, ts.sys).resolvedModule?.resolvedFileName;
    const entries = {
      'webhooks-contract': 'dist/src/index.d.ts',
      'webhooks-contract/validators': 'dist/src/validation/index.d.ts',
      'webhooks-contract/contract-check': 'dist/src/validation/contract-check.d.ts',
      'webhooks-contract/examples': 'dist/generated/examples.d.ts',
      'webhooks-contract/receiver': 'dist/src/receiver/index.d.ts',
    };
    for (const [name, file] of Object.entries(entries)) {
      for (const kind of [ts.ModuleResolutionKind.NodeNext, ts.ModuleResolutionKind.Bundler]) {
        expect(resolveAs(kind, name), `${name} (${ts.ModuleResolutionKind[kind]})`).toBe(join(installed, file));
      }
    }
    // node10 ignores "exports": the root entry resolves through "types", no subpath does
    expect(resolveAs(ts.ModuleResolutionKind.Node10, 'webhooks-contract')).toBe(join(installed, 'dist/src/index.d.ts'));
    expect(resolveAs(ts.ModuleResolutionKind.Node10, 'webhooks-contract/validators')).toBeUndefined();
  });

  it('imports from plain Node ESM: client, validators, examples and the bundled spec', () => {
    const script = `
      import { createWebhooksClient, VERSION } from 'webhooks-contract';
      import { contractCheck, ContractViolationError } from 'webhooks-contract/contract-check';
      import { validateWebhookCreate, toValidationProblem } from 'webhooks-contract/validators';
      import { WebhookCreateClientSecret, WebhookClientSecret } from 'webhooks-contract/examples';
      import spec from 'webhooks-contract/openapi.json' with { type: 'json' };
      import { createSignedTestRequest, verifyWebhookSignature, parseWebhookEvent } from 'webhooks-contract/receiver';
      const fetch = async (request) => new Response(JSON.stringify({ ...WebhookClientSecret, oidc_client_secret: 'leak' }), {
        status: 201, headers: { 'content-type': 'application/json', 'x-request-id': 'req_1', location: '/v1/webhooks/' + WebhookClientSecret.id } });
      const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'k', fetch, checkResponses: contractCheck });
      const violation = await client.POST('/v1/webhooks', { body: WebhookCreateClientSecret }).catch((e) => e instanceof ContractViolationError && e.violations[0].errors[0].message);
      const { oidc_client_secret, ...withoutSecret } = WebhookCreateClientSecret;
      const invalid = validateWebhookCreate(withoutSecret);
      const delivery = createSignedTestRequest({ ...WebhookClientSecret, object: 'event', type: 'webhook.future', created_at: 'now', data: { object: {} } }, 'a-secret-of-16-chars');
      const received = verifyWebhookSignature(delivery.body, delivery.headers, 'a-secret-of-16-chars').scheme + ' ' + parseWebhookEvent(delivery.body).type;
      console.log(JSON.stringify({ VERSION, violation, received, title: spec.info.title, valid: validateWebhookCreate(WebhookCreateClientSecret).ok,
        problem: invalid.ok ? null : toValidationProblem(invalid.errors).errors }));
    `;
    const output = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], consumer)) as unknown;
    expect(output).toEqual({
      VERSION: '0.1.0',
      violation: 'oidc_client_secret is not a known field',
      received: 'standard-webhooks webhook.future',
      title: 'Webhooks API',
      valid: true,
      problem: [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret"' }],
    });
  });

  it('does not expose files outside its exports map', () => {
    const attempt = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('webhooks-contract/dist/src/errors.js')"], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(attempt.status).not.toBe(0);
    expect(attempt.stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  /** One tsc run over a consumer that must compile and one with a real mistake: one compile, not two. */
  let typeCheck: { status: number | null; output: string } | undefined;
  function checkConsumers() {
    if (typeCheck) return typeCheck;
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `
      import { createWebhooksClient, type BusinessApprovedEvent, type Webhook, type WebhookCreate } from 'webhooks-contract';
      import { validateWebhookCreate } from 'webhooks-contract/validators';
      import * as examples from 'webhooks-contract/examples';
      import { isKnownWebhookEvent, parseWebhookEvent } from 'webhooks-contract/receiver';

      export function received(rawBody: Uint8Array): string {
        const event = parseWebhookEvent(rawBody);
        if (!isKnownWebhookEvent(event)) return event.type;
        return event.type === 'order.completed' ? event.data.object.business_id : event.id;
      }
      const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'k' });
      export async function use(): Promise<string | undefined> {
        const { data, error } = await client.POST('/v1/webhooks', { body: examples.WebhookCreatePrivateKeyJwt });
        if (error) return error.errors?.map((e) => e.message).join('; ');
        const webhook: Webhook = data;
        // @ts-expect-error reading a secret from a response
        void webhook.oidc_client_secret;
        // @ts-expect-error client_secret needs oidc_client_secret
        const missing: WebhookCreate = { url: 'https://h.example.com', enabled_events: ['*'], oidc_auth_method: 'client_secret', oidc_client_id: 'c', oidc_token_endpoint: 'https://i.example.com/t', oidc_access_token_ttl_seconds: 60 };
        // @ts-expect-error no oidc_client_secret with private_key_jwt
        const extra: WebhookCreate = { ...examples.WebhookCreatePrivateKeyJwt, oidc_client_secret: 's' };
        // @ts-expect-error "*" only alone
        const mixed: WebhookCreate = { url: 'https://h.example.com', enabled_events: ['*', 'order.created'] };
        // @ts-expect-error an update must change a field
        void client.PATCH('/v1/webhooks/{id}', { params: { path: { id: 'i' } }, body: {} });
        const event: BusinessApprovedEvent = examples.BusinessApprovedEvent;
        // @ts-expect-error data.object is exactly a Business
        void event.data.object.nmae;
        void mixed;
        const result = validateWebhookCreate(missing ?? extra);
        return result.ok ? result.value.url : result.errors[0]?.message;
      }
      `,
    );
    writeFileSync(
      join(consumer, 'mistake.ts'),
      // cheap for tsc to report (an error elaborated through the body unions takes seconds); the
      // expected errors marked in consumer.ts already fail if the package's types stop catching a bad body
      `import type { EventType } from 'webhooks-contract';
       export const exploded: EventType = 'business.exploded';`,
    );
    const check = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8' });
    typeCheck = { status: check.status, output: check.stdout + check.stderr };
    return typeCheck;
  }

  it('type-checks a consumer with tsc, wrong OIDC combinations and secret reads included', () => {
    const { output } = checkConsumers();
    expect(output.split('\n').filter((line) => !line.startsWith('mistake.ts') && !line.startsWith(' ') && line !== '')).toEqual([]);
  }, 60_000);

  it('fails the consumer type-check on a real mistake, so the check above can fail', () => {
    const { status, output } = checkConsumers();
    expect(status).not.toBe(0);
    expect(output).toMatch(/^mistake\.ts\(2,\d+\): error TS\d+: .*business\.exploded/m);
  }, 60_000);
});

describe('webhooks-contract/msw, with msw installed beside it', () => {
  it("runs the MSW example of src/msw/README.md as it is written, from the installed package", () => {
    const readme = readFileSync(join(ROOT, 'src', 'msw', 'README.md'), 'utf8');
    const example = /<!-- msw-readme-example -->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'src/msw/README.md marks its example').toBeDefined();
    writeFileSync(join(tools, 'msw-example.mjs'), example!);
    const ran = spawnSync(process.execPath, ['msw-example.mjs'], { cwd: tools, encoding: 'utf8' });
    expect(ran.stderr).toBe('');
    // each line prints what its comment says
    const said = [...example!.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((match) => match[1]);
    expect(said).toHaveLength(3);
    expect(ran.stdout.trim().split('\n')).toEqual(said);
  }, 30_000);

  it('loads with require() too, and is not installed with the light package alone', () => {
    const loaded = spawnSync(process.execPath, ['-e', "console.log(typeof require('webhooks-contract/msw').createWebhooksHandlers)"], { cwd: tools, encoding: 'utf8' });
    expect([loaded.stdout.trim(), loaded.stderr]).toEqual(['function', '']);
    expect(existsSync(join(consumer, 'node_modules', 'msw'))).toBe(false);
  });
});

describe('the tools package, installed beside it', () => {
  const bin = () => join(tools, 'node_modules', '.bin', 'webhooks-contract');
  const COMMANDS = ['mock', 'test', 'diff', 'serve', 'sandbox', 'trigger', 'idp', 'receiver'];

  it('installs the webhooks-contract command, whose every command prints its help', () => {
    expect(run(bin(), ['--help'], tools)).toContain('Usage: webhooks-contract <command>');
    for (const command of COMMANDS) {
      const help = spawnSync(bin(), [command, '--help'], { cwd: tools, encoding: 'utf8', timeout: 30_000 });
      expect(help.status, `${command}: ${help.stderr}`).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`Usage: (webhooks-contract|npx webhooks-contract) ${command}`));
    }
  }, 120_000);

  it('answers a usage error of every command with one sentence and the --help hint, exit 2, no stack', () => {
    for (const command of COMMANDS) {
      const wrong = spawnSync(bin(), [command, '--no-such-flag'], { cwd: tools, encoding: 'utf8', timeout: 30_000 });
      expect(wrong.status, `${command}: ${wrong.stderr}`).toBe(2);
      // (oidc-provider, which idp loads, warns of its own about Node 20 first)
      expect(wrong.stderr.trim().split('\n').slice(-2), command).toEqual([`webhooks-contract ${command}: unknown option --no-such-flag.`, `Run "webhooks-contract ${command} --help" for the options.`]);
      expect(wrong.stderr, command).not.toMatch(/\n\s+at /);
    }
  }, 120_000);

  it('adds the stack with --debug or DEBUG=webhooks-contract', () => {
    const debug = spawnSync(bin(), ['sandbox', '--port', 'abc', '--debug'], { cwd: tools, encoding: 'utf8' });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at .*\.js:\d+/);
    const fromEnv = spawnSync(bin(), ['serve', '--port', 'abc'], { cwd: tools, encoding: 'utf8', env: { ...process.env, DEBUG: 'webhooks-contract' } });
    expect(fromEnv.stderr).toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('exits 2 from test and trigger when no server answers, saying how to start the sandbox', () => {
    const port = 9; // discard: nothing listens there
    const test = spawnSync(bin(), ['test', '--base-url', `http://127.0.0.1:${port}`], { cwd: tools, encoding: 'utf8', env: { ...process.env, WEBHOOKS_API_KEY: 'k' } });
    expect(test.status).toBe(2);
    expect(test.stderr).toContain('Start your server first');
    const trigger = spawnSync(bin(), ['trigger', 'business.approved', '--base-url', `http://127.0.0.1:${port}`], { cwd: tools, encoding: 'utf8' });
    expect(trigger.status).toBe(2);
    expect(trigger.stderr).toContain('is it running? Start it with: npx webhooks-contract-tools sandbox');
  });

  it('compares two contracts with the installed command and from webhooks-contract-tools/compat', () => {
    const bundled = join(tools, 'node_modules', 'webhooks-contract', 'dist', 'generated', 'openapi.json');
    const spec = JSON.parse(readFileSync(bundled, 'utf8')) as { paths: Record<string, unknown> };
    delete spec.paths['/v1/webhooks/{id}/deliveries'];
    writeFileSync(join(tools, 'without-deliveries.json'), JSON.stringify(spec));
    const diff = spawnSync(bin(), ['diff', bundled, 'without-deliveries.json'], { cwd: tools, encoding: 'utf8' });
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('BREAKING  GET /v1/webhooks/{id}/deliveries');
    const script = `
      import { diffContracts } from 'webhooks-contract-tools/compat';
      import spec from 'webhooks-contract/openapi.json' with { type: 'json' };
      console.log(JSON.stringify(diffContracts(spec, spec).counts));`;
    expect(JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], tools))).toEqual({ breaking: 0, compatible: 0, unclassified: 0 });
  }, 60_000);

  it('holds spec/README.md, which its diff command and compat module point to, as the light package does', () => {
    const toolsPackage = join(tools, 'node_modules', 'webhooks-contract-tools');
    for (const root of [toolsPackage, join(tools, 'node_modules', 'webhooks-contract')]) {
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          const path = join(dir, entry.name);
          if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
          else if (entry.isFile() && /\.(js|ts|md)$/.test(entry.name)) files.push(path);
        }
      };
      walk(root);
      const referring = files.filter((file) => readFileSync(file, 'utf8').includes('spec/README.md'));
      if (referring.length > 0) expect(existsSync(join(root, 'spec', 'README.md')), `${relative(tools, root)} names spec/README.md in ${relative(root, referring[0]!)}`).toBe(true);
    }
    // the diff command's own words name it: the reference is there, and so is the file
    const help = spawnSync(bin(), ['diff', '--help'], { cwd: tools, encoding: 'utf8' });
    expect(help.stdout).toContain('spec/README.md');
    expect(readFileSync(join(toolsPackage, 'spec', 'README.md'), 'utf8')).toMatch(/compatib/i);
  });

  it('has a README of its own that names every command the installed CLI lists', () => {
    const readme = readFileSync(join(tools, 'node_modules', 'webhooks-contract-tools', 'README.md'), 'utf8');
    const help = spawnSync(bin(), ['--help'], { cwd: tools, encoding: 'utf8' }).stdout;
    const commands = [...help.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((match) => match[1]!);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const command of commands) expect(readme, command).toContain(`| \`${command}\` |`);
  });

  it('starts the sandbox from webhooks-contract-tools/server, with the libraries it needs installed, not copied', async () => {
    const script = `
      import { startSandbox } from 'webhooks-contract-tools/server';
      const sandbox = await startSandbox({ port: 0, log: false });
      const response = await fetch(sandbox.url + '/v1/webhooks', { headers: { authorization: 'Bearer packed' } });
      console.log(JSON.stringify({ status: response.status, object: (await response.json()).object }));
      await sandbox.close();`;
    expect(JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], tools))).toEqual({ status: 200, object: 'list' });
    // the commands' bundles hold our code only: each library is imported from node_modules
    const cli = join(tools, 'node_modules', 'webhooks-contract-tools', 'dist', 'src', 'cli');
    const bundles = readdirSync(cli).filter((file) => /^server-\w+\.js$/.test(file)).map((file) => readFileSync(join(cli, file), 'utf8'));
    expect(bundles.join('\n')).toMatch(/from "fastify"/);
    expect(bundles.join('\n')).not.toMatch(/fastify\/lib|node_modules/);
  }, 60_000);
});
