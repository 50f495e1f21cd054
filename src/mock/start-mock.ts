/**
 * Starts the whole local mock: Prism on a private port, and the front layer on the public one. Also the
 * validation proxy: Prism in proxy mode with errors on, observed by the front layer.
 * @module
 */
import type { Server } from 'node:http';
import { createFrontServer, type Exchange } from './front-server.js';
import { findFreePort, listen } from './listen.js';
import { MockStartError, resolvePrismCli, startPrism, type PrismLogLevel, type RunningPrism } from './prism.js';

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
  /** receives every request once it is answered */
  onExchange?: (exchange: Exchange) => void;
  /** receives each line Prism prints */
  onPrismOutput?: (line: string) => void;
  /** Prism's log level; defaults to `error` */
  prismLogLevel?: PrismLogLevel;
  /** where to resolve Prism from; defaults to this package */
  resolveFrom?: string | URL;
}

/** How to run the mock. */
export interface MockServerOptions extends LocalServerOptions {
  /** generate bodies from the schemas by default, instead of the examples */
  dynamic?: boolean;
}

/** How to run the validation proxy. */
export interface ValidationProxyOptions extends LocalServerOptions {
  /** the server to check, such as `http://127.0.0.1:8080` */
  upstream: string;
}

/** A running mock or proxy. */
export interface RunningMockServer {
  /** the public URL, such as `http://127.0.0.1:4010` */
  url: string;
  host: string;
  port: number;
  prism: RunningPrism;
  /** stops the front layer and Prism, and waits for both */
  close(): Promise<void>;
}

function checkAddress(host: string, port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new MockStartError(`the port must be a whole number from 0 to 65535; got ${String(port)}`);
  }
  if (host.trim() === '') throw new MockStartError('the host must not be empty; use 127.0.0.1 to stay on this machine');
}

async function startBehindFront(
  options: LocalServerOptions,
  mode: 'mock' | 'observe',
  launch: (port: number) => Promise<RunningPrism>,
): Promise<RunningMockServer> {
  const host = options.host ?? DEFAULT_HOST;
  const port = options.port ?? DEFAULT_PORT;
  checkAddress(host, port);
  // fail before the 2 s start-up when Prism is missing
  resolvePrismCli(options.resolveFrom);
  const prism = await launch(await findFreePort());
  const server: Server = createFrontServer({ prismUrl: prism.url, mode, ...(options.onExchange ? { onExchange: options.onExchange } : {}) });
  let boundPort: number;
  try {
    boundPort = await listen(server, port, host);
  } catch (error) {
    await prism.stop();
    throw error;
  }
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  let closing: Promise<void> | undefined;
  return {
    url,
    host,
    port: boundPort,
    prism,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await Promise.all([closed, prism.stop()]);
      })();
      return closing;
    },
  };
}

/**
 * Starts the mock: the spec's examples (or generated data) behind a front layer that explains every
 * rejected request. Resolves once it answers.
 * @example
 * const mock = await startMockServer({ port: 0 });
 * await fetch(`${mock.url}/v1/webhooks`, { headers: { Authorization: 'Bearer test' } });
 * await mock.close();
 */
export function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  return startBehindFront(options, 'mock', (port) =>
    startPrism({
      mode: 'mock',
      port,
      dynamic: options.dynamic ?? false,
      logLevel: options.prismLogLevel ?? 'error',
      ...(options.onPrismOutput ? { onOutput: options.onPrismOutput } : {}),
      ...(options.resolveFrom ? { resolveFrom: options.resolveFrom } : {}),
    }),
  );
}

/**
 * Starts the validation proxy: requests go through Prism to `upstream`; a request or response that breaks
 * the contract is answered with Prism's error (422 or 500) and reported to `onExchange`.
 * @example
 * const proxy = await startValidationProxy({ upstream: 'http://127.0.0.1:8080', onExchange: console.log });
 */
export function startValidationProxy(options: ValidationProxyOptions): Promise<RunningMockServer> {
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    return Promise.reject(new MockStartError(`the upstream must be an absolute URL such as http://127.0.0.1:8080; got "${options.upstream}"`));
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') {
    return Promise.reject(new MockStartError(`the upstream must be an http:// or https:// URL; got "${options.upstream}"`));
  }
  return startBehindFront(options, 'observe', (port) =>
    startPrism({
      mode: 'proxy',
      upstream: upstream.href.replace(/\/$/, ''),
      port,
      errors: true,
      logLevel: options.prismLogLevel ?? 'error',
      ...(options.onPrismOutput ? { onOutput: options.onPrismOutput } : {}),
      ...(options.resolveFrom ? { resolveFrom: options.resolveFrom } : {}),
    }),
  );
}
