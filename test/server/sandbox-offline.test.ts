/**
 * The sandbox is offline unless told otherwise: creating a webhook resolves no name, deliveries and token
 * requests connect to loopback only, the seeded examples deliver nowhere, and a destination on another host
 * fails with a last_error that says why and how to allow it. The system resolver is replaced by one that
 * records every query (each one fails the test), and every TCP connection this process opens is recorded
 * with the host it was opened to.
 */
import dns from 'node:dns';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { SANDBOX_OFFLINE_REASON } from '../../src/server/server.js';
import { minimalCreate } from '../support/bodies.js';
import { createWebhook, send, testSandbox, type TestServer } from '../support/server.js';

/** Every name anything in this process asked the system (or an injected resolver) to resolve. */
const queries: string[] = [];
/** The host of every TCP connection this process opened. */
const connections: string[] = [];

const originals: [object, string, unknown][] = [];
function replace(target: object, name: string, value: unknown): void {
  originals.push([target, name, (target as Record<string, unknown>)[name]]);
  (target as Record<string, unknown>)[name] = value;
}

function refuse(name: string): Error {
  queries.push(name);
  return Object.assign(new Error(`a DNS query for ${name}: the offline sandbox must never make one`), { code: 'ENOTFOUND' });
}

/** An injected resolver that answers nothing and remembers being asked. */
const recordingResolver = async (hostname: string) => {
  throw refuse(hostname);
};

beforeAll(() => {
  for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
    // an IP literal is answered by Node itself, without a query (server.listen looks its host up so)
    const original = (dns as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
    const originalPromise = (dns.promises as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
    replace(dns, name, (hostname: string, ...rest: unknown[]) => {
      if (name === 'lookup' && net.isIP(hostname) !== 0) return original(hostname, ...rest);
      const callback = rest.at(-1) as (error: Error) => void;
      const error = refuse(hostname);
      process.nextTick(() => callback(error));
    });
    replace(dns.promises, name, async (hostname: string, ...rest: unknown[]) => {
      if (name === 'lookup' && net.isIP(hostname) !== 0) return originalPromise(hostname, ...rest);
      throw refuse(hostname);
    });
  }
  const connect = net.Socket.prototype.connect;
  replace(net.Socket.prototype, 'connect', function (this: net.Socket, ...args: unknown[]) {
    // net.connect passes its normalised [options, callback]; a direct call passes (options) or (port, host)
    const first = args[0] as unknown;
    const options = (Array.isArray(first) ? first[0] : typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }) as { host?: string; path?: string };
    if (options.path === undefined) connections.push(options.host ?? 'localhost');
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  });
  // the ES module bindings of node:dns and node:dns/promises follow the patched objects
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const [target, name, value] of originals.reverse()) (target as Record<string, unknown>)[name] = value;
  syncBuiltinESMExports();
});

afterEach(() => {
  expect(queries, 'DNS queries').toEqual([]);
  expect(connections.filter((host) => !['127.0.0.1', '::1'].includes(host)), 'connections beyond loopback').toEqual([]);
});

/** A receiver and a token endpoint on 127.0.0.1, recording what reaches them. */
let receiver: Server;
let receiverPort: number;
const received: IncomingMessage[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    received.push(request);
    request.resume();
    request.on('end', () => {
      if (request.url === '/token') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ access_token: 'loopback-token', token_type: 'Bearer', expires_in: 300 }));
      } else response.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  receiverPort = (receiver.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => receiver.close(() => done())));

const TOKEN = { authorization: 'Bearer offline-team' };

describe('the sandbox, offline by default', () => {
  let sandbox: TestServer;
  beforeAll(async () => {
    sandbox = await testSandbox({ resolve: recordingResolver, delivery: { autoStart: false, resolve: recordingResolver } });
  });
  afterAll(() => sandbox.close());

  it('accepts a webhook on another host without resolving its name, and one on a public address literal', async () => {
    for (const url of ['https://hooks.example.com/offline', 'https://93.184.215.14/offline']) {
      const created = await createWebhook(sandbox, TOKEN, { ...minimalCreate, url });
      expect(created.url).toBe(url);
    }
  });

  it('still refuses what the SSRF guard refuses without a query: private addresses and http on another host', async () => {
    for (const url of ['https://10.0.0.1/x', 'https://169.254.169.254/latest', 'http://hooks.example.com/x']) {
      const answer = await send(sandbox, { method: 'POST', url: '/v1/webhooks', headers: TOKEN, body: { ...minimalCreate, url } });
      expect(answer.status, url).toBe(422);
      expect(answer.body.errors[0].pointer).toBe('/url');
    }
  });

  it("delivers to loopback receivers (and fetches their tokens there), and records the offline reason for every other host, the seed's included", async () => {
    const local = await createWebhook(sandbox, TOKEN, { ...minimalCreate, url: `http://localhost:${receiverPort}/hook` });
    const literal = await createWebhook(sandbox, TOKEN, { ...minimalCreate, url: `http://127.0.0.1:${receiverPort}/hook` });
    const withToken = await createWebhook(sandbox, TOKEN, {
      ...minimalCreate,
      url: `http://127.0.0.1:${receiverPort}/with-token`,
      oidc_auth_method: 'client_secret',
      oidc_client_id: 'loopback-client',
      oidc_client_secret: 'loopback-client-secret',
      oidc_access_token_ttl_seconds: 300,
      oidc_token_endpoint: `http://127.0.0.1:${receiverPort}/token`,
    });
    const remoteToken = await createWebhook(sandbox, TOKEN, {
      ...minimalCreate,
      url: `http://127.0.0.1:${receiverPort}/remote-token`,
      oidc_auth_method: 'client_secret',
      oidc_client_id: 'remote-client',
      oidc_client_secret: 'remote-client-secret',
      oidc_access_token_ttl_seconds: 300,
      oidc_token_endpoint: 'https://idp.example.com/oauth2/token',
    });
    const list = await send(sandbox, { method: 'GET', url: '/v1/webhooks?limit=100', headers: TOKEN });
    const remote = (list.body.data as { id: string; url: string }[]).filter((webhook) => /example\.com|93\.184/.test(webhook.url));
    expect(remote).toHaveLength(2);

    const triggered = await sandbox.app.inject({ method: 'POST', url: '/v1/sandbox/events', headers: { ...TOKEN, 'content-type': 'application/json' }, payload: '{"type":"business.approved"}' });
    expect(triggered.statusCode).toBe(202);
    await sandbox.deliveries.runOnce();

    const lastOf = async (webhookId: string) => (await send(sandbox, { method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries`, headers: TOKEN })).body.data[0] as Record<string, unknown>;
    for (const webhook of [local, literal, withToken]) expect(await lastOf(webhook.id), webhook.url).toMatchObject({ status: 'succeeded', last_response_status: 204 });
    expect(received.find((request) => request.url === '/with-token')?.headers.authorization).toBe('Bearer loopback-token');
    for (const webhook of remote) {
      expect(await lastOf(webhook.id), webhook.url).toMatchObject({ status: 'pending', last_response_status: null, last_error: SANDBOX_OFFLINE_REASON });
    }
    const noToken = await lastOf(remoteToken.id);
    expect(noToken.last_error).toContain(SANDBOX_OFFLINE_REASON);
    expect(received.some((request) => request.url === '/remote-token')).toBe(false);
    expect(SANDBOX_OFFLINE_REASON).toMatch(/offline.*--allow-network.*SANDBOX_ALLOW_NETWORK=1/);

    // the record sees the sender's own sockets (requests to the sandbox are injected: they open none)
    expect(connections.filter((host) => host === '127.0.0.1').length).toBeGreaterThan(0);
    // the seeded wildcard webhook subscribes to everything: its destination is under .invalid, never looked up
    const seeded = await lastOf(examples.WebhookWildcard.id);
    expect(seeded.last_error).toMatch(/\.invalid, a name that never resolves/);
  });

  it("seeds the spec's example webhooks with their destinations under .invalid, and nothing else changed", async () => {
    const list = await send(sandbox, { method: 'GET', url: '/v1/webhooks?limit=100', headers: { authorization: 'Bearer fresh-offline' } });
    const seeded = list.body.data as Record<string, unknown>[];
    const spec = [examples.WebhookPrivateKeyJwt, examples.WebhookClientSecret, examples.WebhookWildcard, examples.WebhookSelectedEvents] as Record<string, unknown>[];
    expect(seeded.map((webhook) => webhook.id)).toEqual(spec.map((webhook) => webhook.id));
    for (const [index, webhook] of seeded.entries()) {
      const example = spec[index]!;
      for (const field of ['url', 'oidc_token_endpoint']) {
        if (example[field] === null) continue;
        expect(new URL(webhook[field] as string).hostname, field).toMatch(/\.invalid$/);
        expect(webhook[field], field).toBe((example[field] as string).replace(/\.com\//, '.invalid/'));
      }
      expect({ ...webhook, url: null, oidc_token_endpoint: null, created_at: null, updated_at: null }).toEqual({ ...example, url: null, oidc_token_endpoint: null, created_at: null, updated_at: null });
    }
  });
});

describe('the sandbox with allowNetwork', () => {
  it('resolves a destination name when a webhook is saved, as the reference server does, and refuses a private answer', async () => {
    const asked: string[] = [];
    const sandbox = await testSandbox({
      allowNetwork: true,
      resolve: async (hostname) => {
        asked.push(hostname);
        return [{ address: '10.0.0.7' }];
      },
    });
    try {
      const answer = await send(sandbox, { method: 'POST', url: '/v1/webhooks', headers: TOKEN, body: { ...minimalCreate, url: 'https://internal.example.com/x' } });
      expect(answer.status).toBe(422);
      expect(answer.body.errors[0].message).toMatch(/resolves to a private address/);
      expect(asked).toEqual(['internal.example.com']);
    } finally {
      await sandbox.close();
    }
  });
});
