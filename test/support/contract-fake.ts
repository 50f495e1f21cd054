/**
 * A small stateful server that keeps the whole contract, for testing the contract runner before the
 * reference server exists: accounts by API key, webhooks in memory, paging, idempotency keys, 405 with
 * Allow, and every refusal as the spec's problem+json. It is built from the same shared modules servers
 * use (routes, parameter and body checks, the PATCH merge, the SSRF policy), on plain node:http.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JsonWebKeySet } from '../../generated/examples.js';
import { checkDestination } from '../../src/delivery/destination-policy.js';
import { allowedMethods, findRoute, specRoutes } from '../../src/spec/routes.js';
import type { Webhook } from '../../src/types.js';
import { applyWebhookUpdate, type WebhookConfig } from '../../src/validation/apply-update.js';
import { checkParameters } from '../../src/validation/parameters.js';
import { invalidParameters, MAX_BODY_BYTES, payloadTooLarge, PROBLEM_CONTENT_TYPE, validationFailed, type Problem } from '../../src/validation/problem.js';
import { checkContentType, checkJsonBody } from '../../src/validation/request-checks.js';

interface Stored {
  config: WebhookConfig;
  webhook: Webhook;
  sequence: number;
}

interface Account {
  webhooks: Map<string, Stored>;
  idempotency: Map<string, { canonical: string; body: string; id: string }>;
}

/** A running fake. */
export interface ContractFake {
  url: string;
  /** API keys it accepts, one account each */
  keys: string[];
  /** every webhook of every account, for tests that look inside */
  accounts: Map<string, Account>;
  requests: number;
  /** TCP connections accepted */
  connections: number;
  close(): Promise<void>;
}

const routes = specRoutes();
const stamp = (at = new Date()) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** JSON with sorted keys: "the same body" means the same JSON value. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function toWebhook(id: string, config: WebhookConfig, createdAt: string, updatedAt: string): Webhook {
  return {
    object: 'webhook',
    id,
    url: config.url,
    enabled_events: config.enabled_events,
    include: config.include ?? '*',
    oidc_auth_method: config.oidc_auth_method ?? null,
    oidc_client_id: config.oidc_client_id ?? null,
    oidc_token_endpoint: config.oidc_token_endpoint ?? null,
    oidc_resource_uri: config.oidc_resource_uri ?? null,
    oidc_scope: config.oidc_scope ?? null,
    oidc_access_token_ttl_seconds: config.oidc_access_token_ttl_seconds ?? null,
    created_at: createdAt,
    updated_at: updatedAt,
    disabled_at: config.disabled_at ?? null,
  } as Webhook;
}

function problem(status: number, slug: string, title: string, detail: string, instance: string): Problem {
  return { type: `https://api.example.com/problems/${slug}`, title, status, detail, instance };
}

/** Reads a body up to the limit, counting streamed bytes; `undefined` when it is over. */
async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Starts the fake on a free port of 127.0.0.1.
 * @example
 * const fake = await startContractFake({ keys: ['key-a', 'key-b'] });
 */
export async function startContractFake(options: { keys?: string[] } = {}): Promise<ContractFake> {
  const keys = options.keys ?? ['fake-key-a', 'fake-key-b'];
  const accounts = new Map<string, Account>(keys.map((key) => [key, { webhooks: new Map(), idempotency: new Map() }]));
  let sequence = 0;
  const fake = { keys, accounts, requests: 0, connections: 0 } as ContractFake;

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body);
    const type = status >= 400 ? PROBLEM_CONTENT_TYPE : 'application/json';
    response.writeHead(status, {
      'X-Request-Id': `req_${randomBytes(8).toString('hex')}`,
      ...(body === undefined ? {} : { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(text)) }),
      ...headers,
    });
    response.end(text);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    fake.requests += 1;
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    const { pathname } = url;
    const route = findRoute(routes, request.method, pathname);
    if (route === undefined) {
      const allowed = allowedMethods(routes, pathname);
      if (allowed.length === 0) return send(response, 404, problem(404, 'not-found', 'Not found', `Nothing lives at ${pathname}.`, pathname));
      request.resume();
      return send(response, 405, problem(405, 'method-not-allowed', 'Method not allowed', `${pathname} takes ${allowed.join(', ')}.`, pathname), { Allow: allowed.join(', ') });
    }
    let account: Account | undefined;
    if (route.authenticated) {
      const match = /^bearer +(\S+)$/i.exec(request.headers.authorization ?? '');
      account = match === null ? undefined : accounts.get(match[1]!);
      if (account === undefined) {
        request.resume();
        return send(response, 401, problem(401, 'unauthorized', 'Unauthorized', 'Send your API key as "Authorization: Bearer <api key>".', pathname), {
          'WWW-Authenticate': 'Bearer realm="webhooks"',
        });
      }
    }
    const checked = checkParameters(route, { pathname, query: url.searchParams, headers: request.headers });
    if (!checked.ok) {
      request.resume();
      return send(response, 400, invalidParameters(pathname, checked.errors));
    }
    let body: unknown;
    if (route.requestBody !== undefined) {
      const unsupported = checkContentType(pathname, request.headers['content-type']);
      if (unsupported) {
        request.resume();
        return send(response, 415, unsupported);
      }
      const declared = Number(request.headers['content-length']);
      if (declared > MAX_BODY_BYTES) return send(response, 413, payloadTooLarge(pathname, declared), { Connection: 'close' });
      const raw = await readBody(request);
      if (raw === undefined) return send(response, 413, payloadTooLarge(pathname), { Connection: 'close' });
      const refused = checkJsonBody(route, raw, pathname);
      if (refused) return send(response, refused.status, refused);
      body = JSON.parse(raw.toString('utf8'));
    }
    const id = checked.values.id as string | undefined;
    const stored = id === undefined ? undefined : account!.webhooks.get(id);
    const notFound = () => send(response, 404, problem(404, 'not-found', 'Not found', `No webhook with id ${id} exists.`, pathname));
    switch (route.operationId) {
      case 'getSigningKeys':
        return send(response, 200, JsonWebKeySet);
      case 'listWebhooks': {
        const all = [...account!.webhooks.values()].sort((a, b) => b.sequence - a.sequence);
        const after = checked.values.starting_after as string | undefined;
        const start = after === undefined ? 0 : all.findIndex((entry) => entry.webhook.id === after) + 1;
        if (after !== undefined && start === 0) {
          return send(response, 400, invalidParameters(pathname, [{ pointer: '/starting_after', message: 'starting_after must be the id of a webhook of this list' }]));
        }
        const limit = (checked.values.limit as number | undefined) ?? 20;
        return send(response, 200, { object: 'list', data: all.slice(start, start + limit).map((entry) => entry.webhook), has_more: start + limit < all.length });
      }
      case 'createWebhook': {
        const config = body as WebhookConfig;
        for (const field of ['url', 'oidc_token_endpoint'] as const) {
          const value = config[field as keyof WebhookConfig];
          if (typeof value !== 'string') continue;
          const verdict = await checkDestination(field, value);
          if (!verdict.ok) return send(response, 422, validationFailed(pathname, [{ pointer: `/${field}`, message: verdict.message }]));
        }
        const key = request.headers['idempotency-key'] as string | undefined;
        const earlier = key === undefined ? undefined : account!.idempotency.get(key);
        if (earlier !== undefined) {
          if (earlier.canonical !== canonical(body)) {
            return send(response, 422, problem(422, 'idempotency-key-reused', 'Idempotency key reused', 'This Idempotency-Key was used with another body.', pathname));
          }
          return send(response, 201, JSON.parse(earlier.body), { Location: `/v1/webhooks/${earlier.id}`, 'Idempotent-Replayed': 'true' });
        }
        const now = stamp();
        const webhook = toWebhook(randomUUID(), config, now, now);
        account!.webhooks.set(webhook.id, { config, webhook, sequence: (sequence += 1) });
        if (key !== undefined) account!.idempotency.set(key, { canonical: canonical(body), body: JSON.stringify(webhook), id: webhook.id });
        return send(response, 201, webhook, { Location: `/v1/webhooks/${webhook.id}` });
      }
      case 'getWebhook':
        return stored === undefined ? notFound() : send(response, 200, stored.webhook);
      case 'listWebhookDeliveries':
        return stored === undefined ? notFound() : send(response, 200, { object: 'list', data: [], has_more: false });
      case 'updateWebhook': {
        if (stored === undefined) return notFound();
        const merged = applyWebhookUpdate(stored.config, body);
        if (!merged.ok) return send(response, 422, validationFailed(pathname, merged.errors));
        stored.config = merged.value;
        stored.webhook = toWebhook(stored.webhook.id, merged.value, stored.webhook.created_at, stamp());
        return send(response, 200, stored.webhook);
      }
      case 'deleteWebhook':
        if (stored === undefined) return notFound();
        account!.webhooks.delete(id!);
        return send(response, 204, undefined);
    }
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, problem(500, 'internal', 'Internal error', String(error), request.url ?? '/'));
      else response.destroy();
    });
  });
  server.on('connection', () => (fake.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
