/**
 * `npm run test:contract`: the contract suite against the reference server, as a backend team's CI runs it.
 * Starts the reference server on a free port (an in-memory database, or the Postgres database DATABASE_URL
 * names; two test accounts; with CONTRACT_SERVERS=2 and DATABASE_URL, two server processes on that database
 * behind a proxy that sends each request to the next of them in turn, so that every stateful flow crosses
 * from one process to the other), runs
 * `webhooks-contract test` against it in its own process, stops the server, and exits with the command's
 * code: 0 the server keeps the contract, 1 it does not, 2 a usage error. Arguments after `--` go to the
 * command (`npm run test:contract -- --cases 100 --seed 7`). When the run fails, it prints the server's
 * warnings and errors, and how to start the same server to replay the report's curl lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { startServer } from '../src/server/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

// a seed chosen here, so that a failure can say how to run the same cases again against a new server
const seedGiven = args.some((arg) => arg === '--seed' || arg.startsWith('--seed='));
const seed = randomBytes(4).readUInt32BE() % 2 ** 31;
// keys of a throwaway server on 127.0.0.1, fixed so that a failure's curl lines can be replayed
const keys = ['sk_test_contract_a_0123456789', 'sk_test_contract_b_0123456789'] as const;
const apiKeys = `${keys[0]}=contract-a,${keys[1]}=contract-b`;

const serverLog: string[] = [];
// DATABASE_URL: the same suite against the server on Postgres (a database of its own: the run writes to it)
const databaseUrl = process.env.DATABASE_URL === undefined || process.env.DATABASE_URL === '' ? undefined : process.env.DATABASE_URL;
// this script started by itself as the second server process: it serves, prints its URL, and waits
const secondProcess = process.env.CONTRACT_SECOND_SERVER === '1';
const servers = Number(process.env.CONTRACT_SERVERS ?? '1');
if (servers !== 1 && (servers !== 2 || databaseUrl === undefined)) {
  console.error('CONTRACT_SERVERS must be 1, or 2 with DATABASE_URL (two processes share one Postgres database)');
  process.exit(2);
}
// both processes open each other's secrets: one key for the run
const secretsKey = process.env.CONTRACT_SECRETS_KEY ?? randomBytes(32).toString('base64');
const server = await startServer({
  port: 0,
  databasePath: ':memory:',
  ...(databaseUrl === undefined ? {} : { databaseUrl }),
  apiKeys,
  secretsKey,
  // the runner sends reserved example names (example.com, .example): nothing to resolve, whatever the DNS
  resolve: false,
  // a test account with room, as the suite asks of any server: it sends thousands of requests a minute
  // and makes many webhooks (a 429 it waits out once; a 409 would fail the case)
  rateLimitPerMinute: false,
  maxWebhooksPerAccount: 100_000,
  log: {
    format: 'json',
    level: 'warn',
    stream: new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        serverLog.push(chunk.toString());
        done();
      },
    }),
  },
});

if (secondProcess) {
  process.stdout.write(`${server.url}\n`);
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
  await new Promise(() => undefined);
}

/** The second server process, on the same database and secrets key; resolves with it and its URL. */
async function startSecondServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/test-contract.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTRACT_SECOND_SERVER: '1', CONTRACT_SECRETS_KEY: secretsKey, CONTRACT_SERVERS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', done);
    child.once('exit', (exitCode) => fail(new Error(`the second server process ended at start (exit ${exitCode})`)));
  });
  return { child, url };
}

/** A proxy on a free port that sends each request to the next upstream in turn, as a round-robin balancer does. */
async function startRoundRobin(upstreams: readonly string[]): Promise<{ proxy: Server; url: string }> {
  let next = 0;
  const proxy = createServer((incoming, outgoing) => {
    const upstream = new URL(upstreams[next++ % upstreams.length]!);
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.once('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
      else outgoing.destroy();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return { proxy, url: `http://127.0.0.1:${(proxy.address() as { port: number }).port}` };
}

const second = servers === 2 ? await startSecondServer() : undefined;
const balancer = second === undefined ? undefined : await startRoundRobin([server.url, second.url]);
if (balancer !== undefined) console.error(`two server processes on one Postgres database (${server.url} and ${second!.url}), each request to the next in turn through ${balancer.url}`);

let code: number;
try {
  const command = ['--import', 'tsx', 'src/cli/index.ts', 'test', '--base-url', balancer?.url ?? server.url, ...(seedGiven ? [] : ['--seed', String(seed)]), ...args];
  const child = spawn(process.execPath, command, {
    cwd: ROOT,
    // the keys go through the environment, as the command asks: never on a command line
    env: { ...process.env, WEBHOOKS_API_KEY: keys[0], WEBHOOKS_SECOND_API_KEY: keys[1] },
    stdio: 'inherit',
  });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop).once('SIGTERM', stop);
  code = await new Promise<number>((done) => child.once('exit', (exitCode, signal) => done(exitCode ?? (signal === null ? 1 : 128 + 15))));
} finally {
  balancer?.proxy.close();
  second?.child.kill('SIGTERM');
  await server.close();
}
if (code === 1) {
  if (serverLog.length > 0) console.error(`\nThe reference server's warnings and errors during the run:\n${serverLog.join('')}`);
  console.error(
    [
      '',
      'This was the reference server, which must keep the contract: fix the server, or the spec.',
      `Run the same cases again: npm run test:contract -- ${seedGiven ? '' : `--seed ${seed} `}${args.join(' ')}`.trimEnd(),
      "Replay the report's curl lines against the same server, started by hand:",
      `  API_KEYS=${apiKeys} npm run serve -- --port ${server.port} ${databaseUrl === undefined ? '--database :memory:' : '--database-url "$DATABASE_URL"'}`,
      `  export WEBHOOKS_API_KEY=${keys[0]} WEBHOOKS_SECOND_API_KEY=${keys[1]}`,
    ].join('\n'),
  );
}
process.exitCode = code;
