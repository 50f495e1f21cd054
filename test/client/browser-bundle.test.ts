/**
 * The client works unchanged in a browser bundle: esbuild bundles it for the browser platform (no Node
 * built-ins), and a real Chromium runs it against a stand-in fetch.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookClientSecret } from '../../generated/examples.js';
import { startStaticServer, type StaticServer } from '../../scripts/docs/static-server.js';
import { launchChromium } from '../support/browser.js';
import { freePort } from '../support/ports.js';

const SCENARIO = `
import { createWebhooksClient, ContractViolationError } from './client.js';
const webhook = window.webhook;
const sent = [];
const answer = (body, status) => async (request) => {
  sent.push({ auth: request.headers.get('authorization'), type: request.headers.get('content-type'), body: await request.json() });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'x-request-id': 'req_browser', location: '/v1/webhooks/' + webhook.id } });
};
const body = { url: 'https://hooks.example.com/in', enabled_events: ['*'] };
const plain = createWebhooksClient({ baseUrl: 'https://api.example.com', apiKey: 'browser-key', fetch: answer(webhook, 201) });
const created = await plain.POST('/v1/webhooks', { body });
const strict = createWebhooksClient({
  baseUrl: 'https://api.example.com',
  apiKey: 'browser-key',
  fetch: answer({ ...webhook, secret: 'leaked' }, 201),
  checkResponses: true,
});
const violation = await strict.POST('/v1/webhooks', { body }).then(
  () => 'no violation',
  (error) => (error instanceof ContractViolationError ? error.violations[0].errors[0].message : String(error)),
);
window.outcome = { id: created.data?.id, status: created.response.status, sent: sent[0], violation };
`;

let outdir: string;
let metafile: Metafile;
let server: StaticServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'client-bundle-'));
  const result = await build({
    entryPoints: { client: 'src/index.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    metafile: true,
    logLevel: 'silent',
  });
  metafile = result.metafile;
  writeFileSync(join(outdir, 'index.html'), '<!doctype html><link rel="icon" href="data:,"><title>client</title>');
  // what the page runs: plain browser JavaScript importing the bundle, as an app would
  writeFileSync(join(outdir, 'scenario.js'), SCENARIO);
  server = await startStaticServer({ root: outdir, port: await freePort() });
  origin = server.url.replace(/\/$/, '');
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outdir, { recursive: true, force: true });
});

describe('the client in a browser bundle', () => {
  it('bundles for the browser and leaves the validators out of the main chunk', () => {
    const outputs = Object.entries(metafile.outputs);
    const [, entry] = outputs.find(([, output]) => output.entryPoint === 'src/index.ts')!;
    expect(Object.keys(entry.inputs)).not.toContain('generated/validators.js');
    // they are split into a chunk that only the opt-in contract check imports
    expect(outputs.some(([, output]) => Object.keys(output.inputs).includes('generated/validators.js'))).toBe(true);
  });

  it('creates a webhook in Chromium and checks responses on demand', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${origin}/index.html`);
    await page.evaluate(`window.webhook = ${JSON.stringify(WebhookClientSecret)}`);
    await page.addScriptTag({ type: 'module', url: '/scenario.js' });
    const outcome = await page.waitForFunction(() => (window as unknown as { outcome?: unknown }).outcome).then((handle) => handle.jsonValue());
    expect(outcome).toEqual({
      id: WebhookClientSecret.id,
      status: 201,
      sent: { auth: 'Bearer browser-key', type: 'application/json', body: { url: 'https://hooks.example.com/in', enabled_events: ['*'] } },
      violation: 'secret is not a known field',
    });
    expect(errors, errors.join("\n")).toEqual([]);
    await page.close();
  });
});
