/**
 * Paging at its boundaries, over the whole list of the account: a page exactly as long as what is left is
 * the last one (`has_more` false), one item shorter is not; a cursor at the newest webhook starts the next
 * page at the second, and a cursor at the oldest gives an empty last page.
 * @module
 */
import type { OperationId } from '../response-contract.js';
import { createInCase, fixedCase, sendTo, type RunContext } from '../run-context.js';
import type { CaseRun } from '../session.js';
import { fail, pass } from '../verdict.js';

/** The largest page the contract allows. */
const MAX_LIMIT = 100;
/** The most pages read to learn the whole list. */
const MAX_PAGES = 50;
/** Webhooks made first, so that the list has a few whatever the account held. */
const MADE = 3;

type Page = { ids: string[]; hasMore: boolean };

async function page(context: RunContext, run: CaseRun, query: Record<string, string>, label: string): Promise<Page | undefined> {
  const answer = await sendTo(context, run, 'listWebhooks', { query }, label, { check: 'positive_data_acceptance', statuses: [200], why: 'the query keeps every rule' });
  const json = answer.json as { data?: { id?: unknown }[]; has_more?: unknown } | undefined;
  if (answer.status !== 200 || !Array.isArray(json?.data)) return undefined;
  return { ids: json.data.map((webhook) => String(webhook.id)), hasMore: json.has_more === true };
}

/** Every id of the account's list, newest first; undefined when a page failed or the list is too long. */
async function wholeList(context: RunContext, run: CaseRun): Promise<string[] | undefined> {
  const ids: string[] = [];
  for (let number = 1; number <= MAX_PAGES; number += 1) {
    const next = await page(context, run, { limit: String(MAX_LIMIT), ...(ids.length === 0 ? {} : { starting_after: ids.at(-1)! }) }, `read the whole list, page ${number}`);
    if (next === undefined) return undefined;
    ids.push(...next.ids);
    if (!next.hasMore) return ids;
  }
  return undefined;
}

/** Runs the boundary cases of paging (stateful runs only). */
export async function pagingBoundaries(context: RunContext, body: Record<string, unknown>): Promise<void> {
  const operationId: OperationId = 'listWebhooks';
  await fixedCase(context, operationId, async (run) => {
    for (let index = 0; index < MADE; index += 1) if ((await createInCase(context, run, body, `create webhook ${index + 1} of ${MADE}`)) === undefined) return;
    const all = await wholeList(context, run);
    if (all === undefined || all.length < MADE) return;
    const problems: string[] = [];
    // the last `size` webhooks, asked for after the one before them: exactly full, and the last page
    const size = Math.min(all.length - 1, MAX_LIMIT);
    const before = all[all.length - size - 1]!;
    const full = await page(context, run, { limit: String(size), starting_after: before }, `read the last ${size} webhooks (limit ${size}, starting_after the one before them)`);
    if (full !== undefined && (full.ids.join() !== all.slice(-size).join() || full.hasMore)) problems.push(`a last page exactly full (limit ${size}, ${size} webhooks left) came back with ${full.ids.length} webhooks and has_more ${full.hasMore}; it holds them all and has_more is false`);
    const short = await page(context, run, { limit: String(size - 1), starting_after: before }, `read one fewer (limit ${size - 1})`);
    if (short !== undefined && size > 1 && !short.hasMore) problems.push(`a page one shorter than what is left (limit ${size - 1}, ${size} left) says has_more false; one webhook is still to come`);
    const end = await page(context, run, { limit: '10', starting_after: all.at(-1)! }, 'read after the oldest webhook');
    if (end !== undefined && (end.ids.length > 0 || end.hasMore)) problems.push(`a cursor at the oldest webhook gave ${end.ids.length} webhooks and has_more ${end.hasMore}; nothing comes after it`);
    const start = await page(context, run, { limit: '1', starting_after: all[0]! }, 'read after the newest webhook (limit 1)');
    if (start !== undefined && start.ids.join() !== all[1]) problems.push(`a cursor at the newest webhook gave ${start.ids.join(', ') || 'no webhook'}; the second newest (${all[1]}) comes after it`);
    run.judge(problems.length === 0 ? pass('paging_integrity', operationId) : fail('paging_integrity', operationId, `Paging breaks at a boundary: ${problems[0]}.`, `boundary:${problems[0]!.split(' (')[0]}`, problems.slice(1)));
  });
}
