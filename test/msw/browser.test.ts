/**
 * The MSW handlers in a real browser, as a frontend team runs them: a page served over http://127.0.0.1
 * registers MSW's own service worker (`mockServiceWorker.js`, the file msw ships), starts `setupWorker` with
 * the handlers, and calls this package's typed client; Chromium's fetch goes through the worker and gets
 * the mocked answers: examples, a scenario, the validators' 422, the stateful mode and an override. The page's
 * script is bundled by esbuild for the browser platform (no Node built-ins). One browser, one page.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { startStaticServer, type StaticServer } from '../../scripts/docs/static-server.js';
import { launchChromium } from '../support/browser.js';
import { freePort } from '../support/ports.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** What the page runs: the app's test set-up, in plain browser code. */
const APP = `
import { setupWorker } from 'msw/browser';
import { createWebhooksHandlers } from ${JSON.stringify(join(ROOT, 'src/msw/index.ts'))};
import { createWebhooksClient } from ${JSON.stringify(join(ROOT, 'src/index.ts'))};

const baseUrl = 'https://api.example.com';
const stateless = createWebhooksHandlers({ baseUrl });
const stateful = createWebhooksHandlers({ baseUrl: 'https://sandbox.example.com', stateful: true });
const worker = setupWorker(...stateless, ...stateful);
await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, quiet: true, onUnhandledRequest: 'bypass' });

const client = createWebhooksClient({ baseUrl, apiKey: 'browser-key', maxRetries: 0 });
const list = await client.GET('/v1/webhooks');
const notFound = await client.GET('/v1/webhooks/{id}', { params: { path: { id: '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f' } }, headers: { Prefer: 'code=404' } });
const invalid = await client.POST('/v1/webhooks', { body: { url: 'http://hooks.example.com/in', enabled_events: ['*'] } });
const unauthenticated = await fetch(baseUrl + '/v1/webhooks');

const sandbox = createWebhooksClient({ baseUrl: 'https://sandbox.example.com', apiKey: 'browser-key', maxRetries: 0 });
const created = await sandbox.POST('/v1/webhooks', { body: { url: 'https://hooks.example.com/in', enabled_events: ['order.created'] } });
const listed = [];
for await (const webhook of sandbox.listAllWebhooks({ pageSize: 2 })) listed.push(webhook.id);

worker.use(stateless.override('getWebhook', { body: { url: 'https://hooks.example.com/renamed' } }));
const overridden = await client.GET('/v1/webhooks/{id}', { params: { path: { id: '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f' } } });

window.outcome = {
  controlled: navigator.serviceWorker.controller !== null,
  list: list.data,
  notFound: [notFound.response.status, notFound.error],
  invalid: [invalid.response.status, invalid.error?.errors],
  unauthenticated: [unauthenticated.status, unauthenticated.headers.get('www-authenticate')],
  created: [created.response.status, created.response.headers.get('location') === '/v1/webhooks/' + created.data?.id],
  listed: [listed.length, listed[0] === created.data?.id],
  overridden: overridden.data?.url,
};
`;

let outdir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'msw-browser-'));
  writeFileSync(join(outdir, 'app.entry.js'), APP);
  await build({ entryPoints: [join(outdir, 'app.entry.js')], outfile: join(outdir, 'app.js'), bundle: true, format: 'esm', platform: 'browser', target: 'es2022', nodePaths: [join(ROOT, 'node_modules')], logLevel: 'silent' });
  // the worker file msw ships (its package.json exports it), served from the page's origin as MSW requires
  copyFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), join(outdir, 'mockServiceWorker.js'));
  writeFileSync(join(outdir, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><title>msw</title><script type="module" src="/app.js"></script>');
  server = await startStaticServer({ root: outdir, port: await freePort() });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('the MSW handlers in Chromium, through the service worker', () => {
  it('answer the typed client from the examples, the scenarios, the validators, the state and an override', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url.replace(/\/$/, '')}/index.html`);
    const outcome = await page.waitForFunction(() => (window as unknown as { outcome?: unknown }).outcome, undefined, { timeout: 20_000 }).then((handle) => handle.jsonValue());
    await page.close();
    expect(errors).toEqual([]);
    expect(outcome).toEqual({
      controlled: true,
      list: examples.WebhookListPage,
      notFound: [404, examples.ProblemNotFound],
      invalid: [422, [{ pointer: '/url', message: 'url must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks' }]],
      unauthenticated: [401, 'Bearer realm="webhooks"'],
      created: [201, true],
      listed: [5, true],
      overridden: 'https://hooks.example.com/renamed',
    });
  }, 30_000);
});
