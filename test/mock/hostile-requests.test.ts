/**
 * The mock as a process, started as frontend teams and CI scripts start it (`npm start &`): the whole
 * hostile table goes to it in one run (each row's answer is judged row by row against every program in
 * test/http/shared-requests.test.ts), after which the process and its Prism are the ones that started;
 * the log says what happened to a client that left, a Prism killed from outside is restarted while
 * requests wait for it, and `kill $!` (SIGTERM to npm alone) stops the mock and Prism. npm-start.test.ts
 * does SIGINT and `kill -9`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHostileRequests } from '../support/hostile-requests.js';
import { AUTH } from '../support/mock.js';
import { freePort } from '../support/ports.js';
import { descendantsOf, descendantsRunning, HAS_PROC, isAlive, prismChildrenOf, startProcess, waitUntilGone, type StartedProcess } from '../support/processes.js';

let mock: StartedProcess;
let url: string;
/** the mock's own process (npm runs it in place of its shell, as its child) */
let mockPid: number;
let prism: number;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  mock = startProcess('npm', ['start', '--', '--port', String(port)]);
  await mock.waitFor('Press Ctrl-C to stop.');
  [mockPid] = descendantsRunning(mock.child.pid!, 'start-mock.mjs') as [number];
  [prism] = prismChildrenOf(mockPid) as [number];
}, 60_000);

afterAll(async () => {
  if (!mock) return;
  try {
    // as `kill $!` after `npm start &`: the npm process alone
    const below = descendantsOf(mock.child.pid!);
    process.kill(mock.child.pid!, 'SIGTERM');
    await mock.exit;
    expect(mock.output()).toContain('Stopped.');
    expect(await waitUntilGone(below)).toEqual([]);
  } finally {
    mock.kill();
  }
});

describe.skipIf(!HAS_PROC)('the mock, as a process, against hostile requests', () => {
  it('prints the URL and a first curl that works', async () => {
    expect(mock.output()).toContain(`Webhooks API mock on ${url} (Prism 5.14.2, static examples)`);
    expect(mock.output()).toContain(`curl -s '${url}/v1/webhooks' -H 'Authorization: Bearer test-key'`);
    const response = await fetch(`${url}/v1/webhooks`, { headers: AUTH });
    expect(response.status).toBe(200);
  });

  it('survives the whole hostile table, and never had to restart Prism', async () => {
    // the front layer keeps Prism from ever seeing what could end it
    const dead: string[] = [];
    await runHostileRequests(url, { afterEach: (outcome) => void (isAlive(mockPid) && isAlive(prism) ? undefined : dead.push(outcome.name)) });
    expect(dead).toEqual([]);
    expect(mock.output()).not.toMatch(/Prism (exited|was ended)/);
    expect(prismChildrenOf(mockPid)).toEqual([prism]);
  }, 60_000);

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
    const [restarted] = prismChildrenOf(mockPid);
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(prism);
    expect(isAlive(mockPid)).toBe(true);
  }, 30_000);
});
