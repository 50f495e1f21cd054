/**
 * Walks every page of a list (`listWebhooks`, `listWebhookDeliveries`), so users never write the cursor
 * loop; refuses to loop on a server that never finishes.
 * @module
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { WebhooksContractError } from '../errors.js';
import type { Delivery, Problem, Webhook } from '../types.js';
import { WebhooksApiError } from './errors.js';

export { WebhooksApiError };

/** How to walk a list. */
export interface ListAllOptions {
  /** items per request, 1–100 (default 100: fewer round trips) */
  pageSize?: number;
  /** start after the item with this id */
  startingAfter?: string;
  /** stop after this many items (default: all of them) */
  limit?: number;
  /** stops the walk: the pending request is aborted and the loop throws the signal's reason */
  signal?: AbortSignal;
}

type Page<T> = { data?: { data: T[]; has_more: boolean }; error?: unknown; response: Response };

async function* paginate<T extends { id: string }>(
  list: string,
  fetchPage: (query: { limit: number; starting_after?: string }, signal: AbortSignal | undefined) => Promise<Page<T>>,
  options: ListAllOptions,
): AsyncGenerator<T, void, undefined> {
  const { pageSize = 100, signal } = options;
  let remaining = options.limit ?? Infinity;
  let cursor = options.startingAfter;
  // every id a page ended at: a server whose cursor comes back to one of them would loop forever
  const cursors = new Set([cursor]);
  while (remaining > 0) {
    signal?.throwIfAborted();
    const limit = Math.min(pageSize, remaining);
    // openapi-fetch leaves out a query parameter whose value is undefined
    const { data, error, response } = await fetchPage({ limit, starting_after: cursor }, signal);
    if (data === undefined) throw new WebhooksApiError(response, error as Problem | undefined);
    const last = data.data.at(-1)?.id;
    if (data.has_more && (last === undefined || cursors.has(last))) {
      const stalled = last === undefined || last === cursor;
      // a stateless mock answers every page with the same example page: the likeliest cause by far
      throw new WebhooksContractError(
        stalled ? 'ERR_PAGINATION_STALLED' : 'ERR_PAGINATION_CYCLE',
        `${list} ${stalled ? 'said has_more but did not move on' : 'came back to a page it had sent'}; stopping (a stateless mock repeats one page: use the sandbox)`,
      );
    }
    for (const item of data.data.slice(0, remaining)) yield item;
    remaining -= data.data.length;
    if (!data.has_more) return;
    cursors.add((cursor = last!));
  }
}

/**
 * Yields every webhook, newest first, fetching pages as it goes. Throws `WebhooksApiError` when a page
 * request fails (an iterator cannot return `{ error }`).
 * @example
 * for await (const webhook of listAllWebhooks(client, { limit: 1000 })) console.log(webhook.url);
 */
export function listAllWebhooks(client: Client<paths>, options: ListAllOptions = {}): AsyncGenerator<Webhook, void, undefined> {
  return paginate('listWebhooks', (query, signal) => client.GET('/v1/webhooks', { params: { query }, signal }), options);
}

/**
 * Yields every delivery of one webhook, newest first, fetching pages as it goes.
 * @example
 * for await (const delivery of listAllDeliveries(client, id)) if (delivery.status === 'failed') console.log(delivery.last_error);
 */
export function listAllDeliveries(client: Client<paths>, webhookId: string, options: ListAllOptions = {}): AsyncGenerator<Delivery, void, undefined> {
  return paginate(
    'listWebhookDeliveries',
    (query, signal) => client.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: webhookId }, query }, signal }),
    options,
  );
}
