/**
 * An in-process stand-in for the Webhooks API, given to the client as its `fetch`: it keeps webhooks
 * in a Map and answers the way the contract says, with no network. Tests tweak its answers to break
 * one thing at a time.
 */
import { randomUUID } from 'node:crypto';
import type { Webhook, WebhookCreate } from '../../src/types.js';

const JSON_TYPE = 'application/json';
const PROBLEM_TYPE = 'application/problem+json';

export interface FakeApi {
  fetch: (input: Request) => Promise<Response>;
  /** every request the client sent, in order */
  requests: Request[];
  webhooks: Map<string, Webhook>;
  /** replaces the next answer (after recording the request); it gets an X-Request-Id unless it has one */
  answerNextWith(response: Response): void;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? PROBLEM_TYPE : JSON_TYPE;
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, 'x-request-id': `req_${randomUUID()}`, ...headers } });
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
  };
}

export function createFakeApi(apiKey = 'test-api-key'): FakeApi {
  const webhooks = new Map<string, Webhook>();
  const requests: Request[] = [];
  let override: Response | undefined;

  async function answer(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    if (request.headers.get('authorization') !== `Bearer ${apiKey}`) {
      const response = problem(401, 'Unauthorized', 'Send your API key as "Authorization: Bearer <api key>".', path);
      response.headers.set('www-authenticate', 'Bearer realm="webhooks"');
      return response;
    }
    const idMatch = /^\/v1\/webhooks\/([^/]+)$/.exec(path);
    if (path === '/v1/webhooks' && request.method === 'GET') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const after = url.searchParams.get('starting_after');
      // newest first; the Map keeps insertion order
      const all = [...webhooks.values()].reverse();
      const start = after === null ? 0 : all.findIndex((w) => w.id === after) + 1;
      const data = all.slice(start, start + limit);
      return json(200, { object: 'list', data, has_more: start + limit < all.length });
    }
    if (path === '/v1/webhooks' && request.method === 'POST') {
      const webhook = webhookFrom((await request.json()) as WebhookCreate);
      webhooks.set(webhook.id, webhook);
      return json(201, webhook, { location: `/v1/webhooks/${webhook.id}` });
    }
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
        return new Response(null, { status: 204, headers: { 'x-request-id': `req_${randomUUID()}` } });
      }
    }
    return problem(404, 'Not found', `${request.method} ${path} is not part of the API.`, path);
  }

  return {
    requests,
    webhooks,
    answerNextWith(response) {
      // every response of the contract has one; a test breaks one thing at a time
      if (!response.headers.has('x-request-id')) response.headers.set('x-request-id', `req_${randomUUID()}`);
      override = response;
    },
    async fetch(input) {
      requests.push(input.clone());
      if (override) {
        const response = override;
        override = undefined;
        return response;
      }
      return answer(input);
    },
  };
}
