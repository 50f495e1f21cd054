/**
 * The shared request table (test/support/shared-requests.ts) against every listening program, each on a
 * port of its own, in-process: the reference server and the sandbox (Fastify on the pipeline's server),
 * the validation proxy in front of that reference server, and the mock (the front layer and Prism). Every
 * answer keeps the rules every program keeps (an answer, no 5xx, problem+json, an X-Request-Id in the
 * pipeline's one format, no echo of a planted secret), with the status the contract wants; and where the
 * contract gives one status, every program answers the same problem (type, title, status, detail, errors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_ID_PATTERN } from '../../src/http/request-id.js';
import { startValidationProxy, type RunningValidationProxy } from '../../src/mock/start-mock.js';
import type { RunningMockServer } from '../../src/mock/start-mock.js';
import { SECRET_MARKER, sendHostileRequest, type HostileOutcome } from '../support/hostile-requests.js';
import { startTestMock } from '../support/mock.js';
import { testSandbox, testServer, type TestServer } from '../support/server.js';
import { PROGRAMS, SHARED_API_KEYS, SHARED_REQUESTS, judgeShared, membersOf, mustAgree, type Program } from '../support/shared-requests.js';

let server: TestServer;
let sandbox: TestServer;
let proxy: RunningValidationProxy;
let mock: RunningMockServer;
let firstPrism: RunningMockServer['prism'];
const outcomes = new Map<Program, Map<string, HostileOutcome>>(PROGRAMS.map((program) => [program, new Map()]));

async function listenOn(built: TestServer): Promise<string> {
  await built.app.listen({ host: '127.0.0.1', port: 0 });
  const address = built.app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  [server, sandbox, mock] = await Promise.all([testServer({ apiKeys: SHARED_API_KEYS }), testSandbox({ seed: false }), startTestMock()]);
  firstPrism = mock.prism;
  const [serverUrl, sandboxUrl] = await Promise.all([listenOn(server), listenOn(sandbox)]);
  proxy = await startValidationProxy({ upstream: serverUrl, port: 0 });
  const urls: Record<Program, string> = { server: serverUrl, sandbox: sandboxUrl, proxy: proxy.url, mock: mock.url };
  // each program takes four rows at a time (some wait on purpose), each on its own connection; the programs run side by side
  await Promise.all(
    PROGRAMS.map(async (program) => {
      const base = new URL(urls[program]);
      const queue = [...SHARED_REQUESTS];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let row = queue.shift(); row !== undefined; row = queue.shift()) outcomes.get(program)!.set(row.name, await sendHostileRequest(base, row));
        }),
      );
    }),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all([proxy?.close(), mock?.close()]);
  await Promise.all([server?.close(), sandbox?.close()]);
});

describe('every listening program answers the shared table', () => {
  it('has the hostile rows, the bad requests and its own, each named once', () => {
    expect(SHARED_REQUESTS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SHARED_REQUESTS.map((row) => row.name)).size).toBe(SHARED_REQUESTS.length);
  });

  it.each(SHARED_REQUESTS.map((row) => [row.name, row] as const))('%s', (_, row) => {
    const failures: string[] = [];
    for (const program of PROGRAMS) {
      const outcome = outcomes.get(program)!.get(row.name)!;
      for (const failure of judgeShared(row, outcome, program)) failures.push(`${program}: ${failure}`);
      for (const answer of outcome.answers) {
        const id = answer.headers.find(([name]) => name === 'x-request-id')?.[1];
        if (id !== undefined && !REQUEST_ID_PATTERN.test(id)) failures.push(`${program}: X-Request-Id ${id} is not the pipeline's format`);
      }
    }
    if (mustAgree(row)) {
      const reference = membersOf(outcomes.get('server')!.get(row.name)!);
      for (const program of PROGRAMS) {
        const members = membersOf(outcomes.get(program)!.get(row.name)!);
        if (JSON.stringify(members) !== JSON.stringify(reference)) failures.push(`${program} answers ${JSON.stringify(members)}; the reference server ${JSON.stringify(reference)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("kept the mock's first Prism: the front layer never let a request end it", () => {
    expect(mock.prism).toBe(firstPrism);
  });

  it('logged no failure of the server or the sandbox, and no value a client may have hidden a secret in', () => {
    for (const log of [server.log.text, sandbox.log.text]) {
      expect(log).not.toContain('"level":50');
      expect(log).not.toContain(SECRET_MARKER);
    }
  });
});
