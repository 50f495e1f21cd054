/**
 * `runContractSuite`: checks that the server behind a base URL keeps the contract, driven by the bundled
 * spec. It sends the spec's examples, fixed invalid inputs, generated cases, authentication and method
 * probes and (against a stateful server) the stateful flows, judges every answer, and returns what
 * passed and what failed, each failure with a `curl` reproduction.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadBundledSpec, type SpecNode } from '../spec/bundled-spec.js';
import { CanaryRegistry } from './canaries.js';
import { CHECKS, CHECK_NAMES } from './checks.js';
import { Sender } from './http.js';
import { resolveOptions, type ContractSuiteOptions, type ResolvedOptions } from './options.js';
import { preflight, preflightTarget } from './preflight.js';
import { runCatalogue } from './phases/catalogue.js';
import { runExamples } from './phases/examples.js';
import { runGenerated } from './phases/generated.js';
import { MADE_UP_KEY_WHY, runProbes } from './phases/probes.js';
import { runRules } from './phases/rules.js';
import { runStateful } from './phases/stateful.js';
import type { ContractPhase } from './progress.js';
import { CoverageRecorder } from './coverage.js';
import { Recorder } from './recorder.js';
import { ruleCatalogue } from './rules/catalogue.js';
import { operationContracts, TESTABLE_SCHEMES, type OperationContract, type OperationId } from './response-contract.js';
import type { ContractSuiteResult } from './result.js';
import type { RunContext } from './run-context.js';
import type { Session } from './session.js';

export { ServerUnreachableError } from './preflight.js';

/**
 * Runs the contract suite against a running server.
 * @example
 * const result = await runContractSuite({ baseUrl: 'http://127.0.0.1:8080', apiKey: process.env.API_KEY!, casesPerOperation: 50 });
 * if (!result.ok) for (const failure of result.failures) console.log(failure.check, failure.reason, failure.reproduction.at(-1));
 * // a document with operations of its own: their rule cases and response checks come from it alone
 * await runContractSuite({ baseUrl, apiKey, spec: JSON.parse(readFileSync('openapi.json', 'utf8')), operations: ['createWidget'] });
 */
export async function runContractSuite(options: ContractSuiteOptions): Promise<ContractSuiteResult> {
  const spec = (options.spec ?? loadBundledSpec()) as SpecNode;
  const contracts = operationContracts(spec);
  // operations whose callers need a credential the runner is not given (the platform's publishing, with a
  // platform key) are not applicable: they are left out, and the report says so
  const untestable = [...contracts.values()].filter((contract) => !TESTABLE_SCHEMES.has(contract.securityScheme));
  const resolved = resolveOptions(options, [...contracts.keys()].filter((id) => !untestable.some((contract) => contract.operationId === id)));
  const startedAt = new Date();
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const deadline = started + resolved.timeBudgetMs;
  const sender = new Sender({ baseUrl: resolved.baseUrl, requestTimeoutMs: resolved.requestTimeoutMs, deadline, connections: resolved.concurrency, headers: resolved.headers, ...(resolved.fetch === undefined ? {} : { fetch: resolved.fetch }) });
  try {
    const result = await runWith(sender, resolved, contracts, { startedAt, started, cpuStart, deadline }, untestable);
    for (const contract of untestable) {
      result.notes.push(`${contract.operationId} was not tested: its callers authenticate with ${contract.securityScheme}, a credential the runner is not given (it tests with an account's API key).`);
    }
    return result;
  } finally {
    await sender.close();
  }
}

async function runWith(
  sender: Sender,
  resolved: ResolvedOptions,
  contracts: ReturnType<typeof operationContracts>,
  { startedAt, started, cpuStart, deadline }: { startedAt: Date; started: number; cpuStart: NodeJS.CpuUsage; deadline: number },
  untestable: readonly OperationContract[],
): Promise<ContractSuiteResult> {
  await preflight(sender, resolved, preflightTarget(resolved.spec as SpecNode, contracts));
  const selected = resolved.operations.map((operationId) => contracts.get(operationId)!);
  const recorder = new Recorder(selected, resolved.checks);
  const session: Session = {
    baseUrl: resolved.baseUrl,
    sender,
    canaries: new CanaryRegistry(),
    recorder,
    coverage: newCoverage(resolved.spec, untestable),
    contracts,
    enabled: resolved.checks,
    stateful: resolved.stateful,
    auth: { Authorization: `Bearer ${resolved.apiKey}` },
    ...(resolved.secondApiKey === undefined ? {} : { secondAuth: { Authorization: `Bearer ${resolved.secondApiKey}` } }),
    created: new Map(),
    origins: new Map(),
    requestIds: new Set(),
    newIdempotencyKey: idempotencyKeys(),
  };
  let phase: ContractPhase = 'examples';
  const context: RunContext = {
    session,
    spec: resolved.spec,
    seed: resolved.seed,
    casesPerOperation: resolved.casesPerOperation,
    concurrency: resolved.concurrency,
    deadline,
    selected: new Set(resolved.operations),
    notes: [],
    profile: resolved.profile,
    readOnly: resolved.readOnly,
    onCase: (operationId: OperationId) =>
      resolved.onProgress?.({ phase, operationId, cases: recorder.cases, requests: sender.requests, failures: recorder.failures.length, elapsedMs: performance.now() - started }),
  };
  type Phase = [ContractPhase, (context: RunContext) => Promise<void>];
  // a read-only run sends only reads, requests the server must refuse, and probes
  const phases: Phase[] = resolved.readOnly
    ? [['rule cases', runRules], ['fixed invalid inputs', runCatalogue], ['authentication and methods', runProbes]]
    : [
        ['examples', runExamples],
        ['rule cases', runRules],
        ['fixed invalid inputs', runCatalogue],
        ['generated cases', runGenerated],
        ['authentication and methods', runProbes],
        ...(resolved.stateful ? [['stateful flows', runStateful] as Phase] : []),
      ];
  if (resolved.readOnly) context.notes.push('Read-only run: only reads, requests the server must refuse, and probes were sent; the examples, generated valid cases and stateful flows were left out.');
  // these phases know this API's flows (a webhook fixture, its mutations and lifecycles): they run on its own
  // operations only; another document's operations get their cases from the rule catalogue
  const particular = new Set<ContractPhase>(['fixed invalid inputs', 'generated cases', 'stateful flows']);
  const own = new Set([...context.selected].filter((operationId) => contracts.get(operationId)!.precompiled));
  if (own.size < context.selected.size) {
    context.notes.push(`${[...context.selected].filter((operationId) => !own.has(operationId)).join(', ')}: not an operation of this API, tested by the generic engine (examples, rule cases, response checks, probes); the fixed invalid inputs, generated cases and stateful flows are this API's own and left it out.`);
  }
  for (const [name, run] of phases) {
    if (resolved.phases !== undefined && !resolved.phases.has(name)) continue;
    phase = name;
    if (sender.expired) break;
    if (!particular.has(name)) await run(context);
    else if (own.size > 0) await run(own.size === context.selected.size ? context : { ...context, selected: own });
  }
  const exhausted = sender.expired;
  phase = 'clean-up';
  sender.requests += await cleanUp(session, resolved);
  if (!resolved.stateful) {
    context.notes.push('Stateless run: the checks that need server state (accounts, stored webhooks) were skipped.');
    for (const operationId of resolved.operations) {
      for (const check of CHECK_NAMES) if (CHECKS[check].stateful) recorder.skip(operationId, check, 'stateless run (the server keeps no state)');
    }
  }
  if (resolved.readOnly) {
    for (const operationId of resolved.operations) {
      for (const check of CHECK_NAMES) if (CHECKS[check].stateful || check === 'positive_data_acceptance') recorder.skip(operationId, check, 'read-only run (nothing is created or changed)');
    }
  }
  if (exhausted) {
    for (const operationId of resolved.operations) for (const check of resolved.checks) recorder.skip(operationId, check, 'the time budget ran out first');
  }
  if (!resolved.profile.anyTokenIsAnAccount && recorder.failures.some((failure) => failure.check === 'ignored_auth' && failure.reason.includes(MADE_UP_KEY_WHY) && failure.response !== undefined && failure.response.status < 500 && failure.response.status !== 401)) {
    context.notes.push('The server answered a made-up API key as an account: a sandbox does that on purpose. If this is one, run with --profile sandbox (profile: "sandbox"), which expects exactly that.');
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    ok: recorder.failures.length === 0,
    baseUrl: resolved.baseUrl.href,
    seed: resolved.seed,
    casesPerOperation: resolved.casesPerOperation,
    stateful: resolved.stateful,
    startedAt: startedAt.toISOString(),
    durationMs: performance.now() - started,
    cases: recorder.cases,
    requests: sender.requests,
    operations: recorder.operations(),
    failures: recorder.failures,
    notes: context.notes,
    budgetExhausted: exhausted,
    runnerCpuMs: (cpu.user + cpu.system) / 1000,
    profile: { name: resolved.profile.name, changes: resolved.profile.changes },
    coverage: session.coverage.summary(new Set([...resolved.operations, ...untestable.map((contract) => contract.operationId)])),
  };
}

/** The coverage recorder of a run: the operations the runner has no credential for are not applicable. */
function newCoverage(spec: SpecNode, untestable: readonly { operationId: string; securityScheme?: string }[]): CoverageRecorder {
  const coverage = new CoverageRecorder(ruleCatalogue(spec));
  for (const contract of untestable) coverage.operationNotApplicable(contract.operationId, `its callers authenticate with ${contract.securityScheme ?? 'a scheme'}, a credential the runner is not given`);
  return coverage;
}

/** Idempotency keys unique to this run: a random run id and a counter. */
function idempotencyKeys(): () => string {
  const run = randomUUID();
  let count = 0;
  return () => `contract-${run}-${(count += 1)}`;
}

/** How long the clean-up may take beyond the time budget, in milliseconds. */
const CLEAN_UP_GRACE_MS = 5_000;

/** Deletes what the run created and did not delete itself (answers are not judged); resolves with the requests sent. */
async function cleanUp(session: Session, options: ResolvedOptions): Promise<number> {
  // its own sender: leaving the account full of test webhooks is worse than running a few seconds over
  const sender = new Sender({ baseUrl: options.baseUrl, requestTimeoutMs: options.requestTimeoutMs, deadline: performance.now() + CLEAN_UP_GRACE_MS, headers: options.headers, ...(options.fetch === undefined ? {} : { fetch: options.fetch }) });
  for (const [id, credential] of session.created) {
    if (sender.expired) break;
    const auth = credential === 'second-api-key' ? session.secondAuth : session.auth;
    if (auth === undefined) continue;
    await sender.send({ method: 'DELETE', target: `/v1/webhooks/${encodeURIComponent(id)}`, headers: auth, credential });
  }
  session.created.clear();
  await sender.close();
  return sender.requests;
}
