/**
 * The client's fetch, which every call goes through: it authenticates the request, bounds it in time
 * and in size, follows no redirect, retries what is safe to retry, checks each answer against the
 * contract on demand, and turns whatever is not an answer of the API into a typed error.
 * @module
 */
import { ClientOptionsError, WebhooksContractError } from '../errors.js';
import type { ContractCheck, ContractViolation } from '../validation/contract-violation.js';
import { WebhooksConnectionError, WebhooksResponseError } from './errors.js';
import { IDEMPOTENCY_KEY_OPERATIONS, PUBLIC_PATHS } from './operations.js';

/** What the transport needs; `createWebhooksClient` fills in the defaults. */
export interface TransportOptions {
  fetch: (request: Request) => Promise<Response>;
  Request: typeof Request;
  /** the path of baseUrl (`/gateway` in `https://example.com/gateway`), which comes before every API path */
  basePath: string;
  apiKey: string | undefined;
  userAgent: string;
  timeoutMs: number;
  maxRetries: number;
  maxResponseBytes: number;
  check: ContractCheck | undefined;
  onViolations: (violations: ContractViolation[]) => void;
}

const FIRST_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 5_000;
/** a longer Retry-After is not waited for: the call returns the 429 or 503 and its Retry-After instead */
export const MAX_RETRY_AFTER_MS = 60_000;
/** statuses whose response has no body */
const NULL_BODY_STATUSES = [101, 204, 205, 304];

/** 429 and 5xx are worth another try, except 501: the server will not learn the method meanwhile. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501);
}

/**
 * How long to wait before retry number `retry` (0 for the first): the server's `Retry-After` (seconds or
 * an HTTP date) when it gives one, else exponential back-off with jitter; `undefined` when the server
 * asks for longer than `MAX_RETRY_AFTER_MS`.
 */
export function retryDelayMs(retry: number, retryAfter: string | null, now = Date.now()): number | undefined {
  const value = retryAfter?.trim();
  if (value) {
    const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
    if (!Number.isNaN(ms)) return ms > MAX_RETRY_AFTER_MS ? undefined : Math.max(0, ms);
  }
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** retry);
  // at least half the delay, the rest random: clients that failed together do not all retry together
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

/** Reads the whole body, at most `limit` bytes, giving up when `signal` aborts (even if the fetch ignores it). */
async function readCapped(operation: string, response: Response, limit: number, signal: AbortSignal): Promise<Response> {
  const tooLarge = () =>
    new WebhooksResponseError(
      'ERR_RESPONSE_TOO_LARGE',
      `${operation}: the response is larger than maxResponseBytes (${limit} bytes); it was not read further`,
      response,
    );
  if (Number(response.headers.get('content-length')) > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    const aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    try {
      for (;;) {
        const { done, value } = await Promise.race([reader.read(), aborted]);
        if (done) break;
        size += value.byteLength;
        if (size > limit) throw tooLarge();
        chunks.push(value);
      }
    } catch (error) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const { status, statusText, headers } = response;
  return new Response(size === 0 || NULL_BODY_STATUSES.includes(status) ? null : bytes, { status, statusText, headers });
}

/** Returns a response openapi-fetch can hand over as `{ data }` or `{ error }`; throws for any other. */
async function checkApiAnswer(operation: string, url: URL, response: Response): Promise<Response> {
  const { status } = response;
  const answered = `${operation}: the API answered ${status}`;
  if (status >= 300 && status < 400) {
    const location = response.headers.get('location');
    const target = location === null ? '' : ` to ${new URL(location, url).href.split(/[?#]/)[0]}`;
    throw new WebhooksResponseError(
      'ERR_REDIRECT',
      `${answered}, a redirect${target}; the client follows no redirect, which could carry your API key and the body elsewhere: check baseUrl`,
      response,
    );
  }
  if (NULL_BODY_STATUSES.includes(status)) return response;
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const type = response.headers.get('content-type') ?? 'no content type';
  if (status < 300 && text.trim() === '') {
    throw new WebhooksResponseError('ERR_RESPONSE_EMPTY', `${answered} with an empty body; the contract has a JSON body`, response);
  }
  if (status < 300 && body === undefined) {
    throw new WebhooksResponseError('ERR_RESPONSE_NOT_JSON', `${answered} with a body that is not JSON (${type})`, response);
  }
  if (status >= 400 && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    throw new WebhooksResponseError(
      'ERR_RESPONSE_NOT_PROBLEM',
      `${answered} with ${text.trim() === '' ? 'an empty body' : type}, not a JSON problem: something in between (a proxy, a load balancer) may have answered`,
      response,
    );
  }
  return response;
}

/**
 * The fetch given to openapi-fetch.
 * @example
 * createClient<paths>({ baseUrl, fetch: createTransport({ fetch: globalThis.fetch, Request, apiKey, ... }) });
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  return async function send(original: Request): Promise<Response> {
    const url = new URL(original.url);
    const { method } = original;
    const path = url.pathname.slice(options.basePath.length);
    const operation = `${method} ${path}`;
    const headers = new Headers(original.headers);
    headers.set('User-Agent', options.userAgent);
    // a public operation (the signing keys) never gets the API key, even when the client has one
    if (PUBLIC_PATHS.has(path)) headers.delete('Authorization');
    else if (options.apiKey === undefined) {
      throw new ClientOptionsError(`${operation} needs your API key: createWebhooksClient({ baseUrl, apiKey: process.env.WEBHOOKS_API_KEY })`);
    } else headers.set('Authorization', `Bearer ${options.apiKey}`);
    if (IDEMPOTENCY_KEY_OPERATIONS.has(operation) && !headers.has('Idempotency-Key')) {
      headers.set('Idempotency-Key', crypto.randomUUID());
    }
    // a POST retried without a key could create a second webhook; GET, PATCH and DELETE repeat safely
    const retryable = method !== 'POST' || headers.has('Idempotency-Key');
    const body = original.body === null ? undefined : await original.arrayBuffer();
    const caller = original.signal;
    for (let attempt = 1; ; attempt += 1) {
      const controller = new AbortController();
      const forwardAbort = () => controller.abort(caller.reason);
      caller.addEventListener('abort', forwardAbort, { once: true });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
      let response: Response | undefined;
      let failure: unknown;
      try {
        const request = new options.Request(url.href, { method, headers, body, signal: controller.signal, redirect: 'manual' });
        const received = await options.fetch(request);
        if (received.type === 'opaqueredirect') {
          // a browser's fetch hides a redirect it was told not to follow behind status 0
          throw new WebhooksResponseError('ERR_REDIRECT', `${operation}: the API answered with a redirect; the client follows no redirect: check baseUrl`, received);
        }
        response = await readCapped(operation, received, options.maxResponseBytes, controller.signal);
      } catch (error) {
        failure = error;
      } finally {
        clearTimeout(timer);
        caller.removeEventListener('abort', forwardAbort);
      }
      if (caller.aborted) throw caller.reason;
      const retriesLeft = retryable && attempt <= options.maxRetries;
      if (response === undefined) {
        if (failure instanceof WebhooksContractError) throw failure;
        const tries = `${attempt} attempt${attempt === 1 ? '' : 's'}`;
        const error = timedOut
          ? new WebhooksConnectionError('ERR_TIMEOUT', `${operation}: no complete answer within timeoutMs (${options.timeoutMs} ms), ${tries}`, attempt, failure)
          : new WebhooksConnectionError('ERR_NETWORK', `${operation}: the request did not reach the API (${tries}); check baseUrl and the network`, attempt, failure);
        if (!retriesLeft) throw error;
        await sleep(retryDelayMs(attempt - 1, null)!, caller);
        continue;
      }
      if (options.check) {
        const violations = await options.check.checkResponse(method, path, response);
        if (violations.length > 0) options.onViolations(violations);
      }
      if (retriesLeft && isRetryableStatus(response.status)) {
        const delay = retryDelayMs(attempt - 1, response.headers.get('retry-after'));
        if (delay !== undefined) {
          await sleep(delay, caller);
          continue;
        }
      }
      return checkApiAnswer(operation, url, response);
    }
  };
}
