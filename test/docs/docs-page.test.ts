/**
 * Builds the docs the way `npm run docs` does, serves them on 127.0.0.1 and reads them in Debian's
 * Chromium the way a customer would: clicking through the navigation, with nothing allowed to load from
 * anywhere else. Writes dist/docs-screenshot.png (the first screen) for people to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocs, DOCS_DIR } from '../../scripts/build-docs.js';
import { startStaticServer, type StaticServer } from '../../scripts/docs/static-server.js';
import { launchChromium } from '../support/browser.js';
import { freePort } from '../support/ports.js';
import { bundledSpec, specOperations } from '../support/spec.js';

type Json = Record<string, unknown>;

/** A common laptop screen: the first screen a reader sees. */
const VIEWPORT = { width: 1440, height: 900 };
/** Where the screenshot of the first screen goes, beside (not inside) the published site. */
const SCREENSHOT = join(DOCS_DIR, '..', 'docs-screenshot.png');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const info = bundledSpec.info as { title: string; version: string; summary: string };
const schemas = bundledSpec.components.schemas;
const operations = specOperations();
const summaryOf = (operation: Json) => operation.summary as string;
const eventTypes = (schemas.EventType as { enum: string[] }).enum;

let server: StaticServer;
let browser: Browser;
let page: Page;
/** every request for something not on the local server, whether or not it was stopped */
const remoteRequests = new Set<string>();
const consoleErrors: string[] = [];

function isLocal(url: string): boolean {
  const { protocol, host } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return host === new URL(server.url).host;
}

/** The sidebar entry of an operation or event (Redoc links it as `#/<tag>/<operationid>`). */
const navLink = (operationId: string) =>
  page.locator(`[data-component-name="Menu/MenuItem"] a[href$="/${operationId.toLowerCase()}"]`);

/** Its section in the page, found from where its sidebar entry points. */
async function sectionOf(operationId: string): Promise<Locator> {
  const href = (await navLink(operationId).getAttribute('href'))!;
  return page.locator(`[data-section-id="${href.slice(1)}"]`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The heading of a section that starts with this text (events add a "Webhook" badge after it). */
const headingOf = (section: Locator, text: string) =>
  section.locator('h1, h2').filter({ hasText: new RegExp(`^${escapeRegExp(text)}`) });

/**
 * Visible and inside the window: what a reader sees without scrolling. Sections render as they come
 * into view and can move what is already shown, so this waits for the layout to settle there.
 */
async function expectOnScreen(locator: Locator, what: string): Promise<void> {
  await locator.waitFor({ state: 'visible' });
  const where = async () => {
    const box = await locator.boundingBox();
    if (!box) return 'nowhere';
    if (box.y < 0) return 'above the window';
    return box.y + Math.min(box.height, 20) > VIEWPORT.height ? 'below the window' : 'on screen';
  };
  await expect.poll(where, { message: what }).toBe('on screen');
}

/** Picks a tab in a sample panel's language menu, as a reader does. */
async function chooseSample(panel: Locator, current: string, wanted: string): Promise<void> {
  const menu = panel.getByRole('button', { name: current, exact: true });
  // a page still settling after a jump can move the menu away between opening it and picking from it
  await expectOnScreen(menu, `the ${current} menu`);
  await menu.click();
  await page.getByRole('menuitem', { name: wanted, exact: true }).click();
  await panel.getByRole('button', { name: wanted, exact: true }).waitFor();
}

beforeAll(async () => {
  buildDocs(DOCS_DIR);
  server = await startStaticServer({ root: DOCS_DIR, port: await freePort() });
  browser = await launchChromium();
  // no smooth scrolling: a click's scroll ends at once, as it would for a reader who prefers less motion
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  // fail an action with its own message, well before the test's time runs out
  context.setDefaultTimeout(5_000);
  // nothing may leave 127.0.0.1: record any other request and stop it before it reaches a network
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    remoteRequests.add(url);
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('request', (request) => {
    if (!isLocal(request.url())) remoteRequests.add(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(server.url, { waitUntil: 'load' });
  // the last event's sidebar entry shows once the page's script has taken over the pre-rendered HTML
  await navLink(operations.at(-1)!.id).waitFor({ state: 'visible' });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the published API docs, in a browser', { timeout: 30_000 }, () => {
  it('open on the title, the introduction and a navigation listing every operation and event', async () => {
    await expectOnScreen(headingOf(page.locator('body'), `${info.title} (${info.version})`), 'the title');
    await expectOnScreen(page.getByText(info.summary, { exact: true }), 'the summary');
    for (const { id, operation } of operations) {
      const link = navLink(id);
      // the navigation is taller than a laptop's window: its own scrolling brings every entry on screen
      await link.scrollIntoViewIfNeeded();
      await expectOnScreen(link, `the sidebar entry of ${id}`);
      expect(await link.innerText(), id).toContain(summaryOf(operation));
    }
    await page.screenshot({ path: SCREENSHOT });
    expect(readFileSync(SCREENSHOT).subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });

  it.each(operations.filter((op) => !op.isEvent))(
    '$id: choosing it in the navigation shows its summary and its TypeScript sample',
    async ({ id, operation }) => {
      await navLink(id).click();
      const section = await sectionOf(id);
      await expectOnScreen(headingOf(section, summaryOf(operation)), `the heading of ${id}`);
      const panel = section.locator('.panel-request-samples');
      await panel.getByRole('button', { name: 'TypeScript (webhooks-contract)', exact: true }).waitFor({ state: 'visible' });
      await expect(panel.locator('pre').innerText()).resolves.toContain('createWebhooksClient({');
    },
  );

  it.each(operations.filter((op) => op.isEvent))(
    '$path: choosing it in the navigation shows its summary, headers and payload',
    async ({ id, path, operation }) => {
      await navLink(id).click();
      const section = await sectionOf(id);
      await expectOnScreen(headingOf(section, summaryOf(operation)), `the heading of ${id}`);
      // the header's own entry, not the mention of it in the description
      await section.locator('.schema-name').getByText('X-Webhook-Signature', { exact: true }).waitFor({ state: 'visible' });
      const panel = section.locator('.panel-request-samples');
      await panel.getByText(path, { exact: true }).waitFor({ state: 'visible' });
      const payload = JSON.parse(await panel.locator('pre').innerText()) as { type: string };
      expect(payload.type).toBe(path);
    },
  );

  it("offers an event's receiver code beside its payload", async () => {
    const [event] = operations.filter((op) => op.isEvent);
    await navLink(event!.id).click();
    const panel = (await sectionOf(event!.id)).locator('.panel-request-samples');
    await chooseSample(panel, 'Payload', 'Receiver (TypeScript)');
    const code = await panel.locator('pre').innerText();
    expect(code).toContain("createHmac('sha256', key)");
    expect(code).toContain('timingSafeEqual(');
    // operations keep their own samples
    const [operation] = operations.filter((op) => !op.isEvent);
    await navLink(operation!.id).click();
    const operationPanel = (await sectionOf(operation!.id)).locator('.panel-request-samples');
    await expect(operationPanel.locator('pre').innerText()).resolves.toContain('createWebhooksClient({');
    await chooseSample(operationPanel, 'TypeScript (webhooks-contract)', 'curl');
    await expect(operationPanel.locator('pre').innerText()).resolves.toMatch(/^curl /);
    await chooseSample(operationPanel, 'curl', 'TypeScript (webhooks-contract)');
  });

  it('explain in prose which OIDC fields each method requires, and that secrets are write-only', async () => {
    await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: 'OIDC access tokens on deliveries' }).click();
    const rules = page.locator('li').filter({ hasText: /^(client_secret|private_key_jwt)\b/ });
    for (const [method, schemaName] of [
      ['client_secret', 'OidcClientSecretAuth'],
      ['private_key_jwt', 'OidcPrivateKeyJwtAuth'],
    ] as const) {
      const schema = schemas[schemaName] as { required: string[]; properties: Record<string, unknown> };
      const rule = rules.filter({ hasText: new RegExp(`^${method}\\b`) });
      await expectOnScreen(rule, `the ${method} rule`);
      const text = await rule.innerText();
      const required = text.slice(text.indexOf('Requires'));
      for (const field of schema.required.filter((name) => name !== 'oidc_auth_method')) {
        expect(required, `${method} requires ${field}`).toContain(field);
      }
      for (const [field, fieldSchema] of Object.entries(schema.properties)) {
        // forbidden: `false`, or `not: {}` with the rule's sentence
        const forbidden = fieldSchema === false || JSON.stringify((fieldSchema as { not?: unknown }).not) === '{}';
        if (forbidden) expect(text, `${method} forbids ${field}`).toContain(`${field} is not allowed`);
        else if (!schema.required.includes(field)) expect(required, `${method}: ${field} is optional`).not.toContain(field);
      }
    }
    await expectOnScreen(page.getByText(/^Without oidc_auth_method, no oidc_\* field is allowed/), 'the rule without OIDC');
    await expectOnScreen(page.getByText(/^Both methods optionally accept oidc_scope and oidc_resource_uri/), 'the optional fields');

    await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: 'Secrets are write-only' }).click();
    const writeOnly = page.getByText(/are accepted on create and update and are never returned/);
    await expectOnScreen(writeOnly, 'the write-only rule');
    const writeOnlyFields = Object.entries(schemas.WebhookCreate!.properties as Record<string, { $ref?: string }>)
      .filter(([, field]) => schemas[field.$ref?.split('/').pop() ?? '']?.writeOnly === true)
      .map(([name]) => name);
    expect(writeOnlyFields.sort()).toEqual(['oidc_client_secret', 'secret']);
    for (const field of writeOnlyFields) expect(await writeOnly.innerText()).toContain(field);
  });

  it("explain how to verify a delivery's signature", async () => {
    await page.locator('[data-component-name="Menu/MenuItem"] a', { hasText: "Verifying a delivery's signature" }).click();
    const steps = page.locator('ol').filter({ hasText: 'HMAC-SHA256' });
    await expectOnScreen(steps, 'the verification steps');
    const text = await steps.innerText();
    for (const words of ['raw body', 'webhook-id', 'webhook-timestamp', 'constant time', 'timingSafeEqual', 'five minutes', 'already handled']) {
      expect(text).toContain(words);
    }
  });

  it('list every event type in the Events section', async () => {
    // the Events entry opens the section (and folds its sidebar group, as it does for a reader)
    await page.locator('[data-component-name="Menu/MenuItem"] a[href$="/events"]').click();
    for (const type of eventTypes) {
      await expectOnScreen(page.getByRole('link', { name: new RegExp(`^post ${escapeRegExp(type)}$`, 'i') }), `the event ${type}`);
    }
  });

  it('load nothing from outside 127.0.0.1 and log no console error', () => {
    expect([...remoteRequests], 'requests for anything but the local server').toEqual([]);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
});
