/**
 * The MSW handlers refuse every bad request of the shared table (test/support/bad-requests.ts) with the same
 * answer as the mock's real front layer, word for word: the same status, the same problem body and the same
 * `WWW-Authenticate` and `Allow`. The front layer runs as the mock runs it, on a port (it refuses these
 * requests itself, before any Prism is asked); the handlers are called as an app calls them, through fetch
 * under `msw/node`.
 */
// node:http's request read at call time: MSW intercepts by patching the module's function
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFrontServer } from '../../src/mock/front-server.js';
import { createWebhooksHandlers } from '../../src/msw/index.js';
import { BAD_REQUESTS, PARITY_API_KEY, type BadRequest } from '../support/bad-requests.js';

const MSW_BASE = 'http://webhooks.msw.test';

interface Answer {
  status: number;
  contentType: string | null;
  wwwAuthenticate: string | null;
  allow: string | null;
  body: unknown;
}

function headersOf(row: BadRequest): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries({ authorization: `Bearer ${PARITY_API_KEY}`, ...row.headers })) if (value !== undefined) sent[name] = value;
  return sent;
}

const parsed = (text: string): unknown => (text === '' ? undefined : JSON.parse(text));

/**
 * Over node:http, as the table's own runner sends it: to the front layer, and to MSW for the rows fetch
 * cannot send as written (a GET with a body; a body without a Content-Type, to which fetch adds text/plain).
 */
function viaHttp(base: string, row: BadRequest): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, method: row.method, path: row.path, headers: { ...headersOf(row), ...(row.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(row.body)) }) } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? null,
            wwwAuthenticate: (response.headers['www-authenticate'] as string | undefined) ?? null,
            allow: (response.headers.allow as string | undefined) ?? null,
            body: parsed(text),
          }),
        );
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    request.end(row.body);
  });
}

async function viaFetch(row: BadRequest): Promise<Answer> {
  const response = await fetch(`${MSW_BASE}${row.path}`, { method: row.method, headers: headersOf(row), ...(row.body === undefined ? {} : { body: typeof row.body === 'string' ? row.body : new Uint8Array(row.body) }) });
  const h = response.headers;
  return { status: response.status, contentType: h.get('content-type'), wwwAuthenticate: h.get('www-authenticate'), allow: h.get('allow'), body: parsed(await response.text()) };
}

let front: Server;
let frontUrl: string;
const server = setupServer(...createWebhooksHandlers({ baseUrl: MSW_BASE }));
const answers = new Map<string, { mock: Answer; msw: Answer }>();

beforeAll(async () => {
  // no Prism behind it: every row is refused by the front layer itself
  front = createFrontServer({ prismUrl: 'http://127.0.0.1:9' });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  frontUrl = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  // requests to the real front layer go past MSW
  server.listen({ onUnhandledRequest: 'bypass' });
  for (const row of BAD_REQUESTS) {
    const mock = await viaHttp(frontUrl, row);
    const fetchCannot = row.body !== undefined && (row.method === 'GET' || headersOf(row)['content-type'] === undefined);
    const msw = fetchCannot ? await viaHttp(MSW_BASE, row) : await viaFetch(row);
    answers.set(row.name, { mock, msw });
  }
}, 30_000);

afterAll(async () => {
  server.close();
  await new Promise((resolve) => front?.close(resolve));
});

describe('the MSW handlers refuse as the mock front layer does, word for word', () => {
  it.each(BAD_REQUESTS.map((row) => [row.name, row] as const))('%s', (_, row) => {
    const { mock, msw } = answers.get(row.name)!;
    expect(mock.status).toBe(row.want.status);
    expect(msw).toEqual(mock);
    if (row.want.errors !== undefined) expect((msw.body as { errors?: unknown }).errors).toEqual(row.want.errors);
  });
});
