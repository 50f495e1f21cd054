/**
 * The contract suite against the real sandbox: the default profile fails exactly `ignored_auth` there (a
 * sandbox takes any bearer token as an account of its own, by design), and `--profile sandbox` inverts that
 * one probe, passes, and says in its report which check it changed and why. The sandbox runs once, on a
 * free port, for the whole file; the reference server, which refuses a made-up token, fails under the profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/index.js';
import { formatJunitReport, formatTextReport, PROFILES, runContractSuite, type ContractSuiteResult } from '../../src/contract/index.js';
import { startSandbox, startServer, type RunningServer } from '../../src/server/index.js';

let sandbox: RunningServer;
/** The same cases, seed and keys under both profiles; a few cases per operation keep the file fast. */
const RUN = { apiKey: 'contract-team-a', secondApiKey: 'contract-team-b', seed: 19, casesPerOperation: 2 } as const;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, log: false });
});
afterAll(() => sandbox.close());

describe('the contract suite against the sandbox', () => {
  let byDefault: ContractSuiteResult;
  let asSandbox: ContractSuiteResult;
  beforeAll(async () => {
    byDefault = await runContractSuite({ ...RUN, baseUrl: sandbox.url });
    asSandbox = await runContractSuite({ ...RUN, baseUrl: sandbox.url, profile: 'sandbox' });
  }, 60_000);

  it('fails with the default profile, on ignored_auth alone: the made-up key is answered instead of a 401', () => {
    expect(byDefault.ok).toBe(false);
    expect(new Set(byDefault.failures.map((failure) => failure.check))).toEqual(new Set(['ignored_auth']));
    for (const failure of byDefault.failures) expect(failure.reason).toMatch(/the API key is not one the server issued, so the contract expects 401/);
    expect(byDefault.profile).toEqual({ name: 'default', changes: [] });
    // and it says what to do about it
    expect(byDefault.notes.join('\n')).toContain('run with --profile sandbox');
  });

  it('passes with the sandbox profile, having run the inverted probe on every authenticated operation', () => {
    expect(asSandbox.failures).toEqual([]);
    expect(asSandbox.ok).toBe(true);
    for (const operation of asSandbox.operations.filter((entry) => entry.operationId !== 'getSigningKeys')) {
      const ignored = operation.checks.find((outcome) => outcome.check === 'ignored_auth');
      // another scheme, an empty token and the made-up account: three probes each
      expect(ignored?.passed, operation.operationId).toBeGreaterThanOrEqual(3);
    }
    expect(asSandbox.notes.join('\n')).not.toContain('--profile sandbox');
  });

  it('says in every report which check the profile changed, and why', () => {
    expect(asSandbox.profile).toEqual({ name: 'sandbox', changes: PROFILES.sandbox.changes });
    expect(PROFILES.sandbox.changes.map((change) => `${change.check} ${change.change}`)).toEqual(['ignored_auth inverted']);
    const text = formatTextReport(asSandbox);
    expect(text).toMatch(/^PROFILE sandbox: 1 check changed\n {2}ignored_auth: inverted for the made-up API key probe: a sandbox takes any bearer token as a new account, by design/m);
    expect(text.indexOf('PROFILE sandbox')).toBeLessThan(text.indexOf('CHECKS'));
    expect(formatTextReport(byDefault)).not.toContain('PROFILE');
    expect(formatJunitReport(asSandbox)).toContain('<property name="profile-change" value="ignored_auth inverted for the made-up API key probe: a sandbox takes any bearer token');
  });
});

describe('the sandbox profile against a server that issues its keys', () => {
  it('fails ignored_auth there: a made-up key that gets a 401 is not the new account the profile expects', async () => {
    const server = await startServer({ port: 0, databasePath: ':memory:', apiKeys: 'sk_test_alice_0123456789=alice,sk_test_bob_0123456789ab=bob', secretsKey: '4f'.repeat(32), resolve: false, log: false });
    try {
      const result = await runContractSuite({ baseUrl: server.url, apiKey: 'sk_test_alice_0123456789', seed: 19, casesPerOperation: 1, checks: ['ignored_auth'], profile: 'sandbox' });
      expect(result.ok).toBe(false);
      expect(result.failures.length).toBeGreaterThan(0);
      for (const failure of result.failures) {
        expect(failure.check).toBe('ignored_auth');
        expect(failure.reason).toMatch(/^The server answered 401 Unauthorized; the sandbox profile expects a made-up API key to be a new account of its own/);
      }
    } finally {
      await server.close();
    }
  }, 30_000);
});

describe('webhooks-contract test --profile', () => {
  async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIo = { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), env, stop: new AbortController().signal };
    const code = await runCli(['test', ...args], io);
    return { code, out, err };
  }

  it('exits 0 against the sandbox with --profile sandbox and prints the change; 1 without it', async () => {
    const args = ['--base-url', sandbox.url, '--seed', '7', '--cases', '2', '--quiet', '--check', 'ignored_auth'];
    const env = { WEBHOOKS_API_KEY: 'cli-team' };
    const profiled = await run([...args, '--profile', 'sandbox'], env);
    expect(profiled.code, profiled.out).toBe(0);
    expect(profiled.out).toContain('PROFILE sandbox: 1 check changed');
    expect(profiled.out).toContain('--profile sandbox');
    const plain = await run(args, env);
    expect(plain.code).toBe(1);
    expect(plain.out).toContain('ignored_auth');
  }, 30_000);

  it('refuses an unknown profile with exit code 2, naming the profiles', async () => {
    const answer = await run(['--base-url', sandbox.url, '--profile', 'lenient'], { WEBHOOKS_API_KEY: 'cli-team' });
    expect(answer.code).toBe(2);
    expect(answer.err).toContain('--profile (or WEBHOOKS_CONTRACT_PROFILE) must be one of default, sandbox; got "lenient"');
  });
});
