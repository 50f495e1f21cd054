/**
 * The README's receivers, framework by framework: Express 5, Fastify 5, Hono 4 and a Next.js route handler
 * (a Web `Request`), each the recipe file the README shows word for word, each running for real on
 * loopback and receiving a real signed delivery from the sandbox. Each refuses a tampered body with 400, and
 * Express with `express.json()` in front of the recipe refuses every delivery: the bytes are gone.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isKnownWebhookEvent } from '../../src/receiver/index.js';
import { localResolver } from '../delivery/support.js';
import { serveFetch, type FetchServer } from '../support/fetch-server.js';
import { startScriptedEndpoint, type Hit, type ScriptedEndpoint } from '../support/scripted-endpoint.js';
import { testSandbox, type TestServer } from '../support/server.js';
import { app as expressApp } from './recipes/express.js';
import { app as fastifyApp } from './recipes/fastify.js';
import { handledEvents } from './recipes/handle-event.js';
import { app as honoApp } from './recipes/hono.js';
import { POST as nextPost } from './recipes/next-route.js';

const RECIPES = ['express', 'fastify', 'hono', 'next'] as const;
type Recipe = (typeof RECIPES)[number];
const FILES: Record<Recipe, string> = { express: 'express.ts', fastify: 'fastify.ts', hono: 'hono.ts', next: 'next-route.ts' };
const TOKEN = { authorization: 'Bearer framework-receivers' };
const SECRET = `whsec_${randomBytes(32).toString('base64')}`;

let sandbox: TestServer;
let recorder: ScriptedEndpoint;
const closers: (() => Promise<unknown>)[] = [];
/** each receiver's base URL, the recipes' and the one with the Express mistake */
const bases = new Map<Recipe | 'express.json()', string>();
/** each receiver's webhook in the sandbox */
const webhookIds = new Map<Recipe | 'express.json()', string>();
let eventId: string;
/** the same event, signed by the sandbox, as it reached the recording endpoint */
let recorded: Hit;

/** Listens on a free port of 127.0.0.1 with a Node `http` app (Express); resolves with its base URL. */
async function listenNode(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  closers.push(() => new Promise((done) => (server.closeAllConnections(), server.close(done))));
  return `http://localhost:${(server.address() as { port: number }).port}`;
}

/** A webhook in the sandbox for every business.approved event, at `url`, signed with SECRET. */
async function createWebhook(url: string): Promise<string> {
  // through the API but not held to the contract: an http://localhost url is the sandbox's one departure from it
  const answer = await sandbox.app.inject({
    method: 'POST',
    url: '/v1/webhooks',
    headers: { ...TOKEN, 'content-type': 'application/json' },
    payload: JSON.stringify({ url, enabled_events: ['business.approved'], secret: SECRET }),
  });
  expect(answer.statusCode, answer.body).toBe(201);
  return (JSON.parse(answer.body) as { id: string }).id;
}

/** The webhook's latest delivery, as the sandbox's API shows it. */
async function latestDelivery(webhookId: string): Promise<{ event_id: string; status: string; attempts: number; last_response_status: number | null }> {
  const answer = await sandbox.app.inject({ method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries?limit=1`, headers: TOKEN });
  return (JSON.parse(answer.body) as { data: never[] }).data[0]!;
}

/** POSTs the recorded delivery (its signature headers as sent, and `body`) to `base`. */
async function replay(base: string, body: string): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'x-webhook-signature']) headers[name] = String(recorded.headers[name]);
  const response = await fetch(`${base}/webhooks`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

beforeAll(async () => {
  vi.stubEnv('WEBHOOK_SECRET', SECRET);
  sandbox = await testSandbox({ seed: false, delivery: { resolve: localResolver } });
  recorder = await startScriptedEndpoint();

  bases.set('express', await listenNode(expressApp));
  await fastifyApp.listen({ port: 0, host: '127.0.0.1' });
  closers.push(() => fastifyApp.close());
  bases.set('fastify', `http://localhost:${(fastifyApp.server.address() as { port: number }).port}`);
  const servers: FetchServer[] = [await serveFetch((request) => honoApp.fetch(request)), await serveFetch((request) => nextPost(request))];
  for (const server of servers) closers.push(() => server.close());
  bases.set('hono', servers[0]!.base);
  bases.set('next', servers[1]!.base);
  // the mistake: express.json() for the whole app, in front of the recipe's own express.raw()
  const mistaken = express();
  mistaken.use(express.json());
  mistaken.use(expressApp);
  bases.set('express.json()', await listenNode(mistaken));

  for (const [name, base] of bases) webhookIds.set(name, await createWebhook(`${base}/webhooks`));
  await createWebhook(`${recorder.base}/recorded`);

  const triggered = await sandbox.app.inject({
    method: 'POST',
    url: '/v1/sandbox/events',
    headers: { ...TOKEN, 'content-type': 'application/json' },
    payload: JSON.stringify({ type: 'business.approved' }),
  });
  expect(triggered.statusCode, triggered.body).toBe(202);
  eventId = (JSON.parse(triggered.body) as { event: { id: string } }).event.id;
  const reports = await sandbox.deliveries.runOnce();
  expect(reports).toHaveLength(bases.size + 1);
  recorded = recorder.hits.find((hit) => hit.path === '/recorded')!;
  expect(recorded.headers['webhook-signature']).toMatch(/^v1,/);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all(closers.map((close) => close()));
  await recorder?.close();
  await sandbox?.close();
});

describe.each(RECIPES)('the %s recipe', (recipe) => {
  it("is the README's code block, word for word", () => {
    const source = readFileSync(new URL(`./recipes/${FILES[recipe]}`, import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    // a boolean, not toContain: a mismatch would print the whole README
    expect(readme.includes(`\`\`\`ts\n${source}\`\`\`\n`), `the README shows test/receiver/recipes/${FILES[recipe]} as it is`).toBe(true);
  });

  it("accepts the sandbox's signed delivery with a 204, and hands over the event parsed", async () => {
    expect(await latestDelivery(webhookIds.get(recipe)!)).toMatchObject({ event_id: eventId, status: 'succeeded', attempts: 1, last_response_status: 204 });
    const handled = handledEvents.filter((entry) => entry.receiver === recipe);
    expect(handled).toHaveLength(1);
    const { event } = handled[0]!;
    expect(isKnownWebhookEvent(event) && event.type === 'business.approved' ? event.data.object : undefined).toMatchObject({ object: 'business' });
    expect(event.id).toBe(eventId);
  });

  it('refuses the same signed delivery with one word of its body changed, with 400 and the code', async () => {
    const base = bases.get(recipe)!;
    const tampered = recorded.body.replace('"business.approved"', '"business.rejected"');
    expect(tampered).not.toBe(recorded.body);
    expect(await replay(base, tampered)).toEqual({ status: 400, text: 'ERR_WEBHOOK_SIGNATURE_MISMATCH' });
    // the untouched bytes pass, so the one changed word is what was refused
    expect((await replay(base, recorded.body)).status).toBe(204);
  });
});

describe('Express with express.json() in front of the recipe', () => {
  it("refuses the sandbox's delivery: the raw body was parsed away before express.raw() could read it", async () => {
    expect(await latestDelivery(webhookIds.get('express.json()')!)).toMatchObject({ event_id: eventId, status: 'pending', attempts: 1, last_response_status: 400 });
    expect(await replay(bases.get('express.json()')!, recorded.body)).toEqual({ status: 400, text: 'ERR_WEBHOOK_BODY_NOT_RAW' });
  });
});
