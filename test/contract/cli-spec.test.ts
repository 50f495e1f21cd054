/**
 * `webhooks-contract test --spec FILE`: the run is driven by the given document (JSON, or YAML bundled as
 * `diff` bundles it), a file it cannot use is a usage error in one sentence, and the pre-flight reads what
 * the document states.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/index.js';
import { preflightTarget } from '../../src/contract/preflight.js';
import { operationContracts } from '../../src/contract/response-contract.js';
import type { SpecNode } from '../../src/spec/bundled-spec.js';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';
import { WIDGETS_API_KEY, widgetServer, withWidgets } from '../support/widgets.js';

const server = widgetServer(true);
let url: string;
let folder: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  folder = mkdtempSync(join(tmpdir(), 'contract-cli-spec-'));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(folder, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), env: { WEBHOOKS_API_KEY: WIDGETS_API_KEY }, stop: new AbortController().signal };
  const code = await runCli(['test', '--base-url', url, '--quiet', ...args], io);
  return { code, out, err };
}

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

const WIDGET_RUN = ['--operation', 'createWidget', '--phase', 'rule cases', '--seed', '7'];

describe('webhooks-contract test --spec', () => {
  it('tests an operation only the given JSON document has, and says how to run it again', async () => {
    const spec = file('widgets.json', JSON.stringify(withWidgets()));
    const { code, out } = await run(['--spec', spec, ...WIDGET_RUN]);
    expect(code, out).toBe(0);
    expect(out).toContain('PASSED: the server keeps the contract');
    expect(out).toContain(`--spec '${spec}'`);
  });

  it('reads a YAML document too (bundled first)', async () => {
    // JSON is YAML: the .yaml name sends it through the bundler
    const { code, out } = await run(['--spec', file('widgets.yaml', JSON.stringify(withWidgets())), ...WIDGET_RUN]);
    expect(code, out).toBe(0);
  }, 30_000);

  it.each([
    ['missing.json', undefined, /^webhooks-contract test: --spec .*missing\.json: no such file; pass the path of an OpenAPI 3\.1 document/m],
    ['broken.json', '{"openapi": "3.1.0",', /^webhooks-contract test: --spec .*broken\.json is not valid YAML or JSON: Expected double-quoted property name/m],
    ['old.json', JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} }), /^webhooks-contract test: --spec .*old\.json is not an OpenAPI 3\.1 document: its "openapi" field is "3\.0\.3"/m],
  ])('exits 2 with one sentence for %s', async (name, text, message) => {
    const path = text === undefined ? join(folder, name) : file(name, text);
    const { code, err } = await run(['--spec', path]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.split('\n')[1]).toBe('Run "webhooks-contract test --help" for the options.');
  });
});

describe('the pre-flight', () => {
  const target = (spec: SpecNode) => preflightTarget(spec, operationContracts(spec));
  const widgetsOnly = () => {
    const spec = withWidgets() as SpecNode & { paths: Record<string, unknown> };
    spec.paths = { '/v1/widgets': spec.paths['/v1/widgets'], '/v1/widgets/{widget_id}': spec.paths['/v1/widgets/{widget_id}'] };
    return spec;
  };

  it('reads this API\'s list when the document has it', () => {
    expect(target(loadBundledSpec())).toBe('/v1/webhooks?limit=1');
  });

  it('reads the first GET with no path or required parameter, and is skipped when there is none', () => {
    const spec = widgetsOnly();
    expect(target(spec)).toBeUndefined();
    spec.paths['/v1/gadgets'] = { get: { operationId: 'listGadgets', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } };
    spec.paths['/v1/things'] = { get: { operationId: 'listThings', responses: { '200': { description: 'ok' } } } };
    expect(target(spec)).toBe('/v1/things');
  });

  it('runs a document without a parameterless GET, with no pre-flight to refuse it', async () => {
    const { code, out, err } = await run(['--spec', file('widgets-only.json', JSON.stringify(widgetsOnly())), ...WIDGET_RUN]);
    expect(code, out + err).toBe(0);
  });
});
