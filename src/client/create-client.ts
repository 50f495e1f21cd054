/**
 * The typed Webhooks API client: openapi-fetch over the generated `paths`, with bearer auth, JSON,
 * a User-Agent, pagination and an opt-in contract check.
 * @module
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { ClientOptionsError } from '../errors.js';
import type { Webhook } from '../types.js';
import { VERSION } from '../version.js';
import { ContractViolationError, type ContractViolation } from './contract-violation.js';
import { listAllWebhooks, type ListAllOptions } from './paginate.js';

/** What `createWebhooksClient` takes. */
export interface WebhooksClientOptions {
  /** where the API is served, without `/v1`: `https://api.example.com`, or the mock `http://127.0.0.1:4010` */
  baseUrl: string;
  /** your API key, sent as `Authorization: Bearer <apiKey>` */
  apiKey: string;
  /**
   * A custom fetch (tests, proxies, undici); defaults to the global fetch. It is always called with a
   * `Request`. With undici's own fetch, pass undici's `Request` class as `Request` too.
   */
  fetch?: (input: Request) => Promise<Response>;
  /** the Request class to build requests with; defaults to the global one */
  Request?: typeof Request;
  /**
   * Check every response against the spec with the generated validators.
   * `true` throws a `ContractViolationError`; a function receives the violations and the call returns as usual.
   */
  checkResponses?: boolean | ((violations: ContractViolation[]) => void);
  /** extra headers for every request */
  headers?: Record<string, string>;
}

/** The client: openapi-fetch's typed `GET`/`POST`/`PATCH`/`DELETE`, plus `listAllWebhooks`. */
export interface WebhooksClient extends Client<paths> {
  /**
   * Yields every webhook across all pages.
   * @example
   * for await (const webhook of client.listAllWebhooks()) console.log(webhook.id);
   */
  listAllWebhooks(options?: ListAllOptions): AsyncGenerator<Webhook, void, undefined>;
}

/**
 * Middleware that checks each response against the contract. The validators are imported on the
 * first response, so a client that never checks never loads them (nor ships them in a browser bundle).
 */
function lazyContractCheck(report: (violations: ContractViolation[]) => void): Middleware {
  let check: Promise<typeof import('./contract-check.js')> | undefined;
  return {
    async onResponse({ request, response, schemaPath }) {
      check ??= import('./contract-check.js');
      const violations = await (await check).checkResponse(request.method, schemaPath, response);
      if (violations.length > 0) report(violations);
      return undefined;
    },
  };
}

/** The User-Agent every request carries. */
export const USER_AGENT = `webhooks-contract/${VERSION}`;

function checkOptions(options: unknown): asserts options is WebhooksClientOptions {
  const example = 'createWebhooksClient({ baseUrl: "https://api.example.com", apiKey: process.env.WEBHOOKS_API_KEY })';
  if (typeof options !== 'object' || options === null) {
    throw new ClientOptionsError(`createWebhooksClient needs an options object, e.g. ${example}`);
  }
  const { baseUrl, apiKey, fetch, checkResponses } = options as Record<string, unknown>;
  if (typeof baseUrl !== 'string' || baseUrl === '') {
    throw new ClientOptionsError(`baseUrl is required: pass where the API is served, e.g. ${example}`);
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
  if (typeof apiKey !== 'string' || apiKey.trim() === '') {
    throw new ClientOptionsError(`apiKey is required: pass your API key as a string, e.g. ${example}`);
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw new ClientOptionsError('fetch must be a function with the signature of the global fetch, or left out');
  }
  if (checkResponses !== undefined && typeof checkResponses !== 'boolean' && typeof checkResponses !== 'function') {
    throw new ClientOptionsError('checkResponses must be true, false, or a function that receives the violations');
  }
}

/**
 * Creates a typed client for the Webhooks API. Calls return `{ data, error, response }` and never
 * throw on an HTTP status; `error` is the spec's problem object.
 * @example
 * const client = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: process.env.WEBHOOKS_API_KEY! });
 * const { data, error } = await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
 * if (error) console.error(error.errors); else console.log(data.id);
 */
export function createWebhooksClient(options: WebhooksClientOptions): WebhooksClient {
  checkOptions(options);
  const { baseUrl, apiKey, fetch, checkResponses, headers, Request } = options;
  const client = createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ''),
    // read the global at call time, so a fetch patched later (tests, polyfills) is used
    fetch: fetch ?? ((input: Request) => globalThis.fetch(input)),
    headers: { Accept: 'application/json, application/problem+json', ...headers },
    ...(Request === undefined ? {} : { Request }),
  });
  const identify: Middleware = {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${apiKey}`);
      request.headers.set('User-Agent', USER_AGENT);
      return request;
    },
  };
  client.use(identify);
  if (checkResponses) {
    const report =
      typeof checkResponses === 'function'
        ? checkResponses
        : (violations: ContractViolation[]) => {
            throw new ContractViolationError(violations);
          };
    client.use(lazyContractCheck(report));
  }
  return Object.assign(client, {
    listAllWebhooks: (listOptions?: ListAllOptions) => listAllWebhooks(client, listOptions),
  });
}
