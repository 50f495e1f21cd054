/**
 * `npm run test:contract`: the contract suite against the reference server, as a backend team's CI runs it.
 * Starts the reference server on a free port (an in-memory database, or the Postgres database DATABASE_URL
 * names; two test accounts), runs
 * `webhooks-contract test` against it in its own process, stops the server, and exits with the command's
 * code: 0 the server keeps the contract, 1 it does not, 2 a usage error. Arguments after `--` go to the
 * command (`npm run test:contract -- --cases 100 --seed 7`). When the run fails, it prints the server's
 * warnings and errors, and how to start the same server to replay the report's curl lines.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
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
const server = await startServer({
  port: 0,
  databasePath: ':memory:',
  ...(databaseUrl === undefined ? {} : { databaseUrl }),
  apiKeys,
  secretsKey: randomBytes(32).toString('base64'),
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

let code: number;
try {
  const command = ['--import', 'tsx', 'src/cli/index.ts', 'test', '--base-url', server.url, ...(seedGiven ? [] : ['--seed', String(seed)]), ...args];
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
