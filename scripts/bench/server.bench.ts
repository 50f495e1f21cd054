/**
 * The reference server's cost, in one run, against a bare `node:http` server returning the same bytes:
 * requests per second and p99 for `GET /v1/webhooks/{id}`, for `GET /v1/webhooks` (20 per page of 10,000
 * stored) and for a valid `POST /v1/webhooks` that commits to SQLite (autocannon, 10 connections, 10 s each
 * after a 3 s warm-up, in turns with the other servers: see server-load.ts); start-up to the first good
 * response; RSS idle and after the load. The server runs as users run the installed package
 * (`node dist/src/cli/index.js serve`, built first). Fastify alone, with the same answers and no work of
 * its own, is measured too, with and without a request log: the framework's ceiling, and the baseline of
 * memory. The same server on a throwaway Postgres cluster (durable as SQLite is here: neither flushes to
 * disk per commit), and POST on two `serve` processes on that one database, the load spread over both
 * ports, beside one process, with each process's CPU use meanwhile (servers, Postgres, the load
 * generator): what bounds the gain. Then, for what bounds each figure, a CPU profile of the server under
 * each load, its time split by where it went and the functions that took most of it; and whether any
 * schema compiler was loaded (none should be: the validators are precompiled). `BENCH_QUICK=1` measures
 * the SQLite servers and their baselines only (no Postgres, no scale-out).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONNECTIONS, DURATION_S, WARM_UP_S, formatCpuUse } from './processes.js';
import { SecretsBox, parseSecretsKey } from '../../src/server/secrets-box.js';
import { sealStore } from '../../src/server/sealed-store.js';
import { createSqliteStore } from '../../src/store/sqlite/store.js';
import { createPostgresStore } from '../../src/store/postgres/store.js';
import type { Store } from '../../src/store/contract.js';
import { postgresUrl, startCluster, stopPostgres, type PostgresServer } from '../../test/support/postgres-cluster.js';
import { webhookRepresentation } from '../../src/server/views.js';
import { loadedModules, scaleOut } from './server-scale-out.js';
import { LIMITS_OFF, ROOT, API_KEY, SECRETS_KEY, startBare, startFastify, startServer } from './server-processes.js';
import { ROUNDS, load, measureSideBySide, profileUnder, targetsOf, type Contender, type Row } from './server-load.js';

const STORED = 10_000;
const QUICK = process.env.BENCH_QUICK === '1';

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

const f0 = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 1 ? '<1' : String(Math.round(n)));
const f2 = (n: number) => n.toFixed(2);
const pct = (n: number) => `${Math.round(n * 100)} %`;
const verdict = (ratio: number, wanted: string) => {
  const [sign, bound] = [wanted.slice(0, 1), Number(wanted.slice(2))];
  const met = sign === '≥' ? ratio >= bound : ratio <= bound;
  return `${wanted} (${met ? 'met' : 'missed'})`;
};

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
    // each SQLite server on a copy of its own: they run side by side, and each one's creates stay its own
    const copyOf = (name: string) => {
      const path = join(folder, `${name}.db`);
      copyFileSync(database, path);
      return path;
    };
    const { targets, answers } = await targetsOf(database);
    const contenders: Contender[] = [
      { name: 'node:http, same bodies', start: () => startBare(answers), targets },
      { name: 'Fastify alone, same bodies, no log', start: () => startFastify(answers, false), targets },
      { name: 'Fastify alone, same bodies, request log', start: () => startFastify(answers, true), targets },
      { name: 'reference server (dist, SQLite WAL)', start: ((path) => () => startServer(path))(copyOf('server')), targets },
      // the same without a log line per request, which the bare server does not write either
      { name: 'reference server, --quiet', start: ((path) => () => startServer(path, { serveArgs: ['--quiet'] }))(copyOf('quiet')), targets },
      { name: 'reference server, rate limit off', start: ((path) => () => startServer(path, { limits: LIMITS_OFF }))(copyOf('unlimited')), targets },
    ];
    let postgresUrlOf: string | undefined;
    if (!QUICK) {
      const cluster = await preparePostgres(folder);
      postgres = cluster.server;
      postgresUrlOf = cluster.url;
      made = performance.now();
      await prepareDatabase(sealStore(await createPostgresStore({ url: cluster.url }), secrets));
      console.log(`stored ${f0(STORED)} webhooks in Postgres in ${f2((performance.now() - made) / 1000)} s`);
      const { targets: postgresTargets } = await targetsOf(cluster.url);
      contenders.push({ name: 'reference server (dist, Postgres, fsync off)', start: () => startServer(cluster.url), targets: postgresTargets });
    }

    console.log(`\nautocannon: ${CONNECTIONS} connections, ${DURATION_S} s per request after a ${WARM_UP_S} s warm-up, every server in its own process on 127.0.0.1.`);
    console.log(`The servers run side by side and take turns: ${ROUNDS} rounds of ${f2(DURATION_S / ROUNDS)} s each per request, each figure the median of its rounds, so that the load others put on the machine falls on every server alike.`);
    console.log(`start-up: median of 3 starts on the ${f0(STORED)}-webhook database, from spawning the process to the first 200. RSS: idle after start, and after the loads.\n`);
    const rows = await measureSideBySide(contenders);
    const [bare, fastifyAlone, fastifyLogged, server, quiet, unlimited, onPostgres] = rows as [Row, Row, Row, Row, Row, Row, Row | undefined];

    console.log(`| server | ${targets.map((t) => `${t.name} req/s | p99 ms`).join(' | ')} | start-up s | RSS idle MB | RSS after load MB |`);
    console.log(`|---|${targets.map(() => '---:|---:').join('|')}|---:|---:|---:|`);
    for (const row of rows) {
      console.log(`| ${row.name} | ${row.loads.map((l) => `${f0(l.rps)} | ${ms(l.p99)}`).join(' | ')} | ${f2(row.startUpS)} | ${f0(row.idleMb)} | ${f0(row.loadedMb)} |`);
    }
    console.log('\n| ratio (same run) | value | target |');
    console.log('|---|---:|---|');
    const targetsWanted = ['≥ 0.50', '≥ 0.50', '≥ 0.25'];
    targets.forEach((target, i) => console.log(`| ${target.name} throughput, server / node:http | ${f2(server.loads[i]!.rps / bare.loads[i]!.rps)} | ${verdict(server.loads[i]!.rps / bare.loads[i]!.rps, targetsWanted[i]!)} |`));
    targets.forEach((target, i) => console.log(`| ${target.name} throughput, server / Fastify alone (no log; request log) | ${f2(server.loads[i]!.rps / fastifyAlone.loads[i]!.rps)}; ${f2(server.loads[i]!.rps / fastifyLogged.loads[i]!.rps)} | |`));
    targets.forEach((target, i) => console.log(`| ${target.name} throughput, --quiet / node:http | ${f2(quiet.loads[i]!.rps / bare.loads[i]!.rps)} | |`));
    targets.forEach((target, i) =>
      console.log(
        `| ${target.name}: node:http's CPU per request / the server's (${f0(bare.loads[i]!.cpuUs)} µs / ${f0(server.loads[i]!.cpuUs)} µs; --quiet ${f0(quiet.loads[i]!.cpuUs)} µs; Fastify alone ${f0(fastifyAlone.loads[i]!.cpuUs)} µs, with its log ${f0(fastifyLogged.loads[i]!.cpuUs)} µs) | ${f2(bare.loads[i]!.cpuUs / server.loads[i]!.cpuUs)} | |`,
      ),
    );
    // what the framework alone allows: the share of node:http the server could reach with no work of its own
    targets.forEach((target, i) =>
      console.log(`| ${target.name} throughput of Fastify alone / node:http (no log; request log), the framework's ceiling | ${f2(fastifyAlone.loads[i]!.rps / bare.loads[i]!.rps)}; ${f2(fastifyLogged.loads[i]!.rps / bare.loads[i]!.rps)} | |`),
    );
    targets.forEach((target, i) => console.log(`| ${target.name} throughput with the limits on / with the rate limit off | ${f2(server.loads[i]!.rps / unlimited.loads[i]!.rps)} | ≈ 1 |`));
    if (onPostgres) {
      targets.forEach((target, i) =>
        console.log(`| ${target.name} throughput on Postgres / node:http (on Postgres / on SQLite) | ${f2(onPostgres.loads[i]!.rps / bare.loads[i]!.rps)} (${f2(onPostgres.loads[i]!.rps / server.loads[i]!.rps)}) | |`),
      );
    }
    console.log(`| start-up time, server / node:http (server / Fastify alone) | ${f2(server.startUpS / bare.startUpS)} (${f2(server.startUpS / fastifyAlone.startUpS)}) | ${verdict(server.startUpS / bare.startUpS, '≤ 2')} |`);
    console.log(`| RSS after load, server / Fastify alone, no log (/ with its request log; / node:http) | ${f2(server.loadedMb / fastifyAlone.loadedMb)} (${f2(server.loadedMb / fastifyLogged.loadedMb)}; ${f2(server.loadedMb / bare.loadedMb)}) | ${verdict(server.loadedMb / fastifyAlone.loadedMb, '≤ 1.5')} |`);
    console.log(
      '\nDurability, the same for both stores: neither flushes to disk per commit, and both keep every acknowledged commit through a crash of the database process (not of the machine): SQLite in WAL mode with synchronous=NORMAL (the default), Postgres with fsync=off and synchronous_commit on.',
    );

    if (postgresUrlOf !== undefined && postgres !== undefined && onPostgres) {
      const spreads = await scaleOut(postgresUrlOf, join(postgres.dir, 'data'), contenders[6]!.targets[2]!, { startServer: (url) => startServer(url), load });
      console.log(`\nPOST /v1/webhooks (commits) on Postgres, scaled out: \`serve\` processes on one database, the load spread over their ports (${DURATION_S} s after a ${WARM_UP_S} s warm-up; this machine has ${availableParallelism()} cores, shared by the servers, Postgres and the load generator). CPU use in cores (CPU seconds per second) during each load:\n`);
      console.log('| servers | req/s | p99 ms | CPU use, cores | backends running a statement / waiting on a lock (mean) |');
      console.log('|---|---:|---:|---|---:|');
      for (const spread of spreads) console.log(`| ${spread.label} | ${f0(spread.load.rps)} | ${ms(spread.load.p99)} | ${formatCpuUse(spread.cpu)} | ${f2(spread.backends.active)} / ${f2(spread.backends.waiting)} |`);
      console.log('\n| two processes / one process, POST | ratio | target |');
      console.log('|---|---:|---|');
      for (const [one, two] of [[spreads[0]!, spreads[1]!], [spreads[2]!, spreads[3]!]] as const) {
        const ratio = two.load.rps / one.load.rps;
        const used = Object.values(two.cpu).reduce((sum, cores) => sum + cores, 0);
        console.log(`| ${two.label} / ${one.label} (all measured processes: ${f2(used)} of ${availableParallelism()} cores) | ${f2(ratio)} | ${verdict(ratio, '≥ 1.60')} |`);
      }
      console.log(
        "\nOne account's requests take turns on its rows (the usage row its creates raise, the rate limit's window its key counts), each for one statement, so a second process adds waiting there, not throughput; an account per connection shows the store's own scaling, bounded by the cores the servers share with Postgres and the load generator.",
      );
      for (const spread of spreads) if (spread.load.non2xx + spread.load.errors > 0) console.log(`\nwarning: Postgres, ${spread.label} answered ${spread.load.non2xx + spread.load.errors} non-2xx or errors under load`);
    }
    for (const row of rows) {
      const bad = row.loads.reduce((sum, l) => sum + l.non2xx + l.errors, 0);
      if (bad > 0) console.log(`\nwarning: ${row.name} answered ${bad} non-2xx or errors under load`);
    }

    console.log(`\nWhere the server's busy time goes under each load (V8 CPU profile, 5 s after a ${WARM_UP_S} s warm-up; share of non-idle samples):\n`);
    const profiles: Awaited<ReturnType<typeof profileUnder>>[] = [];
    for (const target of targets) profiles.push(await profileUnder(copyOf('profiled'), target, folder));
    const categories = [...new Set(profiles.flatMap((profile) => profile.shares.filter(([, share]) => share >= 0.02).map(([category]) => category)))];
    console.log(`| where | ${targets.map((t) => t.name).join(' | ')} |`);
    console.log(`|---|${targets.map(() => '---:').join('|')}|`);
    for (const category of categories) {
      console.log(`| ${category} | ${profiles.map((profile) => pct(profile.shares.find(([c]) => c === category)?.[1] ?? 0)).join(' | ')} |`);
    }
    console.log(`| (busy: share of all samples) | ${profiles.map((profile) => pct(profile.busy)).join(' | ')} |`);
    targets.forEach((target, i) => {
      console.log(`\nThe functions with the most self time, ${target.name}: ${profiles[i]!.top.map(([frame, share]) => `${frame} ${pct(share)}`).join('; ')}`);
    });

    if (!QUICK) {
      const modules = await loadedModules(ROOT, database, folder, API_KEY, SECRETS_KEY);
      const compilers = modules.filter((path) => /node_modules\/ajv\/dist\/(core|ajv|2020|compile\/index)\.js$|@fastify\/ajv-compiler|fast-json-stringify\/index\.js$/.test(path));
      console.log(`\nSchema compilers loaded by a started server: ${compilers.length === 0 ? 'none' : compilers.join(', ')} (${modules.length} CommonJS modules loaded in all).`);
    }
  } finally {
    if (postgres !== undefined) stopPostgres(postgres);
    rmSync(folder, { recursive: true, force: true });
  }
}
