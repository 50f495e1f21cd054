/**
 * The package as users get it: `npm pack`, installed from the tarball into a fresh project (no
 * workspace links), imported from plain Node ESM and from CommonJS, resolved by TypeScript the ways the
 * README says work (and the one it says does not), type-checked with tsc, its maps followed to sources.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../support/build.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let workdir: string;
let consumer: string;
let packedFiles: string[];
/** the package as installed in the consumer */
let installed: string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), 'webhooks-contract-pack-'));
  // build first (once across the test files that need dist/) and pack without scripts: prepack's output
  // would mix with pack's JSON on stdout
  await ensureBuilt();
  const [packed] = JSON.parse(run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', workdir], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  packedFiles = packed!.files.map((file) => file.path);
  consumer = join(workdir, 'consumer');
  run('mkdir', ['-p', consumer], workdir);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(workdir, packed!.filename)], consumer);
  installed = join(consumer, 'node_modules', 'webhooks-contract');
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [] },
    }),
  );
}, 180_000);

afterAll(() => {
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the build with its maps, the TypeScript they point to, the license and the mock\'s scenario table, and nothing of the workshop', () => {
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/src/index.js',
      'dist/src/index.js.map',
      'dist/src/index.d.ts',
      'dist/src/index.d.ts.map',
      'src/index.ts',
      'dist/src/validation/index.js',
      'dist/src/receiver/index.js',
      'dist/src/receiver/index.d.ts',
      'dist/src/validation/contract-check.js',
      'dist/generated/validators.js',
      'dist/generated/validators.d.ts',
      'dist/generated/examples.js',
      'dist/generated/openapi.json',
      'dist/mocks/README.md',
    ]) {
      expect(packedFiles).toContain(file);
    }
    // the sources ship for the maps: TypeScript of src/ and the generated types, no tests, no scripts (npm
    // ships every README, and those of src/ say how its parts fit together)
    const workshop = packedFiles.filter(
      (file) =>
        /^(test|scripts|spec|mocks)\//.test(file) ||
        (/^(src|generated)\//.test(file) && !/\.ts$/.test(file) && !/(^|\/)README\.md$/.test(file)) ||
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

  it('maps every module and every declaration to a source it ships, and stack traces to the TypeScript', () => {
    const unmapped: string[] = [];
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    // the serve and sandbox commands are bundles (mostly Fastify's code), shipped without maps; the library
    // modules they are built from are mapped like every other
    const bundled = /dist\/src\/cli\/(serve|sandbox|server-[A-Z0-9]+)\.js$/;
    const compiled = walk(join(installed, 'dist')).filter(
      (file) => /\.(js|d\.ts)$/.test(file) && !file.endsWith('validators.js') && !file.endsWith('validators.d.ts') && !bundled.test(file),
    );
    for (const file of walk(join(installed, 'dist'))) if (bundled.test(file) && existsSync(`${file}.map`)) unmapped.push(`${relative(installed, file)} ships a map of another file`);
    expect(compiled.length).toBeGreaterThan(40);
    for (const file of compiled) {
      const map = `${file}.map`;
      if (!existsSync(map)) {
        unmapped.push(`${relative(installed, file)} has no map`);
        continue;
      }
      for (const source of (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources) {
        if (!existsSync(resolve(dirname(map), source))) unmapped.push(`${relative(installed, map)} → ${source} is not shipped`);
      }
    }
    expect(unmapped).toEqual([]);
    const script = "import { createWebhooksClient } from 'webhooks-contract'; try { createWebhooksClient({ baseUrl: 'x' }) } catch (e) { console.log(e.stack) }";
    const stack = run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], consumer);
    expect(stack).toMatch(/node_modules\/webhooks-contract\/src\/client\/create-client\.ts:\d+/);
  });

  it('loads with require() on Node.js 20.19 or later, every entry point (require of ES modules)', () => {
    const script = `
      const { createWebhooksClient, VERSION } = require('webhooks-contract');
      const { validateWebhookCreate } = require('webhooks-contract/validators');
      const { contractCheck } = require('webhooks-contract/contract-check');
      const { WebhookCreateWildcard } = require('webhooks-contract/examples');
      const { startMockServer } = require('webhooks-contract/mock');
      console.log(JSON.stringify([VERSION, typeof createWebhooksClient, validateWebhookCreate(WebhookCreateWildcard).ok, typeof contractCheck.checkResponse, typeof startMockServer]));
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
      'webhooks-contract/mock': 'dist/src/mock/index.d.ts',
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

  it('points the mock command\'s banner at the scenario table it ships', () => {
    const script = `import { scenariosReadme } from ${JSON.stringify(join(installed, 'dist/src/cli/mock.js'))}; console.log(scenariosReadme());`;
    const where = run(process.execPath, ['--input-type=module', '-e', script], consumer).trim();
    expect(where).toBe(join('node_modules', 'webhooks-contract', 'dist', 'mocks', 'README.md'));
    expect(readFileSync(join(consumer, where), 'utf8')).toContain('## Scenarios');
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

  it('installs the webhooks-contract command, which explains how to get Prism when it is missing', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'webhooks-contract');
    expect(run(bin, ['--help'], consumer)).toContain('Usage: webhooks-contract <command>');
    // Prism is an optional peer dependency: this fresh project does not have it
    const mock = spawnSync(bin, ['mock', '--port', '0'], { cwd: consumer, encoding: 'utf8', timeout: 30_000 });
    expect(mock.status).not.toBe(0);
    expect(mock.stderr).toContain('npm install --save-dev @stoplight/prism-cli@5.14.2');
    // the same from code, through the package's mock entry point
    const script = "import { startMockServer } from 'webhooks-contract/mock'; await startMockServer({ port: 0 }).catch((e) => console.log(e.code));";
    expect(run(process.execPath, ['--input-type=module', '-e', script], consumer).trim()).toBe('ERR_PRISM_MISSING');
  });

  it('runs the contract suite from its entry point and from the command, which exits 2 when no server answers', () => {
    const script = `
      import { createServer } from 'node:net';
      import { runContractSuite, CHECK_NAMES } from 'webhooks-contract/contract';
      const server = createServer().listen(0, '127.0.0.1');
      await new Promise((done) => server.once('listening', done));
      const { port } = server.address();
      server.close();
      const error = await runContractSuite({ baseUrl: 'http://127.0.0.1:' + port, apiKey: 'k' }).catch((e) => e);
      console.log(JSON.stringify({ code: error.code, checks: CHECK_NAMES.length, port }));
    `;
    const { code, checks, port } = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], consumer)) as { code: string; checks: number; port: number };
    expect(code).toBe('ERR_SERVER_UNREACHABLE');
    expect(checks).toBe(17);
    const bin = join(consumer, 'node_modules', '.bin', 'webhooks-contract');
    const test = spawnSync(bin, ['test', '--base-url', `http://127.0.0.1:${port}`], { cwd: consumer, encoding: 'utf8', env: { ...process.env, WEBHOOKS_API_KEY: 'k' } });
    expect(test.status).toBe(2);
    expect(test.stderr).toContain('Start your server first');
    // the installed trigger: it needs a running sandbox, and says how to start one with this package
    const trigger = spawnSync(bin, ['trigger', 'business.approved', '--base-url', `http://127.0.0.1:${port}`], { cwd: consumer, encoding: 'utf8' });
    expect(trigger.status).toBe(2);
    expect(trigger.stderr).toContain('is it running? Start it with: npx webhooks-contract sandbox');
  });
  it('compares two contracts with the installed command and webhooks-contract/compat, and says what YAML needs', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'webhooks-contract');
    const bundled = join(consumer, 'node_modules', 'webhooks-contract', 'dist', 'generated', 'openapi.json');
    const spec = JSON.parse(readFileSync(bundled, 'utf8')) as { paths: Record<string, unknown> };
    delete spec.paths['/v1/webhooks/{id}/deliveries'];
    writeFileSync(join(consumer, 'without-deliveries.json'), JSON.stringify(spec));
    // bundled JSON needs nothing beyond the package's own dependencies
    const diff = spawnSync(bin, ['diff', bundled, 'without-deliveries.json'], { cwd: consumer, encoding: 'utf8' });
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('BREAKING  GET /v1/webhooks/{id}/deliveries');
    // YAML and spec folders need Redocly, an optional peer dependency this fresh project does not have
    writeFileSync(join(consumer, 'openapi.yaml'), 'openapi: 3.1.0\ninfo: { title: t, version: 1.0.0 }\npaths: {}\n');
    const yaml = spawnSync(bin, ['diff', bundled, 'openapi.yaml'], { cwd: consumer, encoding: 'utf8' });
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toContain('npm install --save-dev @redocly/cli@2.77.0');
    const script = `
      import { diffContracts } from 'webhooks-contract/compat';
      import spec from 'webhooks-contract/openapi.json' with { type: 'json' };
      console.log(JSON.stringify(diffContracts(spec, spec).counts));`;
    expect(JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], consumer))).toEqual({ breaking: 0, compatible: 0, unclassified: 0 });
  }, 60_000);
  it('installs the server entry and commands, which explain how to get better-sqlite3 when it is missing', () => {
    const bin = join(consumer, 'node_modules', '.bin', 'webhooks-contract');
    // better-sqlite3 is an optional peer dependency: this fresh project does not have it
    for (const command of ['serve', 'sandbox']) {
      const started = spawnSync(bin, [command, '--port', '0'], { cwd: consumer, encoding: 'utf8', timeout: 30_000, env: { ...process.env, API_KEYS: '', SECRETS_KEY: '' } });
      expect(started.status, started.stderr).toBe(1);
      expect(started.stderr).toContain('npm install better-sqlite3@12');
    }
    const script = "import { startSandbox } from 'webhooks-contract/server'; await startSandbox({ port: 0 }).catch((e) => console.log(e.code));";
    expect(run(process.execPath, ['--input-type=module', '-e', script], consumer).trim()).toBe('ERR_SQLITE_MISSING');
  }, 60_000);

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
