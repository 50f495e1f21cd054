/**
 * The reference server as a process (`webhooks-contract serve`) against the mock's hostile-request table
 * (test/support/hostile-requests.ts): malformed syntax in the path and every header, odd methods and
 * targets, bodies where none belong, huge and deep inputs, slow and vanishing clients. After each request
 * the process is alive, and the answer keeps every rule (the status the contract gives, no 5xx,
 * problem+json, an X-Request-Id, no echo of a value a client may have hidden a secret in).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_REQUESTS, HOSTILE_TOKEN, SECRET_MARKER, judgeHostileOutcome, runHostileRequests } from '../support/hostile-requests.js';
import { freePort } from '../support/ports.js';
import { HAS_PROC, isAlive, startProcess, type StartedProcess } from '../support/processes.js';
import { SECRETS_KEY } from '../support/server.js';

const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-hostile-'));
let server: StartedProcess;
let url: string;

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = startProcess(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
    PORT: String(port),
    DATABASE_PATH: join(folder, 'webhooks.db'),
    // the table's bearer token is a key of this server, so its authorised rows reach the operations
    API_KEYS: `${HOSTILE_TOKEN}=hostile`,
    SECRETS_KEY,
    LOG_FORMAT: 'json',
    SIGNING_KEY_ALG: 'ES256',
  });
  await server.waitFor('Press Ctrl-C to stop.', 30_000);
}, 60_000);

afterAll(() => {
  server?.kill();
  rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!HAS_PROC)('the reference server, as a process, against hostile requests', () => {
  it.each(HOSTILE_REQUESTS.map((row) => [row.name, row] as const))('%s', async (_, row) => {
    const [outcome] = await runHostileRequests(url, { requests: [row] });
    expect(judgeHostileOutcome(row, outcome!, { exact: true })).toEqual([]);
    expect(isAlive(server.child.pid!)).toBe(true);
  });

  it('logged no failure of its own and no value a client may have hidden a secret in', () => {
    const log = server.output();
    expect(log).not.toContain('"level":50');
    expect(log).not.toContain(SECRET_MARKER);
  });
});
