/**
 * An in-process stand-in for the Webhooks API, given to the client as its `fetch`: it keeps webhooks and
 * deliveries in Maps and answers the way the contract says (idempotency keys included), with no network.
 * Tests queue answers to break one thing at a time: a status, a lost response, a hanging server, a body
 * of any size or shape.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { JsonWebKeySet as JWKS_EXAMPLE } from '../../generated/examples.js';
import type { Delivery, Webhook, WebhookCreate } from '../../src/types.js';

const JSON_TYPE = 'application/json';
const PROBLEM_TYPE = 'application/problem+json';

/** What the fake does with one request instead of answering it from its state. */
export type Scripted =
  | Response
  /** answer from the state, then lose the response on the way back (the client sees a network error) */
  | 'lose-response'
  /** fail before the request reaches the API */
  | 'network-error'
  /** never answer (until the request's signal aborts, as a real fetch does) */
  | 'hang';

export interface FakeApi {
  fetch: (input: Request) => Promise<Response>;
  /** every request the client sent, in order */
  requests: Request[];
  webhooks: Map<string, Webhook>;
  /** deliveries by webhook id, newest first */
  deliveries: Map<string, Delivery[]>;
  /** queues what the next requests get, in order; a response without X-Request-Id gets one */
  answerNextWith(...answers: Scripted[]): void;
}

function requestId(): string {
  return `req_${randomUUID()}`;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? PROBLEM_TYPE : JSON_TYPE;
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, 'x-request-id': requestId(), ...headers } });
}

function problem(status: number, title: string, detail: string, instance: string): Response {
  return json(status, { type: `https://api.example.com/problems/${title.toLowerCase().replaceAll(' ', '-')}`, title, status, detail, instance });
}

/** A webhook as the API would store it from a create body (secrets dropped). */
export function webhookFrom(body: WebhookCreate, at = new Date()): Webhook {
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    object: 'webhook',
    id: randomUUID(),
    url: body.url,
    enabled_events: body.enabled_events,
    include: body.include ?? '*',
    oidc_auth_method: body.oidc_auth_method ?? null,
    oidc_client_id: body.oidc_client_id ?? null,
    oidc_token_endpoint: body.oidc_token_endpoint ?? null,
    oidc_resource_uri: body.oidc_resource_uri ?? null,
    oidc_scope: body.oidc_scope ?? null,
    oidc_access_token_ttl_seconds: body.oidc_access_token_ttl_seconds ?? null,
    created_at: stamp,
    updated_at: stamp,
    disabled_at: null,
    disabled_reason: null,
  };
}

/** A delivery of a fresh event to `webhookId`. */
export function deliveryFor(webhookId: string): Delivery {
  return {
    object: 'delivery',
    id: randomUUID(),
    webhook_id: webhookId,
    event_id: randomUUID(),
    event_type: 'business.created',
    status: 'succeeded',
    attempts: 1,
    last_attempt_at: '2026-11-02T09:30:01Z',
    last_response_status: 204,
    last_error: null,
    next_attempt_at: null,
    created_at: '2026-11-02T09:30:00Z',
  };
}

/** One page of `items` after the one whose id is `after`, as the contract pages lists. */
function page<T extends { id: string }>(items: readonly T[], url: URL): { object: 'list'; data: T[]; has_more: boolean } {
  const limit = Number(url.searchParams.get('limit') ?? 20);
  const after = url.searchParams.get('starting_after');
  const start = after === null ? 0 : items.findIndex((item) => item.id === after) + 1;
  return { object: 'list', data: items.slice(start, start + limit), has_more: start + limit < items.length };
}

/** A fetch error as undici throws it when the connection fails. */
export function networkError(): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }) });
}

/** Rejects when `signal` aborts, as a real fetch does. */
function abortable<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}

export function createFakeApi(apiKey = 'test-api-key'): FakeApi {
  const webhooks = new Map<string, Webhook>();
  const deliveries = new Map<string, Delivery[]>();
  const requests: Request[] = [];
  const script: Scripted[] = [];
  // Idempotency-Key → the body it came with and the 201 it got, kept as the contract says (24 h here: forever)
  const idempotency = new Map<string, { body: unknown; status: number; text: string; headers: [string, string][] }>();

  async function create(request: Request, path: string): Promise<Response> {
    const body = (await request.json()) as WebhookCreate;
    const key = request.headers.get('idempotency-key');
    const stored = key === null ? undefined : idempotency.get(key);
    if (stored) {
      if (!isDeepStrictEqual(stored.body, body)) {
        return json(422, {
          type: 'https://api.example.com/problems/idempotency-key-reused',
          title: 'Idempotency key reused',
          status: 422,
          detail: 'This Idempotency-Key was used with another body; use a new key for a new request.',
          instance: path,
        });
      }
      return new Response(stored.text, { status: stored.status, headers: [...stored.headers, ['idempotent-replayed', 'true'], ['x-request-id', requestId()]] });
    }
    const webhook = webhookFrom(body);
    webhooks.set(webhook.id, webhook);
    const response = json(201, webhook, { location: `/v1/webhooks/${webhook.id}` });
    if (key !== null) {
      const headers = [...response.headers].filter(([name]) => name !== 'x-request-id');
      idempotency.set(key, { body, status: 201, text: JSON.stringify(webhook), headers });
    }
    return response;
  }

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (path === '/.well-known/jwks.json' && request.method === 'GET') return json(200, JWKS_EXAMPLE);
    if (request.headers.get('authorization') !== `Bearer ${apiKey}`) {
      const response = problem(401, 'Unauthorized', 'Send your API key as "Authorization: Bearer <api key>".', path);
      response.headers.set('www-authenticate', 'Bearer realm="webhooks"');
      return response;
    }
    if (path === '/v1/webhooks' && request.method === 'GET') {
      // newest first; the Map keeps insertion order
      return json(200, page([...webhooks.values()].reverse(), url));
    }
    if (path === '/v1/webhooks' && request.method === 'POST') return create(request, path);
    const deliveriesMatch = /^\/v1\/webhooks\/([^/]+)\/deliveries$/.exec(path);
    if (deliveriesMatch && request.method === 'GET') {
      const id = decodeURIComponent(deliveriesMatch[1]!);
      if (!webhooks.has(id)) return problem(404, 'Not found', `No webhook with id ${id} exists.`, path);
      return json(200, page(deliveries.get(id) ?? [], url));
    }
    const idMatch = /^\/v1\/webhooks\/([^/]+)$/.exec(path);
    if (idMatch) {
      const id = decodeURIComponent(idMatch[1]!);
      const webhook = webhooks.get(id);
      if (!webhook) return problem(404, 'Not found', `No webhook with id ${id} exists.`, path);
      if (request.method === 'GET') return json(200, webhook);
      if (request.method === 'PATCH') {
        const patch = (await request.json()) as Partial<Webhook>;
        const updated = { ...webhook, ...patch, updated_at: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') };
        delete (updated as Record<string, unknown>).secret;
        webhooks.set(id, updated);
        return json(200, updated);
      }
      if (request.method === 'DELETE') {
        webhooks.delete(id);
        return new Response(null, { status: 204, headers: { 'x-request-id': requestId() } });
      }
    }
    return problem(404, 'Not found', `${request.method} ${path} is not part of the API.`, path);
  }

  return {
    requests,
    webhooks,
    deliveries,
    answerNextWith(...answers) {
      for (const scripted of answers) {
        // every response of the contract has one; a test breaks one thing at a time
        if (scripted instanceof Response && !scripted.headers.has('x-request-id')) scripted.headers.set('x-request-id', requestId());
        script.push(scripted);
      }
    },
    async fetch(input) {
      requests.push(input.clone());
      const scripted = script.shift();
      if (scripted === 'network-error') throw networkError();
      if (scripted === 'hang') return abortable(input.signal, new Promise<Response>(() => undefined));
      if (scripted === 'lose-response') {
        await answer(input);
        throw networkError();
      }
      return abortable(input.signal, scripted === undefined ? answer(input) : Promise.resolve(scripted));
    },
  };
}
