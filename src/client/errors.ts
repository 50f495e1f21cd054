/**
 * What a call throws when the API did not answer as an API: no answer (network, time-out), a redirect,
 * or a body that cannot be the contract's. An answer the contract describes, errors included, is never
 * thrown: it comes back as `{ data, error, response }`.
 * @module
 */
import { WebhooksContractError, type WebhooksContractErrorCode } from '../errors.js';

/**
 * No answer came: the connection failed (`ERR_NETWORK`) or no full answer arrived within `timeoutMs`
 * (`ERR_TIMEOUT`), after every retry. `cause` is what fetch threw.
 * @example
 * catch (e) { if (e instanceof WebhooksConnectionError && e.code === 'ERR_TIMEOUT') retryLater() }
 */
export class WebhooksConnectionError extends WebhooksContractError {
  /** how many requests were sent */
  readonly attempts: number;

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
 * quotes the body; `response` still holds it (up to the size limit).
 * @example
 * catch (e) { if (e instanceof WebhooksResponseError) console.error(e.status, e.requestId) }
 */
export class WebhooksResponseError extends WebhooksContractError {
  readonly status: number;
  /** the response's `X-Request-Id`, to quote to support */
  readonly requestId: string | null;
  readonly response: Response;

  constructor(code: WebhooksContractErrorCode, message: string, response: Response) {
    const requestId = response.headers.get('x-request-id');
    super(code, requestId ? `${message} (request id ${requestId})` : message);
    this.status = response.status;
    this.requestId = requestId;
    this.response = response;
  }
}
