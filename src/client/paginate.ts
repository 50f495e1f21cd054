/**
 * Walks every page of a list (`listWebhooks`, `listWebhookDeliveries`), so users never write the cursor
 * loop; refuses to loop on a server that never finishes.
 * @module
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { WebhooksContractError } from '../errors.js';
import type { Delivery, Problem, Webhook } from '../types.js';

/**
 * An API call answered with an error status where no `{ data, error }` can be returned (inside an
 * iterator). Carries the problem body, the response and its request id.
 */
export class WebhooksApiError extends WebhooksContractError {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly response: Response;
  /** the response's `X-Request-Id`, to quote to support */
  readonly requestId: string | null;

  constructor(response: Response, problem: Problem | undefined) {
    const requestId = response.headers.get('x-request-id');
    const detail = problem?.detail ?? problem?.title;
    super('ERR_API_RESPONSE', `the API answered ${response.status}${detail ? `: ${detail}` : ''}${requestId ? ` (request id ${requestId})` : ''}`);
    this.status = response.status;
    this.problem = problem;
    this.response = response;
    this.requestId = requestId;
  }
}

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
  let remaining = options.limit ?? Number.POSITIVE_INFINITY;
  let cursor = options.startingAfter;
  // every id a page ended at: a server whose cursor comes back to one of them would loop forever
  const cursors = new Set(cursor === undefined ? [] : [cursor]);
  while (remaining > 0) {
    signal?.throwIfAborted();
    const limit = Math.min(pageSize, remaining);
    const { data, error, response } = await fetchPage(cursor === undefined ? { limit } : { limit, starting_after: cursor }, signal);
    if (data === undefined) throw new WebhooksApiError(response, error as Problem | undefined);
    const last = data.data.at(-1)?.id;
    if (data.has_more && (last === undefined || last === cursor)) {
      throw new WebhooksContractError(
        'ERR_PAGINATION_STALLED',
        `${list} said has_more but the page ${last === undefined ? 'was empty' : `ended at the same id (${last})`}; stopping instead of looping forever`,
      );
    }
    if (data.has_more && cursors.has(last!)) {
      throw new WebhooksContractError(
        'ERR_PAGINATION_CYCLE',
        `${list} came back to a page that ends at ${last}, as an earlier page did; stopping instead of going round in a cycle`,
      );
    }
    for (const item of data.data.slice(0, remaining)) yield item;
    remaining -= data.data.length;
    if (!data.has_more) return;
    cursors.add(last!);
    cursor = last;
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
