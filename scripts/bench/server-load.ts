/**
 * The server bench's loads: the three targets and the answers the real server gives them, autocannon on
 * one target, and the measurement of several servers side by side. The machine may be busy with other
 * work: the servers run at once (each idle while another is loaded) and take turns in short rounds, so
 * that a change of the machine's load falls on all of them alike, and each figure is the median of its rounds.
 * @module
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { CONNECTIONS, CREATE_BODY, DURATION_S, WARM_UP_S, cpuTimeUs, rssMb, sleep } from './processes.js';
import { AUTH, accountKey, startServer, type Captured, type Running } from './server-processes.js';
import type { Load } from './server-scale-out.js';
import { summariseProfile, topFrames, type ProfileSummary } from './cpu-profile.js';

/** One request the bench loads a server with. */
export interface Target {
  name: string;
  method: 'GET' | 'POST';
  path: string;
}

/** A server to measure: how to start it, and its targets (a Postgres server's ids are its own). */
export interface Contender {
  name: string;
  start: () => Promise<Running>;
  targets: readonly Target[];
}

/** What was measured of one server: a load per target, start-up (median) and resident memory. */
export interface Row {
  name: string;
  loads: Load[];
  startUpS: number;
  idleMb: number;
  loadedMb: number;
}

/** How many starts each server's start-up is the median of. */
const START_UPS = 3;
/** Turns each server takes per target; each lasts DURATION_S / ROUNDS seconds. */
export const ROUNDS = 5;
const PROFILE_S = 5;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The three targets on a server of `database` (the first stored webhook for GET one), and the answers it gives them. */
export async function targetsOf(database: string): Promise<{ targets: Target[]; answers: Map<string, Captured> }> {
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
export async function load(url: string, target: Target, seconds: number, pid?: number, connections = CONNECTIONS, accountsFrom?: number): Promise<Load> {
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

/** The rounds of one server on one target as one load: median throughput and p99, every failure, mean CPU per request. */
function combine(rounds: readonly Load[]): Load {
  return {
    rps: median(rounds.map((round) => round.rps)),
    p99: median(rounds.map((round) => round.p99)),
    non2xx: rounds.reduce((sum, round) => sum + round.non2xx, 0),
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    cpuUs: rounds.reduce((sum, round) => sum + round.cpuUs, 0) / rounds.length,
  };
}

/**
 * Measures the servers side by side: START_UPS starts of each in turn (the last one kept running), then,
 * target by target, a warm-up of each and ROUNDS turns of DURATION_S / ROUNDS seconds each; RSS once all
 * have started and once every load is done.
 */
export async function measureSideBySide(contenders: readonly Contender[]): Promise<Row[]> {
  const startUps = contenders.map((): number[] => []);
  for (let i = 1; i < START_UPS; i++) {
    for (const [k, contender] of contenders.entries()) {
      const server = await contender.start();
      startUps[k]!.push(server.startUpS);
      await server.stop();
    }
  }
  const servers: Running[] = [];
  try {
    for (const [k, contender] of contenders.entries()) {
      const server = await contender.start();
      startUps[k]!.push(server.startUpS);
      servers.push(server);
    }
    await sleep(500);
    const idleMb = servers.map((server) => rssMb([server.child.pid!]));
    const loads = contenders.map((): Load[] => []);
    const targetCount = Math.min(...contenders.map((contender) => contender.targets.length));
    for (let t = 0; t < targetCount; t++) {
      for (const [k, server] of servers.entries()) await load(server.url, contenders[k]!.targets[t]!, WARM_UP_S);
      const rounds = contenders.map((): Load[] => []);
      for (let round = 0; round < ROUNDS; round++) {
        for (const [k, server] of servers.entries()) rounds[k]!.push(await load(server.url, contenders[k]!.targets[t]!, DURATION_S / ROUNDS, server.child.pid));
      }
      rounds.forEach((list, k) => loads[k]!.push(combine(list)));
    }
    const loadedMb = servers.map((server) => rssMb([server.child.pid!]));
    return contenders.map((contender, k) => ({ name: contender.name, loads: loads[k]!, startUpS: median(startUps[k]!), idleMb: idleMb[k]!, loadedMb: loadedMb[k]! }));
  } finally {
    for (const server of servers) await server.stop();
  }
}

/** Runs the server with --cpu-prof under one load and summarises where its busy time went, with the functions that took most of it. */
export async function profileUnder(database: string, target: Target, folder: string): Promise<ProfileSummary & { top: [string, number][] }> {
  const dir = join(folder, `profile-${target.name.replace(/\W+/g, '-')}`);
  const server = await startServer(database, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  await load(server.url, target, WARM_UP_S);
  await load(server.url, target, PROFILE_S);
  await server.stop();
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  return { ...summariseProfile(join(dir, file)), top: topFrames(join(dir, file), 12) };
}
