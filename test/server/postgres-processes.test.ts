/**
 * Two `serve` processes on one Postgres database behave as one server: started together (the migration
 * runs once), the per-account webhook limit holds across them, and a backlog of deliveries is delivered
 * exactly once, with both senders claiming; and kill -9 of one of two mid-delivery loses nothing, the other
 * taking its deliveries over once their leases end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderCreatedEvent } from '../../generated/examples.js';
import { minimalCreate } from '../support/bodies.js';
import { freePort } from '../support/ports.js';
import { postgresDatabase } from '../support/postgres.js';
import { ROOT, startProcess, type StartedProcess } from '../support/processes.js';
import { startScriptedEndpoint, type ScriptedEndpoint } from '../support/scripted-endpoint.js';
import { ALICE, API_KEYS, BOB, PLATFORM, PLATFORM_KEY, SECRETS_KEY } from '../support/server.js';

/** deliveries in flight per process: small, so that one sender cannot take the whole backlog at once */
const SLOTS = 4;
let endpoint: ScriptedEndpoint;
const servers: { process: StartedProcess; url: string }[] = [];

beforeAll(async () => {
  const [{ url }, receiver] = await Promise.all([postgresDatabase('two_processes'), startScriptedEndpoint()]);
  endpoint = receiver;
  const start = async () => {
    const port = await freePort();
    const env = {
      PORT: String(port),
      DATABASE_URL: url,
      API_KEYS,
      PLATFORM_KEYS: PLATFORM_KEY,
      SECRETS_KEY,
      ALLOW_LOCALHOST_DESTINATIONS: '1',
      MAX_WEBHOOKS_PER_ACCOUNT: '25',
      RATE_LIMIT_PER_MINUTE: 'off',
      DELIVERY_CONCURRENCY: String(SLOTS),
      LOG_FORMAT: 'json',
      SIGNING_KEY_ALG: 'ES256',
    };
    const started = startProcess(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], env);
    servers.push({ process: started, url: `http://127.0.0.1:${port}` });
    await started.waitFor('Press Ctrl-C to stop.', 30_000);
  };
  // both at once on an empty database: one migrates, the other waits for it
  await Promise.all([start(), start()]);
}, 60_000);

afterAll(async () => {
  for (const { process: started } of servers) started.kill();
  await Promise.all(servers.map(({ process: started }) => started.exit));
  await endpoint?.close();
});

const call = (url: string, path: string, init: { method?: string; headers: Record<string, string>; body?: unknown }) =>
  fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: { ...init.headers, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

/** Waits until `done()` holds, or fails after `ms`. */
async function eventually(done: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('two serve processes on one Postgres database', () => {
  it('hold the per-account limit together: exactly the limit is created, and each reads what the other made', async () => {
    const [a, b] = servers.map((server) => server.url) as [string, string];
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => call(i % 2 === 0 ? a : b, '/v1/webhooks', { method: 'POST', headers: ALICE, body: minimalCreate })));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(25);
    expect(statuses.filter((status) => status === 409)).toHaveLength(15);
    const made = await Promise.all(answers.filter((answer) => answer.status === 201).map(async (answer) => (await answer.json()) as { id: string }));
    for (const { id } of made.slice(0, 5)) {
      expect((await call(a, `/v1/webhooks/${id}`, { headers: ALICE })).status).toBe(200);
      expect((await call(b, `/v1/webhooks/${id}`, { headers: ALICE })).status).toBe(200);
    }
    // one Idempotency-Key sent to both at once: one webhook, the same answer twice
    await call(a, `/v1/webhooks/${made[0]!.id}`, { method: 'DELETE', headers: ALICE });
    const keyed = { ...ALICE, 'idempotency-key': randomUUID() };
    const [first, second] = await Promise.all([call(a, '/v1/webhooks', { method: 'POST', headers: keyed, body: minimalCreate }), call(b, '/v1/webhooks', { method: 'POST', headers: keyed, body: minimalCreate })]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(await first.json()).toEqual(await second.json());
  });

  it('deliver a backlog exactly once, both senders claiming', async () => {
    const [a, b] = servers.map((server) => server.url) as [string, string];
    const webhooks: string[] = [];
    for (let i = 0; i < 8; i++) {
      const created = await call(i % 2 === 0 ? a : b, '/v1/webhooks', { method: 'POST', headers: BOB, body: { url: `${endpoint.base}/hook/${i}`, enabled_events: ['order.created'] } });
      expect(created.status).toBe(201);
      webhooks.push(((await created.json()) as { id: string }).id);
    }
    // the receiver holds every request: each sender fills its slots and waits, so both must have claimed
    let open: () => void = () => undefined;
    endpoint.gate = new Promise<void>((resolve) => (open = resolve));
    const events = 25;
    for (let i = 0; i < events; i++) {
      const published = await call(i % 2 === 0 ? a : b, '/v1/events', { method: 'POST', headers: PLATFORM, body: { account_id: 'bob', event: { ...OrderCreatedEvent, id: randomUUID() } } });
      expect(published.status).toBe(202);
    }
    await eventually(() => endpoint.hits.length === 2 * SLOTS);
    endpoint.gate = undefined;
    open();
    const total = events * webhooks.length;
    await eventually(() => endpoint.hits.length >= total);
    // every delivery succeeded at its first attempt, and none went out twice
    for (const id of webhooks) {
      await eventually(async () => {
        const page = (await (await call(a, `/v1/webhooks/${id}/deliveries?limit=100`, { headers: BOB })).json()) as { data: { status: string; attempts: number }[] };
        return page.data.length === events && page.data.every((delivery) => delivery.status === 'succeeded' && delivery.attempts === 1);
      });
    }
    expect(endpoint.hits).toHaveLength(total);
    expect(new Set(endpoint.hits.map((hit) => `${hit.path} ${String(hit.headers['webhook-id'])}`)).size).toBe(total);
    const succeeded = servers.map(({ process: started }) => started.output().split('\n').filter((line) => line.includes('"delivery.succeeded"')).length);
    expect(succeeded[0]! + succeeded[1]!).toBe(total);
    expect(Math.min(...succeeded)).toBeGreaterThanOrEqual(SLOTS);
  }, 60_000);
});

describe('kill -9 of one of two processes on one Postgres database', () => {
  it('loses nothing: the other process delivers what the killed one had in flight once its leases end, with the same webhook-id', async () => {
    const { url } = await postgresDatabase('kill_nine');
    // the receiver: the first process's three requests hang for ever; later ones are acknowledged
    const arrivals: string[] = [];
    let wanted = 3;
    let arrived!: () => void;
    let progress = new Promise<void>((resolve) => (arrived = resolve));
    const receiver = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        arrivals.push(String(request.headers['webhook-id']));
        if (arrivals.length > 3) response.writeHead(204).end();
        if (arrivals.length >= wanted) arrived();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    const receiverUrl = `http://localhost:${(receiver.address() as { port: number }).port}/hook`;
    const children: ChildProcess[] = [];
    const child = (extra: Record<string, string>) => {
      const spawned = spawn(process.execPath, ['--import', 'tsx', 'test/support/delivering-child.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url, RECEIVER_URL: receiverUrl, LEASE_MS: '2000', ...extra },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.push(spawned);
      return new Promise<ChildProcess>((resolve, reject) => {
        spawned.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('"ready":true') && resolve(spawned));
        spawned.once('exit', () => reject(new Error('the child exited before it was ready')));
      });
    };
    try {
      const first = await child({ EMIT: '3' });
      await progress;
      // the second process runs beside the first, its sender idle: the three are the first one's, in flight
      await child({});
      first.kill('SIGKILL');
      await new Promise((resolve) => first.once('exit', resolve));
      const inFlight = [...arrivals];
      expect(new Set(inFlight).size).toBe(3);
      wanted = 6;
      progress = new Promise<void>((resolve) => (arrived = resolve));
      await progress;
      expect(arrivals.slice(3).sort()).toEqual([...inFlight].sort());
    } finally {
      for (const spawned of children) spawned.kill('SIGKILL');
      receiver.closeAllConnections();
      await new Promise((done) => receiver.close(done));
    }
  }, 30_000);
});
