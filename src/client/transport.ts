/**
 * The client's fetch, which every call goes through: it authenticates the request, bounds it in time
 * and in size, follows no redirect, retries what is safe to retry, checks each answer against the
 * contract on demand, and turns whatever is not an answer of the API into a typed error. Written
 * tersely on purpose: it ships in every browser bundle of the client (test/client/browser-bundle.test.ts
 * holds the client to twice the size of bare openapi-fetch).
 * @module
 */
import { ClientOptionsError, WebhooksContractError } from '../errors.js';
import { VERSION } from '../version.js';
import type { WebhooksClientOptions } from './options.js';
import { WebhooksConnectionError, WebhooksResponseError } from './errors.js';
import { IDEMPOTENCY_KEY_OPERATIONS, PUBLIC_PATHS } from './operations.js';
import { randomId } from './random-id.js';

/** Default of `timeoutMs`: an operation of this API answers in well under a second. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Default of `maxRetries`: three attempts in all. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default of `maxResponseBytes`: twice the largest page the contract allows, every string at its limit. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** The User-Agent every request carries. */
export const USER_AGENT = `webhooks-contract/${VERSION}`;

const FIRST_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 5_000;
/** a longer Retry-After is not waited for: the call returns the 429 or 503 and its Retry-After instead */
export const MAX_RETRY_AFTER_MS = 60_000;
/** The reason a time-out aborts an attempt with, told apart from the caller's own abort. */
const timedOut = new Error('timeout');
/** statuses whose response has no body */
const NULL_BODY_STATUSES = [101, 204, 205, 304];

/** 429 and 5xx are worth another try, except 501: the server will not learn the method meanwhile. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status > 499 && status !== 501);
}

/**
 * How long to wait before retry number `retry` (0 for the first): the server's `Retry-After` in seconds
 * when it gives one, else exponential back-off with jitter; `undefined` when the server asks for longer
 * than `MAX_RETRY_AFTER_MS`.
 */
export function retryDelayMs(retry: number, retryAfter: string | null): number | undefined {
  if (retryAfter !== null && /^\s*\d+\s*$/.test(retryAfter)) {
    const ms = Number(retryAfter) * 1000;
    return ms > MAX_RETRY_AFTER_MS ? undefined : ms;
  }
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** retry);
  // at least half the delay, the rest random: clients that failed together do not all retry together
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

/** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/**
 * The fetch given to openapi-fetch, from the client's (checked) options.
 * @example
 * createClient<paths>({ baseUrl, fetch: createTransport({ baseUrl, apiKey }) });
 */
export function createTransport(options: WebhooksClientOptions): (request: Request) => Promise<Response> {
  const {
    apiKey,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxRetries = DEFAULT_MAX_RETRIES,
    maxResponseBytes: limit = DEFAULT_MAX_RESPONSE_BYTES,
    checkResponses: check,
    Request: RequestClass = Request,
  } = options;
  // read the global at call time, so a fetch patched later (tests, polyfills) is used
  const send = options.fetch ?? ((request: Request) => fetch(request));
  // the path of baseUrl (`/gateway` in `https://example.com/gateway`) comes before every API path
  const basePath = new URL(options.baseUrl).pathname.replace(/\/+$/, '');
  return async (original) => {
    const url = new URL(original.url);
    const { method, signal: caller } = original;
    const path = url.pathname.slice(basePath.length);
    const operation = `${method} ${path}`;
    const fail = (code: ConstructorParameters<typeof WebhooksResponseError>[0], message: string, response: Response) =>
      new WebhooksResponseError(code, `${operation}: ${message}`, response);
    const redirected = (response: Response, location?: string | null) =>
      fail('ERR_REDIRECT', `the API answered a redirect${location ? ` to ${new URL(location, url).href.split(/[?#]/)[0]}` : ''}; the client follows none, which would take your API key along`, response);
    const headers = new Headers(original.headers);
    headers.set('User-Agent', USER_AGENT);
    // a public operation (the signing keys) never gets the API key, even when the client has one
    if (PUBLIC_PATHS.has(path)) headers.delete('Authorization');
    else if (apiKey) headers.set('Authorization', `Bearer ${apiKey}`);
    else throw new ClientOptionsError(`${operation} needs apiKey: createWebhooksClient({ baseUrl, apiKey })`);
    if (IDEMPOTENCY_KEY_OPERATIONS.has(operation) && !headers.has('Idempotency-Key')) headers.set('Idempotency-Key', randomId());
    // a POST retried without a key could create a second webhook; GET, PATCH and DELETE repeat safely
    const retryable = method !== 'POST' || headers.has('Idempotency-Key');
    const body = original.body && (await original.arrayBuffer());
    for (let attempt = 1; ; attempt++) {
      caller.throwIfAborted();
      const controller = new AbortController();
      const abort = () => controller.abort(caller.reason);
      caller.addEventListener('abort', abort);
      const timer = setTimeout(() => controller.abort(timedOut), timeoutMs);
      const { signal } = controller;
      let response: Response | undefined;
      let failure: unknown;
      try {
        const received = await send(new RequestClass(url.href, { method, headers, body, signal, redirect: 'manual' }));
        // a browser hides a redirect it was told not to follow behind status 0
        if (received.type === 'opaqueredirect') throw redirected(received);
        // read the whole body, at most `limit` bytes (an abort, the time-out's included, errors the stream)
        const reader = received.body?.getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (let chunk; reader && !(chunk = await reader.read()).done; chunks.push(chunk.value)) {
          if ((size += chunk.value.byteLength) > limit) {
            reader.cancel().catch(() => undefined);
            throw fail('ERR_RESPONSE_TOO_LARGE', `the response exceeds maxResponseBytes (${limit})`, received);
          }
        }
        const { status } = received;
        const bytes = size && !NULL_BODY_STATUSES.includes(status) ? new Uint8Array(size) : null;
        chunks.reduce((offset, chunk) => (bytes?.set(chunk, offset), offset + chunk.byteLength), 0);
        response = new Response(bytes, { status, headers: received.headers });
      } catch (error) {
        failure = error;
      } finally {
        clearTimeout(timer);
        caller.removeEventListener('abort', abort);
      }
      if (caller.aborted) throw caller.reason;
      const retry = retryable && attempt <= maxRetries;
      if (!response) {
        if (failure instanceof WebhooksContractError) throw failure;
        const tries = `${attempt} attempt${attempt > 1 ? 's' : ''}`;
        const error =
          signal.reason === timedOut
            ? new WebhooksConnectionError('ERR_TIMEOUT', `${operation}: no answer within timeoutMs (${timeoutMs}), ${tries}`, attempt, failure)
            : new WebhooksConnectionError('ERR_NETWORK', `${operation}: the request failed, ${tries}; check baseUrl and the network`, attempt, failure);
        if (!retry) throw error;
        await sleep(retryDelayMs(attempt - 1, null)!, caller);
        continue;
      }
      if (check) {
        const violations = await check.checkResponse(method, path, response);
        if (violations.length) {
          if (options.onContractViolation) options.onContractViolation(violations);
          else check.reportViolations(violations);
        }
      }
      const { status } = response;
      const delay = retry && isRetryableStatus(status) ? retryDelayMs(attempt - 1, response.headers.get('retry-after')) : undefined;
      if (delay !== undefined) {
        await sleep(delay, caller);
        continue;
      }
      // what openapi-fetch cannot hand over as { data } or { error } is a typed error here
      if (status > 299 && status < 400) throw redirected(response, response.headers.get('location'));
      if (NULL_BODY_STATUSES.includes(status)) return response;
      const text = (await response.clone().text()).trim();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // not JSON: json stays undefined
      }
      const answered = `the API answered ${status} with ${text ? response.headers.get('content-type') ?? 'no content type' : 'an empty body'}`;
      if (status < 300 && json === undefined) throw fail(text ? 'ERR_RESPONSE_NOT_JSON' : 'ERR_RESPONSE_EMPTY', `${answered}, not JSON`, response);
      if (status > 399 && (typeof json !== 'object' || !json || Array.isArray(json))) {
        throw fail('ERR_RESPONSE_NOT_PROBLEM', `${answered}, not a JSON problem (a proxy may have answered)`, response);
      }
      return response;
    }
  };
}
