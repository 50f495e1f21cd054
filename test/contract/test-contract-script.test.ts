/**
 * `npm run test:contract` (scripts/test-contract.ts), run here so that `npm test` runs it: the reference
 * server on a free port, the `webhooks-contract test` command against it in a process of its own with the
 * default settings, zero failures, the server stopped, and the command's exit code passed on; and the same
 * against the server on Postgres, and against two server processes on one Postgres database with each
 * request sent to the next of them in turn.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContractSuiteResult } from '../../src/contract/index.js';
import { postgresDatabase } from '../support/postgres.js';
import { ROOT } from '../support/processes.js';

const folder = mkdtempSync(join(tmpdir(), 'test-contract-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Runs the script as `npm run test:contract -- …args` does; it must end by itself (the server it started stopped). */
function runScript(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/test-contract.ts', ...args], { cwd: ROOT, timeout: 120_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe('npm run test:contract', () => {
  it('is the script npm runs', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test:contract']).toBe('tsx scripts/test-contract.ts');
  });

  it('passes against the reference server, on SQLite, on Postgres (DATABASE_URL) and as two processes on one Postgres database, with zero failures, and passes on the exit code of a usage error', async () => {
    const json = join(folder, 'result.json');
    const postgresJson = join(folder, 'postgres.json');
    const twoJson = join(folder, 'two-processes.json');
    const [{ url }, { url: twoUrl }] = await Promise.all([postgresDatabase('test_contract'), postgresDatabase('test_contract_two')]);
    // side by side: each run waits on its server more than it computes
    const [run, onPostgres, onTwo, misused] = await Promise.all([
      runScript(['--json', json, '--quiet']),
      runScript(['--json', postgresJson, '--quiet'], { DATABASE_URL: url }),
      runScript(['--json', twoJson, '--quiet'], { DATABASE_URL: twoUrl, CONTRACT_SERVERS: '2' }),
      runScript(['--check', 'nope']),
    ]);
    const ports = /^two server processes on one Postgres database \(http:\/\/127\.0\.0\.1:(\d+) and http:\/\/127\.0\.0\.1:(\d+)\), each request to the next in turn/m.exec(onTwo.stderr);
    expect(ports, onTwo.stderr).not.toBeNull();
    expect(ports![1]).not.toBe(ports![2]);
    for (const [outcome, file] of [
      [run, json],
      [onPostgres, postgresJson],
      [onTwo, twoJson],
    ] as const) {
      expect(outcome.code, `${outcome.stdout}\n${outcome.stderr}`).toBe(0);
      expect(outcome.stdout).toMatch(/^PASSED: the server keeps the contract · [\d,]+ cases/m);
      // started on a free port, with both keys given through the environment (never on a command line)
      expect(outcome.stderr).toMatch(/^webhooks-contract test → http:\/\/127\.0\.0\.1:\d+ \(25 cases per operation, stateful, with a second API key\)$/m);
      const result = JSON.parse(readFileSync(file, 'utf8')) as ContractSuiteResult;
      expect(result).toMatchObject({ ok: true, failures: [], stateful: true, budgetExhausted: false });
      expect(result.operations.flatMap((operation) => operation.checks).filter((check) => check.skipped !== undefined)).toEqual([]);
    }

    expect(misused.code, misused.stderr).toBe(2);
    expect(misused.stderr).toContain('unknown check "nope"');
  }, 120_000);
});
