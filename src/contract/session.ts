/**
 * A run's shared state (the sender, the canaries sent, the recorder) and the case: a sequence of steps
 * whose verdicts are kept together, so that a failure's reproduction is every step up to the failing one.
 * @module
 */
import { CanaryRegistry } from './canaries.js';
import type { CheckName } from './checks.js';
import { curlCommand } from './curl.js';
import type { Exchange, OutgoingRequest, Sender } from './http.js';
import { Recorder } from './recorder.js';
import { judgeResponse } from './response-checks.js';
import type { OperationContract, OperationId } from './response-contract.js';
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
  contracts: Map<OperationId, OperationContract>;
  enabled: ReadonlySet<CheckName>;
  stateful: boolean;
  /** the API key's Authorization header */
  auth: Record<string, string>;
  /** the second API key's, when one was given */
  secondAuth?: Record<string, string>;
  /** webhook ids created with each key, deleted at the end */
  created: Map<string, 'api-key' | 'second-api-key'>;
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
    for (const throttled of exchange.throttled) for (const verdict of judgeResponse(throttled, contract, context)) this.judge(verdict, index);
    for (const verdict of judgeResponse(exchange, contract, context)) this.judge(verdict, index);
    if (step.expect !== undefined && session.enabled.has(step.expect.check)) {
      const verdict = expectStatus(exchange, step.expect, step.operationId);
      if (verdict !== undefined) this.judge(verdict, index);
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
    const shown = this.steps.slice(0, stepIndex + 1);
    const response = shownResponse(shown.at(-1)!.exchange);
    return {
      check: verdict.check,
      title: Recorder.title(verdict.check),
      operationId: verdict.operationId,
      method: shown.at(-1)!.step.request.method,
      path: contract.path,
      reason: verdict.reason ?? '',
      details: verdict.details ?? [],
      ...(response === undefined ? {} : { response }),
      reproduction: shown.map(({ exchange }) => curlCommand(exchange.url, exchange.request)),
      steps: shown.map(({ step }) => step.label),
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

/** The write-only field a canary was sent in, read from the JSON text around it. */
function secretFieldOf(body: string, core: string): string {
  const at = body.indexOf(core);
  const before = body.slice(0, at);
  const match = /"([A-Za-z0-9_]+)"\s*:\s*"?$/.exec(before);
  return match?.[1] ?? 'secret';
}
