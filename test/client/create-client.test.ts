import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientOptionsError,
  createWebhooksClient,
  USER_AGENT,
  VERSION,
  WebhooksResponseError,
  type ContractViolation,
  type WebhooksClientOptions,
} from '../../src/index.js';
import { contractCheck, ContractViolationError } from '../../src/validation/contract-check.js';
import { WebhookClientSecret, WebhookCreateClientSecret } from '../../generated/examples.js';
import { createFakeApi } from '../support/fake-api.js';
import { injectFetch } from '../support/inject-fetch.js';
import { ALICE_KEY, testServer, type TestServer } from '../support/server.js';

const BASE_URL = 'https://api.example.com';

function setup(options: Partial<WebhooksClientOptions> = {}) {
  const api = createFakeApi();
  const client = createWebhooksClient({ baseUrl: BASE_URL, apiKey: 'test-api-key', fetch: api.fetch, ...options });
  return { api, client };
}

describe('createWebhooksClient', () => {
  // the reference server in-process, for what the client does with a real server's answers
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());
  const againstServer = (options: Partial<WebhooksClientOptions> = {}) => createWebhooksClient({ baseUrl: BASE_URL, apiKey: ALICE_KEY, fetch: injectFetch(server), ...options });

  it('sends the bearer token, a User-Agent and JSON to the right URL', async () => {
    const { api, client } = setup();
    await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
    const [request] = api.requests;
    expect(request?.url).toBe('https://api.example.com/v1/webhooks');
    expect(request?.method).toBe('POST');
    expect(request?.headers.get('authorization')).toBe('Bearer test-api-key');
    expect(request?.headers.get('user-agent')).toBe(`webhooks-contract/${VERSION}`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('accept')).toContain('application/problem+json');
    expect(await request?.json()).toEqual({ url: 'https://hooks.example.com/in', enabled_events: ['*'] });
  });

  it('reports the version package.json declares', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(USER_AGENT).toBe(`webhooks-contract/${pkg.version}`);
  });

  it('accepts a base URL with a trailing slash', async () => {
    const { api, client } = setup({ baseUrl: 'https://api.example.com/' });
    await client.GET('/v1/webhooks');
    expect(api.requests[0]?.url).toBe('https://api.example.com/v1/webhooks');
  });

  it('creates, reads, lists, updates and deletes a webhook on the reference server, every answer checked against the contract', async () => {
    const client = againstServer({ checkResponses: contractCheck });
    const created = await client.POST('/v1/webhooks', { body: WebhookCreateClientSecret });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    expect(created.response.headers.get('location')).toBe(`/v1/webhooks/${id}`);
    expect(created.data).toMatchObject({ object: 'webhook', oidc_auth_method: 'client_secret', oidc_client_id: WebhookClientSecret.oidc_client_id });
    expect(created.data).not.toHaveProperty('oidc_client_secret');

    const read = await client.GET('/v1/webhooks/{id}', { params: { path: { id } } });
    expect(read.data).toEqual(created.data);

    const listed = await client.GET('/v1/webhooks', { params: { query: { limit: 10 } } });
    expect(listed.data?.data.map((w) => w.id)).toEqual([id]);

    const updated = await client.PATCH('/v1/webhooks/{id}', {
      params: { path: { id } },
      body: { disabled_at: '2026-11-03T12:00:00Z' },
    });
    expect(updated.data?.disabled_at).toBe('2026-11-03T12:00:00Z');

    const deleted = await client.DELETE('/v1/webhooks/{id}', { params: { path: { id } } });
    expect(deleted.response.status).toBe(204);
    const gone = await client.GET('/v1/webhooks/{id}', { params: { path: { id } } });
    expect(gone.response.status).toBe(404);
  });

  it('returns the problem as error, without throwing, on an error status', async () => {
    const { api, client } = setup();
    const problem = {
      type: 'https://api.example.com/problems/validation-failed',
      title: 'Validation failed',
      status: 422,
      errors: [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret"' }],
    };
    api.answerNextWith(new Response(JSON.stringify(problem), { status: 422, headers: { 'content-type': 'application/problem+json' } }));
    const result = await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual(problem);
    expect(result.response.status).toBe(422);
  });

  it('returns a 401 problem for a wrong key, from the reference server', async () => {
    const client = againstServer({ apiKey: 'sk_test_a_wrong_key_0123', checkResponses: contractCheck });
    const { error, response } = await client.GET('/v1/webhooks');
    expect(response.status).toBe(401);
    expect(error?.title).toBe('Unauthorized');
  });

  it('returns the reference server\'s 422 problem, naming the field, without throwing', async () => {
    const client = againstServer({ checkResponses: contractCheck });
    const { data, error, response } = await client.POST('/v1/webhooks', { body: { ...WebhookCreateClientSecret, oidc_client_secret: undefined } as never });
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    expect(JSON.stringify(error)).toContain('/oidc_client_secret');
  });
});

describe('misuse', () => {
  const fetchStandIn = createFakeApi().fetch;
  it.each<[string, unknown, RegExp]>([
    ['no options', undefined, /needs an options object/],
    ['no baseUrl', { apiKey: 'k' }, /baseUrl is required/],
    ['a relative baseUrl', { baseUrl: '/api', apiKey: 'k' }, /absolute URL such as "https:\/\/api.example.com"/],
    ['a baseUrl with another scheme', { baseUrl: 'ftp://api.example.com', apiKey: 'k' }, /must start with https:\/\//],
    ['a baseUrl ending in /v1', { baseUrl: 'https://api.example.com/v1/', apiKey: 'k' }, /must not end with \/v1.*use "https:\/\/api.example.com"/],
    ['a blank apiKey', { baseUrl: BASE_URL, apiKey: '  ' }, /apiKey must be a non-empty string/],
    ['a fetch that is not a function', { baseUrl: BASE_URL, apiKey: 'k', fetch: 'fetch' }, /fetch must be a function/],
    ['a checkResponses of the wrong kind', { baseUrl: BASE_URL, apiKey: 'k', fetch: fetchStandIn, checkResponses: 'yes' }, /checkResponses takes contractCheck/],
    // the check used to load itself (and every validator with it); now the caller passes it in
    ['checkResponses: true', { baseUrl: BASE_URL, apiKey: 'k', checkResponses: true }, /takes contractCheck from 'webhooks-contract\/contract-check'/],
    ['a violations callback as checkResponses', { baseUrl: BASE_URL, apiKey: 'k', checkResponses: () => undefined }, /onContractViolation takes a callback/],
    ['a timeoutMs of 0', { baseUrl: BASE_URL, apiKey: 'k', timeoutMs: 0 }, /timeoutMs must be a whole number of at least 1/],
    ['a negative maxRetries', { baseUrl: BASE_URL, apiKey: 'k', maxRetries: -1 }, /maxRetries must be a whole number of at least 0/],
    ['a fractional maxResponseBytes', { baseUrl: BASE_URL, apiKey: 'k', maxResponseBytes: 1.5 }, /maxResponseBytes must be a whole number/],
  ])('throws a ClientOptionsError for %s', (_, options, message) => {
    const create = () => createWebhooksClient(options as WebhooksClientOptions);
    expect(create).toThrow(ClientOptionsError);
    expect(create).toThrow(message);
    try {
      create();
    } catch (error) {
      expect((error as ClientOptionsError).code).toBe('ERR_CLIENT_OPTIONS');
    }
  });

  it('needs an API key only for the operations that require one', async () => {
    const api = createFakeApi();
    const client = createWebhooksClient({ baseUrl: BASE_URL, fetch: api.fetch });
    const call = client.GET('/v1/webhooks');
    await expect(call).rejects.toThrow(ClientOptionsError);
    await expect(call).rejects.toThrow('GET /v1/webhooks needs apiKey: createWebhooksClient({ baseUrl, apiKey })');
    // nothing was sent without the key
    expect(api.requests).toHaveLength(0);
  });

  it('never puts the API key in a misuse message', () => {
    expect(() => createWebhooksClient({ baseUrl: 'not a url', apiKey: 'sk_live_secret_value' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk_live_secret_value') }),
    );
  });
});

describe('checkResponses', () => {
  const leaked = { ...WebhookClientSecret, oidc_client_secret: 'leaked-secret' };

  it('throws a ContractViolationError naming a leaked secret field', async () => {
    const { api, client } = setup({ checkResponses: contractCheck });
    api.answerNextWith(new Response(JSON.stringify(leaked), { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_leak' } }));
    const call = client.GET('/v1/webhooks/{id}', { params: { path: { id: WebhookClientSecret.id } } });
    await expect(call).rejects.toThrow(ContractViolationError);
    api.answerNextWith(new Response(JSON.stringify(leaked), { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_leak' } }));
    const error = await client.GET('/v1/webhooks/{id}', { params: { path: { id: WebhookClientSecret.id } } }).catch((e: unknown) => e);
    expect((error as ContractViolationError).code).toBe('ERR_CONTRACT_VIOLATION');
    expect((error as ContractViolationError).violations).toEqual([
      {
        operationId: 'getWebhook',
        method: 'GET',
        path: '/v1/webhooks/{id}',
        status: 200,
        requestId: 'req_leak',
        message: 'the body is not a valid Webhook',
        errors: [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is not a known field' }],
      },
    ]);
    // the message names the field and the request id, never the leaked value
    expect((error as Error).message).toContain('GET /v1/webhooks/{id} → 200 (request id req_leak) breaks the contract');
    expect((error as Error).message).toContain('oidc_client_secret is not a known field');
    expect((error as Error).message).not.toContain('leaked-secret');
  });

  it.each<[string, Response, string]>([
    ['an undocumented status', new Response('{}', { status: 500, headers: { 'content-type': 'application/json' } }), 'status 500 is not documented for getWebhook'],
    [
      'a problem sent as plain JSON',
      new Response(JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404 }), { status: 404, headers: { 'content-type': 'application/json' } }),
      'the content type is application/json; the contract says application/problem+json',
    ],
    [
      'a 401 without WWW-Authenticate',
      new Response(JSON.stringify({ type: 'about:blank', title: 'Unauthorized', status: 401 }), { status: 401, headers: { 'content-type': 'application/problem+json' } }),
      'the WWW-Authenticate header is missing',
    ],
  ])('reports %s', async (_, response, message) => {
    const seen: ContractViolation[] = [];
    const { api, client } = setup({ checkResponses: contractCheck, onContractViolation: (violations) => seen.push(...violations), maxRetries: 0 });
    api.answerNextWith(response);
    const result = await client.GET('/v1/webhooks/{id}', { params: { path: { id: WebhookClientSecret.id } } });
    // with a callback the call still returns as usual
    expect(result.response.status).toBe(response.status);
    expect(seen.map((v) => v.message)).toContain(message);
  });

  it('reports a 201 without its Location header', async () => {
    const seen: ContractViolation[] = [];
    const { api, client } = setup({ checkResponses: contractCheck, onContractViolation: (violations) => seen.push(...violations), maxRetries: 0 });
    api.answerNextWith(new Response(JSON.stringify(WebhookClientSecret), { status: 201, headers: { 'content-type': 'application/json' } }));
    await client.POST('/v1/webhooks', { body: WebhookCreateClientSecret });
    expect(seen.map((v) => v.message)).toEqual(['the Location header is missing']);
  });

  it('reports a body that is not JSON, then throws a typed error rather than a SyntaxError', async () => {
    const seen: ContractViolation[] = [];
    const { api, client } = setup({ checkResponses: contractCheck, onContractViolation: (violations) => seen.push(...violations), maxRetries: 0 });
    api.answerNextWith(new Response('<html>', { status: 200, headers: { 'content-type': 'application/json' } }));
    const call = client.GET('/v1/webhooks/{id}', { params: { path: { id: WebhookClientSecret.id } } });
    await expect(call).rejects.toThrow(WebhooksResponseError);
    expect(seen.map((v) => v.message)).toEqual(['the body is not valid JSON']);
  });

  it('checks the concrete path of a client whose baseUrl has a path of its own', async () => {
    const seen: ContractViolation[] = [];
    const api = createFakeApi();
    const client = createWebhooksClient({
      baseUrl: 'https://gateway.example.com/webhooks-api/',
      apiKey: 'test-api-key',
      // the gateway strips its prefix before the API sees the request
      fetch: (request) => api.fetch(new Request(request.url.replace('/webhooks-api', ''), request)),
      checkResponses: contractCheck,
      onContractViolation: (violations) => seen.push(...violations),
    });
    const created = await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
    await client.GET('/v1/webhooks/{id}', { params: { path: { id: created.data!.id } } });
    expect(api.requests.map((r) => new URL(r.url).pathname)).toEqual(['/v1/webhooks', `/v1/webhooks/${created.data!.id}`]);
    expect(seen).toEqual([]);
  });

  it('reports a deleteWebhook answered with 200 and a body instead of 204', async () => {
    const seen: ContractViolation[] = [];
    const { api, client } = setup({ checkResponses: contractCheck, onContractViolation: (violations) => seen.push(...violations), maxRetries: 0 });
    api.answerNextWith(new Response('{"deleted":true}', { status: 200, headers: { 'content-type': 'application/json' } }));
    await client.DELETE('/v1/webhooks/{id}', { params: { path: { id: WebhookClientSecret.id } } });
    expect(seen.map((v) => v.message)).toEqual(['status 200 is not documented for deleteWebhook']);
  });

  it('stays silent for conforming responses, errors included', async () => {
    const seen: ContractViolation[] = [];
    const { client } = setup({ checkResponses: contractCheck, onContractViolation: (violations) => seen.push(...violations), maxRetries: 0 });
    const created = await client.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } });
    await client.GET('/v1/webhooks/{id}', { params: { path: { id: created.data!.id } } });
    await client.GET('/v1/webhooks/{id}', { params: { path: { id: '00000000-0000-4000-8000-000000000000' } } });
    await client.DELETE('/v1/webhooks/{id}', { params: { path: { id: created.data!.id } } });
    expect(seen).toEqual([]);
  });
});
