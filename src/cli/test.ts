/**
 * `webhooks-contract test`: runs the contract suite against a running server and reports it: human text
 * on stdout with a progress line on stderr, and `--junit` / `--json` files for CI. Exit code 0 when the
 * server keeps the contract, 1 when it does not, 2 for a usage error or a server that cannot be reached.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  API_KEY_VARIABLE,
  headerVariable,
  looksLikeCredential,
  CHECK_NAMES,
  CHECKS,
  ContractOptionsError,
  DEFAULT_CASES_PER_OPERATION,
  formatCoverageHtml,
  formatCoverageTable,
  formatJunitReport,
  formatProgress,
  formatTextReport,
  runContractSuite,
  SECOND_API_KEY_VARIABLE,
  ServerUnreachableError,
  type ContractPhase,
  type ContractProgress,
  type ContractSuiteOptions,
  type ContractSuiteResult,
  type ProfileName,
} from '../contract/index.js';
import { UsageError, shellQuote, type CliIo } from './io.js';
import { parseTestArguments, type TestCommandOptions } from './test-options.js';
import { loadTestSpec } from './test-spec.js';

/** The help text of `webhooks-contract test`. */
export const TEST_USAGE = `Usage: webhooks-contract test --base-url <url> [options]

Tests your running server against the Webhooks API contract: the spec's examples, invalid inputs (one
broken rule each, and hostile bodies), generated cases, authentication and method probes, and stateful
flows (create, read, update, delete, paging, idempotency, another account). Each failure is printed with
the check, the reason and a curl line that reproduces it.

Exit code: 0 the server keeps the contract, 1 it breaks it, 2 a usage error or an unreachable server.

Options:
  --base-url <url>          Your server's root, such as http://127.0.0.1:8080 (or WEBHOOKS_BASE_URL)
  --api-key <key>           An API key your server accepts (or ${API_KEY_VARIABLE}, which keeps it out of ps)
  --second-api-key <key>    Another account's key, for the cross-account checks (or ${SECOND_API_KEY_VARIABLE})
  -n, --cases <n>           Generated valid and invalid cases per operation (default ${DEFAULT_CASES_PER_OPERATION})
  --seed <n>                Seed of the generated cases (default: random; the report prints it)
  --operation <id>          Only this operation; repeat or comma-separate for more
  --check <name>            Only this check; repeat or comma-separate for more (see --list-checks)
  --exclude-check <name>    Leave this check out; repeat or comma-separate for more
  --stateless               Only the checks that need no server state (for a mock such as npm start)
  --time-budget <seconds>   Start no new case after this long (default 300)
  --request-timeout <s>     How long to wait for one answer (default 10)
  --concurrency <n>         Independent cases in flight at once (default 1; stateful flows run alone)
  --profile <name>          What kind of server it is: default, or sandbox for one that takes any bearer
                            token as an account of its own (the made-up key probe of ignored_auth then
                            expects a new account, not a 401; the report lists what the profile changed);
                            or WEBHOOKS_CONTRACT_PROFILE
  -H, --header 'Name: v'    Send this header on every request (a tenant, a gateway's key); repeatable.
                            Values that look like credentials are written as $WEBHOOKS_HEADER_<NAME>
                            in the curl reproductions, never as they are
  --read-only               A production smoke test: reads, requests the server must refuse, and probes
                            only; nothing is created, changed or deleted (the id-taking operations are
                            tested on the first webhook the list shows)
  --spec <file>             Test against this OpenAPI 3.1 document (YAML or JSON, bundled or with local
                            $refs) instead of the Webhooks API's own: its operations, rules and responses
  --phase <name>            Only this phase: examples, "rule cases", "fixed invalid inputs", "generated
                            cases", "authentication and methods", "stateful flows"; repeat or comma-separate
  --coverage                Print the rule coverage: every rule the spec states, per operation and
                            status, exercised or not, kept or broken
  --coverage-html <file>    Also write the rule coverage as a self-contained HTML page
  --min-coverage <percent>  Fail the run (exit 1) when fewer applicable rules were exercised
  --junit <file>            Also write a JUnit XML report (one testcase per operation and check)
  --json <file>             Also write the whole result as JSON
  -q, --quiet               No progress line
  --list-checks             List the checks and what each one means
  -h, --help                Show this help

Example:
  ${API_KEY_VARIABLE}=sk_test_123 npx webhooks-contract test --base-url http://127.0.0.1:8080 --junit contract-junit.xml
  ${API_KEY_VARIABLE}=any-token npx webhooks-contract test --base-url http://127.0.0.1:4011 --profile sandbox
`;

function listChecks(): string {
  const width = Math.max(...CHECK_NAMES.map((name) => name.length));
  return CHECK_NAMES.map((name) => `  ${name.padEnd(width)}  ${CHECKS[name].description}${CHECKS[name].stateful ? ' (stateful)' : ''}`).join('\n');
}

/** The command that runs the same cases again (keys left to the environment). */
function rerunCommand(options: TestCommandOptions, result: ContractSuiteResult): string {
  const parts = ['npx webhooks-contract test', `--base-url ${shellQuote(result.baseUrl.replace(/\/$/, ''))}`, `--seed ${result.seed}`];
  if (options.cases !== undefined) parts.push(`--cases ${options.cases}`);
  if (options.stateless) parts.push('--stateless');
  for (const operation of options.operations ?? []) parts.push(`--operation ${operation}`);
  for (const check of options.checks ?? []) parts.push(`--check ${check}`);
  for (const check of options.excludeChecks ?? []) parts.push(`--exclude-check ${check}`);
  if (options.profile !== undefined && options.profile !== 'default') parts.push(`--profile ${options.profile}`);
  if (options.readOnly) parts.push('--read-only');
  if (options.spec !== undefined) parts.push(`--spec ${shellQuote(options.spec)}`);
  for (const phase of options.phases ?? []) parts.push(`--phase ${shellQuote(phase)}`);
  for (const [name, value] of Object.entries(options.headers ?? {})) parts.push(`--header ${looksLikeCredential(name, value) ? `"${name}: $${headerVariable(name)}"` : shellQuote(`${name}: ${value}`)}`);
  return parts.join(' ');
}

/** Makes sure a report file can be written before the run, so a typo does not cost a whole run. */
function prepareFile(file: string, flag: string): string {
  const path = resolve(file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
  } catch (error) {
    throw new UsageError(`${flag} ${file}: cannot write there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return path;
}

/** Prints the progress line at most every PROGRESS_EVERY_MS, and whenever the phase changes. */
const PROGRESS_EVERY_MS = 2_000;

function progressPrinter(io: CliIo): (progress: ContractProgress) => void {
  let last = -Infinity;
  let phase = '';
  return (progress) => {
    const now = performance.now();
    if (progress.phase === phase && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    phase = progress.phase;
    io.err(`… ${formatProgress(progress)}`);
  };
}

/**
 * Runs `webhooks-contract test`; resolves with the exit code.
 * @example
 * process.exitCode = await runTestCommand(['--base-url', 'http://127.0.0.1:8080'], io);
 */
export async function runTestCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseTestArguments(args, io.env);
  if (options.help) {
    io.out(TEST_USAGE);
    return 0;
  }
  if (options.listChecks) {
    io.out(`Checks (stateful ones are skipped with --stateless):\n${listChecks()}`);
    return 0;
  }
  if (options.baseUrl === undefined) throw new UsageError('--base-url is required: the root of your running server, such as --base-url http://127.0.0.1:8080');
  if (options.apiKey === undefined) throw new UsageError(`an API key is required: set ${API_KEY_VARIABLE} (or pass --api-key)`);
  const junit = options.junit === undefined ? undefined : prepareFile(options.junit, '--junit');
  const json = options.json === undefined ? undefined : prepareFile(options.json, '--json');
  const html = options.coverageHtml === undefined ? undefined : prepareFile(options.coverageHtml, '--coverage-html');
  const spec = options.spec === undefined ? undefined : await loadTestSpec(options.spec);
  const suiteOptions: ContractSuiteOptions = {
    ...(spec === undefined ? {} : { spec }),
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    stateful: !options.stateless,
    ...(options.secondApiKey === undefined ? {} : { secondApiKey: options.secondApiKey }),
    ...(options.cases === undefined ? {} : { casesPerOperation: options.cases }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.operations === undefined ? {} : { operations: options.operations }),
    ...(options.checks === undefined ? {} : { checks: options.checks }),
    ...(options.excludeChecks === undefined ? {} : { excludeChecks: options.excludeChecks }),
    ...(options.timeBudgetMs === undefined ? {} : { timeBudgetMs: options.timeBudgetMs }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.profile === undefined ? {} : { profile: options.profile as ProfileName }),
    ...(options.quiet ? {} : { onProgress: progressPrinter(io) }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.readOnly ? { readOnly: true } : {}),
    ...(options.phases === undefined ? {} : { phases: options.phases as ContractPhase[] }),
  };
  const mode = `${options.stateless ? 'stateless checks only' : `stateful${options.secondApiKey === undefined ? ', no second API key' : ', with a second API key'}`}${options.profile === 'sandbox' ? ', sandbox profile' : ''}`;
  const cases = options.cases ?? DEFAULT_CASES_PER_OPERATION;
  io.err(`webhooks-contract test → ${options.baseUrl} (${cases} ${cases === 1 ? 'case' : 'cases'} per operation, ${mode})`);
  let result: ContractSuiteResult;
  try {
    result = await runContractSuite(suiteOptions);
  } catch (error) {
    if (error instanceof ContractOptionsError) throw new UsageError(error.message);
    if (error instanceof ServerUnreachableError) {
      io.err(`webhooks-contract: ${error.message}`);
      return 2;
    }
    throw error;
  }
  io.out(formatTextReport(result, { rerun: rerunCommand(options, result) }));
  if (options.coverage) io.out(`\n${formatCoverageTable(result.coverage)}`);
  if (junit !== undefined) writeFileSync(junit, formatJunitReport(result));
  if (json !== undefined) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  if (html !== undefined) writeFileSync(html, formatCoverageHtml(result));
  for (const [flag, path] of [['JUnit', junit], ['JSON', json], ['Coverage HTML', html]] as const) if (path !== undefined) io.err(`${flag} report written to ${path}`);
  const covered = options.minCoverage === undefined || result.coverage.percent >= options.minCoverage;
  if (!covered) io.err(`webhooks-contract: the run exercised ${result.coverage.percent} % of the applicable rules, below --min-coverage ${options.minCoverage}`);
  return result.ok && covered ? 0 : 1;
}
