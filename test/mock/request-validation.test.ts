/**
 * The mock rejects invalid requests the way the real API does: 401 without a bearer token, 415 for a
 * body that is not application/json, 413 past 64 KiB, 400 for malformed JSON or bad parameters, and 422
 * naming every broken rule, the OIDC matrix included. Never a 5xx, never an echoed secret.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResponse } from '../../src/validation/contract-check.js';
import type { Exchange } from '../../src/mock/front-server.js';
import type { RunningMockServer } from '../../src/mock/start-mock.js';
import { findRoute, specRoutes } from '../../src/spec/routes.js';
import { validateWebhookCreate, validateWebhookUpdate } from '../../src/validation/index.js';
import { checkParameters } from '../../src/validation/parameters.js';
import { validateSchema } from '../../src/validation/validate.js';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate } from '../support/bodies.js';
import { AUTH, WEBHOOK_ID, startTestMock } from '../support/mock.js';
import { oidcCreateMatrix, oidcUpdateMatrix } from '../support/oidc-matrix.js';
import { namedExamples } from '../support/spec.js';

let mock: RunningMockServer;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  mock = await startTestMock({ onExchange: (exchange) => exchanges.push(exchange) });
}, 60_000);

afterAll(async () => {
  await mock?.close();
});

const JSON_HEADERS = { ...AUTH, 'Content-Type': 'application/json' };
const URL_MESSAGE = 'url must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks';

interface Sent {
  status: number;
  contentType: string | null;
  headers: Headers;
  body: Record<string, unknown>;
  violations: string[];
}

/** Sends a request, checks the answer against the contract (status documented, schema, headers), and parses it. */
async function send(method: string, path: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}): Promise<Sent> {
  const response = await fetch(`${mock.url}${path}`, { method, ...init, ...(init.body ? { duplex: 'half' } : {}) } as RequestInit);
  const template = path.split('?')[0]!.replace(/\/v1\/webhooks\/[^/]+$/, '/v1/webhooks/{id}');
  const violations = (await checkResponse(method, template, response)).map((v) => v.message);
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    headers: response.headers,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
    violations,
  };
}

const postWebhook = (body: unknown, headers: Record<string, string> = JSON_HEADERS) =>
  send('POST', '/v1/webhooks', { headers, body: typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body) });
const patchWebhook = (body: unknown, headers: Record<string, string> = JSON_HEADERS) =>
  send('PATCH', `/v1/webhooks/${WEBHOOK_ID}`, { headers, body: JSON.stringify(body) });

describe('the OIDC rule matrix', () => {
  it.each(oidcCreateMatrix.map((row) => [row.name, row] as const))('createWebhook %s: 422 naming the rule', async (_, { given, want }) => {
    const answer = await postWebhook(given);
    expect(answer.status).toBe(422);
    expect(answer.contentType).toBe('application/problem+json');
    expect(answer.violations).toEqual([]);
    expect(answer.body).toEqual({
      type: 'https://api.example.com/problems/validation-failed',
      title: 'Validation failed',
      status: 422,
      detail: `The request body breaks ${want.length} rule${want.length === 1 ? '' : 's'}; see errors.`,
      instance: '/v1/webhooks',
      errors: want,
    });
  });

  it.each(oidcUpdateMatrix)('updateWebhook %s: 422 naming the rule', async (_, given, want) => {
    const answer = await patchWebhook(given);
    expect(answer.status).toBe(422);
    expect(answer.violations).toEqual([]);
    expect(answer.body.errors).toEqual(want);
    expect(answer.body.instance).toBe(`/v1/webhooks/${WEBHOOK_ID}`);
  });

  it.each([
    ['client_secret', clientSecretCreate],
    ['private_key_jwt', privateKeyJwtCreate],
    ['no OIDC', minimalCreate],
  ])('accepts a complete %s configuration', async (_, body) => {
    const answer = await postWebhook(body);
    expect(answer.status).toBe(201);
    expect(answer.violations).toEqual([]);
  });
});

describe('field rules on create', () => {
  it.each<[string, Record<string, unknown>, { pointer: string; message: string }[]]>([
    ['an http url', { url: 'http://hooks.example.com/webhooks' }, [{ pointer: '/url', message: URL_MESSAGE }]],
    ['a url with credentials', { url: 'https://user:pass@hooks.example.com/' }, [{ pointer: '/url', message: URL_MESSAGE }]],
    ['"*" mixed with other events', { enabled_events: ['*', 'business.created'] }, [{ pointer: '/enabled_events', message: 'enabled_events: "*" cannot be combined with other events; send ["*"] alone, or event types only, such as ["order.created"]' }]],
    ['an unknown event type', { enabled_events: ['business.exploded'] }, [{ pointer: '/enabled_events/0', message: 'enabled_events[0] is not a known event type; use "*" or one of the event types listed in the webhooks section, such as "business.approved"' }]],
    ['a misspelt field', { enabled_event: ['*'] }, [{ pointer: '/enabled_event', message: 'enabled_event is not a known field' }]],
    ['a short secret', { secret: 'short' }, [{ pointer: '/secret', message: 'secret must be 16 to 256 characters long, such as 32 random characters (openssl rand -hex 16 prints some)' }]],
  ])('rejects %s with 422', async (_, change, want) => {
    const answer = await postWebhook({ ...minimalCreate, ...change });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual(want);
  });

  it('names every broken rule of one body, as the library does', async () => {
    const body = { url: 'ftp://x', enabled_events: [], extra: true, oidc_scope: 'a "b"' };
    const answer = await postWebhook(body);
    const library = validateWebhookCreate(body);
    expect(library.ok).toBe(false);
    expect(answer.body.errors).toEqual(library.ok ? [] : library.errors);
    expect((answer.body.errors as unknown[]).length).toBeGreaterThanOrEqual(4);
  });

  it('rejects a body that is not an object', async () => {
    const answer = await postWebhook([minimalCreate]);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([{ pointer: '', message: 'the request body must be a JSON object' }]);
  });

  it('never echoes a submitted secret', async () => {
    const secret = 'do-not-echo-this-secret-value';
    for (const body of [
      JSON.stringify({ ...privateKeyJwtCreate, oidc_client_secret: secret }),
      JSON.stringify({ ...minimalCreate, secret: [secret] }),
      `{"secret":"${secret}" "url"}`,
      `"${secret}`,
    ]) {
      const answer = await postWebhook(body);
      expect([400, 422]).toContain(answer.status);
      expect(JSON.stringify(answer.body)).not.toContain(secret);
      expect(JSON.stringify([...answer.headers])).not.toContain(secret);
    }
  });
});

describe('authentication', () => {
  it.each([
    ['no Authorization header', {}],
    ['an empty bearer token', { Authorization: 'Bearer ' }],
    ['another scheme', { Authorization: 'Basic dXNlcjpwYXNz' }],
  ])('answers 401 with WWW-Authenticate to a request with %s', async (_, headers) => {
    const answer = await send('GET', '/v1/webhooks', { headers });
    expect(answer.status).toBe(401);
    expect(answer.contentType).toBe('application/problem+json');
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(answer.violations).toEqual([]);
  });

  it('checks the token before the body, as the API does', async () => {
    const answer = await postWebhook({ url: 1 }, { 'Content-Type': 'application/json' });
    expect(answer.status).toBe(401);
  });

  it('takes the bearer scheme in any case', async () => {
    const answer = await send('GET', '/v1/webhooks', { headers: { Authorization: 'bearer test-key' } });
    expect(answer.status).toBe(200);
  });
});

describe('media types and sizes', () => {
  it.each([
    ['text/plain', '"text/plain"'],
    ['application/x-www-form-urlencoded', '"application/x-www-form-urlencoded"'],
    ['application/merge-patch+json', '"application/merge-patch+json"'],
  ])('answers 415 to a body sent as %s', async (contentType, named) => {
    const answer = await postWebhook(minimalCreate, { ...AUTH, 'Content-Type': contentType });
    expect(answer.status).toBe(415);
    expect(answer.violations).toEqual([]);
    expect(answer.body.detail).toBe(`Send the body as JSON with "Content-Type: application/json"; got ${named}.`);
  });

  it('answers 415 to a body without a Content-Type', async () => {
    const answer = await send('POST', '/v1/webhooks', { headers: AUTH, body: new Blob([JSON.stringify(minimalCreate)]) });
    expect(answer.status).toBe(415);
    expect(answer.body.detail).toContain('got no Content-Type header');
  });

  it('takes application/json with a charset', async () => {
    const answer = await postWebhook(minimalCreate, { ...AUTH, 'Content-Type': 'application/json; charset=utf-8' });
    expect(answer.status).toBe(201);
  });

  it('takes a body of exactly 64 KiB, and answers 413 to one byte more', async () => {
    const json = JSON.stringify(minimalCreate);
    const atLimit = `${json.slice(0, -1)}${' '.repeat(64 * 1024 - json.length)}}`;
    expect(Buffer.byteLength(atLimit)).toBe(64 * 1024);
    expect((await postWebhook(atLimit)).status).toBe(201);
    const over = await postWebhook(`${atLimit} `);
    expect(over.status).toBe(413);
    expect(over.violations).toEqual([]);
    expect(over.body.detail).toBe('The request body is 65537 bytes; the limit is 65536 bytes (64 KiB).');
  });

  it('answers 413 to Expect: 100-continue before the body is sent', async () => {
    const { hostname, port } = new URL(mock.url);
    const outcome = await new Promise<{ status: number; sentBody: boolean }>((resolve, reject) => {
      let sentBody = false;
      const request = httpRequest({
        host: hostname,
        port,
        method: 'POST',
        path: '/v1/webhooks',
        headers: { ...JSON_HEADERS, 'Content-Length': 100_000, Expect: '100-continue' },
      });
      request.once('continue', () => {
        sentBody = true;
        request.end(' '.repeat(100_000));
      });
      request.once('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode!, sentBody });
        request.destroy();
      });
      request.once('error', reject);
      request.flushHeaders();
    });
    expect(outcome).toEqual({ status: 413, sentBody: false });
  });

  it('answers 413 to an oversized body streamed without a length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"url":"https://hooks.example.com/x","enabled_events":["*"]'));
        for (let i = 0; i < 8; i++) controller.enqueue(chunk);
        controller.enqueue(new TextEncoder().encode('}'));
        controller.close();
      },
    });
    const answer = await send('POST', '/v1/webhooks', { headers: JSON_HEADERS, body: stream });
    expect(answer.status).toBe(413);
    expect(answer.body.detail).toBe('The request body is larger than the limit of 65536 bytes (64 KiB).');
  });
});

describe('malformed requests', () => {
  it.each([
    ['a truncated object', '{"url":"https://hooks.example.com/x"', "The request body is not valid JSON: Expected ',' or '}' after property value in JSON at position 36."],
    ['a bare word', 'webhook', "The request body is not valid JSON: Unexpected token 'w'."],
    ['an empty body', '', 'The request body is not valid JSON: it is empty; send a JSON object.'],
  ])('answers 400 to %s', async (_, body, detail) => {
    const answer = await postWebhook(body);
    expect(answer.status).toBe(400);
    expect(answer.contentType).toBe('application/problem+json');
    expect(answer.violations).toEqual([]);
    expect(answer.body).toEqual({ type: 'https://api.example.com/problems/malformed-json', title: 'Malformed JSON', status: 400, detail, instance: '/v1/webhooks' });
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const answer = await postWebhook(new Blob([new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d])]));
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toBe('The request body is not valid JSON: it is not valid UTF-8.');
  });

  it.each<[string, string, { pointer: string; message: string }[]]>([
    ['limit below 1', '/v1/webhooks?limit=0', [{ pointer: '/limit', message: 'limit must be at least 1' }]],
    ['limit above 100', '/v1/webhooks?limit=101', [{ pointer: '/limit', message: 'limit must be at most 100' }]],
    ['limit that is not a number', '/v1/webhooks?limit=ten', [{ pointer: '/limit', message: 'limit must be a whole number' }]],
    ['starting_after that is not a UUID', '/v1/webhooks?starting_after=wh_1', [{ pointer: '/starting_after', message: 'starting_after must be a UUID' }]],
    ['an id that is not a UUID', '/v1/webhooks/wh_1', [{ pointer: '/id', message: 'id must be a UUID' }]],
  ])('answers 400 naming %s', async (_, path, want) => {
    const answer = await send('GET', path, { headers: AUTH });
    expect(answer.status).toBe(400);
    expect(answer.violations).toEqual([]);
    expect(answer.body).toEqual({
      type: 'https://api.example.com/problems/invalid-parameter',
      title: 'Invalid parameter',
      status: 400,
      detail: `${want[0]!.pointer.slice(1)} is not valid; see errors.`,
      instance: path.split('?')[0],
      errors: want,
    });
  });

  it('answers a well-formed request with a scenario body, keeping Prefer', async () => {
    const example = namedExamples().find((e) => e.operationId === 'createWebhook' && e.where === '422' && e.name === 'unknown_field');
    const answer = await postWebhook(minimalCreate, { ...JSON_HEADERS, Prefer: 'code=422, example=unknown_field' });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual(example?.value);
  });

  it('rejects an invalid body even when a success is preferred', async () => {
    const answer = await postWebhook({ ...minimalCreate, url: 'http://x.example.com' }, { ...JSON_HEADERS, Prefer: 'code=201' });
    expect(answer.status).toBe(422);
  });

  it.each([
    ['deeply nested arrays', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['a huge number', `{"url":"https://x.example.com","enabled_events":["*"],"oidc_access_token_ttl_seconds":1e400}`],
    ['a __proto__ key', '{"__proto__":{"admin":true},"url":"https://x.example.com","enabled_events":["*"]}'],
    ['control characters', '{"url":"https://x.example.com/\\u0000","enabled_events":["*"]}'],
    ['a lone surrogate', '{"url":"https://x.example.com/\\ud800","enabled_events":["*"]}'],
  ])('answers %s with a 4xx problem, never a 5xx', async (_, body) => {
    const answer = await postWebhook(body);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.contentType).toBe('application/problem+json');
  });
});

describe('what Prism used to get wrong, answered as the contract says', () => {
  const problemOf = (answer: Sent) => {
    expect(answer.contentType).toBe('application/problem+json');
    expect(validateSchema('Problem', answer.body).ok).toBe(true);
    expect(answer.body.status).toBe(answer.status);
    return answer.body;
  };
  const SEND_JSON = 'Send the body as JSON with "Content-Type: application/json"';

  it.each([
    ['application/json; charset', `${SEND_JSON}; the Content-Type header is not a valid media type.`],
    ['application/json; charset=', `${SEND_JSON}; the Content-Type header is not a valid media type.`],
    [';', `${SEND_JSON}; the Content-Type header is not a valid media type.`],
    ['application/json; charset=utf-16', `${SEND_JSON}; the body must be UTF-8 (RFC 8259); the header declares another charset.`],
    ['text/plain; secret=sk_live_123', `${SEND_JSON}; got "text/plain".`],
    ['sk_live_123/x', `${SEND_JSON}; got another media type.`],
  ])('answers Content-Type %j with a 415 that never repeats the header', async (contentType, detail) => {
    const answer = await postWebhook(minimalCreate, { ...AUTH, 'Content-Type': contentType });
    expect(answer.status).toBe(415);
    expect(problemOf(answer).detail).toBe(detail);
    expect(JSON.stringify(answer.body)).not.toContain('sk_live_123');
  });

  it('ignores a UTF-8 byte order mark, and Prism agrees (no divergence)', async () => {
    exchanges.length = 0;
    const body = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), JSON.stringify(minimalCreate)]);
    const answer = await send('POST', '/v1/webhooks', { headers: JSON_HEADERS, body });
    expect(answer.status).toBe(201);
    expect(answer.violations).toEqual([]);
    expect(exchanges.at(-1)?.findings).toEqual([]);
  });

  it.each([
    ['GET', '/v1/webhooks'],
    ['DELETE', `/v1/webhooks/${WEBHOOK_ID}`],
    ['GET', '/.well-known/jwks.json'],
  ])('answers a body on %s %s: the operation takes none', async (method, path) => {
    // fetch refuses a GET with a body; node:http sends it
    const { hostname, port } = new URL(mock.url);
    const answer = await new Promise<{ status: number; type: string | undefined; body: Record<string, unknown> }>((resolve, reject) => {
      const body = '{"url":"https://x.example.com"}';
      // node:http sends a GET's body without framing unless told its length
      const request = httpRequest({ host: hostname, port, method, path, headers: { ...JSON_HEADERS, 'Content-Length': body.length } });
      request.once('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.once('end', () => resolve({ status: response.statusCode!, type: response.headers['content-type'], body: JSON.parse(text) as Record<string, unknown> }));
      });
      request.once('error', reject);
      request.end(body);
    });
    expect(answer.status).toBe(400);
    expect(answer.type).toBe('application/problem+json');
    expect(validateSchema('Problem', answer.body).ok).toBe(true);
    expect(answer.body).toMatchObject({ type: 'https://api.example.com/problems/unexpected-body', detail: `${method} on this path takes no request body; send the request without one.` });
  });

  it.each([
    ['Authorization: Basic', { Authorization: 'Basic c2tfbGl2ZV8xMjM=' }, 'The Authorization header uses another scheme than Bearer.'],
    ['an empty bearer token', { Authorization: 'Bearer ' }, 'The bearer token is empty or is not a token (letters, digits and -._~+/, then any = signs).'],
    ['a huge Content-Length and no token', { 'Content-Type': 'application/json', 'Content-Length': '99999999' }, 'The request has no Authorization header.'],
  ])('answers %s with the spec\'s 401, not one of Prism\'s shapes', async (_, headers, reason) => {
    const { hostname, port } = new URL(mock.url);
    const answer = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const request = httpRequest({ host: hostname, port, method: 'POST', path: '/v1/webhooks', headers });
      request.once('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.once('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      });
      request.once('error', reject);
      // the huge Content-Length is never sent: the answer comes first
      request.flushHeaders();
    });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe('Bearer realm="webhooks"');
    expect(JSON.parse(answer.body)).toEqual({
      type: 'https://api.example.com/problems/unauthorized',
      title: 'Unauthorized',
      status: 401,
      detail: `${reason} Send your API key as "Authorization: Bearer <api key>".`,
      instance: '/v1/webhooks',
    });
  });

  it.each([['/v1/webhooks/'], ['//v1//webhooks'], ['/v2/webhooks']])('answers %s, which no operation has, with a 404 problem', async (path) => {
    const answer = await send('GET', path, { headers: AUTH });
    expect(answer.status).toBe(404);
    expect(problemOf(answer)).toEqual({
      type: 'https://api.example.com/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'No operation of the API has this path; the paths start with /v1/webhooks.',
      instance: path,
    });
  });

  it('answers a method the path does not take with 405 and Allow', async () => {
    const answer = await send('PUT', '/v1/webhooks', { headers: JSON_HEADERS, body: JSON.stringify(minimalCreate) });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, POST, HEAD, OPTIONS');
    expect(problemOf(answer).detail).toBe('This path takes GET or POST.');
  });

  it.each([
    ['Prefer: code=-1', '/v1/webhooks', { Prefer: 'code=-1' }, [{ pointer: '/Prefer', message: 'Prefer: code must be an HTTP status code such as 404' }]],
    ['?__code=abc', '/v1/webhooks?__code=abc', {}, [{ pointer: '/__code', message: '__code must be an HTTP status code such as 404' }]],
  ])('answers %s with a 400 problem naming the preference', async (_, path, headers, errors) => {
    const answer = await send('GET', path, { headers: { ...AUTH, ...headers } });
    expect(answer.status).toBe(400);
    expect(problemOf(answer)).toMatchObject({ type: 'https://api.example.com/problems/invalid-parameter', errors });
  });

  it('ignores a malformed Accept header (*/*;q=x): a 200 with its JSON body and Content-Type', async () => {
    const answer = await send('GET', '/v1/webhooks', { headers: { ...AUTH, Accept: '*/*;q=x' } });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('application/json');
    expect(answer.body.object).toBe('list');
    expect(answer.violations).toEqual([]);
  });

  it('answers an Accept header that allows no JSON with a 406 problem', async () => {
    const answer = await send('GET', '/v1/webhooks', { headers: { ...AUTH, Accept: 'text/html' } });
    expect(answer.status).toBe(406);
    expect(problemOf(answer).type).toBe('https://api.example.com/problems/not-acceptable');
  });

  it.each(['0x10', '1e1', '10.0', ' 10'])('answers ?limit=%s, which is no integer, with the same 400 as the shared parameter check', async (limit) => {
    const path = `/v1/webhooks?limit=${encodeURIComponent(limit)}`;
    const answer = await send('GET', path, { headers: AUTH });
    expect(answer.status).toBe(400);
    const shared = checkParameters(findRoute(specRoutes(), 'GET', '/v1/webhooks')!, { pathname: '/v1/webhooks', query: new URLSearchParams({ limit }), headers: {} });
    expect(shared.ok).toBe(false);
    expect(problemOf(answer).errors).toEqual(shared.ok ? [] : shared.errors);
    expect(answer.body.errors).toEqual([{ pointer: '/limit', message: 'limit must be a whole number' }]);
  });

  it('lets the library judge a body Prism rejects (a leap second): the answer is the truth, and the divergence is logged', async () => {
    const body = { disabled_at: '2027-01-01T00:59:60+01:00' };
    expect(validateWebhookUpdate(body).ok).toBe(true);
    exchanges.length = 0;
    const answer = await patchWebhook(body);
    expect(answer.status).toBe(200);
    expect(answer.violations).toEqual([]);
    expect(answer.body).toEqual(namedExamples().find((e) => e.operationId === 'updateWebhook' && e.where === '200')!.value);
    expect(JSON.stringify(answer.body)).not.toContain('oidc_client_secret is required');
    const findings = exchanges.at(-1)?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.kind === 'divergence')).toBe(true);
    expect(findings[0]!.message).toMatch(/^Prism rejects what the contract allows \(body\.disabled_at: .*\); answered as the contract says$/);
  });
});
