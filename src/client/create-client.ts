/**
 * The typed Webhooks API client: openapi-fetch over the generated `paths`, with the transport that
 * authenticates, times out, retries and checks (`transport.ts`), and the list walkers.
 * @module
 */
import createClient, { type Client, type ClientPathsWithMethod, type FetchOptions, type FetchResponse } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { ClientOptionsError } from '../errors.js';
import type { Delivery, Webhook } from '../types.js';
import type { ContractCheck, ContractViolation } from '../validation/contract-violation.js';
import { listAllDeliveries, listAllWebhooks, type ListAllOptions } from './paginate.js';
import type { WebhooksClientOptions } from './options.js';
import { createTransport } from './transport.js';

export type { WebhooksClientOptions } from './options.js';

type Media = `${string}/${string}`;
/** An operation's JSON body option, the body typed as the contract names it (`WebhookCreate`, `WebhookUpdate`). */
type JsonBodyOption<Operation> = Operation extends { requestBody: { content: { 'application/json': infer Body } } }
  ? { body: Body }
  : Operation extends { requestBody?: { content: { 'application/json': infer Body } } }
    ? { body?: Body }
    : { body?: never };
// openapi-fetch's own options pass the body through `Writable<…>` (for read-only fields, which these bodies
// lack), which unfolds a union: a compile error then printed dozens of object types instead of one name
type BodyCallOptions<Operation> = Omit<FetchOptions<Operation>, 'body'> & JsonBodyOption<Operation>;
/** openapi-fetch's `POST` or `PATCH`, with the body as the contract names it. */
type BodyMethod<Method extends 'post' | 'patch'> = <Path extends ClientPathsWithMethod<Client<paths>, Method>, Init extends BodyCallOptions<paths[Path][Method]>>(
  url: Path,
  init: Init & { [key: string]: unknown },
) => Promise<FetchResponse<Extract<paths[Path][Method], Record<string | number, unknown>>, Init, Media>>;

/** The client: openapi-fetch's typed `GET`/`POST`/`PATCH`/`DELETE`, plus the list walkers. */
export interface WebhooksClient extends Omit<Client<paths>, 'POST' | 'PATCH'> {
  /** Calls a POST endpoint; a compile error about its body names the body's type (`WebhookCreate`). */
  POST: BodyMethod<'post'>;
  /** Calls a PATCH endpoint; a compile error about its body names `WebhookUpdate`. */
  PATCH: BodyMethod<'patch'>;
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

const EXAMPLE = 'e.g. createWebhooksClient({ baseUrl: "https://api.example.com", apiKey })';

/** Throws a ClientOptionsError saying how to fix the call when the options cannot work. */
function checkOptions(options: unknown): asserts options is WebhooksClientOptions {
  const fail = (message: string): never => {
    throw new ClientOptionsError(message);
  };
  if (typeof options !== 'object' || !options) fail(`createWebhooksClient needs an options object, ${EXAMPLE}`);
  const { baseUrl, apiKey, fetch, checkResponses, timeoutMs, maxRetries, maxResponseBytes } = options as Record<string, unknown>;
  let parsed: URL | undefined;
  try {
    parsed = new URL(baseUrl as string);
  } catch {
    fail(`baseUrl is required, an absolute URL such as "https://api.example.com" (got "${String(baseUrl)}"), ${EXAMPLE}`);
  }
  if (!/^https?:$/.test(parsed!.protocol)) fail(`baseUrl must start with https:// (or http:// for a local mock), not ${parsed!.protocol}`);
  if (/\/v1\/?$/.test(parsed!.pathname)) fail(`baseUrl must not end with /v1 (every path starts with it): use "${parsed!.origin}"`);
  if (apiKey !== undefined && (typeof apiKey !== 'string' || !apiKey.trim())) fail(`apiKey must be a non-empty string, ${EXAMPLE}`);
  if (fetch !== undefined && typeof fetch !== 'function') fail('fetch must be a function like the global fetch');
  if (checkResponses !== undefined && checkResponses !== false && typeof (checkResponses as ContractCheck | null)?.checkResponse !== 'function') {
    fail("checkResponses takes contractCheck from 'webhooks-contract/contract-check'; onContractViolation takes a callback");
  }
  for (const [name, value, minimum] of [['timeoutMs', timeoutMs, 1], ['maxRetries', maxRetries, 0], ['maxResponseBytes', maxResponseBytes, 1]] as const) {
    if (value !== undefined && !(Number.isInteger(value) && (value as number) >= minimum)) fail(`${name} must be a whole number of at least ${minimum}`);
  }
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
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: createTransport(options),
    headers: { Accept: 'application/json, application/problem+json', ...options.headers },
    ...(options.Request && { Request: options.Request }),
  });
  // the same methods: only their body types differ from openapi-fetch's (BodyCallOptions)
  const typed = client as Omit<Client<paths>, 'POST' | 'PATCH'> & Pick<WebhooksClient, 'POST' | 'PATCH'>;
  return Object.assign(typed, {
    listAllWebhooks: (listOptions?: ListAllOptions) => listAllWebhooks(client, listOptions),
    listAllDeliveries: (webhookId: string, listOptions?: ListAllOptions) => listAllDeliveries(client, webhookId, listOptions),
  });
}
