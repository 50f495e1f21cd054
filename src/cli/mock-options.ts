/**
 * Reads the `mock` command's flags and the MOCK_HOST / MOCK_PORT environment variables (flags win).
 * @module
 */
import { DEFAULT_HOST, DEFAULT_PORT } from '../mock/start-mock.js';
import { UsageError, parseCommandLine } from './io.js';

/** The `mock` command, as the user asked for it. */
export interface MockCommandOptions {
  host: string;
  port: number;
  dynamic: boolean;
  quiet: boolean;
  /** the upstream to check, in validation proxy mode */
  proxy?: string;
  /** the proxy's upstream time-out, in milliseconds */
  upstreamTimeoutMs?: number;
  help: boolean;
}

function parsePort(value: string, source: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new UsageError(`${source} must be a whole number from 0 to 65535 (0 picks a free port); got "${value}"`);
  }
  return Number(value);
}

/**
 * Parses the arguments after `mock`.
 * @example
 * parseMockArguments(['--port', '5000'], {}) // { host: '127.0.0.1', port: 5000, dynamic: false, quiet: false, help: false }
 */
export function parseMockArguments(args: readonly string[], env: NodeJS.ProcessEnv): MockCommandOptions {
  const { values, positionals } = parseCommandLine(args, {
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    dynamic: { type: 'boolean', short: 'd', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    proxy: { type: 'string' },
    'upstream-timeout': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const [extra] = positionals;
  if (extra !== undefined) {
    const hint = /^https?:\/\//.test(extra) ? `; to check the server at ${extra}, use --proxy ${extra}` : '';
    throw new UsageError(`unexpected argument "${extra}"${hint}`);
  }
  const proxy = values.proxy;
  if (proxy !== undefined && proxy.trim() === '') throw new UsageError('--proxy needs the URL of the server to check, such as --proxy http://127.0.0.1:8080');
  if (proxy !== undefined && values.dynamic) throw new UsageError("--dynamic is for the mock; the proxy answers with your server's data");
  const timeout = values['upstream-timeout'];
  if (timeout !== undefined && proxy === undefined) throw new UsageError('--upstream-timeout is for the validation proxy (--proxy <url>)');
  if (timeout !== undefined && (!/^\d+(?:\.\d+)?$/.test(timeout) || Number(timeout) <= 0 || Number(timeout) > 3600)) {
    throw new UsageError(`--upstream-timeout must be a number of seconds above 0 and at most 3600, such as 10 or 0.5; got "${timeout}"`);
  }
  const host = values.host ?? env.MOCK_HOST ?? DEFAULT_HOST;
  if (host.trim() === '') throw new UsageError('the host must not be empty; use 127.0.0.1 to stay on this machine');
  const port =
    values.port !== undefined ? parsePort(values.port, '--port') : env.MOCK_PORT !== undefined && env.MOCK_PORT !== '' ? parsePort(env.MOCK_PORT, 'MOCK_PORT') : DEFAULT_PORT;
  return {
    host,
    port,
    dynamic: values.dynamic,
    quiet: values.quiet,
    help: values.help,
    ...(proxy === undefined ? {} : { proxy }),
    ...(timeout === undefined ? {} : { upstreamTimeoutMs: Math.round(Number(timeout) * 1000) }),
  };
}
