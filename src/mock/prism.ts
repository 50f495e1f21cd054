/**
 * Starts and stops Prism (the optional peer dependency `@stoplight/prism-cli`) as a child process, in mock
 * or proxy mode, and waits until it answers.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WebhooksContractError } from '../errors.js';
import { bundledSpecPath } from '../spec/bundled-spec.js';

/** The Prism version this mock is built and tested against. */
export const PRISM_VERSION = '5.14.2';

/** What to tell a user who has no Prism installed. */
export const PRISM_INSTALL_HINT = `npm install --save-dev @stoplight/prism-cli@${PRISM_VERSION}`;

const READY_TIMEOUT_MS = 30_000;
const READY_POLL_MS = 20;
const STOP_TIMEOUT_MS = 5_000;
/** Loaded into Prism's process before its CLI: it ends Prism when the process that started it is gone. */
const EXIT_WITH_PARENT = 'data:text/javascript,process.on("disconnect",()=>process.exit(0))';
/** lines of Prism's output kept to explain a failed start */
const OUTPUT_TAIL_LINES = 40;

/**
 * Prism is not installed where this package can resolve it.
 * @example
 * try { resolvePrismCli() } catch (e) { if (e instanceof PrismMissingError) console.error(e.message) }
 */
export class PrismMissingError extends WebhooksContractError {
  constructor() {
    super(
      'ERR_PRISM_MISSING',
      `The mock server needs Prism, an optional peer dependency of webhooks-contract. Install it with:\n  ${PRISM_INSTALL_HINT}`,
    );
  }
}

/**
 * Prism or the mock did not start (bad port, port in use, Prism exited); the message says why.
 * @example
 * startPrism({ mode: 'mock', port: 80 }) // rejects: … EACCES …
 */
export class MockStartError extends WebhooksContractError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ERR_MOCK_START', message, options);
  }
}

/** Where Prism's CLI script is, and which version it is. */
export interface PrismCli {
  path: string;
  version: string;
}

/**
 * Finds Prism's CLI script the way Node would resolve the package from this module.
 * @example
 * const { path, version } = resolvePrismCli(); // …/node_modules/@stoplight/prism-cli/dist/index.js, 5.14.2
 */
export function resolvePrismCli(from: string | URL = import.meta.url): PrismCli {
  let manifestPath: string;
  try {
    manifestPath = createRequire(from).resolve('@stoplight/prism-cli/package.json');
  } catch {
    throw new PrismMissingError();
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; bin: { prism: string } };
  return { path: join(dirname(manifestPath), manifest.bin.prism), version: manifest.version };
}

/** Prism's log levels, quietest last. */
export type PrismLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** How to run Prism. */
export interface PrismOptions {
  /** `mock` answers from the spec; `proxy` forwards to `upstream` and checks both directions */
  mode: 'mock' | 'proxy';
  /** the server to forward to, in proxy mode */
  upstream?: string;
  /** defaults to 127.0.0.1 */
  host?: string;
  port: number;
  /** generate bodies from schemas instead of serving the examples (mock mode) */
  dynamic?: boolean;
  /** answer a contract violation with an error instead of passing it on (Prism's `--errors`) */
  errors?: boolean;
  /** defaults to `error`: Prism's `info` logging halves its throughput */
  logLevel?: PrismLogLevel;
  /** the OpenAPI document; defaults to the bundled spec */
  specPath?: string;
  /** receives each line Prism prints */
  onOutput?: (line: string) => void;
  /** where to resolve Prism from; defaults to this module */
  resolveFrom?: string | URL;
}

/** A running Prism. */
export interface RunningPrism {
  /** `http://host:port`, no trailing slash */
  url: string;
  /** the child process's id */
  pid: number;
  version: string;
  /** settles with the exit code when the process ends, for whatever reason (`null` when a signal ended it) */
  exited: Promise<number | null>;
  /** the signal that ended the process, once it ended by one */
  exitSignal?: NodeJS.Signals;
  /** stops Prism and waits until it has exited */
  stop(): Promise<void>;
}

function prismArguments(cli: string, options: PrismOptions, host: string): string[] {
  const args = [cli, options.mode, options.specPath ?? bundledSpecPath()];
  if (options.mode === 'proxy') {
    if (!options.upstream) throw new MockStartError('proxy mode needs the upstream URL of the server to check');
    args.push(options.upstream);
  }
  args.push('--host', host, '--port', String(options.port), '--verboseLevel', options.logLevel ?? 'error');
  if (options.errors) args.push('--errors');
  if (options.dynamic) args.push('--dynamic');
  return args;
}

/** Collects a child's output line by line, keeping the last lines to explain a failure. */
function watchOutput(child: ChildProcess, onLine: (line: string) => void): () => string {
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > OUTPUT_TAIL_LINES) tail.shift();
        onLine(line);
      }
    });
  }
  return () => tail.join('\n');
}

/**
 * Whether Prism answers yet: a CORS preflight, which Prism answers itself (204) once it has loaded the
 * document, in either mode and whatever the document's paths, without calling an upstream.
 */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1', 'Access-Control-Request-Method': 'GET' },
    });
    await response.arrayBuffer();
    return response.status === 204;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts Prism on `host:port` and resolves once it answers (about 2 s), or rejects with its output.
 * @example
 * const prism = await startPrism({ mode: 'mock', port: 4010 });
 * await fetch(`${prism.url}/v1/webhooks`, { headers: { Authorization: 'Bearer test' } });
 * await prism.stop();
 */
export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const cli = resolvePrismCli(options.resolveFrom);
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${options.port}`;
  // the IPC channel closes when this process ends, however it ends (even SIGKILL), and Prism exits with it;
  // its own process group keeps a terminal's Ctrl-C from reaching it: the mock stops it, in order
  const child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, ...prismArguments(cli.path, options, host)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: process.platform !== 'win32',
  });
  const outputTail = watchOutput(child, options.onOutput ?? (() => {}));
  let exitCode: number | null | undefined;
  let running: RunningPrism | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code, signal) => {
      exitCode = code;
      if (running && signal) running.exitSignal = signal;
      resolve(code);
    });
    child.once('error', () => resolve(null));
  });
  // stop Prism at once on a normal exit too, rather than when the channel is noticed closed
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    if (exitCode !== undefined) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(url))) {
    if (exitCode !== undefined) {
      process.removeListener('exit', killOnExit);
      throw new MockStartError(`Prism exited (code ${exitCode}) before it answered on ${url}:\n${outputTail()}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new MockStartError(`Prism did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s:\n${outputTail()}`);
    }
    await sleep(READY_POLL_MS);
  }
  running = { url, pid: child.pid!, version: cli.version, exited, stop };
  return running;
}
