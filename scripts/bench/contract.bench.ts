/**
 * The contract runner's speed, in one run: cases per second against the reference server in its own
 * process, and the runner's CPU time per request and per case beside the server's. The baseline, measured
 * in the same run against the same server, is a bare loop of undici requests (a GET of one webhook, and a
 * POST the server refuses with 422, so that nothing piles up): what any client pays per request. Prints a
 * table and the ratios; aim: 1,000 cases in under 10 s on 2 cores.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { Agent, request } from 'undici';
import { runContractSuite, type ContractPhase } from '../../src/contract/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** the two accounts' keys (the reference server takes keys of 16 characters or more) */
const KEYS = ['bench-key-a-0123456789', 'bench-key-b-0123456789'] as const;
/** Generated cases per operation: with the fixed cases, a little over 1,000 cases in all. */
const CASES_PER_OPERATION = 60;
const BASELINE_REQUESTS = 2_000;
/** Each measured row repeats its work until it has run this long: a short run measures warm-up. */
const MIN_ROW_S = 5;
const CLOCK_TICKS_PER_S = 100;
/** The rule coverage of the last whole suite run, printed under the table. */
let coverage = '';

/** CPU seconds (user + system) a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
}

function ownCpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const env = { ...process.env, API_KEYS: `${KEYS[0]}=bench-a,${KEYS[1]}=bench-b` };
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/contract-server.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const [url] = await Promise.all([new Promise<string>((done) => createInterface({ input: child.stdout! }).once('line', done))]);
  return { url, child };
}

interface Row {
  name: string;
  units: number;
  unit: string;
  requests: number;
  wallS: number;
  clientCpuS: number;
  serverCpuS: number;
}

async function baseline(url: string, pid: number): Promise<Row> {
  const agent = new Agent({ connections: 1 });
  const headers = { authorization: `Bearer ${KEYS[0]}`, 'content-type': 'application/json' };
  const body = JSON.stringify({ url: 'https://hooks.example.com/webhooks', enabled_events: ['*'], secret: 'cnrybenchbench00' });
  const created = await request(`${url}/v1/webhooks`, { method: 'POST', headers, body, dispatcher: agent });
  const { id } = (await created.body.json()) as { id: string };
  const one = async (index: number) => {
    const answer =
      index % 2 === 0
        ? await request(`${url}/v1/webhooks/${id}`, { headers, dispatcher: agent, signal: AbortSignal.timeout(10_000) })
        : await request(`${url}/v1/webhooks`, { method: 'POST', headers, body: body.replace('https', 'http'), dispatcher: agent, signal: AbortSignal.timeout(10_000) });
    await answer.body.text();
  };
  for (let index = 0; index < 200; index += 1) await one(index);
  const server = cpuSeconds(pid);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let sent = 0;
  do {
    for (let index = 0; index < BASELINE_REQUESTS; index += 1) await one(index);
    sent += BASELINE_REQUESTS;
  } while (performance.now() - started < MIN_ROW_S * 1000);
  const row = { name: 'bare undici requests (baseline)', units: sent, unit: 'requests', requests: sent, wallS: (performance.now() - started) / 1000, clientCpuS: ownCpuSeconds(cpu), serverCpuS: cpuSeconds(pid) - server };
  await agent.close();
  return row;
}

async function suite(url: string, pid: number, concurrency: number, phases?: ContractPhase[]): Promise<Row> {
  const server = cpuSeconds(pid);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let cases = 0;
  let requests = 0;
  let runs = 0;
  do {
    const result = await runContractSuite({ baseUrl: url, apiKey: KEYS[0], secondApiKey: KEYS[1], casesPerOperation: CASES_PER_OPERATION, seed: 1 + runs, concurrency, ...(phases === undefined ? {} : { phases }) });
    if (!result.ok) throw new Error(`the server under test failed the suite: ${result.failures.map((failure) => failure.reason).join('; ')}`);
    if (phases === undefined) coverage = `${result.coverage.exercised} of ${result.coverage.applicable} applicable rules exercised (${result.coverage.percent} %), ${result.coverage.notApplicable} not applicable`;
    cases += result.cases;
    requests += result.requests;
    runs += 1;
  } while (performance.now() - started < MIN_ROW_S * 1000);
  return {
    name: phases === undefined ? `runContractSuite, ${CASES_PER_OPERATION} cases per operation, concurrency ${concurrency}` : `runContractSuite, only ${phases.join(', ')}, concurrency ${concurrency}`,
    units: cases,
    unit: `cases (${runs} runs)`,
    requests,
    wallS: (performance.now() - started) / 1000,
    clientCpuS: ownCpuSeconds(cpu),
    serverCpuS: cpuSeconds(pid) - server,
  };
}

/** Runs the benchmark and prints its table. */
export async function run(): Promise<void> {
  const { url, child } = await startServer();
  try {
    // warm both up with a whole run: module loading and JIT are not what is measured
    await runContractSuite({ baseUrl: url, apiKey: KEYS[0], secondApiKey: KEYS[1], casesPerOperation: CASES_PER_OPERATION, seed: 0 });
    const rows = [await baseline(url, child.pid!), await suite(url, child.pid!, 1), await suite(url, child.pid!, 4), await suite(url, child.pid!, 4, ['rule cases'])];
    const [bare] = rows;
    const perRequestUs = (row: Row, seconds: number) => Math.round((seconds / row.requests) * 1e6);
    console.log('| run | cases or requests | requests | wall s | per second | runner CPU µs/request | server CPU µs/request | runner CPU ms/case | server CPU ms/case |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      const perCase = (seconds: number) => (row.unit.startsWith('cases') ? ((seconds / row.units) * 1000).toFixed(2) : '–');
      console.log(
        `| ${row.name} | ${row.units.toLocaleString('en-US')} ${row.unit} | ${row.requests.toLocaleString('en-US')} | ${row.wallS.toFixed(2)} | ${Math.round(row.units / row.wallS).toLocaleString('en-US')} | ${perRequestUs(row, row.clientCpuS)} | ${perRequestUs(row, row.serverCpuS)} | ${perCase(row.clientCpuS)} | ${perCase(row.serverCpuS)} |`,
      );
    }
    console.log('');
    for (const row of rows.slice(1)) {
      const bareCpu = bare!.clientCpuS / bare!.requests;
      const ratio = row.clientCpuS / row.requests / bareCpu;
      const perCase = row.clientCpuS / row.units / bareCpu;
      const share = row.clientCpuS / (row.clientCpuS + row.serverCpuS);
      console.log(`- ${row.name}: ${Math.round(row.units / row.wallS)} cases/s (1,000 cases in ${((1000 / row.units) * row.wallS).toFixed(1)} s); runner CPU per request ${ratio.toFixed(2)}× a bare request's, per case ${perCase.toFixed(2)}×; the runner is ${Math.round(share * 100)} % of the CPU both sides spend`);
    }
    console.log(`- rule coverage of the last whole run: ${coverage}`);
  } finally {
    child.kill();
  }
}
