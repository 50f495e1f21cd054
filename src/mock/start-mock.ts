/**
 * Starts the whole local mock: the front layer on the public port, and Prism on a private one, kept
 * running by a supervisor. Also the validation proxy: the front layer alone, in front of your server.
 * This module loads only what it needs to take the port and start Prism; the front layer (the validators
 * and the spec) is loaded while Prism starts, which is most of the mock's start-up.
 * @module
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Exchange, ServerTimeouts } from './exchange.js';
import { createMockServer } from './mock-server.js';
import { listen } from './listen.js';
import { MockStartError, resolvePrismCli, startPrism, type PrismLogLevel, type RunningPrism } from './prism.js';
import { PrismSupervisor, type PrismExit } from './prism-supervisor.js';
import { DEFAULT_UPSTREAM_TIMEOUT_MS } from './defaults.js';

export { DEFAULT_UPSTREAM_TIMEOUT_MS };

/** The address the mock answers on unless told otherwise. */
export const DEFAULT_HOST = '127.0.0.1';
/** The port the mock answers on unless told otherwise (the spec's second server). */
export const DEFAULT_PORT = 4010;

/** What both the mock and the proxy take. */
export interface LocalServerOptions {
  /** defaults to 127.0.0.1 */
  host?: string;
  /** defaults to 4010; 0 picks a free port */
  port?: number;
  /** receives every request once it is answered (or once its client went away) */
  onExchange?: (exchange: Exchange) => void;
  /** Node's HTTP server timeouts for clients that send their request slowly */
  timeouts?: ServerTimeouts;
}

/** How to run the mock. */
export interface MockServerOptions extends LocalServerOptions {
  /** generate bodies from the schemas by default, instead of the examples */
  dynamic?: boolean;
  /** receives each line Prism prints */
  onPrismOutput?: (line: string) => void;
  /** Prism's log level; defaults to `error` */
  prismLogLevel?: PrismLogLevel;
  /** where to resolve Prism from; defaults to this package */
  resolveFrom?: string | URL;
  /** how many times a minute to restart a Prism that died before giving up; defaults to 3 (0: never) */
  maxPrismRestarts?: number;
  /** told when Prism's process ends unexpectedly, and whether it is being restarted */
  onPrismExit?: (exit: PrismExit) => void;
  /** told when a restarted Prism answers */
  onPrismRestarted?: (prism: RunningPrism) => void;
}

/** How to run the validation proxy. */
export interface ValidationProxyOptions extends LocalServerOptions {
  /** the server to check, such as `http://127.0.0.1:8080` */
  upstream: string;
  /** how long to wait for the upstream's whole answer before answering 504; defaults to 30 s */
  upstreamTimeoutMs?: number;
}

/** A running mock. */
export interface RunningMockServer {
  /** the public URL, such as `http://127.0.0.1:4010` */
  url: string;
  host: string;
  port: number;
  /** the Prism that answers now (a new one after a restart) */
  readonly prism: RunningPrism;
  /** settles with the reason when the mock gave up on Prism (it then answers 503); never settles otherwise */
  failed: Promise<MockStartError>;
  /** stops the front layer and Prism, and waits for both */
  close(): Promise<void>;
}

/** A running validation proxy. */
export interface RunningValidationProxy {
  /** the public URL, such as `http://127.0.0.1:4010` */
  url: string;
  host: string;
  port: number;
  /** the server it checks */
  upstream: string;
  /** stops it */
  close(): Promise<void>;
}

function checkAddress(host: string, port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new MockStartError(`the port must be a whole number from 0 to 65535; got ${String(port)}`);
  }
  if (host.trim() === '') throw new MockStartError('the host must not be empty; use 127.0.0.1 to stay on this machine');
}

const publicUrl = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/**
 * Starts the mock: the spec's examples (or generated data) behind a front layer that judges every
 * request and explains every refusal. The port is taken first (a taken port fails at once, before Prism
 * starts); resolves once Prism answers. A Prism that dies is restarted.
 * @example
 * const mock = await startMockServer({ port: 0 });
 * await fetch(`${mock.url}/v1/webhooks`, { headers: { Authorization: 'Bearer test' } });
 * await mock.close();
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  checkAddress(host, port);
  // fail before anything starts when Prism is missing
  resolvePrismCli(options.resolveFrom);
  const supervisor = new PrismSupervisor(
    (prismPort) =>
      startPrism({
        mode: 'mock',
        port: prismPort,
        dynamic: options.dynamic ?? false,
        logLevel: options.prismLogLevel ?? 'error',
        ...(options.onPrismOutput ? { onOutput: options.onPrismOutput } : {}),
        ...(options.resolveFrom ? { resolveFrom: options.resolveFrom } : {}),
      }),
    {
      ...(options.maxPrismRestarts === undefined ? {} : { maxRestarts: options.maxPrismRestarts }),
      ...(options.onPrismExit ? { onExit: options.onPrismExit } : {}),
      ...(options.onPrismRestarted ? { onRestarted: options.onPrismRestarted } : {}),
    },
  );
  const server = createMockServer(options.timeouts);
  // requests that arrive before the front layer is loaded wait for it
  const early: [IncomingMessage, ServerResponse, boolean][] = [];
  const hold = (expectsContinue: boolean) => (request: IncomingMessage, response: ServerResponse) => void early.push([request, response, expectsContinue]);
  server.on('request', hold(false));
  server.on('checkContinue', hold(true));
  // take the port first: a taken port fails at once, before Prism starts
  const boundPort = await listen(server, port, host);
  const starting = supervisor.start();
  // a failure to start is handled below, once the front layer is loaded
  starting.catch(() => undefined);
  let prism: RunningPrism;
  try {
    const { attachFrontLayer } = await import('./front-server.js');
    server.removeAllListeners('request');
    server.removeAllListeners('checkContinue');
    const handle = attachFrontLayer(server, {
      prism: supervisor,
      ...(options.onExchange ? { onExchange: options.onExchange } : {}),
      ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    });
    for (const [request, response, expectsContinue] of early.splice(0)) handle(request, response, expectsContinue);
    prism = await starting;
  } catch (error) {
    await Promise.all([closeServer(server), supervisor.stop()]);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: publicUrl(host, boundPort),
    host,
    port: boundPort,
    get prism() {
      return supervisor.current ?? prism;
    },
    failed: supervisor.failed,
    close() {
      closing ??= Promise.all([closeServer(server), supervisor.stop()]).then(() => undefined);
      return closing;
    },
  };
}

/**
 * Starts the validation proxy: every request goes to `upstream` as sent and every answer comes back as
 * given; `onExchange` gets what broke the contract on either side, in the library's words, and whether
 * the upstream was down or too slow (answered 502 / 504).
 * @example
 * const proxy = await startValidationProxy({ upstream: 'http://127.0.0.1:8080', onExchange: (e) => console.log(formatExchange(e)) });
 */
export async function startValidationProxy(options: ValidationProxyOptions): Promise<RunningValidationProxy> {
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new MockStartError(`the upstream must be an absolute URL such as http://127.0.0.1:8080; got "${options.upstream}"`);
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') {
    throw new MockStartError(`the upstream must be an http:// or https:// URL; got "${options.upstream}"`);
  }
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new MockStartError(`the upstream time-out must be a positive number of milliseconds; got ${String(timeoutMs)}`);
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  checkAddress(host, port);
  const { createValidationProxyServer } = await import('./validation-proxy.js');
  const server = createValidationProxyServer({
    upstream: upstream.href,
    upstreamTimeoutMs: timeoutMs,
    ...(options.onExchange ? { onExchange: options.onExchange } : {}),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });
  const boundPort = await listen(server, port, host);
  let closing: Promise<void> | undefined;
  return {
    url: publicUrl(host, boundPort),
    host,
    port: boundPort,
    upstream: upstream.href.replace(/\/$/, ''),
    close() {
      closing ??= closeServer(server);
      return closing;
    },
  };
}
