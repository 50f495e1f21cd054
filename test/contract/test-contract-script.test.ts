/**
 * `npm run test:contract` (scripts/test-contract.ts): starts the reference server on a free port, runs the
 * `webhooks-contract test` command against it in a process of its own, stops the server, and exits with
 * the command's code. `npm test` runs it in full (exit 0); here, the code of a usage error comes through.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/processes.js';

function runScript(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/test-contract.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout, stderr });
    });
  });
}

describe('npm run test:contract', () => {
  it('exits with the command code (2 for a usage error), and ends: the server it started does not keep it alive', async () => {
    const misused = await runScript(['--check', 'nope']);
    expect(misused.code, misused.stderr).toBe(2);
    // the server was started, with both keys given through the environment
    expect(misused.stderr).toMatch(/^webhooks-contract test → http:\/\/127\.0\.0\.1:\d+ \(25 cases per operation, stateful, with a second API key\)$/m);
    expect(misused.stderr).toContain('unknown check "nope"');
  }, 60_000);
});
