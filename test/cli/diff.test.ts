/**
 * `webhooks-contract diff`, in-process: exit codes, the report a reviewer reads, --json, the major
 * version marker, and the inputs it takes (bundled JSON, a spec folder bundled with Redocly).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, USAGE, type CliIo } from '../../src/cli/index.js';
import { DIFF_USAGE } from '../../src/cli/diff.js';
import { BundlerMissingError, loadContract, REDOCLY_INSTALL_HINT } from '../../src/compat/load-contract.js';
import { fixturePairs, FIXTURES_DIR } from '../compat/fixture-pairs.js';

let dir: string;
const pairs = new Map(fixturePairs().map((pair) => [pair.name, pair]));

/** Writes a fixture pair's two specs as bundled JSON files; returns their paths. */
function writePair(name: string, change?: (old: Record<string, unknown>, updated: Record<string, unknown>) => void): [string, string] {
  const pair = pairs.get(name)!;
  const before = structuredClone(pair.old);
  const after = structuredClone(pair.new);
  change?.(before, after);
  const oldPath = join(dir, `${name}-old.json`);
  const newPath = join(dir, `${name}-new.json`);
  writeFileSync(oldPath, JSON.stringify(before));
  writeFileSync(newPath, JSON.stringify(after));
  return [oldPath, newPath];
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), env: {}, stop: AbortSignal.abort() };
  const code = await runCli(args, io);
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'webhooks-contract-diff-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('webhooks-contract diff', () => {
  it('is listed in the help, and has its own', async () => {
    expect(USAGE).toContain('diff ');
    expect(await run(['diff', '--help'])).toEqual({ code: 0, out: `${DIFF_USAGE}\n`, err: '' });
  });

  it('exits 1 on a breaking change and shows it as a reviewer needs it: where, what, evidence, spec edits, rule', async () => {
    const { code, out } = await run(['diff', ...writePair('oidc-if-then-tightened')]);
    expect(code).toBe(1);
    expect(out).toContain('Contract 1.0.0 → 1.0.0: 1 breaking, 0 unclassified');
    expect(out).toContain('BREAKING  POST /v1/webhooks request body (application/json)');
    expect(out).toContain('a request body that was valid is now refused');
    // the spec's own client_secret example is the evidence: it has no oidc_scope
    expect(out).toMatch(/evidence \(one of the spec's own examples\), valid under the old version and refused by the new one: must have required property 'oidc_scope'\n {6}\{"url":"https:\/\/hooks\.example\.com\/webhooks",.*"oidc_auth_method":"client_secret"/);
    expect(out).toContain('at #/paths/~1v1~1webhooks/post/requestBody/content/application~1json/schema');
    expect(out).toContain('#/components/schemas/OidcRules/allOf/0/then/required: added "oidc_scope"');
    expect(out).toContain('rule: request-value-refused');
    expect(out).toContain('raise the major version of info.version');
  });

  it('exits 0 on compatible changes, listing them in one line each', async () => {
    const { code, out } = await run(['diff', ...writePair('event-type-added')]);
    expect(code).toBe(0);
    expect(out).toContain('compatible  event order.cancelled: a new event type');
    expect(out.trimEnd().endsWith('No breaking change.')).toBe(true);
  });

  it('lets breaking changes through with --allow-major only when the major version went up, and says so', async () => {
    const bumped = writePair('operation-removed', (_, updated) => ((updated.info as Record<string, unknown>).version = '2.0.0'));
    expect((await run(['diff', ...bumped])).code).toBe(1);
    const allowed = await run(['diff', ...bumped, '--allow-major']);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain('1 breaking change let through by the major version bump of info.version (1.0.0 → 2.0.0)');
    const minor = writePair('operation-removed', (_, updated) => ((updated.info as Record<string, unknown>).version = '1.1.0'));
    expect((await run(['diff', ...minor, '--allow-major'])).code).toBe(1);
  });

  it('lists unclassified changes for review, and fails on them only with --strict', async () => {
    const paths = writePair('server-url-changed');
    const lenient = await run(['diff', ...paths]);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain('UNCLASSIFIED (review by hand)  servers');
    expect((await run(['diff', ...paths, '--strict'])).code).toBe(1);
  });

  it('prints the report as JSON with --json', async () => {
    const { code, out } = await run(['diff', ...writePair('delivery-token-removed'), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { verdict: string; exitCode: number; counts: Record<string, number>; changes: { rule: string; pointer: string }[] };
    expect(report).toMatchObject({ verdict: 'breaking', exitCode: 1, counts: { breaking: 1 } });
    expect(report.changes[0]).toMatchObject({ rule: 'delivery-credential-removed', pointer: '#/webhooks/order.completed/post/security' });
  });

  it.each([
    [['diff'], 'diff takes two contracts'],
    [['diff', 'one.json'], 'diff takes two contracts'],
    [['diff', 'a.json', 'b.json', 'c.json'], 'diff takes two contracts'],
    [['diff', 'a.json', 'b.json', '--colour'], 'unknown option --colour'],
  ])('exits 2 when used the wrong way: %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('exits 2 with what to do when an input cannot be read', async () => {
    const [oldPath] = writePair('documentation-only');
    const missing = await run(['diff', join(dir, 'nowhere.json'), oldPath]);
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain('nowhere.json does not exist');
    writeFileSync(join(dir, 'broken.json'), '{"openapi": ');
    expect((await run(['diff', join(dir, 'broken.json'), oldPath])).err).toContain('broken.json is not valid JSON');
    writeFileSync(join(dir, 'swagger.json'), JSON.stringify({ swagger: '2.0', info: { title: 'x', version: '1' }, paths: {} }));
    expect((await run(['diff', join(dir, 'swagger.json'), oldPath])).err).toContain('is not an OpenAPI 3.1 document');
    writeFileSync(join(dir, 'unbundled.json'), JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/a': { $ref: './a.yaml' } } }));
    const unbundled = await loadContract(join(dir, 'unbundled.json'), { redoclyCli: false }).catch((error: unknown) => error);
    expect(unbundled).toBeInstanceOf(BundlerMissingError);
  });

  it('says how to install Redocly when a folder or YAML needs bundling and it is missing', async () => {
    const error = await loadContract(join(FIXTURES_DIR, 'folder/old'), { redoclyCli: false }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BundlerMissingError);
    expect((error as Error).message).toContain(REDOCLY_INSTALL_HINT);
    expect((error as Error).message).toContain('or pass a bundled JSON file');
  });

  it('bundles spec folders with Redocly and compares them', async () => {
    const { code, out } = await run(['diff', join(FIXTURES_DIR, 'folder/old'), join(FIXTURES_DIR, 'folder/new')]);
    expect(code).toBe(1);
    expect(out).toContain('BREAKING  POST /v1/things request body (application/json)');
    expect(out).toContain("must have required property 'colour'");
  }, 20_000);
});
