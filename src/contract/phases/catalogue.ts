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
import { contractOf, fixedCase, fixtureOf, sendTo, type RunContext } from '../run-context.js';
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

/** Runs the fixed invalid cases of every selected operation. */
export async function runCatalogue(context: RunContext): Promise<void> {
  const firstCreate = requestExamples(contractOf(context, 'createWebhook'), context.seed)[0]!.body;
  for (const operationId of context.selected) {
    const contract = contractOf(context, operationId);
    const needsId = contract.path.includes('{id}');
    const fixture = needsId ? await fixtureOf(context, firstCreate) : undefined;
    if (needsId && fixture === undefined) continue;
    const base: RequestParts = fixture === undefined ? {} : { path: { id: fixture.id } };
    const validBody = contract.requestBody === undefined ? undefined : requestExamples(contract, context.seed)[0]?.body;
    for (const mutation of exampleMutations(context, operationId)) {
      await fixedCase(context, operationId, async (run) => {
        const answer = await sendTo(context, run, operationId, { ...base, body: { json: mutation.body } }, `send a body that breaks one rule (${mutation.kind})`, {
          check: 'negative_data_rejection',
          statuses: [422],
          why: `the body breaks one rule (${mutation.rule})`,
        });
        remember(context, answer.status, answer.json);
      });
    }
    for (const mutation of parameterMutations(operationId)) {
      await fixedCase(context, operationId, async (run) => {
        const parts = withParameter(validBody === undefined ? base : { ...base, body: { json: validBody } }, mutation);
        const answer = await sendTo(context, run, operationId, parts, `send an invalid ${mutation.parameter.name}`, {
          check: 'negative_data_rejection',
          statuses: [400],
          why: `the ${mutation.parameter.name} ${mutation.parameter.in === 'header' ? 'header' : 'parameter'} breaks a rule (${mutation.rule})`,
        });
        remember(context, answer.status, answer.json);
      });
    }
    if (validBody === undefined) continue;
    for (const hostile of hostileBodies(validBody)) {
      await fixedCase(context, operationId, async (run) => {
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
      });
    }
  }
}
