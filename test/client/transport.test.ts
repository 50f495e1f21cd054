/**
 * What the client does when the API (or something in its place) misbehaves: redirects, huge and broken
 * bodies, silence, outages and rate limits, lost answers; and what it sends: keys, idempotency keys.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebhookCreateClientSecret } from '../../generated/examples.js';
import { IDEMPOTENCY_KEY_OPERATIONS, PUBLIC_PATHS } from '../../src/client/operations.js';
import { isRetryableStatus, MAX_RETRY_AFTER_MS, retryDelayMs } from '../../src/client/transport.js';
import {
  ClientOptionsError,
  createWebhooksClient,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  WebhooksConnectionError,
  WebhooksContractError,
  WebhooksResponseError,
  type WebhookCreate,
  type WebhooksClientOptions,
} from '../../src/index.js';
import { createFakeApi, networkError, webhookFrom } from '../support/fake-api.js';
import { deref, specOperations } from '../support/spec.js';

const BASE_URL = 'https://api.example.com';
const CREATE: WebhookCreate = { url: 'https://hooks.example.com/in', enabled_events: ['*'] };

/** Runs `call` with fake timers and lets every back-off and time-out elapse at once. */
async function withoutWaiting<T>(call: () => Promise<T>): Promise<T> {
  vi.useFakeTimers();
  const pending = call();
  await vi.runAllTimersAsync();
  return pending;
}

function setup(options: Partial<WebhooksClientOptions> = {}) {
  const api = createFakeApi();
  const client = createWebhooksClient({ baseUrl: BASE_URL, apiKey: 'test-api-key', fetch: api.fetch, ...options });
  return { api, client };
}

function problemResponse(status: number, headers: Record<string, string> = {}): Response {
  const body = { type: 'https://api.example.com/problems/unavailable', title: 'Unavailable', status };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', ...headers } });
}

/** A body of `total` bytes made on demand, counting what the reader pulled. */
function countedBody(total: number, chunk = 64 * 1024) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('redirects', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  async function listen(handler: (request: IncomingMessage, body: string) => [number, Record<string, string>, string]): Promise<string> {
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const [status, headers, text] = handler(request, body);
        response.writeHead(status, headers).end(text);
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it.each([307, 308, 302, 301, 303])('follows no %i, to another origin or its own: nothing (no key, no secret) goes to the target', async (status) => {
    const received: { method: string; authorization: string | undefined; body: string }[] = [];
    const elsewhere = await listen((request, body) => {
      received.push({ method: request.method!, authorization: request.headers.authorization, body });
      return [201, { 'content-type': 'application/json' }, '{}'];
    });
    const api = await listen(() => [status, { location: `${elsewhere}/v1/webhooks?token=abc` }, '']);
    // the real global fetch, whose default would follow the redirect and, for 307/308, send the body again
    const client = createWebhooksClient({ baseUrl: api, apiKey: 'sk_live_key' });
    const error = await client.POST('/v1/webhooks', { body: WebhookCreateClientSecret }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksResponseError);
    expect(error).toMatchObject({ code: 'ERR_REDIRECT', status });
    expect((error as WebhooksResponseError).response.headers.get('location')).toBe(`${elsewhere}/v1/webhooks?token=abc`);
    // the message says where it pointed (without its query) and why it was not followed
    expect((error as Error).message).toContain(`the API answered a redirect to ${elsewhere}/v1/webhooks;`);
    expect((error as Error).message).not.toContain('token=abc');
    expect(received).toEqual([]);
  });
});

describe('a redirect in a browser', () => {
  it('throws ERR_REDIRECT for the opaque answer a browser gives in place of a redirect it did not follow', async () => {
    const { api, client } = setup();
    // what a browser's fetch returns for `redirect: 'manual'`: status 0, no headers, type "opaqueredirect"
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(opaque, 'status', { value: 0 });
    api.answerNextWith(opaque);
    const error = await client.POST('/v1/webhooks', { body: WebhookCreateClientSecret }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksResponseError);
    expect(error).toMatchObject({ code: 'ERR_REDIRECT' });
    expect((error as Error).message).toMatch(/^POST \/v1\/webhooks: the API answered a redirect; the client follows none, which would take your API key along\b/);
    // not retried: a redirect is an answer, not a failure to get one
    expect(api.requests).toHaveLength(1);
  });
});

describe('response size', () => {
  it('stops reading a 50 MB body at maxResponseBytes (8 MiB by default) and says so with a typed error', async () => {
    const { api, client } = setup();
    const { stream, counter } = countedBody(50 * 1024 * 1024);
    api.answerNextWith(new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } }));
    const error = await client.GET('/v1/webhooks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksResponseError);
    expect(error).toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE', status: 200 });
    expect((error as Error).message).toContain(`exceeds maxResponseBytes (${DEFAULT_MAX_RESPONSE_BYTES})`);
    expect(counter.pulled).toBeLessThanOrEqual(DEFAULT_MAX_RESPONSE_BYTES + 2 * 64 * 1024);
    expect(counter.cancelled).toBe(true);
  });

  it('takes another limit, and reads a body at the limit whole', async () => {
    const { api, client } = setup({ maxResponseBytes: 100_000 });
    const page = JSON.stringify({ object: 'list', data: [], has_more: false }).padEnd(100_000, ' ');
    api.answerNextWith(new Response(page, { headers: { 'content-type': 'application/json' } }));
    expect((await client.GET('/v1/webhooks')).data).toEqual({ object: 'list', data: [], has_more: false });
    api.answerNextWith(new Response(`${page} `, { headers: { 'content-type': 'application/json' } }));
    await expect(client.GET('/v1/webhooks')).rejects.toMatchObject({ code: 'ERR_RESPONSE_TOO_LARGE' });
  });
});

describe('time-outs and cancellation', () => {
  it('gives up on a silent server after timeoutMs, with a typed error whose cause is the abort', async () => {
    const { api, client } = setup({ timeoutMs: 30, maxRetries: 0 });
    api.answerNextWith('hang');
    const error = await client.GET('/v1/webhooks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksConnectionError);
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT', attempts: 1, message: 'GET /v1/webhooks: no answer within timeoutMs (30), 1 attempt' });
    expect((error as Error).cause).toBeDefined();
    expect(api.requests[0]!.signal.aborted).toBe(true);
  });

  it('counts the body in the time: a server that sends its headers, then a body that never ends', async () => {
    const server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"object":"list","data":[');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = createWebhooksClient({ baseUrl, apiKey: 'k', timeoutMs: 100, maxRetries: 0 });
      await expect(client.GET('/v1/webhooks')).rejects.toMatchObject({ code: 'ERR_TIMEOUT' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('waits 30 seconds by default', async () => {
    vi.useFakeTimers();
    const { api, client } = setup({ maxRetries: 0 });
    api.answerNextWith('hang');
    const call = client.GET('/v1/webhooks').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(api.requests[0]!.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await call).toMatchObject({ code: 'ERR_TIMEOUT' });
    expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  });

  it('retries a time-out like a network error', async () => {
    const { api, client } = setup({ timeoutMs: 20 });
    api.answerNextWith('hang', 'hang');
    const { data } = await withoutWaiting(() => client.GET('/v1/webhooks'));
    expect(data).toEqual({ object: 'list', data: [], has_more: false });
    expect(api.requests).toHaveLength(3);
  });

  it('stops at the caller\'s signal with its reason, mid-request or between retries', async () => {
    const { api, client } = setup();
    api.answerNextWith('hang');
    const controller = new AbortController();
    const call = client.GET('/v1/webhooks', { signal: controller.signal });
    await vi.waitFor(() => expect(api.requests).toHaveLength(1));
    controller.abort();
    await expect(call).rejects.toBe(controller.signal.reason);
    expect(api.requests[0]!.signal.aborted).toBe(true);

    // a 503 would be retried after a back-off; the abort ends the wait
    const waiting = new AbortController();
    api.answerNextWith(problemResponse(503, { 'retry-after': '30' }));
    const retried = client.GET('/v1/webhooks', { signal: waiting.signal });
    await vi.waitFor(() => expect(api.requests).toHaveLength(2));
    waiting.abort(new Error('user left'));
    await expect(retried).rejects.toThrow('user left');
    expect(api.requests).toHaveLength(2);

    // a signal aborted before the call: nothing is sent
    const before = AbortSignal.abort(new Error('too late'));
    await expect(client.GET('/v1/webhooks', { signal: before })).rejects.toThrow('too late');
    expect(api.requests).toHaveLength(2);
  });
});

describe('typed failures', () => {
  it.each<[string, Parameters<ReturnType<typeof createFakeApi>['answerNextWith']>[0], string, string]>([
    ['a network failure', 'network-error', 'ERR_NETWORK', 'GET /v1/webhooks: the request failed, 1 attempt; check baseUrl and the network'],
    [
      'a 200 whose body is not JSON',
      new Response('<html><body>sk_live_leak</body></html>', { status: 200, headers: { 'content-type': 'text/html', 'x-request-id': 'req_html' } }),
      'ERR_RESPONSE_NOT_JSON',
      'GET /v1/webhooks: the API answered 200 with text/html, not JSON (request id req_html)',
    ],
    [
      'an error page that is not a problem (500 text/html)',
      new Response('<html>Internal Server Error sk_live_leak</html>', { status: 500, headers: { 'content-type': 'text/html', 'x-request-id': 'req_500' } }),
      'ERR_RESPONSE_NOT_PROBLEM',
      'GET /v1/webhooks: the API answered 500 with text/html, not a JSON problem (a proxy may have answered) (request id req_500)',
    ],
    [
      'a 200 with an empty body',
      new Response('', { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_empty' } }),
      'ERR_RESPONSE_EMPTY',
      'GET /v1/webhooks: the API answered 200 with an empty body, not JSON (request id req_empty)',
    ],
    [
      'a 404 with an empty body',
      new Response(null, { status: 404, headers: { 'x-request-id': 'req_404' } }),
      'ERR_RESPONSE_NOT_PROBLEM',
      'GET /v1/webhooks: the API answered 404 with an empty body, not a JSON problem (a proxy may have answered) (request id req_404)',
    ],
    [
      'an error whose JSON is not an object',
      new Response('"oops"', { status: 502, headers: { 'content-type': 'application/json' } }),
      'ERR_RESPONSE_NOT_PROBLEM',
      'GET /v1/webhooks: the API answered 502 with application/json, not a JSON problem',
    ],
  ])('turns %s into a WebhooksContractError with a stable code, never quoting the body', async (_, answer, code, message) => {
    const { api, client } = setup({ maxRetries: 0 });
    api.answerNextWith(answer);
    const error = await client.GET('/v1/webhooks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksContractError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('sk_live_leak');
    if (code === 'ERR_NETWORK') expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it('turns a refused connection of the real fetch into ERR_NETWORK', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const client = createWebhooksClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: 'k', maxRetries: 0 });
    const error = await client.GET('/v1/webhooks').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebhooksConnectionError);
    expect(error).toMatchObject({ code: 'ERR_NETWORK' });
  });
});

describe('retries and idempotency', () => {
  it('sends an Idempotency-Key on createWebhook, or the caller\'s own', async () => {
    const { api, client } = setup();
    await client.POST('/v1/webhooks', { body: CREATE });
    expect(api.requests[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    await client.POST('/v1/webhooks', { body: CREATE, params: { header: { 'Idempotency-Key': 'order-4711' } } });
    expect(api.requests[1]!.headers.get('idempotency-key')).toBe('order-4711');
    // no key where the contract takes none
    await client.GET('/v1/webhooks');
    expect(api.requests[2]!.headers.has('idempotency-key')).toBe(false);
  });

  it('retries a create whose answer was lost with the same key, and the API creates one webhook', async () => {
    const { api, client } = setup();
    api.answerNextWith('lose-response');
    const { data, response } = await withoutWaiting(() => client.POST('/v1/webhooks', { body: CREATE }));
    expect(api.requests).toHaveLength(2);
    const [first, second] = api.requests.map((request) => request.headers.get('idempotency-key'));
    expect(second).toBe(first);
    expect(api.webhooks.size).toBe(1);
    expect(data?.id).toBe([...api.webhooks.keys()][0]);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
  });

  it('returns the 422 of a key reused with another body, without retrying it', async () => {
    const { api, client } = setup();
    const key = { header: { 'Idempotency-Key': 'reused' } };
    await client.POST('/v1/webhooks', { body: CREATE, params: key });
    const { error, response } = await client.POST('/v1/webhooks', { body: { ...CREATE, url: 'https://hooks.example.com/other' }, params: key });
    expect(response.status).toBe(422);
    expect(error?.type).toBe('https://api.example.com/problems/idempotency-key-reused');
    expect(api.requests).toHaveLength(2);
  });

  type Client = ReturnType<typeof setup>['client'];
  it.each<[string, (client: Client, id: string) => Promise<{ response: Response }>]>([
    ['GET', (client) => client.GET('/v1/webhooks')],
    ['PATCH', (client, id) => client.PATCH('/v1/webhooks/{id}', { params: { path: { id } }, body: { disabled_at: null } })],
    ['DELETE', (client, id) => client.DELETE('/v1/webhooks/{id}', { params: { path: { id } } })],
  ])('retries %s after a 503 and a network error, as it is', async (_, call) => {
    const { api, client } = setup();
    const webhook = webhookFrom(CREATE);
    api.webhooks.set(webhook.id, webhook);
    api.answerNextWith(problemResponse(503), 'network-error');
    const { response } = await withoutWaiting(() => call(client, webhook.id));
    expect(response.ok).toBe(true);
    expect(api.requests).toHaveLength(3);
  });

  it('never retries a POST without an idempotency key', async () => {
    const { api, client } = setup();
    api.answerNextWith(problemResponse(503), 'network-error');
    // a POST the contract gives no Idempotency-Key (none exists today besides createWebhook)
    const { response } = await client.POST('/v1/other' as never, {} as never);
    expect(response.status).toBe(503);
    expect(api.requests).toHaveLength(1);
    await expect(client.POST('/v1/other' as never, {} as never)).rejects.toMatchObject({ code: 'ERR_NETWORK', attempts: 1 });
  });

  it('waits what Retry-After says on a 429, then tries again', async () => {
    vi.useFakeTimers();
    const { api, client } = setup();
    api.answerNextWith(problemResponse(429, { 'retry-after': '2' }));
    const call = client.GET('/v1/webhooks');
    await vi.advanceTimersByTimeAsync(1999);
    expect(api.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).response.status).toBe(200);
    expect(api.requests).toHaveLength(2);
  });

  it('hands back a 429 whose Retry-After is longer than a call should wait, with the header', async () => {
    const { api, client } = setup();
    api.answerNextWith(problemResponse(429, { 'retry-after': String(MAX_RETRY_AFTER_MS / 1000 + 1) }));
    const { error, response } = await client.GET('/v1/webhooks');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('61');
    expect(error?.status).toBe(429);
    expect(api.requests).toHaveLength(1);
  });

  it('makes maxRetries + 1 attempts (3 by default), backing off exponentially, then returns the last answer', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(1);
    const { api, client } = setup();
    api.answerNextWith(problemResponse(503), problemResponse(503), problemResponse(503), problemResponse(503));
    const call = client.GET('/v1/webhooks');
    await vi.advanceTimersByTimeAsync(499);
    expect(api.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(api.requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    const { error, response } = await call;
    expect(api.requests).toHaveLength(3);
    expect([response.status, error?.status]).toEqual([503, 503]);
    const once = createWebhooksClient({ baseUrl: BASE_URL, apiKey: 'test-api-key', fetch: api.fetch, maxRetries: 0 });
    expect((await once.GET('/v1/webhooks')).response.status).toBe(503);
    expect(api.requests).toHaveLength(4);
  });

  it.each<[number, string | null, [number, number] | undefined]>([
    [0, null, [250, 500]],
    [1, null, [500, 1000]],
    [2, null, [1000, 2000]],
    [10, null, [2500, 5000]],
    [0, '3', [3000, 3000]],
    [0, ' 0 ', [0, 0]],
    [2, '60', [60_000, 60_000]],
    [0, '61', undefined],
    // only delay-seconds is in the contract; anything else falls back to back-off
    [0, 'Wed, 21 Oct 2015 07:28:00 GMT', [250, 500]],
    [0, '-1', [250, 500]],
  ])('waits between the bounds before retry %i with Retry-After %j', (retry, retryAfter, bounds) => {
    for (const random of [0, 0.5, 0.999]) {
      vi.spyOn(Math, 'random').mockReturnValue(random);
      const delay = retryDelayMs(retry, retryAfter);
      if (bounds === undefined) expect(delay).toBeUndefined();
      else expect(delay).toBeGreaterThanOrEqual(bounds[0]), expect(delay).toBeLessThanOrEqual(bounds[1]);
    }
  });

  it.each([
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [501, false],
    [400, false],
    [404, false],
    [409, false],
    [422, false],
  ])('retries status %i: %s', (status, retried) => {
    expect(isRetryableStatus(status)).toBe(retried);
  });
});

describe('the API key', () => {
  it('is never sent to the public signing keys, and a client without one can fetch them', async () => {
    const { api, client } = setup();
    await client.GET('/.well-known/jwks.json');
    await client.GET('/v1/webhooks');
    expect(api.requests.map((r) => r.headers.get('authorization'))).toEqual([null, 'Bearer test-api-key']);
    const keyless = createWebhooksClient({ baseUrl: BASE_URL, fetch: api.fetch });
    const { data } = await keyless.GET('/.well-known/jwks.json');
    expect(data?.keys.length).toBeGreaterThan(0);
    await expect(keyless.GET('/v1/webhooks')).rejects.toThrow(ClientOptionsError);
  });

  it('takes the operation tables from the spec: public paths and the operations with an Idempotency-Key', () => {
    const operations = specOperations().filter((op) => !op.isEvent);
    const isPublic = operations.filter((op) => Array.isArray(op.operation.security) && (op.operation.security as unknown[]).length === 0);
    expect([...PUBLIC_PATHS].sort()).toEqual(isPublic.map((op) => op.path).sort());
    const withKey = operations.filter((op) =>
      ((op.operation.parameters ?? []) as unknown[]).some((p) => deref<{ name: string; in: string }>(p).name === 'Idempotency-Key'),
    );
    expect([...IDEMPOTENCY_KEY_OPERATIONS].sort()).toEqual(withKey.map((op) => `${op.method.toUpperCase()} ${op.path}`).sort());
  });
});
