/**
 * The options real deployments need: a base URL with a path prefix (behind a gateway that strips it),
 * headers sent on every request (a tenant, a gateway key kept out of reproductions), and a read-only run
 * that leaves the server's webhooks exactly as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTextReport, runContractSuite } from '../../src/contract/index.js';
import { startBrokenProxy, type Breakage, type ProxiedRequest, type ProxiedResponse } from '../support/broken-proxies.js';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server.js';

let reference: ReferenceServer;

beforeAll(async () => {
  reference = await startReferenceServer();
});

afterAll(async () => {
  await reference?.close();
});

const PREFIX = '/webhooks-api';
const GATEWAY_KEY = 'gw_3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c1e';

/** A gateway: serves the API below a prefix, and refuses any request without its two headers. */
function gateway(seen: ProxiedRequest[]): Breakage {
  return {
    name: 'a gateway with a path prefix',
    caughtBy: 'none',
    request: (request): ProxiedRequest | ProxiedResponse => {
      seen.push(request);
      if (request.headers['x-tenant'] !== 'acme' || request.headers['x-gateway-key'] !== GATEWAY_KEY) {
        const body = Buffer.from(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403 }));
        return { status: 403, headers: { 'content-type': 'application/problem+json', 'content-length': String(body.length) }, body };
      }
      if (!request.path.startsWith(`${PREFIX}/`)) return { status: 404, headers: { 'content-length': '0' }, body: Buffer.alloc(0) };
      return { ...request, path: request.path.slice(PREFIX.length) };
    },
    response: (_, response): ProxiedResponse => {
      const location = response.headers.location;
      return location?.startsWith('/') ? { ...response, headers: { ...response.headers, location: `${PREFIX}${location}` } } : response;
    },
  };
}

describe('behind a gateway', () => {
  it('sends every request below the base URL’s path prefix, each with the given headers', async () => {
    const seen: ProxiedRequest[] = [];
    const proxy = await startBrokenProxy(reference.url, gateway(seen));
    try {
      const result = await runContractSuite({
        baseUrl: `${proxy.url}${PREFIX}`,
        apiKey: reference.keys[0],
        headers: { 'X-Tenant': 'acme', 'X-Gateway-Key': GATEWAY_KEY },
        operations: ['listWebhooks', 'createWebhook', 'getWebhook'],
        casesPerOperation: 1,
        seed: 5,
        concurrency: 4,
      });
      expect(result.ok, formatTextReport(result)).toBe(true);
      expect(seen.length).toBe(result.requests);
      expect(seen.every((request) => request.path.startsWith(`${PREFIX}/v1/`) || request.path.startsWith(`${PREFIX}/.well-known/`))).toBe(true);
      expect(result.coverage.exercised).toBeGreaterThan(50);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('names a credential-like header by a variable in a failure’s reproduction, and prints a plain one as it is', async () => {
    const seen: ProxiedRequest[] = [];
    const base = gateway(seen);
    // the gateway answers 200 where a create must be a 201: a failure, with its reproduction
    const broken: Breakage = { ...base, response: (request, response) => { const changed = base.response!(request, response); return request.method === 'POST' && changed.status === 201 ? { ...changed, status: 200 } : changed; } };
    const proxy = await startBrokenProxy(reference.url, broken);
    try {
      const result = await runContractSuite({ baseUrl: `${proxy.url}${PREFIX}`, apiKey: reference.keys[0], headers: { 'X-Tenant': 'acme', 'X-Gateway-Key': GATEWAY_KEY }, operations: ['createWebhook'], checks: ['status_code_conformance'], casesPerOperation: 1, seed: 5 });
      const reproduction = result.failures[0]!.reproduction.join('\n');
      expect(reproduction).toContain(`'${proxy.url}${PREFIX}/v1/webhooks'`);
      expect(reproduction).toContain(`-H 'X-Tenant: acme'`);
      expect(reproduction).toContain('-H "X-Gateway-Key: $WEBHOOKS_HEADER_X_GATEWAY_KEY"');
      expect(JSON.stringify(result)).not.toContain(GATEWAY_KEY);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});

describe('a read-only run', () => {
  it('creates, changes and deletes nothing: both accounts’ webhooks are the same before and after, and no write succeeded', async () => {
    const created = await fetch(`${reference.url}/v1/webhooks`, { method: 'POST', headers: { authorization: `Bearer ${reference.keys[0]}`, 'content-type': 'application/json' }, body: JSON.stringify({ url: 'https://hooks.example.com/kept', enabled_events: ['order.created'] }) });
    expect(created.status).toBe(201);
    const snapshot = () => Promise.all(reference.keys.map(async (key) => (await fetch(`${reference.url}/v1/webhooks?limit=100`, { headers: { authorization: `Bearer ${key}` } })).text()));
    const before = await snapshot();
    const writes: string[] = [];
    const proxy = await startBrokenProxy(reference.url, {
      name: 'counts writes',
      caughtBy: 'none',
      response: (request, response) => {
        if (request.method !== 'GET' && response.status < 300) writes.push(`${request.method} ${request.path} ${response.status}`);
        return response;
      },
    });
    try {
      const result = await runContractSuite({ baseUrl: proxy.url, apiKey: reference.keys[0], secondApiKey: reference.keys[1], readOnly: true, casesPerOperation: 1, seed: 9, concurrency: 4 });
      expect(result.ok, formatTextReport(result)).toBe(true);
      expect(writes).toEqual([]);
      expect(await snapshot()).toEqual(before);
      expect(result.notes.join('\n')).toMatch(/Read-only run/);
      // the rules about refused requests still ran, on the webhook the list showed
      expect(result.coverage.rules.find((rule) => rule.id === 'updateWebhook /components/schemas/HttpsUrl/maxLength /url')?.passed).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});

describe('the options are checked before anything is sent', () => {
  it.each([
    [{ headers: { Authorization: 'Bearer x' } }, /headers cannot set Authorization: pass the key as apiKey/],
    [{ headers: { 'X-Tenant': 'a\nb' } }, /the value of X-Tenant must be one line/],
    [{ phases: ['everything'] }, /unknown phase "everything"; the phases are examples, rule cases, /],
  ])('refuses %j', async (options, message) => {
    await expect(runContractSuite({ baseUrl: reference.url, apiKey: reference.keys[0], ...(options as object) })).rejects.toThrow(message);
  });
});
