/**
 * The local receiver: what it accepts, refuses and prints, and that hostile clients (odd methods, malformed
 * headers, huge or deep bodies, slow and vanishing clients) get an answer or are dropped, never a crash.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderCompletedEvent } from '../../generated/examples.js';
import { startLocalReceiver, type RunningReceiver } from '../../mocks/local-receiver.js';
import { createSignedTestRequest } from '../../src/receiver/index.js';

const SECRET = 'whk-receiver-secret-0123456789';
let receiver: RunningReceiver;
const lines: string[] = [];
let nextStatus = 204;

beforeAll(async () => {
  receiver = await startLocalReceiver({ secret: SECRET, print: (line) => lines.push(line), status: () => nextStatus, requestTimeoutMs: 400 });
});

afterAll(async () => {
  await receiver?.close();
});

function send(event: object, init: { secret?: string; headers?: Record<string, string>; body?: string } = {}) {
  const delivery = createSignedTestRequest(event, init.secret ?? SECRET);
  return fetch(receiver.url.replace('localhost', '127.0.0.1'), {
    method: 'POST',
    headers: { ...delivery.headers, ...init.headers },
    body: init.body ?? delivery.body,
  });
}

/** Sends raw bytes and resolves with what came back before the server closed (or after `waitMs`). */
function raw(bytes: string, waitMs = 1_500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(receiver.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.write(bytes);
    setTimeout(() => {
      socket.destroy();
      resolve(answer);
    }, waitMs);
  });
}

describe('the local receiver', () => {
  it('accepts a signed event, prints it, and acknowledges a repeat as a duplicate', async () => {
    const event = { ...OrderCompletedEvent, id: 'evt-receiver-1' };
    expect((await send(event)).status).toBe(204);
    expect(lines.at(-2)).toMatch(/^\d\d:\d\d:\d\d order\.completed evt-receiver-1 → 204$/);
    expect(lines.at(-1)).toBe('         signature valid (standard-webhooks); token not checked (no --idp)');
    const repeat = await send(event);
    expect(repeat.status).toBe(200);
    expect(await repeat.text()).toBe('duplicate: already handled\n');
    expect(receiver.received.at(-1)?.verdict).toBe('duplicate');
  });

  it('answers a status chosen to rehearse retries, and accepts the retry once it succeeds', async () => {
    const event = { ...OrderCompletedEvent, id: 'evt-receiver-2' };
    nextStatus = 500;
    expect((await send(event)).status).toBe(500);
    nextStatus = 204;
    expect((await send(event)).status).toBe(204);
  });

  it('acknowledges an event type it does not know', async () => {
    expect((await send({ object: 'event', id: 'evt-future', type: 'invoice.paid', created_at: '2027-01-01T00:00:00Z', data: { object: {} } })).status).toBe(204);
    expect(lines.at(-2)).toContain('invoice.paid evt-future (a type this receiver does not know) → 204');
  });

  it.each([
    ['a wrong secret', () => send(OrderCompletedEvent, { secret: 'another-secret-entirely' }), 400, 'ERR_WEBHOOK_SIGNATURE_MISMATCH'],
    ['a changed body', () => send(OrderCompletedEvent, { body: JSON.stringify({ ...OrderCompletedEvent, id: 'tampered' }) }), 400, 'ERR_WEBHOOK_SIGNATURE_MISMATCH'],
    ['no signature', () => send(OrderCompletedEvent, { headers: { 'webhook-signature': '', 'x-webhook-signature': '' } }), 400, 'ERR_WEBHOOK_SIGNATURE_INVALID'],
    ['a changed timestamp', () => send(OrderCompletedEvent, { headers: { 'webhook-timestamp': '1000000000' } }), 400, 'ERR_WEBHOOK_SIGNATURE_MISMATCH'],
    [
      'a delivery signed ten minutes ago (a replay)',
      () => {
        const old = createSignedTestRequest(OrderCompletedEvent, SECRET, { timestamp: new Date(Date.now() - 600_000) });
        return fetch(receiver.url.replace('localhost', '127.0.0.1'), { method: 'POST', headers: old.headers, body: old.body });
      },
      400,
      'ERR_WEBHOOK_TIMESTAMP_TOO_OLD',
    ],
    ['GET', () => fetch(receiver.url.replace('localhost', '127.0.0.1')), 405, 'method_not_allowed'],
  ] as const)('refuses %s', async (_name, request, status, code) => {
    const response = await request();
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(code);
    if (status === 405) expect(response.headers.get('allow')).toBe('POST');
    expect(lines.at(-1)).toContain(`refused: ${code}`);
  });

  it('refuses a signed body that is not an event, and one far too large', async () => {
    const notJson = createSignedTestRequest('{"object":', SECRET, { id: 'x' });
    const response = await fetch(receiver.url.replace('localhost', '127.0.0.1'), { method: 'POST', headers: notJson.headers, body: notJson.body });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('ERR_WEBHOOK_PAYLOAD_INVALID');
    const huge = await fetch(receiver.url.replace('localhost', '127.0.0.1'), { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
  });

  it('survives a deeply nested signed body', async () => {
    const deep = `{"object":"event","id":"deep","type":"x.y","created_at":"t","data":{"object":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}}`;
    const delivery = createSignedTestRequest(deep, SECRET, { id: 'deep' });
    const response = await fetch(receiver.url.replace('localhost', '127.0.0.1'), { method: 'POST', headers: delivery.headers, body: delivery.body });
    expect([204, 400]).toContain(response.status);
  });

  it('answers malformed HTTP with 400 and drops slow and vanishing clients, then keeps working', async () => {
    expect(await raw('POST /webhooks HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('NOT-A-METHOD / HTTP/1.1\r\nHost: x\r\n\r\n')).toMatch(/^HTTP\/1\.1 400/);
    // headers sent, the body promised and never sent: dropped after the time-out
    const started = Date.now();
    const slow = await raw('POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"a"', 3_000);
    expect(slow === '' || slow.startsWith('HTTP/1.1 408')).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_500);
    // a client that goes away half-way
    const socket = connect(receiver.port, '127.0.0.1');
    socket.write('POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"partial":');
    socket.destroy();
    expect((await send({ ...OrderCompletedEvent, id: 'after-hostile' })).status).toBe(204);
  });
});
