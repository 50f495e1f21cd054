/**
 * The runner is pointed at real servers: it sends nothing anywhere but the base URL (not to redirects,
 * not to a Location, not through an id), keeps to its time budget against a server that stops answering,
 * waits out a 429 as Retry-After says, and reads no more than its cap of a huge answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutsideBaseUrlError, urlFor } from '../../src/contract/http.js';
import { runContractSuite } from '../../src/contract/index.js';
import { targetOf } from '../../src/contract/requests.js';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function serve(handler: Handler): Promise<{ url: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let requestCount = 0;
/** A new X-Request-Id for each answer, as the contract wants. */
const requestId = () => `req_${(requestCount += 1)}`;
const LIST = JSON.stringify({ object: 'list', data: [], has_more: false });
const json = (response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  response.writeHead(status, { 'content-type': 'application/json', 'x-request-id': requestId(), ...headers }).end(body);

let reference: ReferenceServer;

beforeAll(async () => {
  reference = await startReferenceServer();
});

afterAll(async () => {
  await reference?.close();
});

describe('where the runner sends', () => {
  it('never follows a redirect or a Location to another server, and never lets an id leave the path', async () => {
    const elsewhere = await serve((_, response) => json(response, 200, LIST));
    const hostile = await serve((request, response) => {
      if (request.url === '/v1/webhooks?limit=1') return json(response, 200, LIST);
      if (request.method === 'POST' && request.url === '/v1/webhooks') {
        // an id that tries to climb out of the path, and a Location on another server
        return json(response, 201, JSON.stringify({ object: 'webhook', id: '../../../elsewhere' }), { location: `${elsewhere.url}/v1/webhooks/1` });
      }
      response.writeHead(302, { location: `${elsewhere.url}${request.url}` }).end();
    });
    try {
      const result = await runContractSuite({ baseUrl: hostile.url, apiKey: 'k', operations: ['createWebhook', 'getWebhook'], casesPerOperation: 1, seed: 1, stateful: false, concurrency: 4 });
      expect(elsewhere.hits).toEqual([]);
      expect(hostile.hits.some((hit) => hit.includes('..%2F..%2F..%2Felsewhere'))).toBe(true);
      expect(hostile.hits.filter((hit) => !/^[A-Z]+ \/v1\/webhooks/.test(hit))).toEqual([]);
      const reasons = result.failures.map((failure) => failure.reason);
      expect(reasons).toContain(`The 201 answer's headers break the contract: Location "${elsewhere.url}/v1/webhooks/1" points to another server (${elsewhere.url}), not to this API.`);
      expect(reasons.some((reason) => reason.startsWith('The server answered 302 Found; getWebhook documents'))).toBe(true);
    } finally {
      await hostile.close();
      await elsewhere.close();
    }
  }, 60_000);

  it('builds every URL below the base URL, its path prefix kept', () => {
    const base = new URL('http://127.0.0.1:8080/api/');
    expect(urlFor(base, targetOf('/v1/webhooks/{id}', { id: '../../admin' })).href).toBe('http://127.0.0.1:8080/api/v1/webhooks/..%2F..%2Fadmin');
    expect(urlFor(base, targetOf('/v1/webhooks', {}, { limit: '2', starting_after: 'a&b' })).href).toBe('http://127.0.0.1:8080/api/v1/webhooks?limit=2&starting_after=a%26b');
    expect(() => urlFor(base, '/../admin')).toThrow(OutsideBaseUrlError);
    // a target is glued below the base path, never read as a URL of its own
    expect(urlFor(base, '//elsewhere.example/x').href).toBe('http://127.0.0.1:8080/api//elsewhere.example/x');
  });

  it('tests a server mounted below a path prefix', async () => {
    const prefixed = await serve((request, response) => {
      if (!request.url!.startsWith('/api/')) return json(response, 404, '{}');
      const forwarded = new URL(request.url!.slice('/api'.length), reference.url);
      void fetch(forwarded, { method: request.method!, headers: { authorization: request.headers.authorization ?? '' } }).then(async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    try {
      const result = await runContractSuite({ baseUrl: `${prefixed.url}/api`, apiKey: reference.keys[0], operations: ['getSigningKeys'], checks: ['not_a_server_error', 'status_code_conformance'], casesPerOperation: 2, seed: 1 });
      expect(prefixed.hits.length).toBeGreaterThan(5);
      expect(prefixed.hits.every((hit) => hit.includes(' /api/'))).toBe(true);
      expect(result.operations[0]!.checks.find((outcome) => outcome.check === 'status_code_conformance')!.passed).toBeGreaterThan(0);
    } finally {
      await prefixed.close();
    }
  }, 60_000);
});

describe('time and size', () => {
  it('keeps to its time budget against a server that stops answering, and says the server did not answer', async () => {
    const silent = await serve((request, response) => {
      // answers the first check, then never again
      if (request.url === '/v1/webhooks?limit=1') json(response, 200, LIST);
    });
    try {
      const started = performance.now();
      const result = await runContractSuite({ baseUrl: silent.url, apiKey: 'k', timeBudgetMs: 1_200, requestTimeoutMs: 400, casesPerOperation: 5, seed: 1 });
      const took = performance.now() - started;
      // the budget, one request time-out, and the clean-up (nothing to clean: nothing was created)
      expect(took).toBeLessThan(1_200 + 400 + 1_000);
      expect(result.budgetExhausted).toBe(true);
      expect(result.notes.join(' ')).toContain('The time budget ran out');
      expect(result.failures[0]).toMatchObject({ check: 'not_a_server_error', reason: 'No answer: no answer within 0.4 s.' });
      const skipped = result.operations.flatMap((operation) => operation.checks).filter((outcome) => outcome.skipped !== undefined);
      expect(skipped.map((outcome) => outcome.skipped)).toContain('the time budget ran out first');
    } finally {
      await silent.close();
    }
  }, 30_000);

  it('waits out a 429 as its Retry-After says, judges the 429 too, and reads no more than its cap of a huge body', async () => {
    let count = 0;
    const keys = JSON.stringify({ keys: [{ kty: 'OKP', kid: 'k1', use: 'sig', alg: 'EdDSA', crv: 'Ed25519', x: 'x' }] });
    const limited = await serve((request, response) => {
      count += 1;
      if (request.url === '/v1/webhooks?limit=1') return json(response, 200, LIST);
      if (request.url === '/.well-known/jwks.json' && request.method === 'GET') {
        if (count % 4 === 0) {
          return response.writeHead(429, { 'content-type': 'application/problem+json', 'x-request-id': requestId(), 'retry-after': '0' }).end('{"type":"about:blank","title":"Too many requests","status":429}');
        }
        if (count % 5 === 0) return json(response, 200, `{"keys":[${'1,'.repeat(1_200_000)}1]}`);
        return json(response, 200, keys);
      }
      response.writeHead(405, { allow: 'GET', 'content-type': 'application/problem+json', 'x-request-id': requestId() }).end('{"type":"about:blank","title":"Method not allowed","status":405}');
    });
    try {
      const result = await runContractSuite({ baseUrl: limited.url, apiKey: 'k', operations: ['getSigningKeys'], casesPerOperation: 12, seed: 3 });
      const reasons = result.failures.map((failure) => failure.reason);
      expect(reasons.filter((reason) => reason.includes('429'))).toEqual([]);
      expect(reasons).toContain('The 200 body is longer than 1048576 bytes, more than any answer of this API should be; the runner read no further.');
      expect(result.operations[0]!.checks.find((outcome) => outcome.check === 'positive_data_acceptance')!.failed).toBe(0);
    } finally {
      await limited.close();
    }
  }, 30_000);
});
