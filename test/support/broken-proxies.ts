/**
 * Deliberately broken servers for the contract runner's "teeth": a proxy in front of any server of the
 * contract (the reference server, in the tests) that adds exactly one violation and passes everything
 * else through untouched.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the proxy sees it, body read. */
export interface ProxiedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** An answer, from upstream or made up by the proxy. */
export interface ProxiedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One violation: a change to what goes upstream, or to what comes back. */
export interface Breakage {
  name: string;
  /** the check that must catch it */
  caughtBy: string;
  /** checks that may fail too, because the one violation breaks them as well */
  alsoBreaks?: string[];
  /** the catalogue rule it breaks (a rule id of the coverage), which the run must report as failed */
  rule?: string;
  /** for a breakage of no catalogue rule (a paging invariant): what the failure's reason must say */
  named?: RegExp;
  /** what a run needs to reach the rule: its operation and phase (runs stay small) */
  reach?: { operation: string; phase: string };
  /** rewrite the request, or answer it without asking upstream */
  request?: (request: ProxiedRequest) => ProxiedRequest | ProxiedResponse;
  /** rewrite the answer */
  response?: (request: ProxiedRequest, response: ProxiedResponse) => ProxiedResponse;
}

const WEBHOOK_PATH = /^\/v1\/webhooks\/([^/?]+)$/;

/** The JSON of an answer, if it is JSON. */
export function json(response: ProxiedResponse): unknown {
  try {
    return JSON.parse(response.body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The answer with another JSON body. */
export function withJson(response: ProxiedResponse, value: unknown): ProxiedResponse {
  const body = Buffer.from(JSON.stringify(value));
  return { ...response, body, headers: { ...response.headers, 'content-length': String(body.length) } };
}

/** The JSON object a request carries, if it carries one. */
export function requestJson(request: ProxiedRequest): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(request.body.toString('utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Applies `change` to every webhook object in a JSON answer (one webhook, or a list page of them). */
function eachWebhook(response: ProxiedResponse, change: (webhook: Record<string, unknown>) => void): ProxiedResponse {
  const value = json(response) as Record<string, unknown> | undefined;
  if (value === undefined || typeof value !== 'object') return response;
  const webhooks = value.object === 'webhook' ? [value] : value.object === 'list' && Array.isArray(value.data) ? (value.data as Record<string, unknown>[]) : [];
  if (!webhooks.some((webhook) => webhook.object === 'webhook')) return response;
  for (const webhook of webhooks) if (webhook.object === 'webhook') change(webhook);
  return withJson(response, value);
}

/** Returns the secret it was sent, in every webhook it returns. */
function returnsTheSecret(): Breakage {
  const secrets = new Map<string, string>();
  return {
    name: 'returns the secret',
    caughtBy: 'no_secret_leak',
    // the webhook object is closed: a secret field in it also breaks its schema
    alsoBreaks: ['response_schema_conformance'],
    response: (request, response) => {
      const sent = requestJson(request)?.secret;
      const answer = json(response) as { id?: unknown; object?: unknown } | undefined;
      if (typeof sent === 'string' && typeof answer?.id === 'string' && answer.object === 'webhook' && response.status < 300) secrets.set(answer.id, sent);
      return eachWebhook(response, (webhook) => {
        const secret = secrets.get(webhook.id as string);
        if (secret !== undefined) webhook.secret = secret;
      });
    },
  };
}

/** Answers a create with 200 instead of 201. */
function okInsteadOfCreated(): Breakage {
  return {
    name: 'answers 200 instead of 201',
    caughtBy: 'status_code_conformance',
    // a valid create must get a 201, and the idempotency flow waits for one
    alsoBreaks: ['positive_data_acceptance', 'idempotent_replay'],
    response: (request, response) => (request.method === 'POST' && request.path.split('?')[0] === '/v1/webhooks' && response.status === 201 ? { ...response, status: 200 } : response),
  };
}

/** Accepts client_secret without oidc_client_secret (fills one in before the server sees the body). */
function acceptsClientSecretWithoutSecret(): Breakage {
  return {
    name: 'accepts client_secret without oidc_client_secret',
    caughtBy: 'negative_data_rejection',
    request: (request) => {
      const body = requestJson(request);
      if (body?.oidc_auth_method !== 'client_secret' || 'oidc_client_secret' in body) return request;
      return { ...request, body: Buffer.from(JSON.stringify({ ...body, oidc_client_secret: 'filled-in-by-the-broken-server' })) };
    },
  };
}

/** Crashes (500) on a body that is not JSON. */
function crashesOnMalformedJson(): Breakage {
  return {
    name: 'answers 500 on malformed JSON',
    caughtBy: 'not_a_server_error',
    // a 500 is also a status the contract does not document, and not the 400 a malformed body must get
    alsoBreaks: ['status_code_conformance', 'negative_data_rejection'],
    request: (request) => {
      const type = String(request.headers['content-type'] ?? '');
      if (!['POST', 'PATCH'].includes(request.method) || !type.startsWith('application/json') || request.body.length > 64 * 1024) return request;
      try {
        JSON.parse(request.body.toString('utf8'));
        return request;
      } catch {
        const body = Buffer.from(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Unexpected token in JSON' }));
        return { status: 500, headers: { 'content-type': 'application/problem+json', 'x-request-id': `req_crash_${Math.random().toString(36).slice(2)}`, 'content-length': String(body.length) }, body };
      }
    },
  };
}

/** Leaves created_at out of every webhook it returns. */
function dropsRequiredField(): Breakage {
  return {
    name: 'drops a required response field (created_at)',
    caughtBy: 'response_schema_conformance',
    response: (_, response) =>
      eachWebhook(response, (webhook) => {
        delete webhook.created_at;
      }),
  };
}

/** Lets any request through as if it carried the right key. */
function ignoresAuth(apiKey: string): Breakage {
  return {
    name: 'ignores auth',
    caughtBy: 'missing_required_header',
    // the second account's key counts as the first's: the accounts are no longer apart
    alsoBreaks: ['ignored_auth', 'cross_account_isolation'],
    request: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${apiKey}` } }),
  };
}

/** Keeps answering GET for a webhook after it was deleted. */
function servesDeletedWebhook(): Breakage {
  const lastSeen = new Map<string, ProxiedResponse>();
  const deleted = new Set<string>();
  return {
    name: 'keeps serving a deleted webhook',
    caughtBy: 'use_after_free',
    response: (request, response) => {
      const id = WEBHOOK_PATH.exec(request.path.split('?')[0]!)?.[1];
      if (id === undefined) return response;
      if (request.method === 'GET' && response.status === 200) lastSeen.set(id, response);
      if (request.method === 'DELETE' && response.status === 204) deleted.add(id);
      if (request.method === 'GET' && response.status === 404 && deleted.has(id) && lastSeen.has(id)) {
        // the stale webhook, under this answer's own request id
        const stale = lastSeen.get(id)!;
        return { ...stale, headers: { ...stale.headers, 'x-request-id': response.headers['x-request-id'] ?? 'req_stale' } };
      }
      return response;
    },
  };
}

/** Sends JSON answers as text/plain. */
function wrongContentType(): Breakage {
  return {
    name: 'answers with the wrong content type',
    caughtBy: 'content_type_conformance',
    response: (_, response) =>
      response.headers['content-type']?.startsWith('application/json') ? { ...response, headers: { ...response.headers, 'content-type': 'text/plain; charset=utf-8' } } : response,
  };
}

/**
 * The eight broken servers of the issue, for a server whose valid key is `apiKey`.
 * @example
 * for (const breakage of brokenServers(key)) { const proxy = await startBrokenProxy(upstream, breakage); … }
 */
export function brokenServers(apiKey: string): Breakage[] {
  return [returnsTheSecret(), okInsteadOfCreated(), acceptsClientSecretWithoutSecret(), crashesOnMalformedJson(), dropsRequiredField(), ignoresAuth(apiKey), servesDeletedWebhook(), wrongContentType()];
}

/** A running proxy. */
export interface BrokenProxy {
  url: string;
  close(): Promise<void>;
}

/** Starts a proxy on a free port of 127.0.0.1 that forwards to `upstream` with one breakage. */
export async function startBrokenProxy(upstream: string, breakage: Breakage): Promise<BrokenProxy> {
  const target = new URL(upstream);
  const server: Server = createServer((incoming, outgoing) => {
    forward(incoming, outgoing).catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(502).end();
      else outgoing.destroy();
    });
  });
  async function forward(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    let request: ProxiedRequest = { method: incoming.method ?? 'GET', path: incoming.url ?? '/', headers: { ...incoming.headers }, body: Buffer.concat(chunks) };
    const changed = breakage.request?.(request) ?? request;
    let response: ProxiedResponse;
    if ('status' in changed) response = changed;
    else {
      request = changed;
      const headers: IncomingHttpHeaders = { ...request.headers, host: target.host };
      delete headers['transfer-encoding'];
      if (request.body.length > 0 || headers['content-length'] !== undefined) headers['content-length'] = String(request.body.length);
      response = await new Promise<ProxiedResponse>((resolve, reject) => {
        const upstreamRequest = httpRequest({ host: target.hostname, port: target.port, method: request.method, path: request.path, headers }, (answer) => {
          const parts: Buffer[] = [];
          answer.on('data', (part: Buffer) => parts.push(part));
          answer.on('end', () => {
            const flat: Record<string, string> = {};
            for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined && name !== 'connection' && name !== 'keep-alive') flat[name] = Array.isArray(value) ? value.join(', ') : value;
            resolve({ status: answer.statusCode ?? 502, headers: flat, body: Buffer.concat(parts) });
          });
        });
        upstreamRequest.on('error', reject);
        upstreamRequest.end(request.body);
      });
      response = breakage.response?.(request, response) ?? response;
    }
    outgoing.writeHead(response.status, response.headers);
    outgoing.end(response.body);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
