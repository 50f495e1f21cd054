/**
 * A run's shared state (the sender, the canaries sent, the recorder) and the case: a sequence of steps
 * whose verdicts are kept together, so that a failure's reproduction is every step up to the failing one.
 * @module
 */
import { CanaryRegistry } from './canaries.js';
import type { CheckName } from './checks.js';
import { curlCommand } from './curl.js';
import type { Exchange, OutgoingRequest, Sender } from './http.js';
import type { CoverageRecorder } from './coverage.js';
import { Recorder } from './recorder.js';
import { judgeResponse } from './response-checks.js';
import { documentedResponse, type OperationContract, type OperationId } from './response-contract.js';
import type { ContractFailure, FailedResponse } from './result.js';
import { expectStatus, type Expectation, type Verdict } from './verdict.js';

/** One request of a case. */
export interface Step {
  operationId: OperationId;
  /** what the step does, for reproductions: "create a webhook" */
  label: string;
  request: OutgoingRequest;
  expect?: Expectation;
  /** a request outside the documented operations: only server errors and leaks are judged */
  probe?: boolean;
}

/** An exchange, with its body parsed when it is JSON. */
export interface StepOutcome extends Exchange {
  json: unknown;
}

/** Where the run sends, what it remembers and where it records. */
export interface Session {
  baseUrl: URL;
  sender: Sender;
  canaries: CanaryRegistry;
  recorder: Recorder;
  /** which rules of the catalogue the run's cases exercised */
  coverage: CoverageRecorder;
  contracts: Map<OperationId, OperationContract>;
  enabled: ReadonlySet<CheckName>;
  stateful: boolean;
  /** the API key's Authorization header */
  auth: Record<string, string>;
  /** the second API key's, when one was given */
  secondAuth?: Record<string, string>;
  /** webhook ids created with each key, deleted at the end */
  created: Map<string, 'api-key' | 'second-api-key'>;
  /**
   * the step that created each webhook, so that the reproduction of a case that uses a webhook another case
   * made (the one the stateless cases share) starts by creating it
   */
  origins: Map<string, { step: Step; exchange: StepOutcome }>;
  /** every X-Request-Id answered so far */
  requestIds: Set<string>;
  /**
   * A new Idempotency-Key, never sent before by this or any other run: a server keeps keys for a day, so a
   * key reused by a later case (or a shrinking run, or the next run with the same seed) would be a replay
   */
  newIdempotencyKey: () => string;
}

/** Headers shown with a failed response: those that explain the common failures. */
const SHOWN_HEADERS = ['content-type', 'location', 'www-authenticate', 'allow', 'retry-after', 'idempotent-replayed', 'x-request-id'];
/** How much of a failed response's body reports show. */
const SHOWN_BODY_CHARS = 1200;

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function shownResponse(exchange: Exchange): FailedResponse | undefined {
  if (exchange.status === 0) return undefined;
  const headers: Record<string, string> = {};
  for (const name of SHOWN_HEADERS) {
    const value = exchange.headers.get(name);
    if (value !== undefined) headers[name] = value;
  }
  const body = exchange.body.length > SHOWN_BODY_CHARS ? `${exchange.body.slice(0, SHOWN_BODY_CHARS)}… (${exchange.body.length} characters)` : exchange.body;
  return { status: exchange.status, headers, body };
}

/** The failures of a case that are new, with the verdict and the step they came from. */
export interface CaseFailure {
  verdict: Verdict;
  stepIndex: number;
}

/** One case: the steps sent and every verdict on them. */
export class CaseRun {
  readonly steps: { step: Step; exchange: StepOutcome }[] = [];
  readonly verdicts: { verdict: Verdict; stepIndex: number }[] = [];
  /** set when this case is a smaller version of one that failed the same way */
  shrunk = false;
  readonly #session: Session;

  constructor(session: Session) {
    this.#session = session;
  }

  /** Sends a step and judges its answer (and any 429 before it) with the response checks and its expectation. */
  async send(step: Step): Promise<StepOutcome> {
    const session = this.#session;
    if (typeof step.request.body === 'string') {
      for (const secret of CanaryRegistry.canariesIn(step.request.body)) session.canaries.remember(secret, secretFieldOf(step.request.body, secret));
    }
    const exchange = await session.sender.send(step.request);
    const outcome: StepOutcome = { ...exchange, json: parseJson(exchange.body) };
    this.steps.push({ step, exchange: outcome });
    const index = this.steps.length - 1;
    const contract = session.contracts.get(step.operationId)!;
    const context = { baseUrl: session.baseUrl, canaries: session.canaries, enabled: session.enabled, requestIds: session.requestIds, ...(step.probe ? { probe: true } : {}) };
    for (const answer of [...exchange.throttled, exchange]) {
      const verdicts = judgeResponse(answer, contract, context);
      for (const verdict of verdicts) this.judge(verdict, index);
      const documented = step.probe || answer.status === 0 ? undefined : documentedResponse(contract, answer.status);
      if (documented !== undefined) session.coverage.observeResponse(step.operationId, documented.status, verdicts);
    }
    if (step.expect !== undefined && session.enabled.has(step.expect.check)) {
      const verdict = expectStatus(exchange, step.expect, step.operationId);
      if (verdict !== undefined) this.judge(verdict, index);
      if (step.expect.rule !== undefined) session.coverage.record(step.expect.rule, verdict?.ok === true);
    }
    return outcome;
  }

  /** Adds a verdict about a step (the last one unless told). */
  judge(verdict: Verdict, stepIndex = this.steps.length - 1): void {
    if (this.#session.enabled.has(verdict.check)) this.verdicts.push({ verdict, stepIndex });
  }

  /** The failing verdicts, in order. */
  failures(): CaseFailure[] {
    return this.verdicts.filter(({ verdict }) => !verdict.ok);
  }

  /** The report entry for one failing verdict: its reason, the response, and the steps that reproduce it. */
  failureReport(failed: CaseFailure): ContractFailure {
    const { verdict, stepIndex } = failed;
    const contract = this.#session.contracts.get(verdict.operationId)!;
    const own = this.steps.slice(0, stepIndex + 1);
    const shown = [...originsUsed(own, this.#session.origins), ...own];
    const response = shownResponse(shown.at(-1)!.exchange);
    const { variables, captures } = idVariables(shown);
    return {
      check: verdict.check,
      title: Recorder.title(verdict.check),
      operationId: verdict.operationId,
      method: shown.at(-1)!.step.request.method,
      path: contract.path,
      reason: verdict.reason ?? '',
      details: verdict.details ?? [],
      ...(response === undefined ? {} : { response }),
      reproduction: shown.map(({ exchange }, index) => curlCommand(exchange.url, exchange.request, { variables, ...(captures.has(index) ? { captureIdAs: captures.get(index)! } : {}) })),
      steps: shown.map(({ step }, index) => (captures.has(index) ? `${step.label} (${captures.get(index)!} keeps its id)` : step.label)),
      occurrences: 1,
      shrunk: this.shrunk,
    };
  }

  /** Records every verdict: passes counted, failures added with their reproduction. */
  commit(): void {
    const recorder = this.#session.recorder;
    for (const entry of this.verdicts) {
      if (entry.verdict.ok) recorder.pass(entry.verdict.operationId, entry.verdict.check);
      else recorder.fail(this.failureReport(entry), entry.verdict.signature ?? '');
    }
  }
}

type SentStep = { step: Step; exchange: StepOutcome };

/** The path segments and query values of a URL the runner sent, decoded. */
function valuesIn(url: string): string[] {
  const parsed = new URL(url);
  const values = [...parsed.searchParams.values()];
  for (const segment of parsed.pathname.split('/')) {
    try {
      values.push(decodeURIComponent(segment));
    } catch {
      // a segment the runner sent malformed on purpose names nothing
    }
  }
  return values;
}

/** The id of the object a step's 2xx answer is about, if it has one. */
function answeredId(exchange: StepOutcome): { id: string; object: string } | undefined {
  if (exchange.status < 200 || exchange.status >= 300 || typeof exchange.json !== 'object' || exchange.json === null) return undefined;
  const { id, object } = exchange.json as { id?: unknown; object?: unknown };
  return typeof id === 'string' && id !== '' ? { id, object: typeof object === 'string' ? object : 'object' } : undefined;
}

/** The steps, from other cases, that created the webhooks these steps use without creating them. */
function originsUsed(steps: SentStep[], origins: ReadonlyMap<string, SentStep>): SentStep[] {
  const madeHere = new Set(steps.map(({ exchange }) => answeredId(exchange)?.id));
  const needed: SentStep[] = [];
  for (const { exchange } of steps) {
    for (const value of valuesIn(exchange.url)) {
      const origin = madeHere.has(value) ? undefined : origins.get(value);
      if (origin !== undefined && !needed.includes(origin)) needed.push(origin);
    }
  }
  return needed;
}

/**
 * Shell variables for the ids earlier steps' answers gave and later steps use: `WEBHOOK_ID` (or
 * `WEBHOOK_ID_1`, `WEBHOOK_ID_2` … when there are several), and which step keeps each.
 */
function idVariables(steps: SentStep[]): { variables: Map<string, string>; captures: Map<number, string> } {
  const found: { index: number; id: string; object: string }[] = [];
  steps.forEach(({ exchange }, index) => {
    const answered = answeredId(exchange);
    if (answered === undefined || found.some((entry) => entry.id === answered.id)) return;
    if (steps.slice(index + 1).some((later) => valuesIn(later.exchange.url).includes(answered.id))) found.push({ index, ...answered });
  });
  const variables = new Map<string, string>();
  const captures = new Map<number, string>();
  for (const entry of found) {
    const base = `${entry.object.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_ID`;
    const same = found.filter((other) => other.object === entry.object);
    const name = same.length === 1 ? base : `${base}_${same.indexOf(entry) + 1}`;
    variables.set(entry.id, name);
    captures.set(entry.index, name);
  }
  return { variables, captures };
}

/** The write-only field a canary was sent in, read from the JSON text around it. */
function secretFieldOf(body: string, core: string): string {
  const at = body.indexOf(core);
  const before = body.slice(0, at);
  const match = /"([A-Za-z0-9_]+)"\s*:\s*"?$/.exec(before);
  return match?.[1] ?? 'secret';
}
