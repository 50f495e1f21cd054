/**
 * The reference server's cost, in one run, against a bare `node:http` server returning the same bytes:
 * requests per second and p99 for `GET /v1/webhooks/{id}`, for `GET /v1/webhooks` (20 per page of 10,000
 * stored) and for a valid `POST /v1/webhooks` that commits to SQLite (autocannon, 10 connections, 10 s each
 * after a 3 s warm-up); start-up to the first good response; RSS idle and after the load. The server runs
 * as users run the installed package (`node dist/src/cli/index.js serve`, built first). Fastify alone, with
 * the same answers and no work of its own, is measured too: the framework's ceiling. The same server on a
 * throwaway Postgres cluster (durable as SQLite is here: neither flushes to disk per commit), and POST on two
 * `serve` processes on that one database, the load spread over both ports, beside one process, with each
 * process's CPU use meanwhile (servers, Postgres, the load generator): what bounds the gain. Then, for what
 * bounds each figure, a CPU profile of the server under each load, its time split by where it went; and
 * whether any schema compiler was loaded (none should be: the validators are precompiled).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { findFreePort } from '../../src/mock/listen.js';
import { CONNECTIONS, CREATE_BODY, DURATION_S, WARM_UP_S, cpuTimeUs, firstGoodResponse, formatCpuUse, rssMb, sleep, stopChild } from './processes.js';
import { SecretsBox, parseSecretsKey } from '../../src/server/secrets-box.js';
import { sealStore } from '../../src/server/sealed-store.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import type { Store } from '../../src/store/contract.js';
import { postgresUrl, startCluster, stopPostgres, type PostgresServer } from '../../test/support/postgres-cluster.js';
import { webhookRepresentation } from '../../src/server/views.js';
import { summariseProfile } from './cpu-profile.js';
import { loadedModules, scaleOut, type Load } from './server-scale-out.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PROFILE_S = 5;
const START_UPS = 3;
const STORED = 10_000;
const API_KEY = 'sk_bench_0123456789abcdef';
const SECRETS_KEY = 'be'.repeat(32);
const AUTH = { authorization: `Bearer ${API_KEY}` };
/** accounts of their own for the scale-out loads, one per connection: the key of account `i` */
const ACCOUNTS = 10;
const accountKey = (i: number) => `sk_bench_${i}_0123456789abcdef`;
const API_KEYS = [`${API_KEY}=bench`, ...Array.from({ length: ACCOUNTS }, (_, i) => `${accountKey(i)}=bench-${i}`)].join(',');
// the limits run (counted, checked) but never refuse: the load is one key, and the account holds 10,000+ webhooks
const LIMITS_ON = { RATE_LIMIT_PER_MINUTE: '999999999', MAX_WEBHOOKS_PER_ACCOUNT: '1000000000' };
// the rate limit off: what the limits cost, in the same run
const LIMITS_OFF = { RATE_LIMIT_PER_MINUTE: 'off', MAX_WEBHOOKS_PER_ACCOUNT: '1000000000' };

interface Captured {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Target {
  name: string;
  method: 'GET' | 'POST';
  path: string;
}

interface Running {
  url: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

interface Row {
  name: string;
  loads: Load[];
  startUpS: number;
  idleMb: number;
  loadedMb: number;
}

/** STORED webhooks of one account, made through the store (as the server would), which is closed after. */
async function prepareDatabase(store: Store): Promise<void> {
  const base = Date.now() - STORED * 1000;
  // a few creates at a time: Postgres answers each over a connection, and waiting for each alone is slow
  let next = 0;
  const createOne = async (i: number) => {
    const id = randomUUID();
    const config = { url: `https://hooks.example.com/${i}`, enabled_events: ['business.created', 'order.completed'], secret: `whsec_bench_secret_${i}` } as const;
    const createdAt = base + i * 1000;
    await store.createWebhook({ accountId: 'bench', id, config: { ...config, enabled_events: [...config.enabled_events] }, createdAt, representation: webhookRepresentation({ id, config: { ...config, enabled_events: [...config.enabled_events] }, createdAt, updatedAt: createdAt }) });
  };
  await Promise.all(Array.from({ length: 8 }, async () => { while (next < STORED) await createOne(next++); }));
  await store.close();
}

/** A throwaway Postgres cluster in `folder` (fsync off, as the tests run it) with an empty database `bench`, and its URL. */
async function preparePostgres(folder: string): Promise<{ server: PostgresServer; url: string }> {
  const server = await startCluster(join(folder, 'postgres'));
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: postgresUrl(server, 'postgres') });
  await admin.connect();
  try {
    await admin.query('CREATE DATABASE bench');
  } finally {
    await admin.end();
  }
  return { server, url: postgresUrl(server, 'bench') };
}

/** The built server, as `webhooks-contract serve` runs it from the installed package, on a SQLite file or a `postgres://` URL. */
async function startServer(database: string, extraArgs: string[] = [], preload?: string, serveArgs: string[] = [], limits: Record<string, string> = LIMITS_ON): Promise<Running & { startUpS: number }> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...extraArgs, ...(preload ? ['--require', preload] : []), 'tools/dist/src/cli/index.js', 'serve', '--port', String(port), database.startsWith('postgres://') ? '--database-url' : '--database', database, ...serveArgs], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, API_KEYS, SECRETS_KEY, LOG_FORMAT: 'json', ...limits },
  });
  const url = `http://127.0.0.1:${port}`;
  const startUpS = await firstGoodResponse(url, started, child, AUTH);
  return { url, child, startUpS, stop: () => stopChild(child, 'SIGINT') };
}

/** A bare node:http server answering each target with the bytes the real server gave. */
async function startBare(answers: Map<string, Captured>): Promise<Running & { startUpS: number }> {
  const port = await findFreePort();
  const code = `
    const http = require('node:http');
    const answers = new Map(JSON.parse(process.env.ANSWERS));
    http.createServer((req, res) => {
      const answer = answers.get(req.method + ' ' + req.url);
      req.resume();
      req.on('end', () => { res.writeHead(answer.status, answer.headers); res.end(answer.body); });
    }).listen(${port}, '127.0.0.1');`;
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore', env: { ...process.env, ANSWERS: JSON.stringify([...answers]) } });
  const url = `http://127.0.0.1:${port}`;
  const startUpS = await firstGoodResponse(url, started, child, AUTH);
  return { url, child, startUpS, stop: () => stopChild(child) };
}

/**
 * Fastify alone, one route per target answering the bytes the real server gave, with no checks and no
 * database: the ceiling of the framework the server is built on, with or without its request log (two lines
 * per request, as JSON to a discarded stdout, as the measured server logs).
 */
async function startFastify(answers: Map<string, Captured>, logged: boolean): Promise<Running & { startUpS: number }> {
  const port = await findFreePort();
  const code = `
    const fastify = require('fastify')({ logger: ${logged ? "{ level: 'info' }" : 'false'} });
    const answers = new Map(JSON.parse(process.env.ANSWERS));
    for (const [key, answer] of answers) {
      const [method, url] = key.split(' ');
      fastify.route({ method, url: url.split('?')[0], handler: (request, reply) => { reply.code(answer.status).headers(answer.headers).send(answer.body); } });
    }
    fastify.listen({ port: ${port}, host: '127.0.0.1' });`;
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', code], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ANSWERS: JSON.stringify([...answers]) } });
  const url = `http://127.0.0.1:${port}`;
  const startUpS = await firstGoodResponse(url, started, child, AUTH);
  return { url, child, startUpS, stop: () => stopChild(child) };
}

/** The three targets on a server of `database` (the first stored webhook for GET one), and the answers it gives them. */
async function targetsOf(database: string): Promise<{ targets: Target[]; answers: Map<string, Captured> }> {
  const probe = await startServer(database);
  try {
    const first = (await (await fetch(`${probe.url}/v1/webhooks?limit=1`, { headers: AUTH })).json()) as { data: { id: string }[] };
    const targets: Target[] = [
      { name: 'GET /v1/webhooks/{id}', method: 'GET', path: `/v1/webhooks/${first.data[0]!.id}` },
      { name: 'GET /v1/webhooks (20 of 10,000)', method: 'GET', path: '/v1/webhooks' },
      { name: 'POST /v1/webhooks (commits)', method: 'POST', path: '/v1/webhooks' },
    ];
    const answers = new Map<string, Captured>();
    for (const target of targets) answers.set(`${target.method} ${target.path}`, await capture(probe.url, target));
    for (const [key, answer] of answers) if (answer.status >= 300) throw new Error(`${key} answered ${answer.status}: ${answer.body}`);
    return { targets, answers };
  } finally {
    await probe.stop();
  }
}

async function capture(url: string, target: Target): Promise<Captured> {
  const response = await fetch(`${url}${target.path}`, {
    method: target.method,
    headers: target.method === 'POST' ? { ...AUTH, 'content-type': 'application/json' } : AUTH,
    ...(target.method === 'POST' ? { body: CREATE_BODY } : {}),
  });
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'location', 'x-request-id']) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: response.status, headers, body: await response.text() };
}

/**
 * `connections` autocannon connections on one target for `seconds`; with `accountsFrom`, connection k
 * authenticates as account `accountsFrom + k` (else all as one account).
 */
async function load(url: string, target: Target, seconds: number, pid?: number, connections = CONNECTIONS, accountsFrom?: number): Promise<Load> {
  const cpuBefore = pid === undefined ? 0 : cpuTimeUs(pid);
  let clients = 0;
  const result = await autocannon({
    ...(accountsFrom === undefined
      ? {}
      : {
          setupClient: (client: autocannon.Client) => {
            const authorization = `Bearer ${accountKey(accountsFrom + clients++)}`;
            client.setHeaders(target.method === 'POST' ? { authorization, 'content-type': 'application/json' } : { authorization });
          },
        }),
    url: `${url}${target.path}`,
    method: target.method,
    connections,
    duration: seconds,
    headers: target.method === 'POST' ? { ...AUTH, 'content-type': 'application/json' } : AUTH,
    ...(target.method === 'POST' ? { body: CREATE_BODY } : {}),
  });
  const cpuUs = pid === undefined || result.requests.total === 0 ? 0 : (cpuTimeUs(pid) - cpuBefore) / result.requests.total;
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, cpuUs };
}

async function measure(name: string, start: () => Promise<Running & { startUpS: number }>, targets: readonly Target[]): Promise<Row> {
  const startUps: number[] = [];
  for (let i = 1; i < START_UPS; i++) {
    const server = await start();
    startUps.push(server.startUpS);
    await server.stop();
  }
  const server = await start();
  startUps.push(server.startUpS);
  await sleep(500);
  const idleMb = rssMb([server.child.pid!]);
  const loads: Load[] = [];
  for (const target of targets) {
    await load(server.url, target, WARM_UP_S);
    loads.push(await load(server.url, target, DURATION_S, server.child.pid));
  }
  const loadedMb = rssMb([server.child.pid!]);
  await server.stop();
  startUps.sort((a, b) => a - b);
  return { name, loads, startUpS: startUps[Math.floor(startUps.length / 2)]!, idleMb, loadedMb };
}

/** Runs the server with --cpu-prof under one load and summarises where its busy time went. */
async function profileUnder(database: string, target: Target, folder: string): Promise<{ shares: [string, number][]; busy: number }> {
  const dir = join(folder, `profile-${target.name.replace(/\W+/g, '-')}`);
  const server = await startServer(database, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  await load(server.url, target, WARM_UP_S);
  await load(server.url, target, PROFILE_S);
  await server.stop();
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  return summariseProfile(join(dir, file));
}

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 1 ? '<1' : String(Math.round(n)));
const f2 = (n: number) => n.toFixed(2);
const pct = (n: number) => `${Math.round(n * 100)} %`;

/** Runs the benchmark and prints its tables. */
export async function run(): Promise<void> {
  console.log('building dist/ (the server runs as the installed package does)…');
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, BUNDLE_SOURCE_MAPS: '1' } });
  if (build.status !== 0) throw new Error('npm run build failed');
  const folder = mkdtempSync(join(tmpdir(), 'webhooks-server-bench-'));
  // the Postgres server's user (postgres, when this runs as root) must reach its cluster inside
  chmodSync(folder, 0o755);
  let postgres: PostgresServer | undefined;
  try {
    const database = join(folder, 'webhooks.db');
    const secrets = new SecretsBox(parseSecretsKey(SECRETS_KEY));
    let made = performance.now();
    await prepareDatabase(sealStore(await createSqliteStore({ path: database }), secrets));
    console.log(`stored ${f0(STORED)} webhooks in SQLite in ${f2((performance.now() - made) / 1000)} s`);
    const cluster = await preparePostgres(folder);
    postgres = cluster.server;
    made = performance.now();
    await prepareDatabase(sealStore(await createPostgresStore({ url: cluster.url }), secrets));
    console.log(`stored ${f0(STORED)} webhooks in Postgres in ${f2((performance.now() - made) / 1000)} s\n`);

    const { targets, answers } = await targetsOf(database);
    const { targets: postgresTargets } = await targetsOf(cluster.url);

    console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per request after a ${WARM_UP_S} s warm-up, every server in its own process on 127.0.0.1.`);
    console.log(`start-up: median of ${START_UPS} starts on the ${f0(STORED)}-webhook database, from spawning the process to the first 200. RSS: idle after start, and after the loads.\n`);
    const bare = await measure('node:http, same bodies', () => startBare(answers), targets);
    const fastifyAlone = await measure('Fastify alone, same bodies, no log', () => startFastify(answers, false), targets);
    const fastifyLogged = await measure('Fastify alone, same bodies, request log', () => startFastify(answers, true), targets);
    const server = await measure('reference server (dist, SQLite WAL)', () => startServer(database), targets);
    // the same without a log line per request, which the bare server does not write either
    const quiet = await measure('reference server, --quiet', () => startServer(database, [], undefined, ['--quiet']), targets);
    const unlimited = await measure('reference server, rate limit off', () => startServer(database, [], undefined, [], LIMITS_OFF), targets);
    const onPostgres = await measure('reference server (dist, Postgres, fsync off)', () => startServer(cluster.url), postgresTargets);
    const spreads = await scaleOut(cluster.url, join(cluster.server.dir, 'data'), postgresTargets[2]!, { startServer: (database) => startServer(database), load });

    console.log(`| server | ${targets.map((t) => `${t.name} req/s | p99 ms`).join(' | ')} | start-up s | RSS idle MB | RSS after load MB |`);
    console.log(`|---|${targets.map(() => '---:|---:').join('|')}|---:|---:|---:|`);
    for (const row of [bare, fastifyAlone, fastifyLogged, server, quiet, unlimited, onPostgres]) {
      console.log(`| ${row.name} | ${row.loads.map((l) => `${f0(l.rps)} | ${ms(l.p99)}`).join(' | ')} | ${f2(row.startUpS)} | ${f0(row.idleMb)} | ${f0(row.loadedMb)} |`);
    }
    console.log('\n| reference server / node:http | ratio | target |');
    console.log('|---|---:|---|');
    const targetsWanted = ['≥ 0.50', '≥ 0.50', '≥ 0.25'];
    targets.forEach((target, i) => console.log(`| ${target.name} throughput | ${f2(server.loads[i]!.rps / bare.loads[i]!.rps)} | ${targetsWanted[i]} |`));
    targets.forEach((target, i) => console.log(`| ${target.name} throughput, --quiet | ${f2(quiet.loads[i]!.rps / bare.loads[i]!.rps)} | |`));
    targets.forEach((target, i) =>
      console.log(
        `| ${target.name}: node:http's CPU per request / the server's (${f0(bare.loads[i]!.cpuUs)} µs / ${f0(server.loads[i]!.cpuUs)} µs; --quiet ${f0(quiet.loads[i]!.cpuUs)} µs) | ${f2(bare.loads[i]!.cpuUs / server.loads[i]!.cpuUs)} | |`,
      ),
    );
    // what the framework alone allows: the share of node:http the server could reach with no work of its own
    targets.forEach((target, i) =>
      console.log(`| ${target.name} throughput of Fastify alone (no log / request log), the framework's ceiling | ${f2(fastifyAlone.loads[i]!.rps / bare.loads[i]!.rps)} / ${f2(fastifyLogged.loads[i]!.rps / bare.loads[i]!.rps)} | |`),
    );
    targets.forEach((target, i) => console.log(`| ${target.name} throughput with the limits on / with the rate limit off | ${f2(server.loads[i]!.rps / unlimited.loads[i]!.rps)} | ≈ 1 |`));
    targets.forEach((target, i) =>
      console.log(`| ${target.name} throughput on Postgres / node:http (on Postgres / on SQLite) | ${f2(onPostgres.loads[i]!.rps / bare.loads[i]!.rps)} (${f2(onPostgres.loads[i]!.rps / server.loads[i]!.rps)}) | |`),
    );
    console.log(`| start-up time | ${f2(server.startUpS / bare.startUpS)} | ≤ 2 |`);
    console.log(`| RSS after load | ${f2(server.loadedMb / bare.loadedMb)} | |`);
    console.log(
      '\nDurability, the same for both stores: neither flushes to disk per commit, and both keep every acknowledged commit through a crash of the database process (not of the machine): SQLite in WAL mode with synchronous=NORMAL (the default), Postgres with fsync=off and synchronous_commit on.',
    );

    console.log(`\nPOST /v1/webhooks (commits) on Postgres, scaled out: \`serve\` processes on one database, the load spread over their ports (${DURATION_S} s after a ${WARM_UP_S} s warm-up; this machine has ${availableParallelism()} cores, shared by the servers, Postgres and the load generator). CPU use in cores (CPU seconds per second) during each load:\n`);
    console.log('| servers | req/s | p99 ms | CPU use, cores | backends running a statement / waiting on a lock (mean) |');
    console.log('|---|---:|---:|---|---:|');
    for (const spread of spreads) console.log(`| ${spread.label} | ${f0(spread.load.rps)} | ${ms(spread.load.p99)} | ${formatCpuUse(spread.cpu)} | ${f2(spread.backends.active)} / ${f2(spread.backends.waiting)} |`);
    console.log('\n| two processes / one process, POST | ratio | target |');
    console.log('|---|---:|---|');
    for (const [one, two] of [[spreads[0]!, spreads[1]!], [spreads[2]!, spreads[3]!]] as const) {
      const ratio = two.load.rps / one.load.rps;
      const used = Object.values(two.cpu).reduce((sum, cores) => sum + cores, 0);
      console.log(`| ${two.label} / ${one.label} (all measured processes: ${f2(used)} of ${availableParallelism()} cores) | ${f2(ratio)} | ≥ 1.60 (${ratio >= 1.6 ? 'met' : 'missed'}) |`);
    }
    console.log(
      "\nOne account's requests take turns on its rows (the usage row its creates raise, the rate limit's window its key counts), each for one statement, so a second process adds waiting there, not throughput; an account per connection shows the store's own scaling, bounded by the cores the servers share with Postgres and the load generator.",
    );

    for (const row of [bare, fastifyAlone, fastifyLogged, server, quiet, unlimited, onPostgres, ...spreads.map((spread) => ({ name: `Postgres, ${spread.label}`, loads: [spread.load] }))]) {
      const bad = row.loads.reduce((sum, l) => sum + l.non2xx + l.errors, 0);
      if (bad > 0) console.log(`\nwarning: ${row.name} answered ${bad} non-2xx or errors under load`);
    }

    console.log(`\nWhere the server's busy time goes under each load (V8 CPU profile, ${PROFILE_S} s after a ${WARM_UP_S} s warm-up; share of non-idle samples):\n`);
    const profiles = [];
    for (const target of targets) profiles.push(await profileUnder(database, target, folder));
    const categories = [...new Set(profiles.flatMap((profile) => profile.shares.filter(([, share]) => share >= 0.02).map(([category]) => category)))];
    console.log(`| where | ${targets.map((t) => t.name).join(' | ')} |`);
    console.log(`|---|${targets.map(() => '---:').join('|')}|`);
    for (const category of categories) {
      console.log(`| ${category} | ${profiles.map((profile) => pct(profile.shares.find(([c]) => c === category)?.[1] ?? 0)).join(' | ')} |`);
    }
    console.log(`| (busy: share of all samples) | ${profiles.map((profile) => pct(profile.busy)).join(' | ')} |`);

    const modules = await loadedModules(ROOT, database, folder, API_KEY, SECRETS_KEY);
    const compilers = modules.filter((path) => /node_modules\/ajv\/dist\/(core|ajv|2020|compile\/index)\.js$|@fastify\/ajv-compiler|fast-json-stringify\/index\.js$/.test(path));
    console.log(`\nSchema compilers loaded by a started server: ${compilers.length === 0 ? 'none' : compilers.join(', ')} (${modules.length} CommonJS modules loaded in all).`);
  } finally {
    if (postgres !== undefined) stopPostgres(postgres);
    rmSync(folder, { recursive: true, force: true });
  }
}
