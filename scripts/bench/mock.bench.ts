/**
 * The mock's cost, in one run: requests per second and p99 latency for a GET and a valid POST (autocannon,
 * 10 connections, 10 s each), start-up time to the first good response, and memory (RSS), for servers each
 * in its own processes: a bare `node:http` server returning the same bodies (the baseline), Prism alone,
 * the mock as users start it (the built `webhooks-contract mock`: front layer + Prism), and the front layer
 * alone in front of the bare server (what the layer itself costs). Then the start-up of the mock beside
 * Prism's, however it is started, and where the difference goes. Prints tables and ratios.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { resolvePrismCli, startPrism } from '../../src/mock/prism.js';
import { findFreePort } from '../../src/mock/listen.js';
import { bundledSpecPath } from '../../src/spec/bundled-spec.js';
import { isBuildFresh } from '../start-mock.mjs';
import { CONNECTIONS, CREATE_BODY, DURATION_S, WARM_UP_S, firstGoodResponse, rssMb, sleep, stopChild } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const START_UPS = 3;
/** start-ups per command in the start-up table (the median is reported) */
const START_UP_SAMPLES = 11;
const BIN = 'dist/src/cli/index.js';
const AUTH = { Authorization: 'Bearer bench-key' };

interface Server {
  name: string;
  url: string;
  /** every process of the server, for its memory */
  pids: () => number[];
  stop: () => Promise<void>;
}

interface Load {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
}

interface Row {
  name: string;
  get: Load;
  post: Load;
  startUpS: number;
  idleMb: number;
  loadedMb: number;
}

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** A bare node:http server that answers the listing and the create with the given bytes. */
async function startBareServer(list: Captured, created: Captured): Promise<{ server: Server; startUpS: number }> {
  const port = await findFreePort();
  const code = `
    const http = require('node:http');
    const { list, created } = JSON.parse(process.env.BODIES);
    http.createServer((req, res) => {
      const answer = req.method === 'POST' ? created : list;
      req.resume();
      req.on('end', () => { res.writeHead(answer.status, answer.headers); res.end(answer.body); });
    }).listen(${port}, '127.0.0.1');`;
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', code], { stdio: 'ignore', env: { ...process.env, BODIES: JSON.stringify({ list, created }) } });
  const url = `http://127.0.0.1:${port}`;
  const startUpS = await firstGoodResponse(url, started, child, AUTH);
  return { server: { name: 'node:http, same bodies', url, pids: () => [child.pid!], stop: () => stopChild(child) }, startUpS };
}

async function startPrismAlone(): Promise<{ server: Server; startUpS: number }> {
  const started = performance.now();
  const prism = await startPrism({ mode: 'mock', port: await findFreePort(), logLevel: 'error' });
  const startUpS = await firstGoodResponse(prism.url, started, undefined, AUTH);
  return { server: { name: 'Prism 5.14.2 alone', url: prism.url, pids: () => [prism.pid], stop: prism.stop }, startUpS };
}

/** The mock as a user of the package starts it: the built command, front layer in its process, Prism in a child. */
async function startMockCommand(): Promise<{ server: Server; startUpS: number }> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'mock', '--quiet', '--port', String(port)], { cwd: ROOT, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const startUpS = await firstGoodResponse(url, started, child, AUTH);
  const pids = () => [child.pid!, ...childrenOf(child.pid!)];
  return { server: { name: 'mock: front layer + Prism', url, pids, stop: () => stopChild(child) }, startUpS };
}

/** The front layer in its own process, in front of an already running `upstream`. */
function startFrontLayerOver(upstream: Server): () => Promise<{ server: Server; startUpS: number }> {
  return async () => {
    const port = await findFreePort();
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/front-layer-server.ts'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, UPSTREAM: upstream.url, PORT: String(port) },
    });
    const url = `http://127.0.0.1:${port}`;
    const startUpS = await firstGoodResponse(url, started, child, AUTH);
    return { server: { name: 'front layer alone → node:http', url, pids: () => [child.pid!], stop: () => stopChild(child) }, startUpS };
  };
}

interface Captured {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What Prism answers, to be served byte for byte by the bare server. */
async function capture(url: string, init: RequestInit): Promise<Captured> {
  const response = await fetch(url, init);
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'location']) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  return { status: response.status, headers, body: await response.text() };
}

async function load(url: string, method: 'GET' | 'POST', seconds: number): Promise<Load> {
  const result = await autocannon({
    url: `${url}/v1/webhooks`,
    method,
    connections: CONNECTIONS,
    duration: seconds,
    headers: method === 'POST' ? { ...AUTH, 'content-type': 'application/json' } : AUTH,
    ...(method === 'POST' ? { body: CREATE_BODY } : {}),
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function measure(start: () => Promise<{ server: Server; startUpS: number }>): Promise<Row> {
  const startUps: number[] = [];
  for (let i = 1; i < START_UPS; i++) {
    const { server, startUpS } = await start();
    startUps.push(startUpS);
    await server.stop();
  }
  const { server, startUpS } = await start();
  startUps.push(startUpS);
  await sleep(500);
  const idleMb = rssMb(server.pids());
  await load(server.url, 'GET', WARM_UP_S);
  const get = await load(server.url, 'GET', DURATION_S);
  await load(server.url, 'POST', WARM_UP_S);
  const post = await load(server.url, 'POST', DURATION_S);
  const loadedMb = rssMb(server.pids());
  await server.stop();
  startUps.sort((a, b) => a - b);
  return { name: server.name, get, post, startUpS: startUps[Math.floor(startUps.length / 2)]!, idleMb, loadedMb };
}

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
// autocannon's percentiles are whole milliseconds
const ms = (n: number) => (n < 1 ? '<1' : String(Math.round(n)));
const f2 = (n: number) => n.toFixed(2);
const ratio = (a: number, b: number) => (b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

/** How long `command` takes to answer `GET /v1/webhooks` with 200 on `port`, from its spawn; it is then stopped. */
async function timeStartUp(command: string, args: (port: number) => string[]): Promise<number> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(command, args(port), { cwd: ROOT, stdio: 'ignore' });
  const seconds = await firstGoodResponse(`http://127.0.0.1:${port}`, started, child, AUTH);
  await stopChild(child);
  return seconds;
}

/** How long `node <args>` takes to run to its end. */
function timeRun(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  return (performance.now() - started) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The mock's start-up beside Prism's, each command started the same number of times in turns (so that
 * the machine's drift touches each alike), with the parts that explain the difference.
 */
export async function startUpTable(): Promise<void> {
  const prism = resolvePrismCli().path;
  const spec = bundledSpecPath();
  const commands: [string, () => Promise<number>][] = [
    ['node -e 0 (Node itself)', async () => timeRun(['-e', '0'])],
    ["loading the built command's modules (import of cli/index.js and cli/mock.js)", async () => timeRun(['--input-type=module', '-e', `await import('./${BIN}'); await import('./dist/src/cli/mock.js')`])],
    ['Prism 5.14.2 alone (its CLI, as the mock runs it)', () => timeStartUp(process.execPath, (port) => [prism, 'mock', spec, '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'error'])],
    ['webhooks-contract mock (built, dist/)', () => timeStartUp(process.execPath, (port) => [BIN, 'mock', '--quiet', '--port', String(port)])],
    ['webhooks-contract mock from the sources (tsx)', () => timeStartUp(process.execPath, (port) => ['--import', 'tsx', 'src/cli/index.ts', 'mock', '--quiet', '--port', String(port)])],
    ['npm start (dist/ fresh, generated/ fresh)', () => timeStartUp('npm', (port) => ['start', '--', '--quiet', '--port', String(port)])],
  ];
  const samples = commands.map(() => [] as number[]);
  for (let round = 0; round < START_UP_SAMPLES; round++) {
    for (const [index, [, measure]] of commands.entries()) samples[index]!.push(await measure());
  }
  const medians = samples.map(median);
  const prismS = medians[2]!;
  console.log(`\nstart-up to the first 200 (median of ${START_UP_SAMPLES}, commands in turns):\n`);
  console.log('| command | start-up s | min s | max s | − Prism alone, same round (median) s |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [index, [name]] of commands.entries()) {
    const values = samples[index]!;
    // paired by round, so that the machine's drift between rounds cancels out
    const difference = index >= 2 ? f2(median(values.map((value, round) => value - samples[2]![round]!))) : '—';
    console.log(`| ${name} | ${f2(medians[index]!)} | ${f2(Math.min(...values))} | ${f2(Math.max(...values))} | ${difference} |`);
  }
  console.log(`\nPrism alone: ${f2(prismS)} s. The built command starts Prism before it loads the front layer (the validators and the spec), so the module load overlaps Prism's start.`);
}

/** Runs the benchmark and prints its tables. */
export async function run(): Promise<void> {
  if (!isBuildFresh()) {
    console.log('dist/ is older than src/: building it first (the mock is measured as the built command).');
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  await startUpTable();

  // the bodies the bare server returns are the ones Prism returns
  const reference = await startPrism({ mode: 'mock', port: await findFreePort(), logLevel: 'error' });
  const list = await capture(`${reference.url}/v1/webhooks`, { headers: AUTH });
  const created = await capture(`${reference.url}/v1/webhooks`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: CREATE_BODY });
  await reference.stop();
  if (list.status !== 200 || created.status !== 201) throw new Error(`Prism answered ${list.status} / ${created.status}, not 200 / 201`);

  console.log(
    `autocannon: ${CONNECTIONS} connections, ${DURATION_S} s per request after a ${WARM_UP_S} s warm-up; GET /v1/webhooks (${list.body.length} B) and a valid POST /v1/webhooks (${created.body.length} B).`,
  );
  console.log(`start-up: median of ${START_UPS} starts, from spawning the process to the first 200. RSS: every process of the server, idle after start and after the load.\n`);
  const rows: Row[] = [];
  for (const start of [() => startBareServer(list, created), startPrismAlone, startMockCommand]) rows.push(await measure(start));
  // the layer's own cost: the same bare server behind it, kept running while the layer is measured
  const { server: upstream } = await startBareServer(list, created);
  try {
    rows.push(await measure(startFrontLayerOver(upstream)));
  } finally {
    await upstream.stop();
  }

  console.log('| server | GET req/s | GET p99 ms | POST req/s | POST p99 ms | start-up s | RSS idle MB | RSS after load MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${f0(row.get.rps)} | ${ms(row.get.p99)} | ${f0(row.post.rps)} | ${ms(row.post.p99)} | ${f2(row.startUpS)} | ${f0(row.idleMb)} | ${f0(row.loadedMb)} |`,
    );
  }
  const [bare, prism, mock, front] = rows as [Row, Row, Row, Row];
  console.log('\n| throughput ratio | GET | POST |');
  console.log('|---|---:|---:|');
  const line = (name: string, a: Row, b: Row) => console.log(`| ${name} | ${ratio(a.get.rps, b.get.rps)} | ${ratio(a.post.rps, b.post.rps)} |`);
  line('Prism alone / node:http', prism, bare);
  line('mock / node:http', mock, bare);
  line('mock / Prism alone (what the front layer costs in the mock)', mock, prism);
  line('front layer alone / node:http (the extra hop on its own)', front, bare);
  const failures = rows.filter((row) => row.get.non2xx + row.get.errors + row.post.non2xx + row.post.errors > 0);
  for (const row of failures) {
    console.log(`\nwarning: ${row.name} answered ${row.get.non2xx + row.post.non2xx} non-2xx and had ${row.get.errors + row.post.errors} errors under load`);
  }
}
