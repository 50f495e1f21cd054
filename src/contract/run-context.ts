/**
 * What the phases of a run share: the session, the options, the selected operations, and the helpers
 * every phase uses (a fixed case, creating a webhook inside a case, the webhook the stateless cases
 * target).
 * @module
 */
import type { SpecNode } from '../spec/bundled-spec.js';
import type { WebhookConfig } from '../validation/apply-update.js';
import type { ContractProfile } from './profiles.js';
import type { OperationContract, OperationId } from './response-contract.js';
import { buildRequest, type Credential, type RequestParts } from './requests.js';
import { CaseRun, type Session, type StepOutcome } from './session.js';
import type { Expectation } from './verdict.js';

/** A run in progress. */
export interface RunContext {
  session: Session;
  /** the document the run is driven by: the bundled spec, or the one given */
  spec: SpecNode;
  seed: number;
  casesPerOperation: number;
  /** how many cases may be in flight at once */
  concurrency: number;
  /** performance.now() at which the time budget runs out */
  deadline: number;
  selected: ReadonlySet<OperationId>;
  notes: string[];
  /** what the server does on purpose (a sandbox's any-token accounts), which some checks take into account */
  profile: ContractProfile;
  /** reads, refused requests and probes only: nothing is created, changed or deleted */
  readOnly: boolean;
  /** called after each case, with the operation it was about */
  onCase: (operationId: OperationId) => void;
  /** the webhook stateless cases read and update: created once, `null` when creating it failed */
  fixture?: { id: string; config: WebhookConfig } | null;
}

/** An operation's contract. */
export function contractOf(context: RunContext, operationId: OperationId): OperationContract {
  return context.session.contracts.get(operationId)!;
}

/**
 * Runs independent tasks, at most `concurrency` at a time, started in order.
 * @example
 * await inParallel(context, cases.map((c) => () => fixedCase(context, c.operationId, c.run)));
 */
export async function inParallel(context: RunContext, tasks: readonly (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const task = tasks[next]!;
      next += 1;
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(context.concurrency, tasks.length)) }, worker));
}

/** Whether the run's time is up; notes it once. */
export function timeIsUp(context: RunContext): boolean {
  if (!context.session.sender.expired) return false;
  const note = 'The time budget ran out before every case ran; the checks not reached are marked as skipped.';
  if (!context.notes.includes(note)) context.notes.push(note);
  return true;
}

/**
 * Runs one fixed (not generated) case and records it; skipped once the time is up.
 * @example
 * await fixedCase(context, 'getWebhook', async (run) => { await sendTo(context, run, 'getWebhook', { path: { id } }, 'read it', expect200) });
 */
export async function fixedCase(context: RunContext, operationId: OperationId, body: (run: CaseRun) => Promise<void>): Promise<void> {
  if (timeIsUp(context)) return;
  const run = new CaseRun(context.session);
  await body(run);
  run.commit();
  context.session.recorder.cases += 1;
  context.onCase(operationId);
}

/**
 * Sends one request to an operation inside a case.
 * @example
 * const got = await sendTo(context, run, 'getWebhook', { path: { id } }, 'read the webhook back', { check: 'ensure_resource_availability', statuses: [200], why: 'it was just created' });
 */
export function sendTo(context: RunContext, run: CaseRun, operationId: OperationId, parts: RequestParts, label: string, expect?: Expectation, method?: string): Promise<StepOutcome> {
  const request = buildRequest(context.session, contractOf(context, operationId), parts, method);
  return run.send({ operationId, label, request, ...(expect === undefined ? {} : { expect }) });
}

/** The id a create answered with, when the answer is a 201 with a string id. */
export function createdId(outcome: StepOutcome): string | undefined {
  const id = outcome.status === 201 && typeof outcome.json === 'object' && outcome.json !== null ? (outcome.json as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Creates a webhook inside a case (expecting a 201, as a valid body must get), and remembers it for the
 * clean-up at the end; resolves with its id, or `undefined` when the server did not create it.
 * @example
 * const id = await createInCase(context, run, body, 'create a webhook to update');
 */
export async function createInCase(
  context: RunContext,
  run: CaseRun,
  body: unknown,
  label: string,
  options: { credential?: Credential; headers?: Record<string, string>; why?: string } = {},
): Promise<{ id: string; outcome: StepOutcome } | undefined> {
  const credential = options.credential ?? 'api-key';
  const outcome = await sendTo(context, run, 'createWebhook', { body: { json: body }, credential, ...(options.headers ? { headers: options.headers } : {}) }, label, {
    check: 'positive_data_acceptance',
    statuses: [201],
    why: options.why ?? 'the body keeps every rule of WebhookCreate',
  });
  const id = createdId(outcome);
  if (id === undefined) return undefined;
  if (credential === 'api-key' || credential === 'second-api-key') context.session.created.set(id, credential);
  context.session.origins.set(id, run.steps.at(-1)!);
  return { id, outcome };
}

/** A read-only run's fixture: the first webhook the list shows (read, never changed), or none. */
async function listedFixture(context: RunContext): Promise<{ id: string; config: WebhookConfig } | undefined> {
  let found: { id: string; config: WebhookConfig } | undefined;
  await fixedCase(context, 'listWebhooks', async (run) => {
    const answer = await sendTo(context, run, 'listWebhooks', { query: { limit: '1' } }, 'list webhooks, to find one the id-taking operations are tested on', { check: 'positive_data_acceptance', statuses: [200], why: 'the request is valid' });
    const first = answer.status === 200 ? (answer.json as { data?: { id?: unknown }[] } | undefined)?.data?.[0] : undefined;
    if (typeof first?.id === 'string') found = { id: first.id, config: first as unknown as WebhookConfig };
  });
  context.fixture = found ?? null;
  if (found === undefined) context.notes.push('Read-only run: the list shows no webhook, so the cases that need one (get, update, delete, deliveries with a valid id) were not run.');
  return found;
}

/** The webhook the stateless cases use, created on first use from the first create example. */
export async function fixtureOf(context: RunContext, exampleBody: Record<string, unknown>): Promise<{ id: string; config: WebhookConfig } | undefined> {
  if (context.fixture !== undefined) return context.fixture ?? undefined;
  if (context.readOnly) return listedFixture(context);
  let created: { id: string } | undefined;
  await fixedCase(context, 'createWebhook', async (run) => {
    created = await createInCase(context, run, exampleBody, 'create the webhook the other operations are tested on', { why: "the body is the spec's first example" });
  });
  context.fixture = created === undefined ? null : { id: created.id, config: exampleBody as WebhookConfig };
  if (created === undefined) {
    context.notes.push('Creating a webhook to test the other operations on failed (see createWebhook); cases that need one were not run.');
  }
  return context.fixture ?? undefined;
}
