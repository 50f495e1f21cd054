/**
 * The typed Webhooks API client: openapi-fetch over the generated `paths`, with the transport that
 * authenticates, times out, retries and checks (`transport.ts`), and pagination.
 * @module
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { ClientOptionsError } from '../errors.js';
import type { Delivery, Webhook } from '../types.js';
import { ContractViolationError, type ContractCheck, type ContractViolation } from '../validation/contract-violation.js';
import { VERSION } from '../version.js';
import { listAllDeliveries, listAllWebhooks, type ListAllOptions } from './paginate.js';
import { createTransport } from './transport.js';

/** Default of `timeoutMs`: an operation of this API answers in well under a second. */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Default of `maxRetries`: three attempts in all. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default of `maxResponseBytes`: twice the largest page the contract allows, every string at its limit. */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** What `createWebhooksClient` takes. */
export interface WebhooksClientOptions {
  /** where the API is served, without `/v1`: `https://api.example.com`, or the mock `http://127.0.0.1:4010` */
  baseUrl: string;
  /**
   * Your API key, sent as `Authorization: Bearer <apiKey>` to every operation but the public one
   * (`GET /.well-known/jwks.json`), which gets no key; an operation that needs it throws without it.
   */
  apiKey?: string;
  /**
   * A custom fetch (tests, proxies, undici); defaults to the global fetch. It is always called with a
   * `Request`. With undici's own fetch, pass undici's `Request` class as `Request` too.
   */
  fetch?: (input: Request) => Promise<Response>;
  /** the Request class to build requests with; defaults to the global one */
  Request?: typeof Request;
  /** How long one attempt may take, answer body included, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /**
   * How many times to retry a network error, a time-out, a 429 or a 5xx (default 2), with exponential
   * back-off and jitter, or after the server's `Retry-After`. GET, PATCH and DELETE are retried as they
   * are; a POST only with an `Idempotency-Key`, which the client sends on createWebhook unless you do.
   */
  maxRetries?: number;
  /** The largest response body the client reads, in bytes (default 8 MiB); a larger one throws `ERR_RESPONSE_TOO_LARGE`. */
  maxResponseBytes?: number;
  /**
   * Check every response against the contract: pass `contractCheck` from `webhooks-contract/contract-check`.
   * A response that breaks it throws a `ContractViolationError`, unless `onContractViolation` is given.
   */
  checkResponses?: ContractCheck | false;
  /** Receives the violations instead of a thrown `ContractViolationError`; the call then returns as usual. */
  onContractViolation?: (violations: ContractViolation[]) => void;
  /** extra headers for every request */
  headers?: Record<string, string>;
}

/** The client: openapi-fetch's typed `GET`/`POST`/`PATCH`/`DELETE`, plus the list walkers. */
export interface WebhooksClient extends Client<paths> {
  /**
   * Yields every webhook across all pages, newest first.
   * @example
   * for await (const webhook of client.listAllWebhooks({ limit: 500 })) console.log(webhook.id);
   */
  listAllWebhooks(options?: ListAllOptions): AsyncGenerator<Webhook, void, undefined>;
  /**
   * Yields every delivery of one webhook across all pages, newest first.
   * @example
   * for await (const delivery of client.listAllDeliveries(webhookId, { limit: 50 })) console.log(delivery.status);
   */
  listAllDeliveries(webhookId: string, options?: ListAllOptions): AsyncGenerator<Delivery, void, undefined>;
}

/** The User-Agent every request carries. */
export const USER_AGENT = `webhooks-contract/${VERSION}`;

const EXAMPLE = 'createWebhooksClient({ baseUrl: "https://api.example.com", apiKey: process.env.WEBHOOKS_API_KEY })';

function checkCount(name: string, value: unknown, minimum: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < minimum)) {
    throw new ClientOptionsError(`${name} must be a whole number of at least ${minimum}, or left out`);
  }
}

function checkOptions(options: unknown): asserts options is WebhooksClientOptions {
  if (typeof options !== 'object' || options === null) {
    throw new ClientOptionsError(`createWebhooksClient needs an options object, e.g. ${EXAMPLE}`);
  }
  const { baseUrl, apiKey, fetch, checkResponses, onContractViolation, timeoutMs, maxRetries, maxResponseBytes } = options as Record<string, unknown>;
  if (typeof baseUrl !== 'string' || baseUrl === '') {
    throw new ClientOptionsError(`baseUrl is required: pass where the API is served, e.g. ${EXAMPLE}`);
  }
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new ClientOptionsError(`baseUrl must be an absolute URL such as "https://api.example.com"; got "${baseUrl}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ClientOptionsError(`baseUrl must start with https:// (or http:// for a local mock); got "${parsed.protocol}"`);
  }
  if (/\/v1\/?$/.test(parsed.pathname)) {
    throw new ClientOptionsError(`baseUrl must not end with /v1: every path already starts with it; use "${parsed.origin}"`);
  }
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey.trim() === '')) {
    throw new ClientOptionsError(`apiKey must be your API key as a string (or left out for the public operations only), e.g. ${EXAMPLE}`);
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw new ClientOptionsError('fetch must be a function with the signature of the global fetch, or left out');
  }
  if (checkResponses !== undefined && checkResponses !== false && typeof (checkResponses as ContractCheck | null)?.checkResponse !== 'function') {
    throw new ClientOptionsError(
      "checkResponses takes the contract check: import { contractCheck } from 'webhooks-contract/contract-check' and pass checkResponses: contractCheck (with onContractViolation to receive violations instead of an error)",
    );
  }
  if (onContractViolation !== undefined && typeof onContractViolation !== 'function') {
    throw new ClientOptionsError('onContractViolation must be a function that receives the violations, or left out');
  }
  checkCount('timeoutMs', timeoutMs, 1);
  checkCount('maxRetries', maxRetries, 0);
  checkCount('maxResponseBytes', maxResponseBytes, 1);
}

/**
 * Creates a typed client for the Webhooks API. Calls return `{ data, error, response }` and never
 * throw on an HTTP status the contract describes; `error` is the spec's problem object. They throw a
 * `WebhooksConnectionError` when no answer came, and a `WebhooksResponseError` for an answer that is
 * not the API's (a redirect, a body too large, not JSON, or an error page that is not a problem).
 * @example
 * const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: process.env.WEBHOOKS_API_KEY! });
 * const { data, error } = await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
 * if (error) console.error(error.errors); else console.log(data.id);
 */
export function createWebhooksClient(options: WebhooksClientOptions): WebhooksClient {
  checkOptions(options);
  const { checkResponses, onContractViolation } = options;
  const base = new URL(options.baseUrl);
  const transport = createTransport({
    // read the global at call time, so a fetch patched later (tests, polyfills) is used
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    Request: options.Request ?? Request,
    basePath: base.pathname.replace(/\/+$/, ''),
    apiKey: options.apiKey,
    userAgent: USER_AGENT,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    check: checkResponses || undefined,
    onViolations:
      onContractViolation ??
      ((violations) => {
        throw new ContractViolationError(violations);
      }),
  });
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: transport,
    headers: { Accept: 'application/json, application/problem+json', ...options.headers },
    ...(options.Request === undefined ? {} : { Request: options.Request }),
  });
  return Object.assign(client, {
    listAllWebhooks: (listOptions?: ListAllOptions) => listAllWebhooks(client, listOptions),
    listAllDeliveries: (webhookId: string, listOptions?: ListAllOptions) => listAllDeliveries(client, webhookId, listOptions),
  });
}
