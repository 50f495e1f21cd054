/**
 * The options of `runContractSuite`, their defaults, and the checks that turn a wrong call into an error
 * that says how to fix it.
 * @module
 */
import { WebhooksContractError } from '../errors.js';
import { loadBundledSpec } from '../spec/bundled-spec.js';
import { CHECK_NAMES, isCheckName, type CheckName } from './checks.js';
import type { OperationId } from './response-contract.js';
import { CONTRACT_PHASES, type ContractPhase, type ContractProgress } from './progress.js';
import { isProfileName, PROFILE_NAMES, PROFILES, type ContractProfile, type ProfileName } from './profiles.js';

/** How to run the contract suite. */
export interface ContractSuiteOptions {
  /** the server's root, without `/v1`: `http://127.0.0.1:8080` */
  baseUrl: string | URL;
  /** an API key of the server (sent as `Authorization: Bearer …`) */
  apiKey: string;
  /** a key of another account, for the cross-account checks; they are skipped without one */
  secondApiKey?: string;
  /** generated valid and invalid cases per operation (each); default 25 */
  casesPerOperation?: number;
  /** the seed of the generated cases; default a random one (printed in the result) */
  seed?: number;
  /** operation ids to test; default all */
  operations?: readonly string[];
  /** check names to run; default all */
  checks?: readonly string[];
  /** check names to leave out */
  excludeChecks?: readonly string[];
  /** false for a stateless server such as a mock: only checks that need no server state run; default true */
  stateful?: boolean;
  /** stop starting new cases after this long, in milliseconds; default 300,000 (5 minutes) */
  timeBudgetMs?: number;
  /** how long to wait for one answer, in milliseconds; default 10,000 */
  requestTimeoutMs?: number;
  /** how many independent cases may be in flight at once (stateful flows always run one at a time); default 1 */
  concurrency?: number;
  /** called after every case */
  onProgress?: (progress: ContractProgress) => void;
  /** a fetch to send with (tests, proxies); default undici's request, which costs the runner less */
  fetch?: typeof globalThis.fetch;
  /**
   * what kind of server it is: `default`, or `sandbox` for one that takes any bearer token as an account
   * of its own (its made-up-key probe is inverted; the report says which checks the profile changed)
   */
  profile?: ProfileName;
  /** headers sent on every request, such as a tenant or a gateway's key; credential-like values never appear in reproductions */
  headers?: Readonly<Record<string, string>>;
  /**
   * a production smoke test: only reads, requests the server must refuse, and probes; the run creates,
   * changes and deletes nothing (the id-taking operations are tested on a webhook the list shows, if any)
   */
  readOnly?: boolean;
  /** run only these phases (default all): `rule cases` alone tests every request rule the spec states */
  phases?: readonly ContractPhase[];
  /**
   * the OpenAPI 3.1 document (parsed, `$ref`s internal) to test against; default the bundled spec. An
   * operation this API does not have gets its rule cases and response checks from the document alone,
   * its schemas compiled at run time
   */
  spec?: Readonly<Record<string, unknown>>;
}

/** The options with defaults applied and checked. */
export interface ResolvedOptions {
  baseUrl: URL;
  apiKey: string;
  secondApiKey: string | undefined;
  casesPerOperation: number;
  seed: number;
  operations: OperationId[];
  checks: Set<CheckName>;
  stateful: boolean;
  timeBudgetMs: number;
  requestTimeoutMs: number;
  concurrency: number;
  onProgress: ((progress: ContractProgress) => void) | undefined;
  /** undefined: undici's request */
  fetch: typeof globalThis.fetch | undefined;
  profile: ContractProfile;
  headers: Readonly<Record<string, string>>;
  readOnly: boolean;
  /** undefined: every phase */
  phases: ReadonlySet<ContractPhase> | undefined;
  spec: Record<string, unknown>;
}

/** The suite was called the wrong way; the message says what to change. */
export class ContractOptionsError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_CONTRACT_OPTIONS', message);
  }
}

export const DEFAULT_CASES_PER_OPERATION = 25;
export const DEFAULT_TIME_BUDGET_MS = 5 * 60_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** The most cases in flight at once: a contract test, not a load test. */
const MAX_CONCURRENCY = 32;
/** The most generated cases per operation one run takes. */
const MAX_CASES_PER_OPERATION = 100_000;

function positiveInteger(value: number | undefined, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new ContractOptionsError(`${name} must be a whole number from 1 to ${max}; got ${String(value)}`);
  return value;
}

function parseBaseUrl(raw: string | URL | undefined): URL {
  if (raw === undefined || String(raw).trim() === '') throw new ContractOptionsError('baseUrl is required: the root of your running server, such as http://127.0.0.1:8080');
  let url: URL;
  try {
    url = new URL(String(raw));
  } catch {
    throw new ContractOptionsError(`baseUrl must be an absolute http:// or https:// URL, such as http://127.0.0.1:8080; got "${String(raw)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ContractOptionsError(`baseUrl must use http:// or https://; got "${url.protocol}"`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ContractOptionsError('baseUrl must be the bare root of the server: no query, fragment or credentials (pass the key as apiKey)');
  }
  if (/\/v1\/?$/.test(url.pathname)) throw new ContractOptionsError(`baseUrl must not end in /v1: the contract's paths carry it. Use ${url.origin}${url.pathname.replace(/\/v1\/?$/, '')}`);
  return url;
}

function checkedPhases(phases: readonly string[] | undefined): ReadonlySet<ContractPhase> | undefined {
  if (phases === undefined) return undefined;
  for (const phase of phases) {
    if (!(CONTRACT_PHASES as readonly string[]).includes(phase)) throw new ContractOptionsError(`unknown phase "${phase}"; the phases are ${CONTRACT_PHASES.join(', ')}`);
  }
  if (phases.length === 0) throw new ContractOptionsError(`no phase selected; the phases are ${CONTRACT_PHASES.join(', ')}`);
  return new Set(phases as ContractPhase[]);
}

function checkedHeaders(headers: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new ContractOptionsError(`headers: "${name}" is not a header name`);
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) throw new ContractOptionsError(`headers: the value of ${name} must be one line of text`);
    if (name.toLowerCase() === 'authorization') throw new ContractOptionsError('headers cannot set Authorization: pass the key as apiKey');
  }
  return { ...(headers ?? {}) };
}

/**
 * Applies the defaults and checks every option; throws `ContractOptionsError` with what to change.
 * @example
 * resolveOptions({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'key' }, ['createWebhook', …]).casesPerOperation // 25
 */
export function resolveOptions(options: ContractSuiteOptions, knownOperations: readonly OperationId[]): ResolvedOptions {
  const baseUrl = parseBaseUrl(options.baseUrl);
  if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') throw new ContractOptionsError('apiKey is required: an API key your server accepts (sent as "Authorization: Bearer <key>")');
  if (/[\r\n]/.test(options.apiKey) || /[\r\n]/.test(options.secondApiKey ?? '')) throw new ContractOptionsError('an API key must be one line');
  if (options.secondApiKey !== undefined && options.secondApiKey === options.apiKey) {
    throw new ContractOptionsError("secondApiKey must be another account's key, not the same as apiKey");
  }
  const operations = options.operations === undefined ? [...knownOperations] : [...new Set(options.operations)];
  for (const operation of operations) {
    if (!knownOperations.includes(operation as OperationId)) throw new ContractOptionsError(`unknown operation "${operation}"; the operations are ${knownOperations.join(', ')}`);
  }
  if (operations.length === 0) throw new ContractOptionsError(`no operation selected; the operations are ${knownOperations.join(', ')}`);
  for (const name of [...(options.checks ?? []), ...(options.excludeChecks ?? [])]) {
    if (!isCheckName(name)) throw new ContractOptionsError(`unknown check "${name}"; the checks are ${CHECK_NAMES.join(', ')}`);
  }
  const excluded = new Set(options.excludeChecks ?? []);
  const checks = new Set((options.checks ?? CHECK_NAMES).filter((name): name is CheckName => isCheckName(name) && !excluded.has(name)));
  if (checks.size === 0) throw new ContractOptionsError(`no check selected; the checks are ${CHECK_NAMES.join(', ')}`);
  const profileName = options.profile ?? 'default';
  if (typeof profileName !== 'string' || !isProfileName(profileName)) {
    throw new ContractOptionsError(`unknown profile "${String(profileName)}"; the profiles are ${PROFILE_NAMES.join(', ')}`);
  }
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed)) throw new ContractOptionsError(`seed must be a whole number; got ${String(options.seed)}`);
  return {
    baseUrl,
    apiKey: options.apiKey,
    secondApiKey: options.secondApiKey,
    casesPerOperation: positiveInteger(options.casesPerOperation, 'casesPerOperation', DEFAULT_CASES_PER_OPERATION, MAX_CASES_PER_OPERATION),
    seed,
    operations: knownOperations.filter((operation) => operations.includes(operation)),
    checks,
    stateful: options.stateful ?? true,
    timeBudgetMs: positiveInteger(options.timeBudgetMs, 'timeBudgetMs', DEFAULT_TIME_BUDGET_MS),
    requestTimeoutMs: positiveInteger(options.requestTimeoutMs, 'requestTimeoutMs', DEFAULT_REQUEST_TIMEOUT_MS),
    concurrency: positiveInteger(options.concurrency, 'concurrency', 1, MAX_CONCURRENCY),
    onProgress: options.onProgress,
    fetch: options.fetch,
    profile: PROFILES[profileName],
    headers: checkedHeaders(options.headers),
    readOnly: options.readOnly ?? false,
    phases: checkedPhases(options.phases),
    spec: (options.spec ?? loadBundledSpec()) as Record<string, unknown>,
  };
}
