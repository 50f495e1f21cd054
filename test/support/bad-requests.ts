/**
 * One table of bad requests, and a runner that sends a row to any implementation of the contract (a base
 * URL, or an in-process `inject`): every implementation must answer each with the same status, problem
 * `type` and `errors`. Each row says what the contract wants. Its rows are part of the one table every
 * listening program is run against (shared-requests.ts); the MSW handlers are held to it by
 * test/msw/parity.test.ts.
 */
import { request as httpRequest } from 'node:http';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate, without } from './bodies.js';

/** A webhook id that exists nowhere. */
const SOME_ID = '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f';
/** The API key every row sends (unless it is about authentication); a server under test must know it. */
export const PARITY_API_KEY = 'parity-table-key-0001';
const AUTH = `Bearer ${PARITY_API_KEY}`;
const JSON_TYPE = 'application/json';

/** One broken rule, as the problem's `errors` lists it. */
export interface RuleError {
  pointer: string;
  message: string;
}

/** One bad request and the answer the contract wants. */
export interface BadRequest {
  name: string;
  method: string;
  /** path and query, sent as written (escapes included) */
  path: string;
  /** `authorization` defaults to a bearer token; `undefined` removes a header */
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  want: {
    status: number;
    /** the problem's `errors`; undefined when the problem has none */
    errors?: RuleError[];
  };
}

/** What an implementation answered, reduced to what must agree. */
export interface Verdict {
  status: number;
  /** the problem's `type` URI */
  type?: string;
  errors?: RuleError[];
  contentType?: string;
}

/** Sends one request in-process (Fastify's `inject`, or any function shaped like it). */
export type InjectFunction = (request: { method: string; url: string; headers: Record<string, string>; payload?: string | Buffer }) => Promise<{
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}>;

/** Where a row is sent: a running server, or an in-process one. */
export type Target = { baseUrl: string } | { inject: InjectFunction };

const json = (value: unknown) => JSON.stringify(value);
const URL_RULE = 'url must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks';
const NEEDS_ID = (method: string) => `${method} /v1/webhooks/{id}`;

export const BAD_REQUESTS: readonly BadRequest[] = [
  // authentication comes first, before any body is read
  { name: 'no Authorization header', method: 'GET', path: '/v1/webhooks', headers: { authorization: undefined }, want: { status: 401 } },
  { name: 'an empty bearer token', method: 'GET', path: `/v1/webhooks/${SOME_ID}`, headers: { authorization: 'Bearer ' }, want: { status: 401 } },
  {
    name: 'the Basic scheme',
    method: 'GET',
    path: '/v1/webhooks',
    headers: { authorization: 'Basic dXNlcjpwYXNz' },
    want: { status: 401 },
  },
  {
    name: 'a bad body without a token',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { authorization: undefined, 'content-type': JSON_TYPE },
    body: '{"url":',
    want: { status: 401 },
  },
  {
    name: 'a Content-Type of ";" without a token or a body',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { authorization: undefined, 'content-type': ';' },
    want: { status: 401 },
  },

  // media types and sizes
  { name: 'a body sent as text/plain', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': 'text/plain' }, body: json(minimalCreate), want: { status: 415 } },
  { name: 'a body without a Content-Type', method: 'POST', path: '/v1/webhooks', body: json(minimalCreate), want: { status: 415 } },
  { name: 'a body sent as application/merge-patch+json', method: 'PATCH', path: `/v1/webhooks/${SOME_ID}`, headers: { 'content-type': 'application/merge-patch+json' }, body: json({ include: '*' }), want: { status: 415 } },
  { name: 'a form body', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'url=https%3A%2F%2Fh.example.com', want: { status: 415 } },
  {
    name: 'a Content-Type of ";"',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { 'content-type': ';' },
    body: json(minimalCreate),
    want: { status: 415 },
  },
  { name: 'a body of 70,000 bytes', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': JSON_TYPE }, body: `${json(minimalCreate).slice(0, -1)}${' '.repeat(70_000)}}`, want: { status: 413 } },

  // bodies that are not JSON
  { name: 'truncated JSON', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': JSON_TYPE }, body: '{"url":', want: { status: 400 } },
  { name: 'an empty body', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': JSON_TYPE }, body: '', want: { status: 400 } },
  { name: 'a body that is not UTF-8', method: 'PATCH', path: `/v1/webhooks/${SOME_ID}`, headers: { 'content-type': JSON_TYPE }, body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), want: { status: 400 } },
  { name: 'an unclosed nesting 40,000 deep', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': JSON_TYPE }, body: '['.repeat(40_000), want: { status: 400 } },

  // bodies that break the contract's rules
  {
    name: 'a misspelt field',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { 'content-type': JSON_TYPE },
    body: json({ url: 'https://hooks.example.com/x', enabled_event: ['*'] }),
    want: {
      status: 422,
      errors: [
        { pointer: '/enabled_events', message: 'enabled_events is required' },
        { pointer: '/enabled_event', message: 'enabled_event is not a known field' },
      ],
    },
  },
  { name: 'an http url', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': JSON_TYPE }, body: json({ ...minimalCreate, url: 'http://hooks.example.com/x' }), want: { status: 422, errors: [{ pointer: '/url', message: URL_RULE }] } },
  {
    name: '"*" beside other events',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { 'content-type': JSON_TYPE },
    body: json({ ...minimalCreate, enabled_events: ['*', 'order.created'] }),
    want: { status: 422, errors: [{ pointer: '/enabled_events', message: 'enabled_events: "*" cannot be combined with other events; send ["*"] alone, or event types only, such as ["order.created"]' }] },
  },
  {
    name: 'client_secret without oidc_client_secret',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { 'content-type': JSON_TYPE },
    body: json(without(clientSecretCreate, 'oidc_client_secret')),
    want: { status: 422, errors: [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret"' }] },
  },
  {
    name: 'oidc_client_secret with private_key_jwt',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { 'content-type': JSON_TYPE },
    body: json({ ...privateKeyJwtCreate, oidc_client_secret: 'not-allowed-here' }),
    want: { status: 422 },
  },
  { name: 'a body that is an array', method: 'POST', path: '/v1/webhooks', headers: { 'content-type': JSON_TYPE }, body: json([minimalCreate]), want: { status: 422, errors: [{ pointer: '', message: 'the request body must be a JSON object' }] } },
  {
    name: 'a __proto__ key',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { 'content-type': JSON_TYPE },
    body: `{"__proto__":{"admin":true},"url":"https://hooks.example.com/x","enabled_events":["*"]}`,
    want: { status: 422, errors: [{ pointer: '/__proto__', message: '__proto__ is not a known field' }] },
  },
  { name: 'an empty update', method: 'PATCH', path: `/v1/webhooks/${SOME_ID}`, headers: { 'content-type': JSON_TYPE }, body: '{}', want: { status: 422, errors: [{ pointer: '', message: 'the update must change at least one field' }] } },
  {
    name: 'an update with a client secret beside private_key_jwt',
    method: 'PATCH',
    path: `/v1/webhooks/${SOME_ID}`,
    headers: { 'content-type': JSON_TYPE },
    body: json({ oidc_auth_method: 'private_key_jwt', oidc_client_secret: 'x' }),
    want: { status: 422 },
  },
  {
    name: 'an update removing OIDC while setting oidc_scope',
    method: 'PATCH',
    path: `/v1/webhooks/${SOME_ID}`,
    headers: { 'content-type': JSON_TYPE },
    body: json({ oidc_auth_method: null, oidc_scope: 'read' }),
    want: { status: 422 },
  },
  {
    name: 'a disabled_at without an offset',
    method: 'PATCH',
    path: `/v1/webhooks/${SOME_ID}`,
    headers: { 'content-type': JSON_TYPE },
    body: json({ disabled_at: '2026-11-03T12:00:00' }),
    want: { status: 422 },
  },

  // path and query parameters
  { name: 'limit=0', method: 'GET', path: '/v1/webhooks?limit=0', want: { status: 400, errors: [{ pointer: '/limit', message: 'limit must be at least 1' }] } },
  { name: 'limit=101', method: 'GET', path: '/v1/webhooks?limit=101', want: { status: 400, errors: [{ pointer: '/limit', message: 'limit must be at most 100' }] } },
  { name: 'limit=ten', method: 'GET', path: '/v1/webhooks?limit=ten', want: { status: 400, errors: [{ pointer: '/limit', message: 'limit must be a whole number' }] } },
  {
    name: 'limit=0x10',
    method: 'GET',
    path: '/v1/webhooks?limit=0x10',
    want: { status: 400, errors: [{ pointer: '/limit', message: 'limit must be a whole number' }] },
  },
  {
    name: 'limit=1e1',
    method: 'GET',
    path: '/v1/webhooks?limit=1e1',
    want: { status: 400, errors: [{ pointer: '/limit', message: 'limit must be a whole number' }] },
  },
  { name: 'a starting_after that is not a UUID', method: 'GET', path: '/v1/webhooks?starting_after=wh_1', want: { status: 400, errors: [{ pointer: '/starting_after', message: 'starting_after must be a UUID' }] } },
  { name: 'a deliveries limit of 500', method: 'GET', path: `/v1/webhooks/${SOME_ID}/deliveries?limit=500`, want: { status: 400, errors: [{ pointer: '/limit', message: 'limit must be at most 100' }] } },
  { name: `${NEEDS_ID('GET')} with an id that is not a UUID`, method: 'GET', path: '/v1/webhooks/wh_1', want: { status: 400, errors: [{ pointer: '/id', message: 'id must be a UUID' }] } },
  { name: `${NEEDS_ID('DELETE')} with an id that is not a UUID`, method: 'DELETE', path: '/v1/webhooks/not-a-uuid', want: { status: 400, errors: [{ pointer: '/id', message: 'id must be a UUID' }] } },
  {
    name: `${NEEDS_ID('GET')} with a malformed escape`,
    method: 'GET',
    path: '/v1/webhooks/%zz',
    want: { status: 400, errors: [{ pointer: '/id', message: 'id must be a UUID' }] },
  },
  {
    name: 'an Idempotency-Key with a space',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { 'content-type': JSON_TYPE, 'idempotency-key': 'two words' },
    body: json(minimalCreate),
    want: { status: 400, errors: [{ pointer: '/Idempotency-Key', message: 'Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID' }] },
  },
  {
    name: 'limit given twice',
    method: 'GET',
    path: '/v1/webhooks?limit=1&limit=2',
    want: { status: 400, errors: [{ pointer: '/limit', message: 'limit must be given at most once' }] },
  },

  // a bad body and a bad parameter together: the body is judged first
  {
    name: 'a bad body on a bad id',
    method: 'PATCH',
    path: '/v1/webhooks/wh_1',
    headers: { 'content-type': JSON_TYPE },
    body: json({ enabled_event: ['*'] }),
    // the address is read before the body, so the id's rule is the one reported
    want: { status: 400, errors: [{ pointer: '/id', message: 'id must be a UUID' }] },
  },

  // content negotiation: JSON is the only answer, so an Accept without it is a 406; a malformed one is ignored
  {
    name: 'an Accept header without JSON',
    method: 'GET',
    path: '/v1/webhooks',
    headers: { accept: 'text/html' },
    want: { status: 406 },
  },

  // bodies where none belong
  {
    name: 'a JSON body on GET',
    method: 'GET',
    path: '/v1/webhooks',
    headers: { 'content-type': JSON_TYPE },
    body: json(minimalCreate),
    want: { status: 400 },
  },
  {
    name: 'a JSON body on DELETE',
    method: 'DELETE',
    path: `/v1/webhooks/${SOME_ID}`,
    headers: { 'content-type': JSON_TYPE },
    body: json(minimalCreate),
    want: { status: 400 },
  },

  // paths and methods the contract does not have
  { name: 'an unknown path', method: 'GET', path: '/v1/unknown', want: { status: 404 } },
  {
    name: 'a trailing slash',
    method: 'GET',
    path: '/v1/webhooks/',
    want: { status: 404 },
  },
  { name: 'doubled slashes', method: 'GET', path: '//v1//webhooks', want: { status: 404 } },
  { name: 'DELETE on the collection', method: 'DELETE', path: '/v1/webhooks', want: { status: 405 } },
  { name: 'PUT on a webhook', method: 'PUT', path: `/v1/webhooks/${SOME_ID}`, headers: { 'content-type': JSON_TYPE }, body: json(minimalCreate), want: { status: 405 } },
];

/** The parts of a problem body that must agree: its `type` and its `errors`. */
function problemOf(text: string): { type?: string; errors?: RuleError[] } {
  try {
    const body = JSON.parse(text) as { type?: unknown; errors?: RuleError[] };
    return {
      ...(typeof body.type === 'string' ? { type: body.type } : {}),
      ...(Array.isArray(body.errors) ? { errors: body.errors.map(({ pointer, message }) => ({ pointer, message })) } : {}),
    };
  } catch {
    return {};
  }
}

function headersOf(row: BadRequest): Record<string, string> {
  const headers: Record<string, string | undefined> = { authorization: AUTH, ...row.headers };
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) sent[name] = value;
  return sent;
}

function viaHttp(baseUrl: string, row: BadRequest): Promise<Verdict> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: url.hostname, port: url.port, method: row.method, path: row.path, headers: { ...headersOf(row), ...(row.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(row.body)) }) } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, ...problemOf(text), ...(response.headers['content-type'] ? { contentType: response.headers['content-type'] } : {}) });
        });
      },
    );
    // a server may answer (413, 401) before reading the whole body, and close
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    request.end(row.body);
  });
}

/**
 * Sends one row to a target and reduces the answer to what must agree: the status and the `errors`.
 * @example
 * const verdict = await sendBadRequest({ baseUrl: mock.url }, BAD_REQUESTS[0]);
 */
export async function sendBadRequest(target: Target, row: BadRequest): Promise<Verdict> {
  if ('baseUrl' in target) return viaHttp(target.baseUrl, row);
  const response = await target.inject({ method: row.method, url: row.path, headers: headersOf(row), ...(row.body === undefined ? {} : { payload: row.body }) });
  const contentType = response.headers['content-type'];
  return { status: response.statusCode, ...problemOf(response.body), ...(typeof contentType === 'string' ? { contentType } : {}) };
}
