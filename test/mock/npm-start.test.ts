/**
 * `npm start` as CI scripts use it (`npm start &`, then a signal to `$!`): SIGINT to the npm process
 * alone, or npm killed outright, stops the mock and Prism, leaving no process behind. SIGTERM (`kill $!`)
 * ends hostile-requests.test.ts, which runs the mock through `npm start`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { descendantsOf, HAS_PROC, startProcess, waitUntilGone, type StartedProcess } from '../support/processes.js';

const started: StartedProcess[] = [];
// even after a test timed out: a regression must not leave a mock running
afterAll(() => started.forEach((npm) => npm.kill()));

describe.skipIf(!HAS_PROC)('npm start, stopped through the npm process', () => {
  it.concurrent.each([
    ['SIGINT', 'SIGINT'],
    ['SIGKILL (npm ends without passing anything on)', 'SIGKILL'],
  ] as const)('%s to npm stops the mock and Prism', async (_, signal) => {
    const port = await freePort();
    const npm = startProcess('npm', ['start', '--', '--port', String(port), '--quiet']);
    started.push(npm);
    await npm.waitFor('Press Ctrl-C to stop.');
    const response = await fetch(`http://127.0.0.1:${port}/v1/webhooks`, { headers: { Authorization: 'Bearer test-key' } });
    expect(response.status).toBe(200);
    // the mock (run in place of npm's shell) and Prism
    const below = descendantsOf(npm.child.pid!);
    expect(below.length).toBeGreaterThanOrEqual(2);
    // only npm is signalled, as `kill $!` does; not its process group, as a terminal's Ctrl-C does
    process.kill(npm.child.pid!, signal);
    await npm.exit;
    expect(await waitUntilGone(below)).toEqual([]);
    if (signal !== 'SIGKILL') expect(npm.output()).toContain('Stopped.');
    await expect(fetch(`http://127.0.0.1:${port}/v1/webhooks`)).rejects.toThrow();
  }, 90_000);
});
