/**
 * `webhooks-contract mock`: the local mock of the Webhooks API; `mock --proxy <url>` the validation proxy
 * in front of a real server.
 * @module
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatExchange } from '../mock/access-log.js';
import { MAX_DELAY_MS } from '../mock/scenario.js';
import { PRISM_VERSION, PrismMissingError, MockStartError } from '../mock/prism.js';
import { DEFAULT_UPSTREAM_TIMEOUT_MS, startMockServer, startValidationProxy, type RunningMockServer, type RunningValidationProxy } from '../mock/start-mock.js';
import { shellQuote, type CliIo } from './io.js';
import { parseMockArguments, type MockCommandOptions } from './mock-options.js';

/** The help text of `webhooks-contract mock`. */
export const MOCK_USAGE = `Usage: webhooks-contract mock [options]
       webhooks-contract mock --proxy <url> [options]

  mock                  Start the local mock of the Webhooks API: every operation answers from the
                        spec's examples, and invalid requests get the spec's problem+json errors.
  mock --proxy <url>    Start the validation proxy in front of your server at <url>: every request goes
                        to your server as sent, and each one that breaks the contract, on either side,
                        is listed here.

Options:
  --host <address>      Address to listen on (default 127.0.0.1, or MOCK_HOST)
  -p, --port <number>   Port to listen on (default 4010, or MOCK_PORT; 0 picks a free port)
  -d, --dynamic         Answer with data generated from the schemas instead of the examples
  -q, --quiet           Do not print a line per request
  --upstream-timeout <seconds>
                        With --proxy: answer 504 when your server has not answered within this time
                        (default ${DEFAULT_UPSTREAM_TIMEOUT_MS / 1000})
  -h, --help            Show this help

Per request, a Prefer header picks the answer: "Prefer: code=404", "Prefer: code=422, example=unknown_field",
"Prefer: code=503", "Prefer: dynamic=true", "Prefer: delay=800" (milliseconds, at most ${MAX_DELAY_MS}).
The mock needs Prism (an optional peer dependency):
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
    `"Prefer: code=503", "Prefer: dynamic=true", "Prefer: delay=800". Every scenario is listed in ${scenariosReadme()}.`,
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}

function proxyBanner(server: RunningValidationProxy, timeoutMs: number): string {
  return [
    `Validation proxy on ${server.url} → ${server.upstream} (checks with the contract's validators)`,
    '',
    'Send your requests here instead of to your server:',
    `  curl -s ${shellQuote(`${server.url}/v1/webhooks`)} -H 'Authorization: Bearer <your api key>'`,
    '',
    'Every request reaches your server as sent and every answer comes back as your server gave it. Below,',
    'each request that breaks the contract, each answer that breaks it (a refusal with the wrong status',
    `included), and an upstream that is down (502) or slower than ${timeoutMs / 1000} s (504). Press Ctrl-C to stop.`,
    '',
  ].join('\n');
}

/** Resolves when the user asks to stop. */
function stopRequested(io: CliIo): Promise<'stop'> {
  return new Promise((resolve) => {
    if (io.stop.aborted) resolve('stop');
    io.stop.addEventListener('abort', () => resolve('stop'), { once: true });
  });
}

async function runProxy(options: MockCommandOptions & { proxy: string }, io: CliIo): Promise<number> {
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const proxy = await startValidationProxy({
    host: options.host,
    port: options.port,
    upstream: options.proxy,
    upstreamTimeoutMs: timeoutMs,
    ...(options.quiet ? {} : { onExchange: (exchange) => io.out(formatExchange(exchange)) }),
  });
  io.out(proxyBanner(proxy, timeoutMs));
  await stopRequested(io);
  io.out('Stopping…');
  await proxy.close();
  io.out('Stopped.');
  return 0;
}

async function runMock(options: MockCommandOptions, io: CliIo): Promise<number> {
  const server = await startMockServer({
    host: options.host,
    port: options.port,
    dynamic: options.dynamic,
    ...(options.quiet ? {} : { onExchange: (exchange) => io.out(formatExchange(exchange)) }),
    ...(io.resolvePrismFrom ? { resolveFrom: io.resolvePrismFrom } : {}),
    onPrismExit: ({ code, signal, restarting }) => {
      const how = signal ? `was ended by ${signal}` : `exited with code ${code}`;
      if (restarting) io.err(`Prism ${how} unexpectedly; restarting it (requests wait for it)…`);
    },
    onPrismRestarted: (prism) => io.err(`Prism answers again (process ${prism.pid}).`),
  });
  if (server.prism.version !== PRISM_VERSION) {
    io.err(`warning: Prism ${server.prism.version} is installed; this mock is tested with ${PRISM_VERSION}.`);
  }
  io.out(mockBanner(server, options));
  const outcome = await Promise.race([stopRequested(io), server.failed]);
  if (outcome !== 'stop') {
    io.err(`webhooks-contract: the mock stopped working: ${outcome.message}`);
    await server.close();
    return 1;
  }
  io.out('Stopping…');
  await server.close();
  io.out('Stopped.');
  return 0;
}

/**
 * Runs `webhooks-contract mock`; resolves with the exit code once the mock is stopped (0), or once it
 * failed for good (1).
 * @example
 * process.exitCode = await runMockCommand(['--port', '5000'], io);
 */
export async function runMockCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseMockArguments(args, io.env);
  if (options.help) {
    io.out(MOCK_USAGE);
    return 0;
  }
  try {
    return options.proxy === undefined ? await runMock(options, io) : await runProxy({ ...options, proxy: options.proxy }, io);
  } catch (error) {
    if (error instanceof PrismMissingError || error instanceof MockStartError) {
      io.err(`webhooks-contract: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
