#!/usr/bin/env node
/**
 * The `webhooks-contract` command: `mock` starts the local mock of the Webhooks API, `mock --proxy <url>`
 * the validation proxy in front of a real server.
 * @module
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatExchange } from './mock/access-log.js';
import { parseMockArguments, UsageError, type MockCommandOptions } from './mock/cli-options.js';
import { PRISM_VERSION, PrismMissingError, MockStartError } from './mock/prism.js';
import { startMockServer, startValidationProxy, type RunningMockServer } from './mock/start-mock.js';
import { VERSION } from './version.js';

/** Where the command writes, what it reads, and what stops it: injected so tests can run it in-process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** aborted when the user asks to stop (Ctrl-C) */
  stop: AbortSignal;
  /** where to resolve Prism from; defaults to this package */
  resolvePrismFrom?: string | URL;
}

/** The help text of `webhooks-contract`. */
export const USAGE = `Usage: webhooks-contract <command> [options]

Commands:
  mock                  Start the local mock of the Webhooks API: every operation answers from the
                        spec's examples, and invalid requests get the spec's problem+json errors.
  mock --proxy <url>    Start the validation proxy in front of your server at <url>: every request and
                        response that breaks the contract is answered with an error and listed here.

Options:
  --host <address>      Address to listen on (default 127.0.0.1, or MOCK_HOST)
  -p, --port <number>   Port to listen on (default 4010, or MOCK_PORT; 0 picks a free port)
  -d, --dynamic         Answer with data generated from the schemas instead of the examples
  -q, --quiet           Do not print a line per request
  -h, --help            Show this help
  --version             Print the version

Per request, a Prefer header picks the answer: "Prefer: code=404", "Prefer: code=422, example=unknown_field",
"Prefer: dynamic=true". The mock needs Prism (an optional peer dependency):
  npm install --save-dev @stoplight/prism-cli@${PRISM_VERSION}
`;

function quote(url: string): string {
  return `'${url.replaceAll("'", "'\\''")}'`;
}

function mockBanner(server: RunningMockServer, options: MockCommandOptions): string {
  const data = options.dynamic ? 'generated data' : 'static examples';
  return [
    `Webhooks API mock on ${server.url} (Prism ${server.prism.version}, ${data})`,
    '',
    'Try it:',
    `  curl -s ${quote(`${server.url}/v1/webhooks`)} -H 'Authorization: Bearer test-key'`,
    '',
    `Pick another answer per request with a Prefer header: "Prefer: code=404", "Prefer: code=422, example=unknown_field",`,
    `"Prefer: dynamic=true". Every scenario is listed in mocks/README.md. Press Ctrl-C to stop.`,
    '',
  ].join('\n');
}

function proxyBanner(server: RunningMockServer, upstream: string): string {
  return [
    `Validation proxy on ${server.url} → ${upstream} (Prism ${server.prism.version}, errors on)`,
    '',
    'Send your requests here instead of to your server:',
    `  curl -s ${quote(`${server.url}/v1/webhooks`)} -H 'Authorization: Bearer <your api key>'`,
    '',
    'A request that breaks the contract is answered 422 (it never reaches your server); a response that',
    'breaks it is answered 500. Both are listed below with each broken rule. Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

async function runMock(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseMockArguments(args, io.env);
  if (options.help) {
    io.out(USAGE);
    return 0;
  }
  const onExchange = options.quiet ? undefined : (exchange: Parameters<typeof formatExchange>[0]) => io.out(formatExchange(exchange));
  const common = {
    host: options.host,
    port: options.port,
    ...(onExchange ? { onExchange } : {}),
    ...(io.resolvePrismFrom ? { resolveFrom: io.resolvePrismFrom } : {}),
  };
  const server =
    options.proxy === undefined
      ? await startMockServer({ ...common, dynamic: options.dynamic })
      : await startValidationProxy({ ...common, upstream: options.proxy });
  if (server.prism.version !== PRISM_VERSION) {
    io.err(`warning: Prism ${server.prism.version} is installed; this mock is tested with ${PRISM_VERSION}.`);
  }
  io.out(options.proxy === undefined ? mockBanner(server, options) : proxyBanner(server, options.proxy));
  const stopped = new Promise<'stop'>((resolve) => {
    if (io.stop.aborted) resolve('stop');
    io.stop.addEventListener('abort', () => resolve('stop'), { once: true });
  });
  const outcome = await Promise.race([stopped, server.prism.exited.then(() => 'prism-exited' as const)]);
  if (outcome === 'prism-exited') {
    io.err('Prism stopped unexpectedly; stopping the mock. Run the command again to restart it.');
    await server.close();
    return 1;
  }
  io.out('Stopping…');
  await server.close();
  io.out('Stopped.');
  return 0;
}

/**
 * Runs the command line and resolves with the exit code; `mock` resolves only once stopped.
 * @example
 * process.exitCode = await runCli(['mock', '--port', '5000'], { out: console.log, err: console.error, env: process.env, stop: signal });
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(VERSION);
      return 0;
    }
    if (command === 'mock') return await runMock(rest, io);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`webhooks-contract: ${error.message}\nRun "webhooks-contract --help" for the commands and options.`);
      return 2;
    }
    if (error instanceof PrismMissingError || error instanceof MockStartError) {
      io.err(`webhooks-contract: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    // the bin is a symlink in node_modules/.bin; compare real paths
    return realpathSync(entry) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const controller = new AbortController();
  // the first Ctrl-C stops cleanly; a second one ends the process at once
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort());
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    env: process.env,
    stop: controller.signal,
  });
}
