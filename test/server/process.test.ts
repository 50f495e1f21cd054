/**
 * The server as a real process, where the process is the point: an acknowledged write survives `kill -9`
 * (and its encrypted secrets stay readable after the restart); a SIGTERM to `npm run serve` stops it
 * gracefully, with the request in flight answered and the database closed. (The bin's own SIGINT/SIGTERM
 * handling is the dispatcher's, shared with `mock` and tested there; the in-process stop in cli.test.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SecretsBox, parseSecretsKey } from '../../src/server/secrets-box.js';
import { sealStore } from '../../src/server/sealed-store.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { clientSecretCreate, minimalCreate } from '../support/bodies.js';
import { freePort } from '../support/ports.js';
import { ALICE, API_KEYS, SECRETS_KEY } from '../support/server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-process-'));
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `command` with the server's settings and resolves once it prints that it listens. */
async function start(command: string, args: string[], database: string): Promise<Running> {
  const port = await freePort();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: database, API_KEYS, SECRETS_KEY, LOG_FORMAT: 'json', SIGNING_KEY_ALG: 'ES256' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 20 s:\n${output}`)), 20_000);
    const check = () => {
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    void exited.then(() => reject(new Error(`exited before listening:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

const startServer = (database: string) => start(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], database);

const post = (url: string, body: unknown) =>
  fetch(`${url}/v1/webhooks`, { method: 'POST', headers: { ...ALICE, 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Waits until `done()` holds, or fails after `ms`. */
async function eventually(done: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const refused = (url: string) =>
  fetch(`${url}/v1/webhooks`, { headers: ALICE }).then(
    () => false,
    () => true,
  );

describe('durability and graceful shutdown', () => {
  it('keeps every acknowledged write through kill -9; restarted with npm run serve, answers the request in flight when npm gets SIGTERM, then stops and closes the database', async () => {
    const database = join(folder, 'kill', 'webhooks.db');
    const first = await startServer(database);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(first.url, { ...clientSecretCreate, secret: `kill-nine-secret-${i}-0123` }).then(async (response) => ({ status: response.status, body: (await response.json()) as { id: string } }))),
    );
    // killed the moment the last answer arrived: nothing had time to flush or close
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    expect(existsSync(`${database}-wal`)).toBe(true);

    // npm runs the script in a shell; a SIGTERM to npm kills that shell and reaches the server no other way
    const second = await start(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'serve'], database);
    for (const { body } of answers) {
      const read = await fetch(`${second.url}/v1/webhooks/${body.id}`, { headers: ALICE });
      expect(read.status).toBe(200);
      expect(await read.json()).toEqual(body);
    }
    const list = (await (await fetch(`${second.url}/v1/webhooks?limit=100`, { headers: ALICE })).json()) as { data: unknown[] };
    expect(list.data).toHaveLength(20);

    const port = Number(new URL(second.url).port);
    const body = JSON.stringify(minimalCreate);
    const half = body.length >> 1;
    const inFlight = new Promise<string>((resolve) => {
      let received = '';
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`POST /v1/webhooks HTTP/1.1\r\nHost: x\r\nAuthorization: ${ALICE.authorization}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, half)}`);
        setTimeout(() => {
          second.child.kill('SIGTERM');
          // the rest of the body arrives once the server has begun to stop
          void eventually(() => second.output().includes('Stopping: waiting for requests in flight…')).then(() => socket.write(body.slice(half)));
        }, 100);
      });
      socket.on('data', (chunk) => (received += chunk));
      socket.on('close', () => resolve(received));
    });
    const answer = await inFlight;
    expect(answer).toMatch(/^HTTP\/1\.1 201 Created/);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    await eventually(() => refused(second.url));
    await eventually(() => second.output().includes('Stopped.'));
    // closed cleanly: the WAL was checkpointed into the database and removed
    await eventually(() => !existsSync(`${database}-wal`));

    const store = sealStore(await createSqliteStore({ path: database }), new SecretsBox(parseSecretsKey(SECRETS_KEY)));
    try {
      for (const [i, { body: created }] of answers.entries()) {
        expect((await store.getWebhook('alice', created.id, { includeSecrets: true }))?.config).toMatchObject({
          secret: `kill-nine-secret-${i}-0123`,
          oidc_client_secret: clientSecretCreate.oidc_client_secret,
        });
      }
      const all = await store.listWebhooks('alice', { limit: 100 });
      expect(all.ok && all.items).toHaveLength(21);
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('deliveries through kill -9', () => {
  it('are due again once their short lease ends, and another process delivers them: at least once, with the same webhook-id', async () => {
    const database = join(folder, 'deliveries', 'webhooks.db');
    // the receiver: the first process's three requests hang for ever; later ones are acknowledged
    const arrivals: { id: string }[] = [];
    let answered = 0;
    let arrived!: () => void;
    let wanted = 3;
    let progress = new Promise<void>((resolve) => (arrived = resolve));
    const receiver = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        arrivals.push({ id: String(request.headers['webhook-id']) });
        if (arrivals.length > 3) {
          answered++;
          response.writeHead(204).end();
        }
        if (arrivals.length >= wanted) arrived();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    const receiverUrl = `http://localhost:${(receiver.address() as { port: number }).port}/hook`;
    const child = (extra: Record<string, string>) => {
      const spawned = spawn(process.execPath, ['--import', 'tsx', 'test/support/delivering-child.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: database, RECEIVER_URL: receiverUrl, LEASE_MS: '2000', ...extra },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      started.push(spawned);
      return spawned;
    };
    try {
      const first = child({ EMIT: '3' });
      await progress;
      // all three are in flight in the first process: kill it mid-attempt
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      const firstIds = arrivals.map((arrival) => arrival.id);
      expect(new Set(firstIds).size).toBe(3);
      wanted = 6;
      progress = new Promise<void>((resolve) => (arrived = resolve));
      child({});
      // the second process takes them once the dead process's leases end (two seconds here)
      await progress;
      expect(answered).toBe(3);
      expect(arrivals.slice(3).map((arrival) => arrival.id).sort()).toEqual([...firstIds].sort());
    } finally {
      receiver.closeAllConnections();
      await new Promise((done) => receiver.close(done));
    }
  }, 30_000);
});

