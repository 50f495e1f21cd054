/**
 * A table of hostile requests, sent over raw TCP (fetch cannot express most of them), and a runner that
 * sends them to any server of this API and returns what each got. It is part of the one table every
 * listening program is run against (shared-requests.ts); the mock's process test sends it to the mock as
 * users start it. `judgeHostileOutcome` holds the rules every answer must keep: an answer, no 5xx,
 * problem+json (valid against the spec's Problem) for every error, a 2xx only where the request was valid,
 * an `X-Request-Id`, and no echo of a header value that could hold a secret.
 */
import { connect, type Socket } from 'node:net';
import { validateSchema } from '../../src/validation/validate.js';

/** Every value planted where a client may put a secret starts with this; none may come back. */
export const SECRET_MARKER = 'sk_live_hostile';
/** The bearer token of authorised rows: it must never be echoed either. */
export const HOSTILE_TOKEN = `${SECRET_MARKER}_token_0001`;
const ID = '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f';
const CREATE = '{"url":"https://hooks.example.com/webhooks","enabled_events":["*"]}';
const UPDATE = '{"disabled_at":"2026-11-03T12:00:00Z"}';

/** What the request sends, given the server's `Host` value. */
type Build = (host: string) => string | Buffer;

/** One hostile request and what the contract says of it. */
export interface HostileRequest {
  name: string;
  /** the bytes to send at once; or `send` for clients that trickle, pause or vanish */
  raw?: Build;
  /** writes to the socket itself (slow and vanishing clients); resolves when it is done writing */
  send?: (socket: Socket, host: string) => Promise<void>;
  /**
   * The status the contract gives this request; a list where the contract allows several (a valid
   * request for an unknown id is 204 on the stateless mock and 404 on a real server).
   */
  want: number | readonly number[];
  /** the status the mock gives, where `want` allows several (Prefer scenarios exist only in the mock) */
  mockWant?: number;
  /** the request is valid, so a 2xx (or 1xx-free non-error) answer is right */
  valid?: boolean;
  /** the client goes away before an answer can come: none is expected, the server must just survive */
  vanishes?: boolean;
  /** how many answers one connection gets (pipelined requests); 1 unless said */
  answers?: number;
  /** longer than the default wait, for rows that wait on purpose */
  timeoutMs?: number;
}

/** One answer read off the socket. */
export interface RawAnswer {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** What one hostile request got. */
export interface HostileOutcome {
  name: string;
  answers: RawAnswer[];
  /** how the connection ended */
  ended: 'closed' | 'timeout' | 'error';
  /** the error the socket raised, if any (a reset after the answer is no failure) */
  error?: string;
  durationMs: number;
  /** planted secrets the answer sent back */
  echoed: string[];
}

const header = (name: string, value: string) => `${name}: ${value}\r\n`;
const auth = header('Authorization', `Bearer ${HOSTILE_TOKEN}`);
const json = header('Content-Type', 'application/json');
const close = header('Connection', 'close');

/** A request: method, target, extra header lines, and an optional body with its length. */
function request(method: string, target: string, headers = '', body?: string | Buffer, version = 'HTTP/1.1'): Build {
  return (host) => {
    const length = body === undefined ? '' : header('Content-Length', String(Buffer.byteLength(body)));
    const head = Buffer.from(`${method} ${target} ${version}\r\n${header('Host', host)}${headers}${length}${close}\r\n`, 'latin1');
    return body === undefined ? head : Buffer.concat([head, Buffer.isBuffer(body) ? body : Buffer.from(body)]);
  };
}

/** Raw bytes, with `{host}` filled in. */
const literal = (text: string): Build => (host) => Buffer.from(text.replaceAll('{host}', host), 'latin1');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes `text` a few bytes at a time. */
async function trickle(socket: Socket, text: string, chunk: number, pauseMs: number): Promise<void> {
  for (let i = 0; i < text.length; i += chunk) {
    if (socket.destroyed) return;
    socket.write(Buffer.from(text.slice(i, i + chunk), 'latin1'));
    await sleep(pauseMs);
  }
}

/** Writes the start of a request, waits, then closes the connection without reading. */
function vanish(text: string, afterMs: number): (socket: Socket) => Promise<void> {
  return async (socket) => {
    socket.write(Buffer.from(text, 'latin1'));
    await sleep(afterMs);
    socket.destroy();
  };
}

const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"url":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The table: at least one row per crash, odd header, method, target and body of the issue, and more. */
export const HOSTILE_REQUESTS: readonly HostileRequest[] = [
  // the crashes: one request used to end the mock
  { name: 'a malformed escape in the id, no token', raw: request('GET', '/v1/webhooks/%zz'), want: 401 },
  { name: 'a malformed escape in the id', raw: request('GET', '/v1/webhooks/%zz', auth), want: 400 },
  { name: 'an overlong UTF-8 escape in the id', raw: request('GET', '/v1/webhooks/%C0%AF', auth), want: 400 },
  { name: 'a truncated UTF-8 escape in the id', raw: request('GET', '/v1/webhooks/%E0%A4%A', auth), want: 400 },
  { name: 'Content-Type: ; on a GET, no token, no body', raw: request('GET', '/v1/webhooks', header('Content-Type', ';')), want: 401 },
  { name: 'Content-Type: ; on a GET with a token (the header is ignored)', raw: request('GET', '/v1/webhooks', auth + header('Content-Type', ';')), want: 200, valid: true },
  { name: 'Content-Type: ; on a POST', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', ';'), CREATE), want: 415 },
  { name: 'Accept: a/b;c (ignored: malformed)', raw: request('GET', '/v1/webhooks', auth + header('Accept', 'a/b;c')), want: 200, valid: true },
  { name: 'Accept: ; (ignored: malformed)', raw: request('GET', '/v1/webhooks', auth + header('Accept', ';')), want: 200, valid: true },
  { name: 'Accept: ;;;q=abc (ignored: malformed)', raw: request('GET', '/v1/webhooks', auth + header('Accept', ';;;q=abc')), want: 200, valid: true },
  { name: 'Accept: */*;q=x (ignored: malformed)', raw: request('GET', '/v1/webhooks', auth + header('Accept', '*/*;q=x')), want: 200, valid: true },
  { name: `Accept with a secret parameter (ignored: malformed)`, raw: request('GET', '/v1/webhooks', auth + header('Accept', `*/*; key=${SECRET_MARKER}_accept; q`)), want: 200, valid: true },
  { name: 'Accept: text/html', raw: request('GET', '/v1/webhooks', auth + header('Accept', 'text/html')), want: 406 },

  // Content-Type and charsets
  { name: 'Content-Type: application/json; charset', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', 'application/json; charset'), CREATE), want: 415 },
  { name: 'Content-Type: application/json; charset=', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', 'application/json; charset='), CREATE), want: 415 },
  { name: 'Content-Type: application/json; charset=utf-16', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', 'application/json; charset=utf-16'), CREATE), want: 415 },
  { name: 'Content-Type: application/json; charset=iso-8859-1', raw: request('PATCH', `/v1/webhooks/${ID}`, auth + header('Content-Type', 'application/json; charset=iso-8859-1'), UPDATE), want: 415 },
  { name: 'Content-Type: application/json; charset="UTF-8"', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', 'application/json; charset="UTF-8"'), CREATE), want: 201, valid: true },
  { name: 'Content-Type with an unclosed quote', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', 'application/json; charset="utf-8'), CREATE), want: 415 },
  { name: 'Content-Type with empty parameters (allowed)', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', 'application/json;;'), CREATE), want: 201, valid: true },
  { name: 'Content-Type sent twice', raw: request('POST', '/v1/webhooks', auth + json + header('Content-Type', 'text/plain'), CREATE), want: 415 },
  { name: 'Content-Type with a secret parameter', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', `text/plain; secret=${SECRET_MARKER}_param`), CREATE), want: 415 },
  { name: 'Content-Type that is a secret', raw: request('POST', '/v1/webhooks', auth + header('Content-Type', `${SECRET_MARKER}_ctype/x`), CREATE), want: 415 },
  { name: 'Content-Type: application/merge-patch+json', raw: request('PATCH', `/v1/webhooks/${ID}`, auth + header('Content-Type', 'application/merge-patch+json'), UPDATE), want: 415 },
  { name: 'a UTF-8 byte order mark before the JSON (ignored)', raw: request('POST', '/v1/webhooks', auth + json, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CREATE)])), want: 201, valid: true },
  { name: 'a body that is not UTF-8', raw: request('POST', '/v1/webhooks', auth + json, Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])), want: 400 },

  // authorization
  { name: 'Authorization: Basic', raw: request('GET', '/v1/webhooks', header('Authorization', `Basic ${SECRET_MARKER}_basic`)), want: 401 },
  { name: 'an empty bearer token', raw: request('GET', '/v1/webhooks', header('Authorization', 'Bearer ')), want: 401 },
  { name: 'a bearer token with a space in it', raw: request('GET', '/v1/webhooks', header('Authorization', `Bearer ${SECRET_MARKER} two`)), want: 401 },
  { name: 'a bearer token after a tab', raw: request('GET', '/v1/webhooks', header('Authorization', `Bearer\t${SECRET_MARKER}_tab`)), want: 401 },
  { name: 'Authorization sent twice', raw: request('GET', '/v1/webhooks', auth + header('Authorization', `Bearer ${SECRET_MARKER}_second`)), want: 401 },
  { name: 'the bearer scheme in lower case', raw: request('GET', '/v1/webhooks', header('Authorization', `bearer ${HOSTILE_TOKEN}`)), want: 200, valid: true },
  { name: 'a huge Content-Length without a token', raw: literal(`POST /v1/webhooks HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: 99999999999\r\nConnection: close\r\n\r\n{"url":`), want: 401 },
  { name: 'the public signing keys without a token', raw: request('GET', '/.well-known/jwks.json'), want: 200, valid: true },

  // scenarios
  { name: 'Prefer: code=-1', raw: request('GET', '/v1/webhooks', auth + header('Prefer', 'code=-1')), want: [400, 200], mockWant: 400, valid: true },
  { name: '?__code=abc', raw: request('GET', '/v1/webhooks?__code=abc', auth), want: [400, 200], mockWant: 400, valid: true },
  { name: 'Prefer: code=500 (undocumented)', raw: request('GET', '/v1/webhooks', auth + header('Prefer', 'code=500')), want: [404, 200], mockWant: 404, valid: true },
  { name: 'Prefer: code=200, example=emtpy', raw: request('GET', '/v1/webhooks', auth + header('Prefer', 'code=200, example=emtpy')), want: [404, 200], mockWant: 404, valid: true },
  { name: '?__example=nope', raw: request('GET', '/v1/webhooks?__example=nope', auth), want: [404, 200], mockWant: 404, valid: true },
  { name: 'Prefer with a secret example name', raw: request('GET', '/v1/webhooks', auth + header('Prefer', `example=${SECRET_MARKER}_example`)), want: [404, 200], mockWant: 404, valid: true },
  { name: 'Prefer: delay=abc', raw: request('GET', '/v1/webhooks', auth + header('Prefer', 'delay=abc')), want: [400, 200], mockWant: 400, valid: true },
  { name: 'Prefer: delay=999999 (past the bound)', raw: request('GET', '/v1/webhooks', auth + header('Prefer', 'delay=999999')), want: [400, 200], mockWant: 400, valid: true },
  { name: 'Prefer that is all separators', raw: request('GET', '/v1/webhooks', auth + header('Prefer', ';;;,,,=,"')), want: 200, valid: true },
  { name: 'Prefer with a Latin-1 byte', raw: request('GET', '/v1/webhooks', auth + header('Prefer', 'respond-async, wait=5, caf\xe9')), want: 200, valid: true },

  // parameters
  { name: '?limit=0x10', raw: request('GET', '/v1/webhooks?limit=0x10', auth), want: 400 },
  { name: '?limit=1e1', raw: request('GET', '/v1/webhooks?limit=1e1', auth), want: 400 },
  { name: '?limit= (empty)', raw: request('GET', '/v1/webhooks?limit=', auth), want: 400 },
  { name: '?limit=1&limit=2', raw: request('GET', '/v1/webhooks?limit=1&limit=2', auth), want: 400 },
  { name: '?limit=%zz', raw: request('GET', '/v1/webhooks?limit=%zz', auth), want: 400 },
  { name: '?starting_after=%ZZ%', raw: request('GET', '/v1/webhooks?starting_after=%ZZ%', auth), want: 400 },
  { name: 'an id that is a NUL byte, escaped', raw: request('GET', '/v1/webhooks/%00', auth), want: 400 },
  { name: 'an id with an escaped slash', raw: request('GET', `/v1/webhooks/${ID.slice(0, 8)}%2F${ID.slice(9)}`, auth), want: 400 },
  { name: 'the path template sent as it is', raw: request('GET', '/v1/webhooks/{id}', auth), want: 400 },
  { name: 'the delivery list with limit 101', raw: request('GET', `/v1/webhooks/${ID}/deliveries?limit=101`, auth), want: 400 },
  { name: 'Idempotency-Key sent twice', raw: request('POST', '/v1/webhooks', auth + json + header('Idempotency-Key', 'a') + header('Idempotency-Key', 'b'), CREATE), want: 400 },
  { name: 'an empty Idempotency-Key', raw: request('POST', '/v1/webhooks', auth + json + header('Idempotency-Key', ''), CREATE), want: 400 },

  // bodies where none belong
  { name: 'a body on GET', raw: request('GET', '/v1/webhooks', auth + json, '{"url":"https://x.example.com"}'), want: 400 },
  { name: 'a body on DELETE', raw: request('DELETE', `/v1/webhooks/${ID}`, auth + json, '{}'), want: 400 },
  { name: 'a chunked body on GET', raw: literal(`GET /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n`), want: 400 },
  { name: 'an empty chunked body on GET (no body at all)', raw: literal(`GET /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`), want: 200, valid: true },
  { name: 'a body on the public signing keys', raw: request('GET', '/.well-known/jwks.json', json, '{}'), want: 400 },
  { name: 'Content-Length: 0 on GET (no body)', raw: request('GET', '/v1/webhooks', auth + header('Content-Length', '0')), want: 200, valid: true },

  // methods
  { name: 'PUT on the collection', raw: request('PUT', '/v1/webhooks', auth + json, CREATE), want: 405 },
  { name: 'PATCH on the collection', raw: request('PATCH', '/v1/webhooks', auth + json, UPDATE), want: 405 },
  { name: 'TRACE', raw: request('TRACE', '/v1/webhooks', auth), want: 405 },
  { name: 'PROPFIND', raw: request('PROPFIND', `/v1/webhooks/${ID}`, auth), want: 405 },
  { name: 'an unknown method', raw: request('BREW', '/v1/webhooks', auth), want: [400, 405], mockWant: 400 },
  { name: 'a method in lower case', raw: request('get', '/v1/webhooks', auth), want: [400, 405], mockWant: 400 },
  { name: 'CONNECT', raw: literal(`CONNECT {host} HTTP/1.1\r\nHost: {host}\r\n\r\n`), want: 405 },
  { name: 'HEAD on the collection', raw: request('HEAD', '/v1/webhooks', auth), want: 200, valid: true },
  { name: 'OPTIONS on the collection', raw: request('OPTIONS', '/v1/webhooks'), want: [200, 204], mockWant: 204, valid: true },
  { name: 'a CORS preflight with odd request headers', raw: request('OPTIONS', '/v1/webhooks', header('Origin', 'http://127.0.0.1:5173') + header('Access-Control-Request-Method', 'P O S T') + header('Access-Control-Request-Headers', 'a b, "c"')), want: [200, 204], mockWant: 204, valid: true },
  { name: 'OPTIONS *', raw: request('OPTIONS', '*'), want: [200, 204, 400, 404], mockWant: 204, valid: true },
  { name: 'GET *', raw: request('GET', '*', auth), want: [400, 404], mockWant: 400 },

  // paths and request targets
  { name: 'a trailing slash', raw: request('GET', '/v1/webhooks/', auth), want: 404 },
  { name: 'doubled slashes', raw: request('GET', '//v1//webhooks', auth), want: 404 },
  { name: 'the target //[', raw: request('GET', '//[', auth), want: [400, 404], mockWant: 404 },
  { name: 'an absolute target with port 99999', raw: request('GET', 'http://a:99999/', auth), want: [400, 404], mockWant: 400 },
  { name: 'an absolute target that is valid', raw: (host) => request('GET', `http://${host}/v1/webhooks`, auth)(host), want: 200, valid: true },
  { name: 'a target without a leading slash', raw: request('GET', 'v1/webhooks', auth), want: [400, 404], mockWant: 400 },
  { name: 'a target with a fragment', raw: request('GET', '/v1/webhooks#top', auth), want: [400, 200] , mockWant: 400, valid: true },
  { name: 'dot segments', raw: request('GET', '/v1/webhooks/../webhooks', auth), want: [400, 404], mockWant: 404 },
  { name: 'an unknown path', raw: request('GET', '/v2/webhooks', auth), want: 404 },
  { name: 'a malformed escape outside any parameter', raw: request('GET', '/v1/%zz', auth), want: [400, 404], mockWant: 404 },
  { name: 'a path of 8 KiB', raw: request('GET', `/v1/${'a'.repeat(8192)}`, auth), want: [404, 414], mockWant: 404 },

  // HTTP syntax
  { name: 'no Host header', raw: literal(`GET /v1/webhooks HTTP/1.1\r\n${auth}Connection: close\r\n\r\n`), want: 400 },
  { name: 'two Host headers', raw: literal(`GET /v1/webhooks HTTP/1.1\r\nHost: {host}\r\nHost: other.example\r\n${auth}Connection: close\r\n\r\n`), want: 400 },
  { name: 'HTTP/1.0 without Host', raw: literal(`GET /v1/webhooks HTTP/1.0\r\n${auth}\r\n`), want: 200, valid: true },
  { name: 'an unknown HTTP version', raw: literal(`GET /v1/webhooks HTTP/9.9\r\nHost: {host}\r\n${auth}\r\n`), want: 400, mockWant: 400 },
  { name: 'a folded header line', raw: literal(`GET /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth} folded\r\nConnection: close\r\n\r\n`), want: 400 },
  { name: 'a header name with a space', raw: literal(`GET /v1/webhooks HTTP/1.1\r\nHost: {host}\r\nBad Name: x\r\n${auth}Connection: close\r\n\r\n`), want: 400 },
  { name: 'a control character in a header', raw: literal(`GET /v1/webhooks HTTP/1.1\r\nHost: {host}\r\nPrefer: a\x01b\r\n${auth}Connection: close\r\n\r\n`), want: 400 },
  { name: 'Content-Length: -1', raw: literal(`POST /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}${json}Content-Length: -1\r\nConnection: close\r\n\r\n{}`), want: 400 },
  { name: 'two different Content-Lengths', raw: literal(`POST /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}${json}Content-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}`), want: 400 },
  { name: 'Content-Length beside Transfer-Encoding', raw: literal(`POST /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}${json}Content-Length: 2\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`), want: 400 },
  { name: 'Transfer-Encoding: gzip', raw: literal(`POST /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}${json}Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n{}`), want: [400, 411, 415], mockWant: 400 },
  { name: 'Expect: 200-ok', raw: request('POST', '/v1/webhooks', auth + json + header('Expect', '200-ok'), CREATE), want: 417 },
  { name: 'the HTTP/2 preface', raw: literal('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), want: 400, mockWant: 400 },
  { name: 'bytes that are not HTTP', raw: () => Buffer.from([0x00, 0x01, 0x02, 0xff, 0x0d, 0x0a, 0x0d, 0x0a]), want: 400 },
  { name: 'an Origin that is not an origin', raw: request('GET', '/v1/webhooks', auth + header('Origin', `javascript:${SECRET_MARKER}_origin`)), want: 200, valid: true },
  { name: 'a cookie holding a secret', raw: request('GET', '/v1/webhooks', auth + header('Cookie', `session=${SECRET_MARKER}_cookie`)), want: 200, valid: true },
  { name: 'two hundred headers', raw: request('GET', '/v1/webhooks', auth + Array.from({ length: 200 }, (_, i) => header(`X-Extra-${i}`, String(i))).join('')), want: 200, valid: true },

  // huge and deep
  { name: 'headers of 20 KiB', raw: request('GET', '/v1/webhooks', auth + header('X-Big', 'a'.repeat(20 * 1024))), want: 431 },
  { name: 'a body of 70 KB', raw: request('POST', '/v1/webhooks', auth + json, `${CREATE.slice(0, -1)}${' '.repeat(70_000)}}`), want: 413 },
  { name: 'Expect: 100-continue with a body too large', raw: literal(`POST /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}${json}Content-Length: 100000\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`), want: 413 },
  { name: 'arrays nested 30,000 deep', raw: request('POST', '/v1/webhooks', auth + json, deep(30_000)), want: 422 },
  { name: 'objects nested 5,000 deep', raw: request('PATCH', `/v1/webhooks/${ID}`, auth + json, deepObject(5000)), want: 422 },
  { name: 'a number past double precision', raw: request('POST', '/v1/webhooks', auth + json, `${CREATE.slice(0, -1)},"oidc_access_token_ttl_seconds":1e400}`), want: 422 },

  // slow, pipelined and vanishing clients
  {
    name: 'headers trickled a few bytes at a time',
    send: (socket, host) => trickle(socket, `GET /v1/webhooks HTTP/1.1\r\nHost: ${host}\r\n${auth}Connection: close\r\n\r\n`, 8, 15),
    want: 200,
    valid: true,
  },
  {
    name: 'a body trickled a few bytes at a time',
    send: (socket, host) => trickle(socket, `POST /v1/webhooks HTTP/1.1\r\nHost: ${host}\r\n${auth}${json}Content-Length: ${CREATE.length}\r\nConnection: close\r\n\r\n${CREATE}`, 16, 10),
    want: 201,
    valid: true,
  },
  {
    name: 'two pipelined requests, the second malformed',
    raw: literal(`GET /v1/webhooks HTTP/1.1\r\nHost: {host}\r\n${auth}\r\nGET /v1/webhooks/%zz HTTP/1.1\r\nHost: {host}\r\n${auth}Connection: close\r\n\r\n`),
    want: [200, 400],
    valid: true,
    answers: 2,
  },
  { name: 'a client that leaves in the middle of its headers', send: vanish('GET /v1/webhooks HTTP/1.1\r\nHost: x\r\nAuthor', 50), want: [], vanishes: true },
  { name: 'a client that leaves in the middle of its body', send: vanish(`POST /v1/webhooks HTTP/1.1\r\nHost: x\r\n${auth}${json}Content-Length: 200\r\n\r\n{"url":`, 50), want: [], vanishes: true },
  { name: 'a client that leaves while the answer is delayed', send: vanish(`GET /v1/webhooks HTTP/1.1\r\nHost: x\r\n${auth}Prefer: delay=1000\r\n\r\n`, 100), want: [], vanishes: true },
  // a half-close cannot be told from a client that left: servers take it as gone (nginx logs it as 499)
  { name: 'a client that half-closes after its request', send: async (socket, host) => void socket.end(`GET /v1/webhooks HTTP/1.1\r\nHost: ${host}\r\n${auth}Prefer: delay=200\r\n\r\n`), want: [], vanishes: true },
];

/** Reads HTTP/1.1 answers off the bytes a connection received (Content-Length, chunked, or to the end). */
export function parseAnswers(bytes: Buffer, headOnly = false): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', offset);
    if (end < 0) break;
    const lines = bytes.subarray(offset, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(lines[0] ?? '')?.[1]);
    if (!Number.isInteger(status)) break;
    const headers = lines.slice(1).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
    });
    const get = (name: string) => headers.find(([key]) => key === name)?.[1];
    let cursor = end + 4;
    let body: Buffer;
    const length = get('content-length');
    if (status < 200 || status === 204 || status === 304 || headOnly) {
      body = Buffer.alloc(0);
    } else if (get('transfer-encoding')?.toLowerCase().includes('chunked')) {
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = bytes.indexOf('\r\n', cursor);
        if (lineEnd < 0) break;
        const size = Number.parseInt(bytes.subarray(cursor, lineEnd).toString('latin1'), 16);
        cursor = lineEnd + 2;
        if (!(size > 0)) {
          cursor = bytes.indexOf('\r\n', cursor) + 2;
          break;
        }
        parts.push(bytes.subarray(cursor, cursor + size));
        cursor += size + 2;
      }
      body = Buffer.concat(parts);
    } else if (length !== undefined) {
      body = bytes.subarray(cursor, cursor + Number(length));
      cursor += Number(length);
    } else {
      body = bytes.subarray(cursor);
      cursor = bytes.length;
    }
    // a 100 Continue is an interim answer: the final one follows
    if (status >= 200) answers.push({ status, headers, body });
    offset = cursor;
  }
  return answers;
}

/** Sends one hostile request on its own connection and reads everything until the server closes it. */
export function sendHostileRequest(base: URL, row: HostileRequest, defaultTimeoutMs = 5_000): Promise<HostileOutcome> {
  const host = base.host;
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(Number(base.port), base.hostname);
    const chunks: Buffer[] = [];
    let error: string | undefined;
    let done = false;
    const finish = (ended: HostileOutcome['ended']) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const received = Buffer.concat(chunks);
      const text = received.toString('latin1');
      const echoed = [...new Set(text.match(new RegExp(`${SECRET_MARKER}\\w*`, 'g')) ?? [])];
      const headOnly = /^HEAD /.test(typeof row.raw === 'function' ? row.raw(host).toString('latin1') : '');
      resolve({ name: row.name, answers: parseAnswers(received, headOnly), ended, ...(error ? { error } : {}), durationMs: performance.now() - started, echoed });
    };
    const timer = setTimeout(() => finish('timeout'), row.timeoutMs ?? defaultTimeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('close', () => finish(error ? 'error' : 'closed'));
    socket.on('error', (failure: NodeJS.ErrnoException) => {
      error = failure.code ?? failure.message;
    });
    socket.once('connect', () => {
      if (row.raw) socket.write(row.raw(host));
      else void row.send?.(socket, host);
    });
  });
}

/** Options of the runner. */
export interface HostileRunOptions {
  /** the rows to send; the whole table unless given */
  requests?: readonly HostileRequest[];
  /** called after each request, such as to check that the server's process is still alive */
  afterEach?: (outcome: HostileOutcome) => void | Promise<void>;
  /** how long to wait for an answer, in milliseconds (5 s) */
  timeoutMs?: number;
}

/**
 * Sends every hostile request to the server at `baseUrl`, one after the other, each on its own
 * connection, and returns what each got.
 * @example
 * const outcomes = await runHostileRequests('http://127.0.0.1:4010');
 * for (const outcome of outcomes) expect(judgeHostileOutcome(row, outcome)).toEqual([]);
 */
export async function runHostileRequests(baseUrl: string, options: HostileRunOptions = {}): Promise<HostileOutcome[]> {
  const base = new URL(baseUrl);
  const outcomes: HostileOutcome[] = [];
  for (const row of options.requests ?? HOSTILE_REQUESTS) {
    const outcome = await sendHostileRequest(base, row, options.timeoutMs);
    outcomes.push(outcome);
    await options.afterEach?.(outcome);
  }
  return outcomes;
}

/**
 * What is wrong with how a server answered a hostile request, one sentence per broken rule; empty when
 * it answered as every server of this API must. With `exact`, the status must also be one the row wants
 * (with `mock`, the mock's own status where the row names one).
 * @example
 * expect(judgeHostileOutcome(row, outcome, { exact: true })).toEqual([]);
 */
export function judgeHostileOutcome(row: HostileRequest, outcome: HostileOutcome, options: { exact?: boolean; mock?: boolean } = {}): string[] {
  const failures: string[] = [];
  if (outcome.echoed.length > 0) failures.push(`the answer echoes ${outcome.echoed.join(', ')}`);
  if (row.vanishes) return failures;
  const expected = row.answers ?? 1;
  if (outcome.answers.length !== expected) {
    failures.push(`got ${outcome.answers.length} answer(s), not ${expected} (connection ${outcome.ended}${outcome.error ? `, ${outcome.error}` : ''})`);
  }
  const wanted = options.mock && row.mockWant !== undefined ? [row.mockWant] : typeof row.want === 'number' ? [row.want] : row.want;
  for (const answer of outcome.answers) {
    const get = (name: string) => answer.headers.find(([key]) => key === name)?.[1];
    if (answer.status >= 500) failures.push(`status ${answer.status}: a server error`);
    if (options.exact && !wanted.includes(answer.status)) failures.push(`status ${answer.status}, not ${wanted.join(' or ')}`);
    if (get('x-request-id') === undefined) failures.push(`status ${answer.status} without X-Request-Id`);
    if (answer.status >= 400) {
      const type = get('content-type');
      if (type?.split(';')[0]?.trim() !== 'application/problem+json') failures.push(`status ${answer.status} as ${type ?? 'no Content-Type'}, not application/problem+json`);
      let problem: unknown;
      try {
        problem = JSON.parse(answer.body.toString('utf8'));
      } catch {
        failures.push(`status ${answer.status} with a body that is not JSON`);
        continue;
      }
      const valid = validateSchema('Problem', problem);
      if (!valid.ok) failures.push(`status ${answer.status} with a body that is not a valid Problem: ${valid.errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`);
      else if ((problem as { status?: number }).status !== answer.status) failures.push(`status ${answer.status} with a problem that says ${(problem as { status?: number }).status}`);
    } else if (!row.valid) {
      failures.push(`status ${answer.status} to a request that breaks the contract`);
    }
  }
  return failures;
}
