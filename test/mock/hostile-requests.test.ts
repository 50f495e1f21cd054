/**
 * The mock as a process, as users start it, against the hostile-request table (test/support/hostile-requests.ts):
 * after each request the process is alive, Prism has not died, and the answer keeps every rule (no 5xx,
 * problem+json, no echo). Then the log says what happened to a client that left, and a Prism killed
 * from outside is restarted while requests wait for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_REQUESTS, judgeHostileOutcome, runHostileRequests } from '../support/hostile-requests.js';
import { AUTH } from '../support/mock.js';
import { freePort } from '../support/ports.js';
import { HAS_PROC, isAlive, prismChildrenOf, startProcess, waitUntilGone, type StartedProcess } from '../support/processes.js';

let mock: StartedProcess;
let url: string;
let prism: number;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  mock = startProcess(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'mock', '--port', String(port)]);
  await mock.waitFor('Press Ctrl-C to stop.');
  [prism] = prismChildrenOf(mock.child.pid!) as [number];
}, 60_000);

afterAll(async () => {
  if (!mock) return;
  mock.child.kill('SIGTERM');
  expect(await mock.exit).toBe(0);
  expect(await waitUntilGone(prismChildrenOf(mock.child.pid!))).toEqual([]);
  mock.kill();
});

describe.skipIf(!HAS_PROC)('the mock, as a process, against hostile requests', () => {
  it('has at least 60 rows', () => {
    expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(HOSTILE_REQUESTS.map((row) => row.name)).size).toBe(HOSTILE_REQUESTS.length);
  });

  it.each(HOSTILE_REQUESTS.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    const [outcome] = await runHostileRequests(url, { requests: [row] });
    expect(judgeHostileOutcome(row, outcome!, { exact: true, mock: true })).toEqual([]);
    expect(isAlive(mock.child.pid!)).toBe(true);
    // the front layer keeps Prism from ever seeing what could end it
    expect(isAlive(prism)).toBe(true);
  });

  it('never had to restart Prism', () => {
    expect(mock.output()).not.toMatch(/Prism (exited|was ended)/);
    expect(prismChildrenOf(mock.child.pid!)).toEqual([prism]);
  });

  it('logs that a client left before its delayed answer was sent, not a status it never got', () => {
    expect(mock.output()).toMatch(/ GET \/v1\/webhooks → (200 not delivered|no answer): the client closed the connection after \d+ ms\n/);
    expect(mock.output()).not.toMatch(/ GET \/v1\/webhooks → 200 \(1\d{3} ms\)/);
  });

  it('restarts a Prism killed from outside, and the next request waits for it instead of failing', async () => {
    process.kill(prism, 'SIGKILL');
    const response = await fetch(`${url}/v1/webhooks`, { headers: AUTH });
    expect(response.status).toBe(200);
    await mock.waitFor('Prism answers again');
    expect(mock.output()).toContain('Prism was ended by SIGKILL unexpectedly; restarting it');
    const [restarted] = prismChildrenOf(mock.child.pid!);
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(prism);
    expect(isAlive(mock.child.pid!)).toBe(true);
  }, 30_000);
});
