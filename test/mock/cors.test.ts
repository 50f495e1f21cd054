/**
 * An app served from another localhost port can call the mock from a browser: preflight, Authorization
 * header, JSON bodies, and the front layer's own answers all pass CORS. Proven in Debian's Chromium when it
 * is installed (CI installs it), and header by header without a browser.
 */
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/mock/front-server.js';
import type { RunningMockServer } from '../../src/mock/start-mock.js';
import { minimalCreate } from '../support/bodies.js';
import { launchChromium } from '../support/browser.js';
import { AUTH, startTestMock } from '../support/mock.js';
import { freePort } from '../support/ports.js';

let mock: RunningMockServer;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  mock = await startTestMock({ onExchange: (exchange) => exchanges.push(exchange) });
}, 60_000);

afterAll(async () => {
  await mock?.close();
});

describe('CORS headers', () => {
  const ORIGIN = 'http://127.0.0.1:5173';

  it('answers a preflight for an authorised JSON POST', async () => {
    const response = await fetch(`${mock.url}/v1/webhooks`, {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
  });

  it.each([
    ['Prism', { ...AUTH }, undefined, 200],
    ['the front layer (415)', { ...AUTH, 'Content-Type': 'text/plain' }, 'x', 415],
    ['the front layer (422)', { ...AUTH, 'Content-Type': 'application/json' }, '{}', 422],
  ])('lets the origin read an answer from %s', async (_, headers, body, status) => {
    const response = await fetch(`${mock.url}/v1/webhooks`, { method: body === undefined ? 'GET' : 'POST', headers: { ...headers, Origin: ORIGIN }, body });
    expect(response.status).toBe(status);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-expose-headers')).toBe('*');
  });
});

// CI installs Debian's chromium (.ci/run); without it launchChromium() fails with how to install it
describe('from a page on another localhost port, in Chromium', () => {
  let browser: Browser;
  let page: Server;
  let pageUrl: string;

  beforeAll(async () => {
    page = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><title>app</title><p>frontend</p>');
    });
    const port = await freePort();
    await new Promise<void>((resolve) => page.listen(port, '127.0.0.1', resolve));
    pageUrl = `http://127.0.0.1:${port}/`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => page?.close(resolve));
  });

  it('lists, creates and gets a readable 422, with Authorization and JSON bodies', async () => {
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    const results = await tab.evaluate(
      async ({ mockUrl, body }) => {
        const headers = { Authorization: 'Bearer test-key' };
        const list = await fetch(`${mockUrl}/v1/webhooks`, { headers });
        const created = await fetch(`${mockUrl}/v1/webhooks`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        const rejected = await fetch(`${mockUrl}/v1/webhooks`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...body, url: 'http://hooks.example.com/in' }),
        });
        return {
          origin: location.origin,
          list: { status: list.status, object: ((await list.json()) as { object: string }).object },
          created: { status: created.status, location: created.headers.get('Location'), object: ((await created.json()) as { object: string }).object },
          rejected: { status: rejected.status, errors: ((await rejected.json()) as { errors: unknown[] }).errors },
        };
      },
      { mockUrl: mock.url, body: minimalCreate },
    );
    expect(results.origin).not.toBe(new URL(mock.url).origin);
    expect(results.list).toEqual({ status: 200, object: 'list' });
    expect(results.created).toEqual({ status: 201, location: expect.stringMatching(/^\/v1\/webhooks\/[0-9a-f-]{36}$/), object: 'webhook' });
    expect(results.rejected.status).toBe(422);
    expect(results.rejected.errors).toEqual([{ pointer: '/url', message: expect.stringContaining('https://') }]);
    // the JSON POST with an Authorization header was preflighted, from the page's origin
    expect(exchanges.some((exchange) => exchange.method === 'OPTIONS' && exchange.target === '/v1/webhooks' && exchange.status === 204)).toBe(true);
    await tab.close();
  }, 60_000);
});
