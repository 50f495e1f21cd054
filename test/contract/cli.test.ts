/**
 * `webhooks-contract test`, in-process: exit codes 0 / 1 / 2 with messages that say what to do, the
 * human report with its progress line, the JUnit and JSON files, and no API key in any of them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, USAGE, type CliIo } from '../../src/cli/index.js';
import { TEST_USAGE } from '../../src/cli/test.js';
import { parseTestArguments } from '../../src/cli/test-options.js';
import type { ContractSuiteResult } from '../../src/contract/index.js';
import { brokenServers, startBrokenProxy, type BrokenProxy } from '../support/broken-proxies.js';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server.js';
import { freePort } from '../support/ports.js';

let reference: ReferenceServer;
let broken: BrokenProxy;
let folder: string;

beforeAll(async () => {
  reference = await startReferenceServer();
  broken = await startBrokenProxy(reference.url, brokenServers(reference.keys[0]).find((breakage) => breakage.caughtBy === 'content_type_conformance')!);
  folder = mkdtempSync(join(tmpdir(), 'contract-cli-'));
});

afterAll(async () => {
  await broken?.close();
  await reference?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), env, stop: new AbortController().signal };
  const code = await runCli(['test', ...args], io);
  return { code, out, err };
}

/** A quick selection: the two operations without side effects, few cases. */
const QUICK = ['--operation', 'getSigningKeys,listWebhooks', '--cases', '2', '--seed', '5'];

describe('webhooks-contract test: usage', () => {
  it('is listed in the command help, and has its own', async () => {
    expect(USAGE).toContain('test       Test your running server against the contract');
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toBe(`${TEST_USAGE}\n`);
  });

  it('lists the checks, stateful ones marked', async () => {
    const { code, out } = await run(['--list-checks']);
    expect(code).toBe(0);
    expect(out).toMatch(/not_a_server_error\s+No request gets a 5xx/);
    expect(out).toMatch(/use_after_free\s+.*\(stateful\)/);
  });

  it.each([
    [[], '--base-url is required: the root of your running server'],
    [['--base-url', 'http://127.0.0.1:9'], 'an API key is required: set WEBHOOKS_API_KEY (or pass --api-key)'],
    [['--base-url', 'http://127.0.0.1:9', '--api-key', 'k', '--cases', 'many'], '--cases must be a whole number of at least 1; got "many"'],
    [['--base-url', 'http://127.0.0.1:9/v1', '--api-key', 'k'], 'baseUrl must not end in /v1'],
    [['--base-url', 'http://127.0.0.1:9', '--api-key', 'k', '--check', 'not_a_check'], 'unknown check "not_a_check"; the checks are not_a_server_error,'],
    [['--base-url', 'http://127.0.0.1:9', '--api-key', 'k', '--operation', 'putWebhook'], 'unknown operation "putWebhook"; the operations are listWebhooks,'],
    [['http://127.0.0.1:9'], 'unexpected argument "http://127.0.0.1:9"; to test the server at http://127.0.0.1:9, use --base-url http://127.0.0.1:9'],
    [['--base-url', 'http://127.0.0.1:9', '--api-key', 'k', '--json', ''], '--json needs a file name'],
  ])('exits 2 with what to change: %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('reads the keys and the base URL from the environment', () => {
    const options = parseTestArguments(['--cases', '3'], { WEBHOOKS_BASE_URL: 'http://127.0.0.1:8080', WEBHOOKS_API_KEY: 'a', WEBHOOKS_SECOND_API_KEY: 'b' });
    expect(options).toMatchObject({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'a', secondApiKey: 'b', cases: 3 });
    expect(parseTestArguments(['--api-key', 'flag'], { WEBHOOKS_API_KEY: 'env' }).apiKey).toBe('flag');
    expect(parseTestArguments(['--time-budget', '1.5', '--check', 'a,b', '--check', 'c'], {})).toMatchObject({ timeBudgetMs: 1500, checks: ['a', 'b', 'c'] });
  });

  it('exits 2 when nothing listens at the base URL, saying to start the server', async () => {
    const port = await freePort();
    const { code, err } = await run(['--base-url', `http://127.0.0.1:${port}`], { WEBHOOKS_API_KEY: 'k' });
    expect(code).toBe(2);
    expect(err).toContain(`Could not reach the server: GET http://127.0.0.1:${port}/v1/webhooks?limit=1 failed, the connection was refused`);
    expect(err).toContain('Start your server first, or check the base URL');
  });

  it('exits 2 when the server refuses the key', async () => {
    const { code, err } = await run(['--base-url', reference.url], { WEBHOOKS_API_KEY: 'not-a-key-of-this-server' });
    expect(code).toBe(2);
    expect(err).toContain('The server refused the key given as --api-key (401 on GET');
  });
});

describe('webhooks-contract test: runs', () => {
  it('exits 0 against a server that keeps the contract, with a progress line and both reports', async () => {
    const junit = join(folder, 'pass', 'junit.xml');
    const json = join(folder, 'pass', 'result.json');
    const { code, out, err } = await run(['--base-url', reference.url, ...QUICK, '--junit', junit, '--json', json], { WEBHOOKS_API_KEY: reference.keys[0] });
    expect(code, out).toBe(0);
    expect(err).toMatch(/^webhooks-contract test → http:\/\/127\.0\.0\.1:\d+ \(2 cases per operation, stateful, no second API key\)$/m);
    expect(err).toMatch(/^… \d+\.\d s · \d+ cases? · \d+ requests · 0 failures · (fixed invalid inputs|generated cases|authentication and methods|stateful flows): [a-zA-Z]+$/m);
    expect(out).toContain('PASSED: the server keeps the contract');
    expect(out).toContain(`Run the same cases again: npx webhooks-contract test --base-url '${reference.url}' --seed 5 --cases 2 --operation getSigningKeys --operation listWebhooks`);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="webhooks-contract" tests="\d+" failures="0"/);
    expect(xml).toContain('<testsuite name="getSigningKeys"');
    expect(xml).toContain('<testcase classname="listWebhooks" name="not_a_server_error"/>');
    expect(xml).toMatch(/<testcase classname="listWebhooks" name="cross_account_isolation">\s*<skipped message="no second API key was given \(--second-api-key\)"\/>/);
    const result = JSON.parse(readFileSync(json, 'utf8')) as ContractSuiteResult;
    expect(result).toMatchObject({ ok: true, seed: 5, casesPerOperation: 2, stateful: true });
    for (const text of [out, err, xml, JSON.stringify(result)]) expect(text).not.toContain(reference.keys[0]);
  }, 60_000);

  it('exits 1 against a server that breaks it, with each failure in the report and the JUnit file', async () => {
    const junit = join(folder, 'fail.xml');
    const { code, out } = await run(['--base-url', broken.url, ...QUICK, '--junit', junit, '--quiet'], { WEBHOOKS_API_KEY: reference.keys[0] });
    expect(code).toBe(1);
    expect(out).toContain('1. content_type_conformance · Undocumented Content-Type · GET /v1/webhooks (listWebhooks)');
    expect(out).toContain('The 200 answer is "text/plain"; the contract says application/json.');
    expect(out).toMatch(/FAILED: \d+ failures? in 1 check/);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testcase classname="listWebhooks" name="content_type_conformance">\s*<failure type="content_type_conformance" message="The 200 answer is &quot;text\/plain&quot;; the contract says application\/json\.[^"]*">/);
    expect(xml).toMatch(/Reproduce with[^:]*:\n +curl -i /);
    expect(xml).toContain('-H &quot;Authorization: Bearer $WEBHOOKS_API_KEY&quot;');
    // well-formed: every element that opens is closed
    const opened = [...xml.matchAll(/<(testsuites|testsuite|testcase|failure|properties)[\s>]/g)].length;
    const closed = [...xml.matchAll(/<\/(testsuites|testsuite|testcase|failure|properties)>|<testcase [^>]*\/>/g)].length;
    expect(closed).toBe(opened);
    expect(xml).not.toContain(reference.keys[0]);
  }, 60_000);
});

describe('coverage, headers and read-only flags', () => {
  it('reads --header (repeatable), --read-only, --coverage, --coverage-html and --min-coverage', () => {
    const options = parseTestArguments(['--header', 'X-Tenant: acme', '-H', 'X-Gateway-Key:  k1 ', '--read-only', '--coverage', '--coverage-html', 'c.html', '--min-coverage', '95.5', '--phase', 'rule cases'], {});
    expect(options).toMatchObject({ headers: { 'X-Tenant': 'acme', 'X-Gateway-Key': 'k1' }, readOnly: true, coverage: true, coverageHtml: 'c.html', minCoverage: 95.5, phases: ['rule cases'] });
  });

  it.each([
    [['--header', 'no colon'], /--header must be "Name: value"/],
    [['--header', 'Authorization: Bearer x'], /cannot set Authorization.*--api-key/],
    [['--min-coverage', '101'], /--min-coverage must be a percentage from 0 to 100/],
    [['--coverage-html', ''], /--coverage-html needs a file name/],
  ])('refuses %j', (args, message) => {
    expect(() => parseTestArguments(args, {})).toThrow(message);
  });

  it('prints the coverage table and writes the HTML page; exits 1 below --min-coverage even when every check passed', async () => {
    const html = join(folder, 'coverage.html');
    const args = ['--base-url', reference.url, '--operation', 'getSigningKeys', '--check', 'not_a_server_error', '--cases', '1', '--quiet', '--coverage', '--coverage-html', html];
    const covered = await run([...args, '--min-coverage', '0'], { WEBHOOKS_API_KEY: reference.keys[0] });
    expect(covered.code).toBe(0);
    expect(covered.out).toMatch(/Rule coverage: \d+ of \d+ applicable rules exercised \(\d+(\.\d)? %\)/);
    expect(covered.out).toMatch(/\ngetSigningKeys +200 /);
    expect(readFileSync(html, 'utf8')).toContain('<h2>getSigningKeys</h2>');
    // only not_a_server_error runs: the response rules are not judged, so not exercised
    const below = await run([...args, '--min-coverage', '100'], { WEBHOOKS_API_KEY: reference.keys[0] });
    expect(below.code).toBe(1);
    expect(below.out).toContain('PASSED');
    expect(below.err).toMatch(/exercised [\d.]+ % of the applicable rules, below --min-coverage 100/);
  }, 60_000);
});
