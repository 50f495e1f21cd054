/**
 * The reference server's cost, in one run, against a bare `node:http` server returning the same bytes:
 * requests per second and p99 for `GET /v1/webhooks/{id}`, for `GET /v1/webhooks` (20 per page of 10,000
 * stored) and for a valid `POST /v1/webhooks` that commits to SQLite (autocannon, 10 connections, 10 s each
 * after a 3 s warm-up); start-up to the first good response; RSS idle and after the load. The server runs
 * as users run the installed package (`node dist/src/cli/index.js serve`, built first). Fastify alone, with
 * the same answers and no work of its own, is measured too: the framework's ceiling. Then, for what
 * bounds each figure, a CPU profile of the server under each load, its time split by where it went; and
 * whether any schema compiler was loaded (none should be: the validators are precompiled).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { findFreePort } from '../../src/mock/listen.js';
import { CONNECTIONS, CREATE_BODY, DURATION_S, WARM_UP_S, cpuTimeUs, firstGoodResponse, rssMb, sleep, stopChild } from './processes.js';
import { SecretsBox, parseSecretsKey } from '../../src/server/secrets-box.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { webhookRepresentation } from '../../src/server/views.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PROFILE_S = 5;
const START_UPS = 3;
const STORED = 10_000;
const API_KEY = 'sk_bench_0123456789abcdef';
const SECRETS_KEY = 'be'.repeat(32);
const AUTH = { authorization: `Bearer ${API_KEY}` };
// the limits run (counted, checked) but never refuse: the load is one key, and the account holds 10,000+ webhooks
const LIMITS_ON = { RATE_LIMIT_PER_MINUTE: '999999999', MAX_WEBHOOKS_PER_ACCOUNT: '1000000000' };
// the rate limit off: what the limits cost, in the same run
const LIMITS_OFF = { RATE_LIMIT_PER_MINUTE: 'off', MAX_WEBHOOKS_PER_ACCOUNT: '1000000000' };

interface Load {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time the server process spent per request answered, in µs: steadier than req/s on a shared machine */
  cpuUs: number;
}

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

/** A database with STORED webhooks of one account, made through the store (as the server would). */
async function prepareDatabase(path: string): Promise<void> {
  const store = await createSqliteStore({ path, secrets: new SecretsBox(parseSecretsKey(SECRETS_KEY)) });
  const base = Date.now() - STORED * 1000;
  for (let i = 0; i < STORED; i++) {
    const id = randomUUID();
    const config = { url: `https://hooks.example.com/${i}`, enabled_events: ['business.created', 'order.completed'], secret: `whsec_bench_secret_${i}` } as const;
    const createdAt = base + i * 1000;
    await store.createWebhook({ accountId: 'bench', id, config: { ...config, enabled_events: [...config.enabled_events] }, createdAt, representation: webhookRepresentation({ id, config: { ...config, enabled_events: [...config.enabled_events] }, createdAt, updatedAt: createdAt }) });
  }
  await store.close();
}

/** The built server, as `webhooks-contract serve` runs it from the installed package. */
async function startServer(database: string, extraArgs: string[] = [], preload?: string, serveArgs: string[] = [], limits: Record<string, string> = LIMITS_ON): Promise<Running & { startUpS: number }> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...extraArgs, ...(preload ? ['--require', preload] : []), 'tools/dist/src/cli/index.js', 'serve', '--port', String(port), '--database', database, ...serveArgs], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, API_KEYS: `${API_KEY}=bench`, SECRETS_KEY, LOG_FORMAT: 'json', ...limits },
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

async function load(url: string, target: Target, seconds: number, pid?: number): Promise<Load> {
  const cpuBefore = pid === undefined ? 0 : cpuTimeUs(pid);
  const result = await autocannon({
    url: `${url}${target.path}`,
    method: target.method,
    connections: CONNECTIONS,
    duration: seconds,
    headers: target.method === 'POST' ? { ...AUTH, 'content-type': 'application/json' } : AUTH,
    ...(target.method === 'POST' ? { body: CREATE_BODY } : {}),
  });
  const cpuUs = pid === undefined || result.requests.total === 0 ? 0 : (cpuTimeUs(pid) - cpuBefore) / result.requests.total;
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, cpuUs };
}

async function measure(name: string, start: () => Promise<Running & { startUpS: number }>, targets: Target[]): Promise<Row> {
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

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** Source maps of the bundled files, by URL: profile positions in a bundle are mapped back to the source they came from. */
const sourceMaps = new Map<string, SourceMap | null>();

function originalUrl(frame: ProfileNode['callFrame']): string {
  if (!frame.url.startsWith('file://')) return frame.url;
  let map = sourceMaps.get(frame.url);
  if (map === undefined) {
    const path = `${fileURLToPath(frame.url)}.map`;
    map = existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null;
    sourceMaps.set(frame.url, map);
  }
  if (map === null || frame.lineNumber < 0) return frame.url;
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
  return entry.originalSource === undefined ? frame.url : new URL(entry.originalSource, frame.url).href;
}

/** Where a profile sample's time went, by the frame it was taken in. */
function categoryOf(frame: ProfileNode['callFrame']): string {
  const { functionName } = frame;
  const url = originalUrl(frame);
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return 'V8/native, unattributed';
  if (/better-sqlite3/.test(url) || (url === '' && ['run', 'get', 'all', 'iterate', 'exec', 'transaction', 'pragma'].includes(functionName))) return 'SQLite (better-sqlite3)';
  if (/node_modules\/(pino|sonic-boom|fast-redact|pino-std-serializers|quick-format-unescaped|on-exit-leak-free|safe-stable-stringify)/.test(url)) return 'logging (pino)';
  if (/node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|fast-querystring|toad-cache|process-warning|abstract-logging|rfdc|safe-regex2|ret)\//.test(url)) return 'Fastify';
  if (/generated\/validators\.js/.test(url)) return 'precompiled validators';
  if (/\/src\/delivery\//.test(url) || /ipaddr\.js/.test(url)) return 'SSRF guard';
  if (/\/src\/server\//.test(url)) return 'server code';
  if (/\/src\/(validation|spec)\//.test(url)) return 'shared checks (parameters, body)';
  if (url.startsWith('node:') || url.startsWith('internal') || url === 'node:internal') {
    if (/_http|http_|node:http/.test(url)) return 'Node HTTP parsing and writing';
    if (/net|stream|socket|tcp/.test(url)) return 'Node sockets and streams';
    if (/dns/.test(url)) return 'DNS lookup (SSRF guard)';
    if (/crypto/.test(url)) return 'crypto (API key digest, sealing)';
    return 'other Node internals';
  }
  if (url === '' && /^(stringify|parse)$/.test(functionName)) return 'JSON';
  if (url === '' && /writev?|writeBuffer|writeUtf8String|writeLatin1String|shutdown/.test(functionName)) return 'Node sockets and streams';
  if (url === '' && /randomUUID|createCipheriv|createDecipheriv|update|final|digest|randomFill|Cipheriv|getAuthTag/.test(functionName)) return 'crypto (API key digest, sealing)';
  if (url === '') return `native: ${functionName || '(anonymous)'}`;
  return 'other JavaScript';
}

/** The share of busy time per category in a .cpuprofile, largest first, and the share of all samples that were busy. */
function summariseProfile(path: string): { shares: [string, number][]; busy: number } {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[] };
  const totals = new Map<string, number>();
  let busy = 0;
  let all = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    all += hits;
    const category = categoryOf(node.callFrame);
    if (category === 'idle') continue;
    busy += hits;
    totals.set(category, (totals.get(category) ?? 0) + hits);
  }
  return { shares: [...totals].map(([category, hits]) => [category, hits / busy] as [string, number]).sort((a, b) => b[1] - a[1]), busy: busy / all };
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

/**
 * The CommonJS modules a server started through the library entry (unbundled, so each module is its own
 * file) has loaded once it answered, listed by a preload at exit: Fastify's Ajv and fast-json-stringify
 * compilers must not be among them.
 */
async function loadedModules(database: string, folder: string): Promise<string[]> {
  const list = join(folder, 'modules.json');
  const preload = join(folder, 'list-modules.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  const script = join(folder, 'start.mjs');
  const entry = join(ROOT, 'dist', 'src', 'server', 'index.js');
  writeFileSync(
    script,
    `const { startServer } = await import(${JSON.stringify(entry)});
     const server = await startServer({ port: 0, databasePath: ${JSON.stringify(database)}, apiKeys: '${API_KEY}=bench', secretsKey: '${SECRETS_KEY}', log: false });
     const response = await fetch(server.url + '/v1/webhooks', { headers: { authorization: 'Bearer ${API_KEY}' } });
     await response.text();
     await server.close();`,
  );
  const run = spawnSync(process.execPath, ['--require', preload, script], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the library entry did not start: ${run.stderr}`);
  return JSON.parse(readFileSync(list, 'utf8')) as string[];
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
  try {
    const database = join(folder, 'webhooks.db');
    const made = performance.now();
    await prepareDatabase(database);
    console.log(`stored ${f0(STORED)} webhooks in ${f2((performance.now() - made) / 1000)} s\n`);

    const probe = await startServer(database);
    const first = (await (await fetch(`${probe.url}/v1/webhooks?limit=1`, { headers: AUTH })).json()) as { data: { id: string }[] };
    const targets: Target[] = [
      { name: 'GET /v1/webhooks/{id}', method: 'GET', path: `/v1/webhooks/${first.data[0]!.id}` },
      { name: 'GET /v1/webhooks (20 of 10,000)', method: 'GET', path: '/v1/webhooks' },
      { name: 'POST /v1/webhooks (commits)', method: 'POST', path: '/v1/webhooks' },
    ];
    const answers = new Map<string, Captured>();
    for (const target of targets) answers.set(`${target.method} ${target.path}`, await capture(probe.url, target));
    await probe.stop();
    for (const [key, answer] of answers) if (answer.status >= 300) throw new Error(`${key} answered ${answer.status}: ${answer.body}`);

    console.log(`autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per request after a ${WARM_UP_S} s warm-up, every server in its own process on 127.0.0.1.`);
    console.log(`start-up: median of ${START_UPS} starts on the ${f0(STORED)}-webhook database, from spawning the process to the first 200. RSS: idle after start, and after the loads.\n`);
    const bare = await measure('node:http, same bodies', () => startBare(answers), targets);
    const fastifyAlone = await measure('Fastify alone, same bodies, no log', () => startFastify(answers, false), targets);
    const fastifyLogged = await measure('Fastify alone, same bodies, request log', () => startFastify(answers, true), targets);
    const server = await measure('reference server (dist, SQLite WAL)', () => startServer(database), targets);
    // the same without a log line per request, which the bare server does not write either
    const quiet = await measure('reference server, --quiet', () => startServer(database, [], undefined, ['--quiet']), targets);
    const unlimited = await measure('reference server, rate limit off', () => startServer(database, [], undefined, [], LIMITS_OFF), targets);

    console.log(`| server | ${targets.map((t) => `${t.name} req/s | p99 ms`).join(' | ')} | start-up s | RSS idle MB | RSS after load MB |`);
    console.log(`|---|${targets.map(() => '---:|---:').join('|')}|---:|---:|---:|`);
    for (const row of [bare, fastifyAlone, fastifyLogged, server, quiet, unlimited]) {
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
    console.log(`| start-up time | ${f2(server.startUpS / bare.startUpS)} | ≤ 2 |`);
    console.log(`| RSS after load | ${f2(server.loadedMb / bare.loadedMb)} | |`);
    for (const row of [bare, fastifyAlone, fastifyLogged, server, quiet, unlimited]) {
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

    const modules = await loadedModules(database, folder);
    const compilers = modules.filter((path) => /node_modules\/ajv\/dist\/(core|ajv|2020|compile\/index)\.js$|@fastify\/ajv-compiler|fast-json-stringify\/index\.js$/.test(path));
    console.log(`\nSchema compilers loaded by a started server: ${compilers.length === 0 ? 'none' : compilers.join(', ')} (${modules.length} CommonJS modules loaded in all).`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
