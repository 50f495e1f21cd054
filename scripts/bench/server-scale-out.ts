/**
 * The server bench's scale-out rows: POST on one `serve` process on Postgres against two on one database,
 * with each process's CPU use and what the database's backends were doing meanwhile; and the modules the
 * library entry loads (no schema compiler may be among them).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONNECTIONS, DURATION_S, WARM_UP_S, cpuUse, postgresPids, sampleBackends } from './processes.js';

/** What one load run measured (the server bench's `Load`). */
export interface Load {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
  cpuUs: number;
}

/** A started server the rows load. */
export interface ScaleOutServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<unknown>;
}

/** The server bench's own starter and load generator, handed in. */
export interface ScaleOutBench<T, L extends Load> {
  startServer(database: string): Promise<ScaleOutServer>;
  load(url: string, target: T, seconds: number, pid?: number, connections?: number, accountsFrom?: number): Promise<L>;
}

export interface Spread {
  label: string;
  load: Load;
  cpu: Record<string, number>;
  /** the mean number of the database's backends running a statement, and of those waiting on a lock */
  backends: { active: number; waiting: number };
}

/**
 * POST on one `serve` process on Postgres, then on two processes on the same database with the same
 * connections spread over both ports: all as one account, then each connection an account of its own. The
 * CPU use of each process (servers, Postgres, the load generator) and what the database's backends were
 * doing meanwhile: what bounds the second process's gain.
 */
export async function scaleOut<T, L extends Load>(url: string, dataDir: string, post: T, bench: ScaleOutBench<T, L>): Promise<Spread[]> {
  const { startServer, load } = bench;
  const first = await startServer(url);
  const second = await startServer(url);
  const postgres = () => postgresPids(dataDir);
  const half = CONNECTIONS / 2;
  const spreads: Spread[] = [];
  const measured = async (label: string, servers: ScaleOutServer[], accounts: boolean) => {
    const run = (seconds: number) =>
      Promise.all(servers.map((server, i) => load(server.url, post, seconds, undefined, CONNECTIONS / servers.length, accounts ? (i * CONNECTIONS) / servers.length : undefined)));
    await run(WARM_UP_S);
    const groups: Record<string, () => number[]> = {};
    servers.forEach((server, i) => (groups[servers.length === 1 ? 'serve' : `serve ${i + 1}`] = () => [server.child.pid!]));
    groups.postgres = postgres;
    const stopCpu = cpuUse(groups);
    const stopSampling = await sampleBackends(url);
    const loads = await run(DURATION_S);
    const cpu = stopCpu();
    const backends = await stopSampling();
    const total: Load = { rps: 0, p99: 0, non2xx: 0, errors: 0, cpuUs: 0 };
    for (const one of loads) Object.assign(total, { rps: total.rps + one.rps, p99: Math.max(total.p99, one.p99), non2xx: total.non2xx + one.non2xx, errors: total.errors + one.errors });
    spreads.push({ label, load: total, cpu, backends });
  };
  try {
    await measured(`one process, ${CONNECTIONS} connections, one account`, [first], false);
    await measured(`two processes, ${half} + ${half} connections, one account`, [first, second], false);
    await measured(`one process, ${CONNECTIONS} connections, an account each`, [first], true);
    await measured(`two processes, ${half} + ${half} connections, an account each`, [first, second], true);
    return spreads;
  } finally {
    await first.stop();
    await second.stop();
  }
}

/**
 * The CommonJS modules a server started through the library entry (unbundled, so each module is its own
 * file) has loaded once it answered, listed by a preload at exit: Fastify's Ajv and fast-json-stringify
 * compilers must not be among them.
 */
export async function loadedModules(root: string, database: string, folder: string, apiKey: string, secretsKey: string): Promise<string[]> {
  const list = join(folder, 'modules.json');
  const preload = join(folder, 'list-modules.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  const script = join(folder, 'start.mjs');
  const entry = join(root, 'dist', 'src', 'server', 'index.js');
  writeFileSync(
    script,
    `const { startServer } = await import(${JSON.stringify(entry)});
     const server = await startServer({ port: 0, databasePath: ${JSON.stringify(database)}, apiKeys: '${apiKey}=bench', secretsKey: '${secretsKey}', log: false });
     const response = await fetch(server.url + '/v1/webhooks', { headers: { authorization: 'Bearer ${apiKey}' } });
     await response.text();
     await server.close();`,
  );
  const run = spawnSync(process.execPath, ['--require', preload, script], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the library entry did not start: ${run.stderr}`);
  return JSON.parse(readFileSync(list, 'utf8')) as string[];
}
