/**
 * The rule cases: for every rule of the catalogue about a request (each keyword of a body schema, each
 * parameter's limits, content negotiation), one request that breaks that rule alone. It must be refused
 * with the rule's status and a problem whose errors name the field (the JSON pointer), not only the status.
 * @module
 */
import { genericValidParts } from '../engine/valid-parts.js';
import { requestExamples, routeOf } from '../inputs.js';
import type { OperationId } from '../response-contract.js';
import type { RequestParts } from '../requests.js';
import { bodyCase, type CaseSearch, type RuleCase } from '../rules/body-cases.js';
import { ruleCatalogue } from '../rules/catalogue.js';
import { parameterCase, type ParameterCase } from '../rules/parameter-cases.js';
import type { ContractRule } from '../rules/rule.js';
import { contractOf, fixedCase, fixtureOf, inParallel, sendTo, type RunContext } from '../run-context.js';
import type { CaseRun, StepOutcome } from '../session.js';
import { fail, pass } from '../verdict.js';
import { withParameter } from './generated.js';

/** A media type no operation of the contract answers with. */
const UNACCEPTABLE = 'text/html';
/** An Accept header that allows JSON only through a range, preferred by its q-value. */
const ALLOWED_BY_RANGE = 'application/*;q=0.8, text/html;q=0.1';

/** The pointers a problem's errors name. */
function namedPointers(json: unknown): string[] | undefined {
  const errors = typeof json === 'object' && json !== null ? (json as { errors?: unknown }).errors : undefined;
  return Array.isArray(errors) ? errors.map((entry) => (entry as { pointer?: unknown })?.pointer).filter((pointer): pointer is string => typeof pointer === 'string') : undefined;
}

/** Judges that a refusal names the field that broke the rule; records the rule's case. */
function judgeNaming(context: RunContext, run: CaseRun, rule: ContractRule, found: RuleCase, answer: StepOutcome): void {
  const operationId = rule.operationId as OperationId;
  // a case counts for the coverage only when its check is judged
  if (!context.session.enabled.has('negative_data_rejection')) return;
  if (answer.status !== Number(rule.status)) {
    context.session.coverage.record(rule.id, false);
    return;
  }
  const named = namedPointers(answer.json);
  const ok = named?.includes(found.pointer) === true;
  run.judge(
    ok
      ? pass('negative_data_rejection', operationId)
      : fail(
          'negative_data_rejection',
          operationId,
          `The ${answer.status} problem does not name ${found.pointer === '' ? 'the body' : found.pointer}, the field that breaks the rule (${found.message}); ${named === undefined ? 'it has no errors list' : named.length === 0 ? 'its errors list is empty' : `its errors name ${named.join(', ')}`}.`,
          `pointer:${rule.ruleClass}:${rule.field}`,
          [`rule ${rule.pointer}: ${rule.sentence}`],
        ),
  );
  context.session.coverage.record(rule.id, ok);
}

/** The parts of a valid request to an operation: the first example body, the fixture's id. */
async function validParts(context: RunContext, operationId: OperationId): Promise<RequestParts | undefined> {
  const contract = contractOf(context, operationId);
  // an operation of another document: valid parts from its own examples and schemas, no fixture
  if (!contract.precompiled) return genericValidParts(context.spec, contract, context.seed);
  let parts: RequestParts = {};
  if (contract.path.includes('{id}')) {
    const fixture = await fixtureOf(context, requestExamples(contractOf(context, 'createWebhook'), context.seed)[0]!.body);
    if (fixture === undefined) return undefined;
    parts = { path: { id: fixture.id } };
  }
  const body = contract.requestBody === undefined ? undefined : requestExamples(contract, context.seed)[0]?.body;
  return body === undefined ? parts : { ...parts, body: { json: body } };
}

/** Searches already made, by seed and rule: the same seed makes the same examples, so the same cases. */
const searches = new WeakMap<RunContext['spec'], Map<string, CaseSearch>>();
const MAX_SEARCHES = 2_000;

function searchFor(context: RunContext, rule: ContractRule): CaseSearch {
  const key = `${context.seed}\n${rule.id}`;
  let ofSpec = searches.get(context.spec);
  if (ofSpec === undefined) searches.set(context.spec, (ofSpec = new Map()));
  let search = ofSpec.get(key);
  if (search === undefined) {
    search = newSearch(context, rule);
    // a process that runs many seeds keeps the last few runs' cases, not all of them
    if (ofSpec.size > MAX_SEARCHES) ofSpec.clear();
    ofSpec.set(key, search);
  }
  return search;
}

function newSearch(context: RunContext, rule: ContractRule): CaseSearch {
  const contract = contractOf(context, rule.operationId as OperationId);
  if (rule.area === 'body') return bodyCase(rule, contract.requestSchema!, requestExamples(contract, context.seed, context.spec).map((example) => example.body), context.spec);
  return parameterCase(rule, routeOf(rule.operationId as OperationId, context.spec));
}

function remember(context: RunContext, answer: StepOutcome, operationId: OperationId): void {
  // only this API's webhooks are deleted at the end: another document's resources are its own
  if (!contractOf(context, operationId).precompiled) return;
  const id = answer.status === 201 && typeof answer.json === 'object' && answer.json !== null ? (answer.json as { id?: unknown }).id : undefined;
  if (typeof id === 'string') context.session.created.set(id, 'api-key');
}

/** Runs one case per request rule of the selected operations. */
export async function runRules(context: RunContext): Promise<void> {
  const coverage = context.session.coverage;
  const tasks: (() => Promise<void>)[] = [];
  for (const rule of ruleCatalogue(context.spec)) {
    if (!context.selected.has(rule.operationId as OperationId) || rule.notApplicable !== undefined) continue;
    if (rule.area !== 'body' && rule.area !== 'parameter' && rule.area !== 'negotiation') continue;
    const operationId = rule.operationId as OperationId;
    const parts = await validParts(context, operationId);
    if (parts === undefined) {
      coverage.notExercised(rule.id, 'the webhook the cases are sent to could not be created');
      continue;
    }
    if (rule.id.endsWith(' accept-allowed')) {
      tasks.push(() =>
        fixedCase(context, operationId, async (run) => {
          await sendTo(context, run, operationId, { ...parts, headers: { Accept: ALLOWED_BY_RANGE } }, `send it with Accept: ${ALLOWED_BY_RANGE}`, {
            check: 'positive_data_acceptance',
            statuses: [Number(rule.status)],
            why: `the Accept header allows application/json through application/* (RFC 9110, section 12.5.1)`,
            rule: rule.id,
          });
        }),
      );
      continue;
    }
    if (rule.area === 'negotiation') {
      // the case is a valid request: one that writes is not sent by a read-only run (a server ignoring Accept would write)
      if (context.readOnly && contractOf(context, operationId).method !== 'GET') {
        coverage.notExercised(rule.id, 'a read-only run does not send a valid request that writes');
        continue;
      }
      tasks.push(() =>
        fixedCase(context, operationId, async (run) => {
          const answer = await sendTo(context, run, operationId, { ...parts, headers: { Accept: UNACCEPTABLE } }, `send it with Accept: ${UNACCEPTABLE}`, {
            check: 'negative_data_rejection',
            statuses: [406],
            why: `the Accept header allows only ${UNACCEPTABLE}, which the operation never answers with`,
            rule: rule.id,
          });
          remember(context, answer, operationId);
        }),
      );
      continue;
    }
    tasks.push(async () => {
      // searched when the case's turn comes, between requests: a long search before them all would leave the
      // connections idle past a server's keep-alive time
      const search = searchFor(context, rule);
      if ('notApplicable' in search) coverage.notApplicable(rule.id, search.notApplicable);
      if ('missing' in search) coverage.notExercised(rule.id, search.missing);
      if (!('found' in search)) return;
      const found = search.found;
      const request: RequestParts = rule.area === 'body' ? { ...parts, body: { json: found.body } } : withParameter(parts, { ...(found.body as ParameterCase), rule: found.message });
      await fixedCase(context, operationId, async (run) => {
        const answer = await sendTo(context, run, operationId, request, `send a request that breaks one rule (${rule.ruleClass} of ${found.pointer === '' ? 'the body' : found.pointer})`, {
          check: 'negative_data_rejection',
          statuses: [Number(rule.status)],
          why: `the ${rule.area === 'body' ? 'body' : 'parameter'} breaks one rule (${found.message})`,
        });
        remember(context, answer, operationId);
        judgeNaming(context, run, rule, found, answer);
      });
    });
  }
  await inParallel(context, tasks);
}
