/**
 * When Prism's process ends, the mock restarts it; when it keeps ending, the mock gives up loudly: every
 * request gets a 503 problem that says so, `failed` settles, and the command exits 1 with the reason.
 * A stand-in Prism (test/support/fake-prism.ts) makes this fast; killing the real Prism is tested in
 * hostile-requests.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { startMockServer } from '../../src/mock/start-mock.js';
import type { PrismExit } from '../../src/mock/prism-supervisor.js';
import { validateSchema } from '../../src/validation/validate.js';
import { installFakePrism, type FakePrism } from '../support/fake-prism.js';
import { AUTH } from '../support/mock.js';

let fake: FakePrism | undefined;
afterEach(() => fake?.remove());

describe('Prism supervision', () => {
  it('restarts a Prism that exits, and requests keep getting answers', async () => {
    fake = installFakePrism({ exitAfterMs: [1000, null] });
    const exits: PrismExit[] = [];
    let restarted!: () => void;
    const back = new Promise<void>((resolve) => (restarted = resolve));
    const mock = await startMockServer({ port: 0, resolveFrom: fake.resolveFrom, onPrismExit: (exit) => exits.push(exit), onPrismRestarted: () => restarted() });
    try {
      const first = mock.prism.pid;
      await back;
      const response = await fetch(`${mock.url}/v1/webhooks`, { headers: AUTH });
      expect(response.status).toBe(200);
      expect(exits).toEqual([{ code: 3, restarting: true }]);
      expect(mock.prism.pid).not.toBe(first);
    } finally {
      await mock.close();
    }
  });

  it('gives up on a Prism that keeps exiting: 503 problems that say so, and `failed` settles', async () => {
    fake = installFakePrism({ exitAfterMs: [300] });
    const mock = await startMockServer({ port: 0, resolveFrom: fake.resolveFrom, maxPrismRestarts: 1 });
    try {
      const reason = await mock.failed;
      expect(reason.message).toBe('Prism exited with code 3, its 2nd end within a minute; the mock stopped restarting it. Restart the mock.');
      const response = await fetch(`${mock.url}/v1/webhooks`, { headers: AUTH });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = (await response.json()) as { detail: string };
      expect(validateSchema('Problem', problem).ok).toBe(true);
      expect(problem.detail).toContain('the mock stopped restarting it');
      // waiting will not help: no Retry-After invites the client to try again
      expect(response.headers.get('retry-after')).toBeNull();
    } finally {
      await mock.close();
    }
  });

  it('answers a 503 problem when Prism accepts a request and never answers it, and keeps answering', async () => {
    fake = installFakePrism({ hangs: true });
    const mock = await startMockServer({ port: 0, resolveFrom: fake.resolveFrom, timeouts: { prismAnswerMs: 300 } });
    try {
      const answers = await Promise.all([0, 1].map(() => fetch(`${mock.url}/v1/webhooks`, { headers: AUTH, signal: AbortSignal.timeout(5_000) })));
      for (const response of answers) {
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toBe('application/problem+json');
        expect(response.headers.get('retry-after')).toBe('1');
        const problem = (await response.json()) as { detail: string };
        expect(validateSchema('Problem', problem).ok).toBe(true);
        expect(problem.detail).toContain('Prism did not answer within 0.3 s');
      }
      // the front layer itself still answers what it judges alone
      const refused = await fetch(`${mock.url}/v1/webhooks`);
      expect(refused.status).toBe(401);
    } finally {
      await mock.close();
    }
  });

  it('makes the command say why and exit 1 when it gives up', async () => {
    fake = installFakePrism({ exitAfterMs: [200] });
    let err = '';
    const code = await runCli(['mock', '--port', '0', '--quiet'], {
      out: () => {},
      err: (text) => (err += `${text}\n`),
      env: {},
      stop: new AbortController().signal,
      resolvePrismFrom: fake.resolveFrom,
    });
    expect(code).toBe(1);
    expect(err).toContain('Prism exited with code 3 unexpectedly; restarting it');
    expect(err).toContain('webhooks-contract: the mock stopped working: Prism exited with code 3, its 4th end within a minute; the mock stopped restarting it. Restart the mock.');
  });
});
