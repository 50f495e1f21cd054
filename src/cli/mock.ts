/**
 * `webhooks-contract mock`: the local mock of the Webhooks API; `mock --proxy <url>` the validation proxy
 * in front of a real server.
 * @module
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatExchange } from '../mock/access-log.js';
import { PRISM_VERSION, PrismMissingError, MockStartError } from '../mock/prism.js';
import { startMockServer, startValidationProxy, type RunningMockServer } from '../mock/start-mock.js';
import { shellQuote, type CliIo } from './io.js';
import { parseMockArguments, type MockCommandOptions } from './mock-options.js';

/** The help text of `webhooks-contract mock`. */
export const MOCK_USAGE = `Usage: webhooks-contract mock [options]
       webhooks-contract mock --proxy <url> [options]

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

Per request, a Prefer header picks the answer: "Prefer: code=404", "Prefer: code=422, example=unknown_field",
"Prefer: dynamic=true". The mock needs Prism (an optional peer dependency):
  npm install --save-dev @stoplight/prism-cli@${PRISM_VERSION}
`;

/**
 * mocks/README.md, which lists every scenario: beside the sources, and in the package at dist/mocks/,
 * where the build copies it (so the same relative URL finds it from src/cli/ and from dist/src/cli/).
 */
export const MOCKS_README_URL = new URL('../../mocks/README.md', import.meta.url);

/** Where to read the scenario table, as the banner says it: relative to `cwd` when it is below it. */
export function scenariosReadme(cwd = process.cwd()): string {
  const path = fileURLToPath(MOCKS_README_URL);
  if (!existsSync(path)) return 'the "Mock server" section of the package README';
  const fromCwd = relative(cwd, path);
  return fromCwd.startsWith('..') ? path : fromCwd;
}

function mockBanner(server: RunningMockServer, options: MockCommandOptions): string {
  const data = options.dynamic ? 'generated data' : 'static examples';
  return [
    `Webhooks API mock on ${server.url} (Prism ${server.prism.version}, ${data})`,
    '',
    'Try it:',
    `  curl -s ${shellQuote(`${server.url}/v1/webhooks`)} -H 'Authorization: Bearer test-key'`,
    '',
    `Pick another answer per request with a Prefer header: "Prefer: code=404", "Prefer: code=422, example=unknown_field",`,
    `"Prefer: dynamic=true". Every scenario is listed in ${scenariosReadme()}. Press Ctrl-C to stop.`,
    '',
  ].join('\n');
}

function proxyBanner(server: RunningMockServer, upstream: string): string {
  return [
    `Validation proxy on ${server.url} → ${upstream} (Prism ${server.prism.version}, errors on)`,
    '',
    'Send your requests here instead of to your server:',
    `  curl -s ${shellQuote(`${server.url}/v1/webhooks`)} -H 'Authorization: Bearer <your api key>'`,
    '',
    'A request that breaks the contract is answered 422 (it never reaches your server); a response that',
    'breaks it is answered 500. Both are listed below with each broken rule. Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

/**
 * Runs `webhooks-contract mock`; resolves with the exit code once the mock is stopped.
 * @example
 * process.exitCode = await runMockCommand(['--port', '5000'], io);
 */
export async function runMockCommand(args: readonly string[], io: CliIo): Promise<number> {
  let server: RunningMockServer;
  const options = parseMockArguments(args, io.env);
  if (options.help) {
    io.out(MOCK_USAGE);
    return 0;
  }
  const onExchange = options.quiet ? undefined : (exchange: Parameters<typeof formatExchange>[0]) => io.out(formatExchange(exchange));
  const common = {
    host: options.host,
    port: options.port,
    ...(onExchange ? { onExchange } : {}),
    ...(io.resolvePrismFrom ? { resolveFrom: io.resolvePrismFrom } : {}),
  };
  try {
    server =
      options.proxy === undefined
        ? await startMockServer({ ...common, dynamic: options.dynamic })
        : await startValidationProxy({ ...common, upstream: options.proxy });
  } catch (error) {
    if (error instanceof PrismMissingError || error instanceof MockStartError) {
      io.err(`webhooks-contract: ${error.message}`);
      return 1;
    }
    throw error;
  }
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
