/**
 * Generated cases, per operation: valid inputs (bodies and parameters from the schemas) that must be
 * accepted, and invalid ones (a valid input with one rule broken) that must be refused with the documented
 * 4xx. Against a stateful server each valid case also follows up: what was created or updated is read
 * back and compared, deleted webhooks are gone, unknown ids are 404s, and an update the stored webhook
 * cannot take is a 422 that changes nothing.
 * @module
 */
import fc from 'fast-check';
import type { WebhookConfig } from '../../validation/apply-update.js';
import { parameterMutations, requestExamples, routeOf, validQuery, type ParameterMutation } from '../inputs.js';
import { differencesBetween, differencesFromConfig, mergeUpdate } from '../model.js';
import { runProperty, type PropertyPlan } from '../property.js';
import type { OperationId } from '../response-contract.js';
import type { RequestParts } from '../requests.js';
import { contractOf, createInCase, fixtureOf, inParallel, sendTo, timeIsUp, type RunContext } from '../run-context.js';
import { validArbitrary } from '../schema/arbitrary.js';
import { pickMutation } from '../schema/mutations.js';
import { namedSchema } from '../schema/schema-node.js';
import { CaseRun } from '../session.js';
import { fail, pass, type Expectation } from '../verdict.js';

type Fixture = { id: string; config: WebhookConfig };
type CaseBody<T> = (run: CaseRun, input: T) => Promise<void>;

const positive = (statuses: number[], why: string): Expectation => ({ check: 'positive_data_acceptance', statuses, why });

/** Where an id-taking case points: the fixture, or an id no webhook has. */
const target = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.uuid() });

/** What the contract allows for a valid request to an id no webhook has: a stateful server knows it is a 404. */
function unknownIdExpectation(context: RunContext, success: number): Expectation {
  return context.session.stateful
    ? { check: 'positive_data_acceptance', statuses: [404], why: 'no webhook has this id' }
    : positive([success, 404], 'the request is valid; whether the id exists is the server’s state');
}

/** Applies an invalid parameter value to a request's parts. */
export function withParameter(parts: RequestParts, mutation: ParameterMutation): RequestParts {
  const { parameter, value } = mutation;
  if (parameter.in === 'path') return { ...parts, path: { ...parts.path, [parameter.name]: value as string } };
  if (parameter.in === 'query') return { ...parts, query: { ...parts.query, [parameter.name]: value } };
  return { ...parts, headers: { ...parts.headers, [parameter.name]: value as string } };
}

/** Invalid ids made up at random (never a UUID, never a dot segment that would change the path). */
const randomBadId = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_~.% é'), minLength: 1, maxLength: 40 })
  .filter((text) => text !== '.' && text !== '..' && !/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(text));

function parameterNegatives(operationId: OperationId): fc.Arbitrary<ParameterMutation> | undefined {
  const catalogue = parameterMutations(operationId);
  const idParameter = routeOf(operationId).parameterList.find((parameter) => parameter.in === 'path');
  const idRule = catalogue.find((mutation) => mutation.parameter === idParameter)?.rule;
  const options: fc.Arbitrary<ParameterMutation>[] = [];
  if (catalogue.length > 0) options.push(fc.constantFrom(...catalogue));
  if (idParameter !== undefined && idRule !== undefined) options.push(randomBadId.map((value) => ({ parameter: idParameter, value, rule: idRule })));
  return options.length === 0 ? undefined : fc.oneof(...options);
}

/** The valid cases of an operation. */
function positiveCases(context: RunContext, operationId: OperationId, fixture: Fixture | undefined): PropertyPlan<unknown> | undefined {
  const stateful = context.session.stateful;
  const plan = <T>(arbitrary: fc.Arbitrary<T>, body: CaseBody<T>): PropertyPlan<unknown> => ({
    name: `${operationId}/valid`,
    arbitrary: arbitrary as fc.Arbitrary<unknown>,
    numRuns: context.casesPerOperation,
    run: async (input) => {
      const run = new CaseRun(context.session);
      await body(run, input as T);
      return run;
    },
  });
  switch (operationId) {
    case 'listWebhooks':
      return plan(fc.record({ query: validQuery(operationId), after: fc.boolean() }), async (run, { query, after }) => {
        const withCursor = after && fixture !== undefined ? { ...query, starting_after: fixture.id } : query;
        await sendTo(context, run, operationId, { query: withCursor }, 'list webhooks', positive([200], 'the query keeps every rule'));
      });
    case 'getSigningKeys':
      return plan(fc.boolean(), async (run, withKey) => {
        await sendTo(context, run, operationId, { credential: withKey ? 'api-key' : 'none' }, 'get the signing keys', positive([200], withKey ? 'the request is valid' : 'the keys are public (security: [])'));
      });
    case 'getWebhook':
    case 'listWebhookDeliveries': {
      if (fixture === undefined) return undefined;
      const query = operationId === 'listWebhookDeliveries' ? validQuery(operationId) : fc.constant({});
      return plan(fc.record({ id: target, query }), async (run, { id, query: values }) => {
        const expect = id === undefined ? positive([200], 'the webhook exists and the request is valid') : unknownIdExpectation(context, 200);
        await sendTo(context, run, operationId, { path: { id: id ?? fixture.id }, query: values }, operationId === 'getWebhook' ? 'read the webhook' : "list the webhook's deliveries", expect);
      });
    }
    case 'createWebhook':
      return plan(fc.record({ body: validArbitrary(namedSchema('WebhookCreate')), withKey: fc.boolean() }), async (run, { body, withKey }) => {
        const created = await createInCase(context, run, body, 'create a webhook', withKey ? { headers: { 'Idempotency-Key': context.session.newIdempotencyKey() } } : {});
        if (!stateful || created === undefined) return;
        const differences = differencesFromConfig(created.outcome.json, body as WebhookConfig);
        run.judge(
          differences.length === 0
            ? pass('state_consistency', 'createWebhook')
            : fail('state_consistency', 'createWebhook', `The create answer does not show what was sent: ${differences[0]}.`, `create-answer:${differences[0]!.split(' ')[0]}`, differences.slice(1)),
        );
        await readBack(context, run, created.id, created.outcome.json, 'the create answer');
        await deleteAndProbe(context, run, created.id);
      });
    case 'updateWebhook': {
      const pairs = fc.record({
        create: validArbitrary(namedSchema('WebhookCreate')),
        patch: validArbitrary(namedSchema('WebhookUpdate')),
        unknown: fc.option(fc.uuid(), { nil: undefined, freq: 4 }),
      });
      const applicable = pairs.filter(({ create, patch }) => mergeUpdate(create as WebhookConfig, patch).ok);
      // a stateless server cannot tell an update its stored webhook cannot take: only send those it can;
      // a stateful one gets both, mostly updates it must take (most random pairs would be refused)
      const arbitrary = stateful
        ? fc.oneof({ weight: 2, arbitrary: applicable }, { weight: 1, arbitrary: pairs })
        : applicable.map((pair) => ({ ...pair, unknown: undefined }));
      return plan(arbitrary, async (run, { create, patch, unknown }) => {
        if (unknown !== undefined) {
          await sendTo(context, run, operationId, { path: { id: unknown }, body: { json: patch } }, 'update a webhook that does not exist', unknownIdExpectation(context, 200));
          return;
        }
        const created = await createInCase(context, run, create, 'create a webhook to update');
        if (created === undefined) return;
        const merged = mergeUpdate(create as WebhookConfig, patch);
        const expect: Expectation = merged.ok
          ? positive([200], 'the body keeps every rule and the webhook after the update does too')
          : { check: 'negative_data_rejection', statuses: [422], why: `the webhook after this update would break a rule (${merged.errors[0]!.message})` };
        const patched = await sendTo(context, run, operationId, { path: { id: created.id }, body: { json: patch } }, 'update it', expect);
        if (!stateful) return;
        if (merged.ok && patched.status === 200) {
          const differences = differencesFromConfig(patched.json, merged.value);
          run.judge(
            differences.length === 0
              ? pass('state_consistency', operationId)
              : fail('state_consistency', operationId, `The update answer does not show the webhook after the update: ${differences[0]}.`, `update-answer:${differences[0]!.split(' ')[0]}`, differences.slice(1)),
          );
          await readBack(context, run, created.id, patched.json, 'the update answer');
        } else if (!merged.ok) {
          await readBack(context, run, created.id, created.outcome.json, 'the create answer (the update was refused)');
        }
        await deleteAndProbe(context, run, created.id);
      });
    }
    case 'deleteWebhook':
      return plan(fc.option(fc.uuid(), { nil: undefined, freq: 3 }), async (run, unknown) => {
        if (unknown !== undefined) {
          await sendTo(context, run, operationId, { path: { id: unknown } }, 'delete a webhook that does not exist', unknownIdExpectation(context, 204));
          return;
        }
        const created = await createInCase(context, run, requestExamples(contractOf(context, 'createWebhook'), context.seed)[0]!.body, 'create a webhook to delete');
        if (created === undefined) return;
        if (stateful) await deleteAndProbe(context, run, created.id);
        else {
          await sendTo(context, run, operationId, { path: { id: created.id } }, 'delete it', positive([204], 'the webhook exists'));
          context.session.created.delete(created.id);
        }
      });
  }
}

/** Reads a webhook back and compares it with an earlier answer (stateful runs). */
async function readBack(context: RunContext, run: CaseRun, id: string, earlier: unknown, earlierName: string): Promise<void> {
  const read = await sendTo(context, run, 'getWebhook', { path: { id } }, 'read it back', { check: 'ensure_resource_availability', statuses: [200], why: 'the webhook was created a moment ago and not deleted' });
  if (read.status !== 200) return;
  const differences = differencesBetween(read.json, earlier, earlierName);
  run.judge(
    differences.length === 0
      ? pass('state_consistency', 'getWebhook')
      : fail('state_consistency', 'getWebhook', `Reading the webhook back differs from ${earlierName}: ${differences[0]}.`, `read-back:${earlierName}:${differences[0]!.split(' ')[0]}`, differences.slice(1)),
  );
}

/** Deletes a webhook and checks it is gone (stateful runs). */
async function deleteAndProbe(context: RunContext, run: CaseRun, id: string): Promise<void> {
  const deleted = await sendTo(context, run, 'deleteWebhook', { path: { id } }, 'delete it', positive([204], 'the webhook exists'));
  if (deleted.status !== 204) return;
  context.session.created.delete(id);
  await sendTo(context, run, 'getWebhook', { path: { id } }, 'read it after the delete', { check: 'use_after_free', statuses: [404], why: 'the webhook was deleted' });
}

/** The invalid cases of an operation. */
function negativeCases(context: RunContext, operationId: OperationId, fixture: Fixture | undefined): PropertyPlan<unknown> | undefined {
  const contract = contractOf(context, operationId);
  const parameters = parameterNegatives(operationId);
  const needsFixture = contract.path.includes('{id}');
  if (needsFixture && fixture === undefined) return undefined;
  const base: RequestParts = needsFixture ? { path: { id: fixture!.id } } : {};
  const options: fc.Arbitrary<{ parts: RequestParts; expect: Expectation }>[] = [];
  if (contract.requestBody !== undefined) {
    const schemaName = contract.requestBody;
    options.push(
      fc
        .record({ body: validArbitrary(namedSchema(schemaName)), choice: fc.nat() })
        .map(({ body, choice }) => pickMutation(schemaName, body as Record<string, unknown>, choice))
        .filter((mutation) => mutation !== undefined)
        .map((mutation) => ({
          parts: { ...base, body: { json: mutation!.body } },
          expect: { check: 'negative_data_rejection', statuses: [422], why: `the body breaks one rule (${mutation!.rule})` },
        })),
    );
  }
  if (parameters !== undefined) {
    const valid = contract.requestBody === undefined ? fc.constant(undefined) : validArbitrary(namedSchema(contract.requestBody));
    options.push(
      fc.record({ mutation: parameters, body: valid }).map(({ mutation, body }) => ({
        parts: withParameter(body === undefined ? base : { ...base, body: { json: body } }, mutation),
        expect: { check: 'negative_data_rejection', statuses: [400], why: `the ${mutation.parameter.name} ${mutation.parameter.in === 'header' ? 'header' : 'parameter'} breaks a rule (${mutation.rule})` },
      })),
    );
  }
  if (options.length === 0) return undefined;
  return {
    name: `${operationId}/invalid`,
    arbitrary: fc.oneof(...options) as fc.Arbitrary<unknown>,
    numRuns: context.casesPerOperation,
    run: async (input) => {
      const { parts, expect } = input as { parts: RequestParts; expect: Expectation };
      const run = new CaseRun(context.session);
      const answer = await sendTo(context, run, operationId, parts, 'send the invalid request', expect);
      const id = answer.status === 201 && typeof answer.json === 'object' && answer.json !== null ? (answer.json as { id?: unknown }).id : undefined;
      if (typeof id === 'string') context.session.created.set(id, 'api-key');
      return run;
    },
  };
}

/** Runs the generated valid and invalid cases of every selected operation. */
export async function runGenerated(context: RunContext): Promise<void> {
  const fixture = await fixtureOf(context, requestExamples(contractOf(context, 'createWebhook'), context.seed)[0]!.body);
  const tasks: (() => Promise<void>)[] = [];
  for (const operationId of context.selected) {
    for (const plan of [positiveCases(context, operationId, fixture), negativeCases(context, operationId, fixture)]) {
      if (plan === undefined) continue;
      tasks.push(async () => {
        if (timeIsUp(context)) return;
        await runProperty(context.session, plan, context.seed, context.deadline, () => context.onCase(operationId));
      });
    }
  }
  await inParallel(context, tasks);
}
