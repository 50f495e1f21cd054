/**
 * Walks every page of `listWebhooks`, so users never write the cursor loop.
 * @module
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { WebhooksContractError } from '../errors.js';
import type { Problem, Webhook } from '../types.js';

/**
 * An API call answered with an error status where no `{ data, error }` can be returned (inside an
 * iterator). Carries the problem body and the response.
 */
export class WebhooksApiError extends WebhooksContractError {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly response: Response;

  constructor(response: Response, problem: Problem | undefined) {
    super('ERR_API_RESPONSE', `the API answered ${response.status}${problem?.detail ? `: ${problem.detail}` : problem?.title ? `: ${problem.title}` : ''}`);
    this.status = response.status;
    this.problem = problem;
    this.response = response;
  }
}

export interface ListAllOptions {
  /** webhooks per request, 1–100 (default 100: fewer round trips) */
  pageSize?: number;
  /** start after this webhook id */
  startingAfter?: string;
}

/**
 * Yields every webhook, newest first, fetching pages as it goes.
 * Throws `WebhooksApiError` when a page request fails (an iterator cannot return `{ error }`).
 * @example
 * for await (const webhook of listAllWebhooks(client)) console.log(webhook.url);
 */
export async function* listAllWebhooks(
  client: Client<paths>,
  options: ListAllOptions = {},
): AsyncGenerator<Webhook, void, undefined> {
  const limit = options.pageSize ?? 100;
  let startingAfter = options.startingAfter;
  for (;;) {
    const query = startingAfter === undefined ? { limit } : { limit, starting_after: startingAfter };
    const { data, error, response } = await client.GET('/v1/webhooks', { params: { query } });
    if (data === undefined) throw new WebhooksApiError(response, error as Problem | undefined);
    yield* data.data;
    if (!data.has_more) return;
    const last = data.data.at(-1)?.id;
    // a server that says has_more without moving the cursor would loop forever
    if (last === undefined || last === startingAfter) {
      throw new WebhooksContractError(
        'ERR_PAGINATION_STALLED',
        `listWebhooks said has_more but the page ${last === undefined ? 'was empty' : `ended at the same id (${last})`}; stopping instead of looping forever`,
      );
    }
    startingAfter = last;
  }
}
