/**
 * Which web pages may drive the sandbox: only allowed origins (loopback pages by default, more with
 * `allowedOrigins`), never a reflected origin, never credentials; a request from any other origin is refused
 * with 403 before it creates, triggers or reads anything; Private Network Access preflights are answered
 * only for allowed origins. Header by header with `inject`, then in Chromium: a page on another origin
 * cannot create a webhook, and a page on localhost can.
 */
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsPolicy } from '../../src/server/cors.js';
import { startSandbox, type RunningServer } from '../../src/server/server.js';
import { minimalCreate } from '../support/bodies.js';
import { launchChromium } from '../support/browser.js';
import { send, testResolver, testSandbox, type TestServer } from '../support/server.js';

const TOKEN = { authorization: 'Bearer cors-tests' };
const EVIL = 'https://evil.example';

describe('the sandbox answers browsers from allowed origins only', () => {
  let sandbox: TestServer;
  beforeAll(async () => {
    sandbox = await testSandbox({ seed: false, allowedOrigins: ['http://localhost:*', 'https://app.example.com'] });
  });
  afterAll(() => sandbox.close());

  const count = async () => (await send(sandbox, { method: 'GET', url: '/v1/webhooks', headers: TOKEN })).body.data.length;

  it('refuses a request from another origin with 403 before it creates anything, and reflects nothing', async () => {
    for (const origin of [EVIL, 'null', 'http://localhost.evil.example', 'https://app.example.com:8443', 'http://app.example.com']) {
      const answer = await sandbox.app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...TOKEN, origin, 'content-type': 'application/json' }, payload: JSON.stringify(minimalCreate) });
      expect(answer.statusCode, origin).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ type: 'https://api.example.com/problems/origin-not-allowed', status: 403 });
      expect(answer.body).not.toContain(origin === 'null' ? 'evil' : origin);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    }
    const trigger = await sandbox.app.inject({ method: 'POST', url: '/v1/sandbox/events', headers: { ...TOKEN, origin: EVIL, 'content-type': 'application/json' }, payload: '{"type":"order.created"}' });
    expect(trigger.statusCode).toBe(403);
    expect(await count()).toBe(0);
  });

  it('refuses the preflight of another origin, Private Network Access included', async () => {
    const preflight = await sandbox.app.inject({
      method: 'OPTIONS',
      url: '/v1/webhooks',
      headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-private-network': 'true' },
    });
    expect(preflight.statusCode).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-private-network']).toBeUndefined();
  });

  it('answers an allowed origin by name, with a Private Network Access preflight, without credentials', async () => {
    for (const origin of ['http://localhost:5173', 'http://localhost', 'https://app.example.com']) {
      const preflight = await sandbox.app.inject({
        method: 'OPTIONS',
        url: '/v1/webhooks',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type', 'access-control-request-private-network': 'true' },
      });
      expect(preflight.statusCode, origin).toBe(204);
      expect(preflight.headers).toMatchObject({ 'access-control-allow-origin': origin, 'access-control-allow-private-network': 'true', vary: 'Origin' });
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    }
    const created = await send(sandbox, { method: 'POST', url: '/v1/webhooks', headers: { ...TOKEN, origin: 'https://app.example.com' }, body: minimalCreate });
    expect(created.status).toBe(201);
    expect(created.headers['access-control-allow-origin']).toBe('https://app.example.com');
    // a request without Origin (curl, a server) needs no CORS headers, and gets none
    const plain = await send(sandbox, { method: 'GET', url: '/v1/webhooks', headers: TOKEN });
    expect(plain.headers['access-control-allow-origin']).toBeUndefined();
    expect(plain.headers.vary).toBe('Origin');
  });

  it('allows the loopback origins by default, and refuses an allowed origin that is not one', () => {
    const policy = corsPolicy(['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*']);
    expect(['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:4000', 'HTTP://LOCALHOST:1'].map((origin) => policy.allows(origin))).toEqual([true, true, true, true]);
    expect(['https://localhost:3000', 'http://127.0.0.2:80', 'http://localhost:3000/', 'http://user@localhost:1', 'null', ''].map((origin) => policy.allows(origin))).toEqual([false, false, false, false, false, false]);
    expect(() => corsPolicy(['*'])).toThrow('the allowed origins: "*" is not an origin; give scheme://host or scheme://host:port (the port may be *)');
  });
});

describe('in Chromium', () => {
  let sandbox: RunningServer;
  let pages: Server;
  let pagePort: number;
  let browser: Browser;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, seed: false, resolve: testResolver, log: false, signingKeyAlgorithm: 'ES256', delivery: { autoStart: false } });
    // one page, served from this machine under two names: localhost (allowed) and evil.test (not)
    pages = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    pagePort = (pages.address() as { port: number }).port;
    browser = await launchChromium(['--host-resolver-rules=MAP evil.test 127.0.0.1']);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    pages?.close();
    await sandbox?.close();
  });

  /** Opens the page at `origin` and has it try to create a webhook in the sandbox with `token`. */
  async function createFrom(origin: string, token: string): Promise<string> {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}:${pagePort}/`);
      return await page.evaluate(
        async ({ url, token: bearer, body }) => {
          try {
            const response = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' }, body });
            return `${response.status} ${response.headers.get('location') ?? ''}`;
          } catch (error) {
            return `refused: ${(error as Error).message}`;
          }
        },
        { url: `${sandbox.url}/v1/webhooks`, token, body: JSON.stringify(minimalCreate) },
      );
    } finally {
      await page.close();
    }
  }

  const webhooksOf = async (token: string) => ((await (await fetch(`${sandbox.url}/v1/webhooks`, { headers: { authorization: `Bearer ${token}` } })).json()) as { data: unknown[] }).data.length;

  it('a page on another origin cannot create a webhook; a page on localhost can', async () => {
    expect(await createFrom('http://evil.test', 'browser-evil')).toMatch(/^refused: Failed to fetch/);
    expect(await webhooksOf('browser-evil')).toBe(0);
    expect(await createFrom('http://localhost', 'browser-local')).toMatch(/^201 \/v1\/webhooks\/[0-9a-f-]{36}$/);
    expect(await webhooksOf('browser-local')).toBe(1);
  }, 60_000);
});
