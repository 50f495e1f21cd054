/**
 * The docs' receiver sample, run: it acknowledges (2xx) every signed delivery, including events with
 * fields or a type it does not know, because any other answer makes the platform retry for three days.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BusinessApprovedEvent, OrderCreatedEvent } from '../../generated/examples.js';
import { codeSamples } from '../support/code-samples.js';
import { freePort } from '../support/ports.js';

const SECRET = 'receiver-sample-secret-value';
const sample = codeSamples().find((s) => s.isEvent && s.lang === 'TypeScript')!.source;

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'receiver-sample-'));
  const port = await freePort();
  const validators = pathToFileURL(join(import.meta.dirname, '../../src/validation/index.ts')).href;
  // the sample as a customer runs it, but on a free port, with this package from source, and its server in hand
  const runnable = sample
    .replace("from 'webhooks-contract/validators'", `from ${JSON.stringify(validators)}`)
    .replace('createServer((req, res)', 'export const server = createServer((req, res)')
    .replace('.listen(8080)', `.listen(${port}, '127.0.0.1')`);
  expect(runnable).toContain('export const server');
  writeFileSync(join(dir, 'receiver.ts'), runnable);
  vi.stubEnv('WEBHOOK_SECRET', SECRET);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  ({ server } = (await import(pathToFileURL(join(dir, 'receiver.ts')).href)) as { server: Server });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', resolve)));
  url = `http://127.0.0.1:${port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function deliver(event: unknown, secret = SECRET): Promise<number> {
  const body = JSON.stringify(event);
  const signature = createHmac('sha256', secret).update(body).digest('hex');
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-webhook-signature': signature } });
  return response.status;
}

const now = () => new Date().toISOString();

describe('the receiver sample', () => {
  it.each([
    ['a known event', { ...BusinessApprovedEvent, id: crypto.randomUUID(), created_at: now() }],
    ['a known event with a field added later', { ...OrderCreatedEvent, id: crypto.randomUUID(), created_at: now(), livemode: true }],
    [
      'a known event whose data.object gained a field',
      { ...BusinessApprovedEvent, id: crypto.randomUUID(), created_at: now(), data: { object: { ...BusinessApprovedEvent.data.object, risk_score: 3 } } },
    ],
    ['an event type added later', { ...OrderCreatedEvent, id: crypto.randomUUID(), created_at: now(), type: 'order.shipped' }],
    ['a signed body that is not an event at all', { hello: 'world' }],
  ])('acknowledges %s with a 2xx', async (_, event) => {
    const status = await deliver(event);
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
  });

  it('refuses a delivery whose signature does not match with 401', async () => {
    expect(await deliver({ ...BusinessApprovedEvent, created_at: now() }, 'another-secret-value')).toBe(401);
  });
});
