/**
 * The stateful flows, learning ids from responses: a webhook's whole life (create, read, list, deliveries,
 * update, delete, and every operation after the delete), paging with `starting_after` over webhooks the
 * run created, another account's view (with a second API key), and `Idempotency-Key` replays.
 * @module
 */
import type { WebhookConfig } from '../../validation/apply-update.js';
import { requestExamples } from '../inputs.js';
import { differencesBetween, differencesFromConfig, mergeUpdate } from '../model.js';
import { pagingBoundaries } from './paging-boundaries.js';
import { contractOf, createInCase, fixedCase, sendTo, type RunContext } from '../run-context.js';
import type { CaseRun, StepOutcome } from '../session.js';
import { fail, pass, type Expectation, type Verdict } from '../verdict.js';

/** How many webhooks the paging flow creates, and the page size it reads them with. */
const PAGING_WEBHOOKS = 5;
const PAGE_SIZE = 2;
/** The most pages any flow reads before giving up. */
const MAX_PAGES = 60;

const expect = (check: Expectation['check'], statuses: number[], why: string): Expectation => ({ check, statuses, why });

function listItems(outcome: StepOutcome): { data: Record<string, unknown>[]; hasMore: boolean } | undefined {
  const page = outcome.json as { data?: unknown; has_more?: unknown } | undefined;
  if (outcome.status !== 200 || !Array.isArray(page?.data)) return undefined;
  return { data: page.data as Record<string, unknown>[], hasMore: page.has_more === true };
}

function judgeDifferences(run: CaseRun, verdict: { check: Verdict['check']; operationId: Verdict['operationId']; what: string; signature: string }, differences: string[]): void {
  run.judge(
    differences.length === 0
      ? pass(verdict.check, verdict.operationId)
      : fail(verdict.check, verdict.operationId, `${verdict.what}: ${differences[0]}.`, `${verdict.signature}:${differences[0]!.split(' ')[0]}`, differences.slice(1)),
  );
}

/** A webhook's whole life, from one create example. */
async function lifecycle(context: RunContext, name: string, body: Record<string, unknown>): Promise<void> {
  const updates = requestExamples(contractOf(context, 'updateWebhook'), context.seed);
  const update = updates.find((candidate) => mergeUpdate(body as WebhookConfig, candidate.body).ok);
  await fixedCase(context, 'createWebhook', async (run) => {
    const created = await createInCase(context, run, body, `create a webhook from the example "${name}"`);
    if (created === undefined) return;
    const { id } = created;
    judgeDifferences(run, { check: 'state_consistency', operationId: 'createWebhook', what: 'The create answer does not show what was sent', signature: 'create-answer' }, differencesFromConfig(created.outcome.json, body as WebhookConfig));
    const available = (why: string) => expect('ensure_resource_availability', [200], why);
    const read = await sendTo(context, run, 'getWebhook', { path: { id } }, 'read it by id', available('the webhook was just created'));
    if (read.status === 200) judgeDifferences(run, { check: 'state_consistency', operationId: 'getWebhook', what: 'Reading the webhook differs from the create answer', signature: 'get-after-create' }, differencesBetween(read.json, created.outcome.json, 'the create answer'));
    const listed = await sendTo(context, run, 'listWebhooks', { query: { limit: '100' } }, 'list webhooks (newest first)', available('listing is always possible'));
    const page = listItems(listed);
    if (page !== undefined) {
      const item = page.data.find((webhook) => webhook.id === id);
      if (item === undefined) {
        run.judge(fail('ensure_resource_availability', 'listWebhooks', 'The webhook created a moment ago is not on the first page of the list, which is newest first.', 'missing-from-list'));
      } else {
        run.judge(pass('ensure_resource_availability', 'listWebhooks'));
        judgeDifferences(run, { check: 'state_consistency', operationId: 'listWebhooks', what: 'The list shows the webhook differently from the create answer', signature: 'list-after-create' }, differencesBetween(item, created.outcome.json, 'the create answer'));
      }
    }
    const deliveries = listItems(await sendTo(context, run, 'listWebhookDeliveries', { path: { id } }, 'list its deliveries', available('the webhook exists')));
    if (deliveries !== undefined) {
      const foreign = deliveries.data.filter((delivery) => delivery.webhook_id !== id);
      run.judge(
        foreign.length === 0
          ? pass('state_consistency', 'listWebhookDeliveries')
          : fail('state_consistency', 'listWebhookDeliveries', `The deliveries of webhook ${id} include ${foreign.length} of another webhook (webhook_id ${String(foreign[0]!.webhook_id)}).`, 'foreign-delivery'),
      );
    }
    let latest: unknown = read.status === 200 ? read.json : created.outcome.json;
    if (update !== undefined) {
      const merged = mergeUpdate(body as WebhookConfig, update.body);
      const patched = await sendTo(context, run, 'updateWebhook', { path: { id }, body: { json: update.body } }, `update it with the example "${update.name}"`, expect('positive_data_acceptance', [200], `the body is the spec's example "${update.name}" and it applies to this webhook`));
      if (patched.status === 200 && merged.ok) {
        judgeDifferences(run, { check: 'state_consistency', operationId: 'updateWebhook', what: 'The update answer does not show the webhook after the update', signature: 'update-answer' }, differencesFromConfig(patched.json, merged.value));
        latest = patched.json;
        const again = await sendTo(context, run, 'getWebhook', { path: { id } }, 'read it again', available('the webhook was just updated'));
        if (again.status === 200) judgeDifferences(run, { check: 'state_consistency', operationId: 'getWebhook', what: 'Reading the webhook after the update differs from the update answer', signature: 'get-after-update' }, differencesBetween(again.json, latest, 'the update answer'));
      }
    }
    const deleted = await sendTo(context, run, 'deleteWebhook', { path: { id } }, 'delete it', expect('positive_data_acceptance', [204], 'the webhook exists'));
    if (deleted.status !== 204) return;
    context.session.created.delete(id);
    const gone = expect('use_after_free', [404], 'the webhook was deleted');
    await sendTo(context, run, 'getWebhook', { path: { id } }, 'read it after the delete', gone);
    await sendTo(context, run, 'updateWebhook', { path: { id }, body: { json: { disabled_at: null } } }, 'update it after the delete', gone);
    await sendTo(context, run, 'listWebhookDeliveries', { path: { id } }, 'list its deliveries after the delete', gone);
    await sendTo(context, run, 'deleteWebhook', { path: { id } }, 'delete it again', gone);
    const after = listItems(await sendTo(context, run, 'listWebhooks', { query: { limit: '100' } }, 'list webhooks after the delete', expect('positive_data_acceptance', [200], 'listing is always possible')));
    if (after !== undefined) {
      run.judge(after.data.some((webhook) => webhook.id === id) ? fail('use_after_free', 'listWebhooks', 'The list still shows the webhook after it was deleted.', 'listed-after-delete') : pass('use_after_free', 'listWebhooks'));
    }
  });
}

/** Pages through the list with a small limit: each webhook the run created shows once, newest first. */
async function paging(context: RunContext, body: Record<string, unknown>): Promise<void> {
  await fixedCase(context, 'listWebhooks', async (run) => {
    const ids: string[] = [];
    for (let index = 0; index < PAGING_WEBHOOKS; index += 1) {
      const created = await createInCase(context, run, body, `create webhook ${index + 1} of ${PAGING_WEBHOOKS}`);
      if (created === undefined) return;
      ids.push(created.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber += 1) {
      const query: Record<string, string> = { limit: String(PAGE_SIZE), ...(cursor === undefined ? {} : { starting_after: cursor }) };
      const page = listItems(await sendTo(context, run, 'listWebhooks', { query }, `read page ${pageNumber} (limit ${PAGE_SIZE}${cursor === undefined ? '' : ', starting_after the last id'})`, expect('positive_data_acceptance', [200], 'the query keeps every rule')));
      if (page === undefined) return;
      if (page.data.length > PAGE_SIZE) {
        run.judge(fail('paging_integrity', 'listWebhooks', `A page asked with limit ${PAGE_SIZE} holds ${page.data.length} webhooks.`, 'over-limit'));
        return;
      }
      const repeated = page.data.find((webhook) => seen.includes(webhook.id as string));
      if (repeated !== undefined) {
        run.judge(fail('paging_integrity', 'listWebhooks', `Webhook ${String(repeated.id)} shows on page ${pageNumber} again: paging with starting_after repeated it.`, 'repeated'));
        return;
      }
      seen.push(...page.data.map((webhook) => webhook.id as string));
      if (ids.every((id) => seen.includes(id)) || !page.hasMore || page.data.length === 0) break;
      cursor = page.data.at(-1)!.id as string;
    }
    const missing = ids.filter((id) => !seen.includes(id));
    const order = seen.filter((id) => ids.includes(id));
    const newestFirst = [...ids].reverse();
    if (missing.length > 0) {
      run.judge(fail('paging_integrity', 'listWebhooks', `Paging through the list with starting_after never showed ${missing.length} of the ${PAGING_WEBHOOKS} webhooks just created.`, 'skipped', missing.map((id) => `missing: ${id}`)));
    } else if (order.join() !== newestFirst.join()) {
      run.judge(fail('paging_integrity', 'listWebhooks', 'The webhooks just created are not listed newest first: the contract lists them in the reverse of the order they were created in, also when they share a created_at.', 'order', [`created (newest first): ${newestFirst.join(', ')}`, `listed: ${order.join(', ')}`]));
    } else {
      run.judge(pass('paging_integrity', 'listWebhooks'));
    }
    for (const id of ids) {
      const deleted = await sendTo(context, run, 'deleteWebhook', { path: { id } }, 'delete it (clean-up)', expect('positive_data_acceptance', [204], 'the webhook exists'));
      if (deleted.status === 204) context.session.created.delete(id);
    }
  });
}

/** Another account (the second key) cannot see, change or delete the first account's webhook. */
async function crossAccount(context: RunContext, body: Record<string, unknown>): Promise<void> {
  await fixedCase(context, 'getWebhook', async (run) => {
    const created = await createInCase(context, run, body, 'create a webhook with the first API key');
    if (created === undefined) return;
    const { id } = created;
    const hidden = expect('cross_account_isolation', [404], "the webhook belongs to another account (the first API key's)");
    const asOther = { credential: 'second-api-key' as const };
    await sendTo(context, run, 'getWebhook', { path: { id }, ...asOther }, 'read it with the second API key', hidden);
    await sendTo(context, run, 'updateWebhook', { path: { id }, body: { json: { disabled_at: '2030-01-01T00:00:00Z' } }, ...asOther }, 'update it with the second API key', hidden);
    await sendTo(context, run, 'listWebhookDeliveries', { path: { id }, ...asOther }, 'list its deliveries with the second API key', hidden);
    await sendTo(context, run, 'deleteWebhook', { path: { id }, ...asOther }, 'delete it with the second API key', hidden);
    const theirs = listItems(await sendTo(context, run, 'listWebhooks', { query: { limit: '100' }, ...asOther }, 'list webhooks with the second API key', expect('positive_data_acceptance', [200], 'listing is always possible')));
    if (theirs !== undefined) {
      run.judge(theirs.data.some((webhook) => webhook.id === id) ? fail('cross_account_isolation', 'listWebhooks', "The second account's list shows the first account's webhook.", 'listed-to-other') : pass('cross_account_isolation', 'listWebhooks'));
    }
    const mine = await sendTo(context, run, 'getWebhook', { path: { id } }, 'read it with the first API key', expect('cross_account_isolation', [200], "the other account's update and delete must not have touched it"));
    if (mine.status === 200) judgeDifferences(run, { check: 'cross_account_isolation', operationId: 'updateWebhook', what: "Another account's update changed the webhook", signature: 'changed-by-other' }, differencesBetween(mine.json, created.outcome.json, 'the create answer'));
  });
}

/** Same key and body: the same webhook, marked replayed; same key, other body: 422; a refused request does not use the key up. */
async function idempotency(context: RunContext, body: Record<string, unknown>): Promise<void> {
  const key = context.session.newIdempotencyKey();
  const otherKey = context.session.newIdempotencyKey();
  const marker = key.replace(/^contract-/, '');
  const unique = { ...body, url: `https://hooks.example.com/idempotency/${marker}` };
  await fixedCase(context, 'createWebhook', async (run) => {
    const created = await createInCase(context, run, unique, 'create a webhook with an Idempotency-Key', { headers: { 'Idempotency-Key': key } });
    if (created === undefined) return;
    if (created.outcome.headers.get('idempotent-replayed') === 'true') {
      run.judge(fail('idempotent_replay', 'createWebhook', 'The first request with a new Idempotency-Key is answered with Idempotent-Replayed: true.', 'first-marked'));
    }
    // the same JSON value, written differently: other key order, other spacing
    const reordered = `{ ${Object.entries(unique).reverse().map(([name, value]) => `${JSON.stringify(name)} : ${JSON.stringify(value)}`).join(' , ')} }`;
    const replay = await sendTo(context, run, 'createWebhook', { body: { raw: reordered, contentType: 'application/json' }, headers: { 'Idempotency-Key': key } }, 'send the same body again (keys reordered) with the same key', expect('idempotent_replay', [201], 'the request repeats an earlier one with the same key and body'));
    if (replay.status === 201) {
      const problems = [
        ...(replay.headers.get('idempotent-replayed') === 'true' ? [] : [`Idempotent-Replayed is ${replay.headers.has('idempotent-replayed') ? `"${replay.headers.get('idempotent-replayed')}"` : 'missing'}; a replay says "true"`]),
        ...differencesBetween(replay.json, created.outcome.json, 'the first answer'),
      ];
      judgeDifferences(run, { check: 'idempotent_replay', operationId: 'createWebhook', what: 'The replay is not the stored result of the first request', signature: 'replay' }, problems);
    }
    const reused = await sendTo(context, run, 'createWebhook', { body: { json: { ...unique, url: `${unique.url}/other` } }, headers: { 'Idempotency-Key': key } }, 'send another body with the same key', expect('idempotent_replay', [422], 'the key was used with another body (idempotency-key-reused)'));
    const problemType = (reused.json as { type?: unknown } | undefined)?.type;
    if (reused.status === 422) {
      run.judge(
        typeof problemType === 'string' && problemType.endsWith('/idempotency-key-reused')
          ? pass('idempotent_replay', 'createWebhook')
          : fail('idempotent_replay', 'createWebhook', `The 422 for a reused key has the type ${JSON.stringify(problemType)}; the contract's type for it ends in /idempotency-key-reused.`, 'reused-type'),
      );
    }
    const page = listItems(await sendTo(context, run, 'listWebhooks', { query: { limit: '100' } }, 'list webhooks', expect('positive_data_acceptance', [200], 'listing is always possible')));
    if (page !== undefined) {
      const copies = page.data.filter((webhook) => webhook.url === unique.url || webhook.url === `${unique.url}/other`).length;
      run.judge(copies === 1 ? pass('idempotent_replay', 'listWebhooks') : fail('idempotent_replay', 'listWebhooks', `The list shows ${copies} webhooks for one create sent three times with one Idempotency-Key; it should show one.`, 'copies'));
    }
    await sendTo(context, run, 'createWebhook', { body: { json: { enabled_events: ['*'] } }, headers: { 'Idempotency-Key': otherKey } }, 'send an invalid body with a new key', expect('negative_data_rejection', [422], 'the body breaks one rule (url is required)'));
    await createInCase(context, run, { ...unique, url: `${unique.url}/second` }, 'send a valid body with that key', {
      headers: { 'Idempotency-Key': otherKey },
      why: 'only 201 results are stored: a refused request leaves its key free',
    });
  });
}

/** Runs the stateful flows (stateful runs only). */
export async function runStateful(context: RunContext): Promise<void> {
  const creates = requestExamples(contractOf(context, 'createWebhook'), context.seed);
  for (const example of creates) await lifecycle(context, example.name, example.body);
  await paging(context, creates[0]!.body);
  await pagingBoundaries(context, creates[0]!.body);
  if (context.session.secondAuth !== undefined) await crossAccount(context, creates[0]!.body);
  else {
    for (const operationId of context.selected) context.session.recorder.skip(operationId, 'cross_account_isolation', 'no second API key was given (--second-api-key)');
  }
  await idempotency(context, creates[0]!.body);
}
