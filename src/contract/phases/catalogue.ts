/**
 * The fixed invalid cases, the same on every run: each one-rule mutation of every named example, each
 * invalid value of every parameter, and the hostile bodies. Together they break every rule the spec
 * states once, whatever the number of generated cases.
 * @module
 */
import { hostileBodies } from '../hostile.js';
import { parameterMutations, requestExamples } from '../inputs.js';
import type { OperationId } from '../response-contract.js';
import { buildRequest, type RequestParts } from '../requests.js';
import { validateSchema } from '../../validation/validate.js';
import { contractOf, fixedCase, fixtureOf, inParallel, sendTo, timeIsUp, type RunContext } from '../run-context.js';
import { CaseRun } from '../session.js';
import { mutationsOf, type Mutation } from '../schema/mutations.js';
import { withParameter } from './generated.js';

function remember(context: RunContext, status: number, json: unknown): void {
  const id = status === 201 && typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
  if (typeof id === 'string') context.session.created.set(id, 'api-key');
}

/** Every distinct one-rule mutation of an operation's named examples. */
function exampleMutations(context: RunContext, operationId: OperationId): Mutation[] {
  const contract = contractOf(context, operationId);
  if (contract.requestBody === undefined) return [];
  const found = new Map<string, Mutation>();
  for (const example of requestExamples(contract, context.seed)) {
    for (const mutation of mutationsOf(contract.requestBody, example.body)) {
      const key = `${mutation.kind}\n${mutation.pointer}\n${mutation.rule}`;
      if (!found.has(key)) found.set(key, mutation);
    }
  }
  return [...found.values()];
}

/** The fields of a body a one-rule mutation does not need: all but the one it changed. */
function removableFields(mutation: Mutation): string[] {
  const body = mutation.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const changed = mutation.pointer.split('/')[1];
  return Object.keys(body).filter((field) => field !== changed);
}

/**
 * Sends one mutation; when the answer breaks the contract, sends smaller bodies (one field fewer at a
 * time, each still breaking the same one rule) while they fail the same way, and records the smallest.
 */
async function mutationCase(context: RunContext, operationId: OperationId, base: RequestParts, mutation: Mutation): Promise<void> {
  if (timeIsUp(context)) return;
  const schemaName = contractOf(context, operationId).requestBody!;
  const send = async (body: unknown): Promise<CaseRun> => {
    const run = new CaseRun(context.session);
    const answer = await sendTo(context, run, operationId, { ...base, body: { json: body } }, `send a body that breaks one rule (${mutation.kind})`, {
      check: 'negative_data_rejection',
      statuses: [422],
      why: `the body breaks one rule (${mutation.rule})`,
    });
    remember(context, answer.status, answer.json);
    return run;
  };
  let run = await send(mutation.body);
  const [first] = run.failures();
  if (first !== undefined) {
    const same = (candidate: CaseRun) => candidate.failures().some(({ verdict }) => verdict.check === first.verdict.check && verdict.signature === first.verdict.signature);
    let body = mutation.body as Record<string, unknown>;
    for (const field of removableFields(mutation)) {
      if (timeIsUp(context)) break;
      const { [field]: _dropped, ...smaller } = body;
      const still = validateSchema(schemaName, smaller);
      if (still.ok || still.errors.length !== 1 || still.errors[0]!.message !== mutation.rule) continue;
      const attempt = await send(smaller);
      if (!same(attempt)) continue;
      body = smaller;
      run = attempt;
      run.shrunk = true;
    }
  }
  run.commit();
  context.session.recorder.cases += 1;
  context.onCase(operationId);
}

/** Runs the fixed invalid cases of every selected operation. */
export async function runCatalogue(context: RunContext): Promise<void> {
  const firstCreate = requestExamples(contractOf(context, 'createWebhook'), context.seed)[0]!.body;
  const tasks: (() => Promise<void>)[] = [];
  for (const operationId of context.selected) {
    const contract = contractOf(context, operationId);
    const needsId = contract.path.includes('{id}');
    const fixture = needsId ? await fixtureOf(context, firstCreate) : undefined;
    if (needsId && fixture === undefined) continue;
    const base: RequestParts = fixture === undefined ? {} : { path: { id: fixture.id } };
    const validBody = contract.requestBody === undefined ? undefined : requestExamples(contract, context.seed)[0]?.body;
    for (const mutation of exampleMutations(context, operationId)) tasks.push(() => mutationCase(context, operationId, base, mutation));
    for (const mutation of parameterMutations(operationId)) {
      tasks.push(() =>
        fixedCase(context, operationId, async (run) => {
          const parts = withParameter(validBody === undefined ? base : { ...base, body: { json: validBody } }, mutation);
          const answer = await sendTo(context, run, operationId, parts, `send an invalid ${mutation.parameter.name}`, {
            check: 'negative_data_rejection',
            statuses: [400],
            why: `the ${mutation.parameter.name} ${mutation.parameter.in === 'header' ? 'header' : 'parameter'} breaks a rule (${mutation.rule})`,
          });
          remember(context, answer.status, answer.json);
        }),
      );
    }
    if (validBody === undefined) continue;
    for (const hostile of hostileBodies(validBody)) {
      tasks.push(() =>
        fixedCase(context, operationId, async (run) => {
          const request = {
            ...base,
            body: { raw: hostile.body, ...(hostile.contentType === undefined ? {} : { contentType: hostile.contentType }) },
          };
          const outgoing = buildRequest(context.session, contract, request);
          if (hostile.streamed) outgoing.streamed = true;
          if (hostile.bodyCommand !== undefined) outgoing.bodyCommand = hostile.bodyCommand;
          const answer = await run.send({
            operationId,
            label: `send ${hostile.name}`,
            request: outgoing,
            expect: { check: hostile.check, statuses: hostile.statuses, why: hostile.why },
          });
          remember(context, answer.status, answer.json);
        }),
      );
    }
  }
  await inParallel(context, tasks);
}
