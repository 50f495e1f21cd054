/**
 * What a call throws when the API did not answer as an API: no answer (network, time-out), a redirect,
 * or a body that cannot be the contract's; and, inside a list walker, an error answer.
 * @module
 */
import { WebhooksContractError, type WebhooksContractErrorCode } from '../errors.js';
import type { Problem } from '../types.js';

/**
 * No answer came: the connection failed (`ERR_NETWORK`) or no full answer arrived within `timeoutMs`
 * (`ERR_TIMEOUT`), after every retry. `cause` is what fetch threw.
 * @example
 * catch (e) { if (e instanceof WebhooksConnectionError && e.code === 'ERR_TIMEOUT') retryLater() }
 */
export class WebhooksConnectionError extends WebhooksContractError {
  // `declare`: assigned in the constructor, with no field initialiser to ship in every bundle
  /** how many requests were sent */
  declare readonly attempts: number;

  constructor(code: 'ERR_NETWORK' | 'ERR_TIMEOUT', message: string, attempts: number, cause: unknown) {
    super(code, message, { cause });
    this.attempts = attempts;
  }
}

/**
 * An answer came that the client will not hand over as `{ data, error }`: a redirect (`ERR_REDIRECT`:
 * the client follows none), a body over `maxResponseBytes` (`ERR_RESPONSE_TOO_LARGE`), a success body
 * that is empty (`ERR_RESPONSE_EMPTY`) or not JSON (`ERR_RESPONSE_NOT_JSON`), or an error body that is
 * not a JSON problem, such as a proxy's HTML page (`ERR_RESPONSE_NOT_PROBLEM`). The message never
 * quotes the body; `response` has the status and headers, and the body too, unless it was too large.
 * @example
 * catch (e) { if (e instanceof WebhooksResponseError) console.error(e.status, e.requestId) }
 */
export class WebhooksResponseError extends WebhooksContractError {
  declare readonly status: number;
  /** the response's `X-Request-Id`, to quote to support */
  declare readonly requestId: string | null;
  declare readonly response: Response;

  constructor(code: WebhooksContractErrorCode, message: string, response: Response) {
    const requestId = response.headers.get('x-request-id');
    super(code, requestId ? `${message} (request id ${requestId})` : message);
    this.status = response.status;
    this.requestId = requestId;
    this.response = response;
  }
}

/**
 * The API answered a list walker's page request with an error (`ERR_API_RESPONSE`), where an iterator
 * cannot return `{ error }`. Carries the problem body, the response and its request id.
 * @example
 * catch (e) { if (e instanceof WebhooksApiError && e.status === 401) renewKey() }
 */
export class WebhooksApiError extends WebhooksResponseError {
  declare readonly problem: Problem | undefined;

  constructor(response: Response, problem: Problem | undefined) {
    const detail = problem?.detail ?? problem?.title;
    super('ERR_API_RESPONSE', `the API answered ${response.status}${detail ? `: ${detail}` : ''}`, response);
    this.problem = problem;
  }
}
