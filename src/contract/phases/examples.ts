/**
 * The spec's named request examples, each sent as it is (write-only values swapped for canaries): every
 * one must be accepted. An update example is sent to a webhook created from a create example it can apply to.
 * @module
 */
import type { WebhookConfig } from '../../validation/apply-update.js';
import { genericValidParts } from '../engine/valid-parts.js';
import { requestExamples } from '../inputs.js';
import { differencesBetween, differencesFromConfig, mergeUpdate } from '../model.js';
import { contractOf, createInCase, fixedCase, inParallel, sendTo, type RunContext } from '../run-context.js';
import { fail, pass } from '../verdict.js';

/** Sends a valid request to each selected operation of another document: its success must answer it. */
async function runGenericExamples(context: RunContext): Promise<void> {
  const generic = [...context.selected].map((operationId) => contractOf(context, operationId)).filter((contract) => !contract.precompiled);
  await inParallel(
    context,
    generic.map((contract) => () =>
      fixedCase(context, contract.operationId, async (run) => {
        const statuses = [...contract.responses.keys()].filter((status) => /^2\d\d$/.test(status)).map(Number);
        // a generated id names nothing the server holds: for an operation on one, a documented 404 is the answer too
        if (contract.path.includes('{') && contract.responses.has('404')) statuses.push(404);
        await sendTo(context, run, contract.operationId, genericValidParts(context.spec, contract, context.seed), `send a valid request (the spec's first example, or one generated from its schemas)`, {
          check: 'positive_data_acceptance',
          statuses,
          why: 'the request keeps every rule the document states for it',
        });
      }),
    ),
  );
}

/** Sends every named request example of the selected operations. */
export async function runExamples(context: RunContext): Promise<void> {
  await runGenericExamples(context);
  const creates = requestExamples(contractOf(context, 'createWebhook'), context.seed);
  if (context.selected.has('createWebhook')) {
    await inParallel(
      context,
      creates.map((example) => () =>
        fixedCase(context, 'createWebhook', async (run) => {
          await createInCase(context, run, example.body, `create a webhook from the spec's example "${example.name}"`, { why: `the body is the spec's example "${example.name}"` });
        }),
      ),
    );
  }
  if (!context.selected.has('updateWebhook')) return;
  for (const example of requestExamples(contractOf(context, 'updateWebhook'), context.seed)) {
    const base = creates.find((create) => mergeUpdate(create.body as WebhookConfig, example.body).ok);
    if (base === undefined) {
      context.notes.push(`The update example "${example.name}" applies to none of the create examples; it was not sent.`);
      continue;
    }
    const merged = mergeUpdate(base.body as WebhookConfig, example.body);
    await fixedCase(context, 'updateWebhook', async (run) => {
      const created = await createInCase(context, run, base.body, `create a webhook from the example "${base.name}" to update`);
      if (created === undefined) return;
      const patched = await sendTo(context, run, 'updateWebhook', { path: { id: created.id }, body: { json: example.body } }, `apply the spec's update example "${example.name}"`, {
        check: 'positive_data_acceptance',
        statuses: [200],
        why: `the body is the spec's example "${example.name}" and it applies to this webhook`,
      });
      if (!context.session.stateful || patched.status !== 200 || !merged.ok) return;
      const differences = differencesFromConfig(patched.json, merged.value);
      run.judge(
        differences.length === 0
          ? pass('state_consistency', 'updateWebhook')
          : fail('state_consistency', 'updateWebhook', `The update answer does not show the webhook after the update: ${differences[0]}.`, 'update-answer', differences.slice(1)),
      );
      const read = await sendTo(context, run, 'getWebhook', { path: { id: created.id } }, 'read the webhook back', {
        check: 'ensure_resource_availability',
        statuses: [200],
        why: 'the webhook was just updated',
      });
      if (read.status !== 200) return;
      const drift = differencesBetween(read.json, patched.json, 'the update answer');
      run.judge(
        drift.length === 0
          ? pass('state_consistency', 'getWebhook')
          : fail('state_consistency', 'getWebhook', `Reading the webhook after an update differs from the update answer: ${drift[0]}.`, 'get-after-update', drift.slice(1)),
      );
    });
  }
}
