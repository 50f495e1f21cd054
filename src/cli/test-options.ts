/**
 * Reads the `test` command's flags, with the WEBHOOKS_* environment variables as defaults (flags win).
 * @module
 */
import { isProfileName, PROFILE_NAMES } from '../contract/profiles.js';
import { UsageError, parseCommandLine } from './io.js';

/** The `test` command, as the user asked for it. */
export interface TestCommandOptions {
  baseUrl?: string;
  apiKey?: string;
  secondApiKey?: string;
  cases?: number;
  seed?: number;
  operations?: string[];
  checks?: string[];
  excludeChecks?: string[];
  stateless: boolean;
  timeBudgetMs?: number;
  requestTimeoutMs?: number;
  concurrency?: number;
  /** `default` or `sandbox` */
  profile?: string;
  junit?: string;
  json?: string;
  /** print the rule coverage table */
  coverage: boolean;
  /** write the rule coverage as an HTML page here */
  coverageHtml?: string;
  /** fail the run when fewer applicable rules than this (percent) were exercised */
  minCoverage?: number;
  /** `Name: value` headers sent on every request */
  headers?: Record<string, string>;
  /** reads, refused requests and probes only */
  readOnly: boolean;
  /** only these phases */
  phases?: string[];
  /** the OpenAPI 3.1 document to test against (YAML or JSON), instead of the bundled spec */
  spec?: string;
  quiet: boolean;
  listChecks: boolean;
  help: boolean;
}

function wholeNumber(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${flag} must be a whole number${min > 0 ? ` of at least ${min}` : ''}; got "${value}"`);
  }
  return Number(value);
}

function seconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new UsageError(`${flag} must be a number of seconds above 0, such as 60; got "${value}"`);
  return Math.ceil(number * 1000);
}

/** `--check a,b --check c` → `['a', 'b', 'c']`. */
function list(values: string[] | undefined): string[] | undefined {
  return values?.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
}

/** Header names the runner sets itself, per request: a fixed value would break its cases. */
const RUNNER_HEADERS = new Set(['authorization', 'content-type', 'content-length', 'accept', 'idempotency-key', 'host', 'transfer-encoding', 'connection']);

/** `--header 'X-Tenant: acme'` (repeatable) → `{ 'X-Tenant': 'acme' }`. */
function parseHeaders(values: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const value of values) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/.exec(value);
    if (match === null || /[\r\n\0]/.test(value)) throw new UsageError(`--header must be "Name: value" on one line, such as --header 'X-Tenant: acme'; got "${value.slice(0, 80)}"`);
    if (RUNNER_HEADERS.has(match[1]!.toLowerCase())) throw new UsageError(`--header cannot set ${match[1]}: the runner sets it on each request itself${match[1]!.toLowerCase() === 'authorization' ? ' (pass the key with --api-key or WEBHOOKS_API_KEY)' : ''}`);
    headers[match[1]!] = match[2]!;
  }
  return headers;
}

/**
 * Parses the arguments after `test`.
 * @example
 * parseTestArguments(['--base-url', 'http://127.0.0.1:8080', '--cases', '50'], { WEBHOOKS_API_KEY: 'key' })
 */
export function parseTestArguments(args: readonly string[], env: NodeJS.ProcessEnv): TestCommandOptions {
  const { values, positionals } = parseCommandLine(args, {
    'base-url': { type: 'string' },
    'api-key': { type: 'string' },
    'second-api-key': { type: 'string' },
    cases: { type: 'string', short: 'n' },
    seed: { type: 'string' },
    operation: { type: 'string', multiple: true },
    check: { type: 'string', multiple: true },
    'exclude-check': { type: 'string', multiple: true },
    stateless: { type: 'boolean', default: false },
    'time-budget': { type: 'string' },
    'request-timeout': { type: 'string' },
    concurrency: { type: 'string' },
    profile: { type: 'string' },
    junit: { type: 'string' },
    json: { type: 'string' },
    coverage: { type: 'boolean', default: false },
    'coverage-html': { type: 'string' },
    'min-coverage': { type: 'string' },
    header: { type: 'string', short: 'H', multiple: true },
    'read-only': { type: 'boolean', default: false },
    phase: { type: 'string', multiple: true },
    spec: { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    'list-checks': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const [extra] = positionals;
  if (extra !== undefined) {
    const hint = /^https?:\/\//.test(extra) ? `; to test the server at ${extra}, use --base-url ${extra}` : '';
    throw new UsageError(`unexpected argument "${extra}"${hint}`);
  }
  const fromEnv = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const options: TestCommandOptions = {
    stateless: values.stateless,
    quiet: values.quiet,
    listChecks: values['list-checks'],
    coverage: values.coverage,
    readOnly: values['read-only'],
    help: values.help,
  };
  const assign = <K extends keyof TestCommandOptions>(key: K, value: TestCommandOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  assign('baseUrl', values['base-url'] ?? fromEnv('WEBHOOKS_BASE_URL'));
  assign('apiKey', values['api-key'] ?? fromEnv('WEBHOOKS_API_KEY'));
  assign('secondApiKey', values['second-api-key'] ?? fromEnv('WEBHOOKS_SECOND_API_KEY'));
  assign('cases', wholeNumber(values.cases, '--cases', 1));
  assign('seed', wholeNumber(values.seed, '--seed', Number.MIN_SAFE_INTEGER));
  assign('operations', list(values.operation));
  assign('checks', list(values.check));
  assign('excludeChecks', list(values['exclude-check']));
  assign('phases', list(values.phase));
  assign('timeBudgetMs', seconds(values['time-budget'], '--time-budget'));
  assign('requestTimeoutMs', seconds(values['request-timeout'], '--request-timeout'));
  assign('concurrency', wholeNumber(values.concurrency, '--concurrency', 1));
  const profile = values.profile ?? fromEnv('WEBHOOKS_CONTRACT_PROFILE');
  if (profile !== undefined && !isProfileName(profile)) throw new UsageError(`--profile (or WEBHOOKS_CONTRACT_PROFILE) must be one of ${PROFILE_NAMES.join(', ')}; got "${profile}"`);
  assign('profile', profile);
  const minCoverage = values['min-coverage'];
  if (minCoverage !== undefined) {
    const percent = Number(minCoverage);
    if (minCoverage.trim() === '' || !Number.isFinite(percent) || percent < 0 || percent > 100) throw new UsageError(`--min-coverage must be a percentage from 0 to 100, such as 100; got "${minCoverage}"`);
    options.minCoverage = percent;
  }
  if (values.header !== undefined) options.headers = parseHeaders(values.header);
  if (values['coverage-html'] !== undefined) {
    if (values['coverage-html'].trim() === '') throw new UsageError('--coverage-html needs a file name, such as --coverage-html contract-coverage.html');
    options.coverageHtml = values['coverage-html'];
  }
  if (values.spec !== undefined) {
    if (values.spec.trim() === '') throw new UsageError('--spec needs a file name, such as --spec openapi.yaml');
    options.spec = values.spec;
  }
  for (const flag of ['junit', 'json'] as const) {
    const file = values[flag];
    if (file !== undefined && file.trim() === '') throw new UsageError(`--${flag} needs a file name, such as --${flag} contract-report.${flag === 'junit' ? 'xml' : 'json'}`);
    assign(flag, file);
  }
  return options;
}
