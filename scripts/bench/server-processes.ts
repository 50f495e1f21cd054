/**
 * The processes the server bench measures: the built `serve` on a database, and the baselines answering
 * the bytes it gave (a bare `node:http` server, Fastify alone with or without a request log), with the
 * keys and limits every `serve` process runs with.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { findFreePort } from '../../src/mock/listen.js';
import { firstGoodResponse, stopChild } from './processes.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const API_KEY = 'sk_bench_0123456789abcdef';
export const SECRETS_KEY = 'be'.repeat(32);
export const AUTH = { authorization: `Bearer ${API_KEY}` };
/** accounts of their own for the scale-out loads, one per connection: the key of account `i` */
const ACCOUNTS = 10;
export const accountKey = (i: number) => `sk_bench_${i}_0123456789abcdef`;
const API_KEYS = [`${API_KEY}=bench`, ...Array.from({ length: ACCOUNTS }, (_, i) => `${accountKey(i)}=bench-${i}`)].join(',');
/** the limits run (counted, checked) but never refuse: the load is one key, and the account holds 10,000+ webhooks */
export const LIMITS_ON = { RATE_LIMIT_PER_MINUTE: '999999999', MAX_WEBHOOKS_PER_ACCOUNT: '1000000000' };
/** the rate limit off: what the limits cost, in the same run */
export const LIMITS_OFF = { RATE_LIMIT_PER_MINUTE: 'off', MAX_WEBHOOKS_PER_ACCOUNT: '1000000000' };

/** An answer the real server gave, which the baselines give back byte for byte. */
export interface Captured {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A started process the bench loads, with the seconds it took to answer its first 200. */
export interface Running {
  url: string;
  child: ChildProcess;
  startUpS: number;
  stop: () => Promise<void>;
}

/** How a `serve` process is started beside its database. */
export interface ServeOptions {
  /** node's own flags (`--cpu-prof`) */
  nodeArgs?: string[];
  /** a module `--require`d first */
  preload?: string;
  /** flags of `serve` (`--quiet`) */
  serveArgs?: string[];
  limits?: Record<string, string>;
  /** the built CLI to run, relative to the root (another build, to compare two side by side) */
  entry?: string;
}

/** The built server, as `webhooks-contract serve` runs it from the installed package, on a SQLite file or a `postgres://` URL. */
export async function startServer(database: string, options: ServeOptions = {}): Promise<Running> {
  const port = await findFreePort();
  const started = performance.now();
  const args = [
    ...(options.nodeArgs ?? []),
    ...(options.preload ? ['--require', options.preload] : []),
    options.entry ?? 'tools/dist/src/cli/index.js',
    'serve',
    '--port',
    String(port),
    database.startsWith('postgres://') ? '--database-url' : '--database',
    database,
    ...(options.serveArgs ?? []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, API_KEYS, SECRETS_KEY, LOG_FORMAT: 'json', ...(options.limits ?? LIMITS_ON) },
  });
  const url = `http://127.0.0.1:${port}`;
  const startUpS = await firstGoodResponse(url, started, child, AUTH);
  return { url, child, startUpS, stop: () => stopChild(child, 'SIGINT') };
}

/** A baseline: `code` run by `node -e` with the answers in its environment, on a free port. */
async function startBaseline(code: (port: number) => string, answers: Map<string, Captured>): Promise<Running> {
  const port = await findFreePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', code(port)], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ANSWERS: JSON.stringify([...answers]) } });
  const url = `http://127.0.0.1:${port}`;
  const startUpS = await firstGoodResponse(url, started, child, AUTH);
  return { url, child, startUpS, stop: () => stopChild(child) };
}

/** A bare node:http server answering each target with the bytes the real server gave. */
export function startBare(answers: Map<string, Captured>): Promise<Running> {
  return startBaseline(
    (port) => `
    const http = require('node:http');
    const answers = new Map(JSON.parse(process.env.ANSWERS));
    http.createServer((req, res) => {
      const answer = answers.get(req.method + ' ' + req.url);
      req.resume();
      req.on('end', () => { res.writeHead(answer.status, answer.headers); res.end(answer.body); });
    }).listen(${port}, '127.0.0.1');`,
    answers,
  );
}

/**
 * Fastify alone, one route per target answering the bytes the real server gave, with no checks and no
 * database: the ceiling of the framework the server is built on, with or without its request log (two lines
 * per request, as JSON to a discarded stdout, as the measured server logs).
 */
export function startFastify(answers: Map<string, Captured>, logged: boolean): Promise<Running> {
  return startBaseline(
    (port) => `
    const fastify = require('fastify')({ logger: ${logged ? "{ level: 'info' }" : 'false'} });
    const answers = new Map(JSON.parse(process.env.ANSWERS));
    for (const [key, answer] of answers) {
      const [method, url] = key.split(' ');
      fastify.route({ method, url: url.split('?')[0], handler: (request, reply) => { reply.code(answer.status).headers(answer.headers).send(answer.body); } });
    }
    fastify.listen({ port: ${port}, host: '127.0.0.1' });`,
    answers,
  );
}
