/** createSignedTestRequest and signWebhookPayload: what customers use to test their own receivers. */
import { describe, expect, it } from 'vitest';
import { BusinessApprovedEvent } from '../../generated/examples.js';
import { createSignedTestRequest, parseWebhookEvent, signWebhookPayload, verifyWebhookSignature } from '../../src/receiver/index.js';

const SECRET = 'whk-test-secret-0123456789';

describe('createSignedTestRequest', () => {
  it('builds a delivery that verifies and parses back to the event', () => {
    const delivery = createSignedTestRequest(BusinessApprovedEvent, SECRET);
    expect(delivery.method).toBe('POST');
    expect(delivery.url).toBe('http://localhost/webhooks');
    expect(delivery.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': BusinessApprovedEvent.id });
    expect(verifyWebhookSignature(delivery.body, delivery.headers, SECRET)).toMatchObject({ scheme: 'standard-webhooks', id: BusinessApprovedEvent.id });
    expect(parseWebhookEvent(delivery.body)).toEqual(BusinessApprovedEvent);
  });

  it('signs at the time given, so a receiver test can rehearse a stale delivery', () => {
    const delivery = createSignedTestRequest(BusinessApprovedEvent, SECRET, { timestamp: new Date(Date.now() - 10 * 60 * 1000) });
    expect(() => verifyWebhookSignature(delivery.body, delivery.headers, SECRET)).toThrow(expect.objectContaining({ code: 'ERR_WEBHOOK_TIMESTAMP_TOO_OLD' }));
  });

  it('takes a JSON string, another id, a URL and extra headers', async () => {
    const delivery = createSignedTestRequest('{"hello":"world"}', SECRET, { id: 'evt_x', url: 'http://127.0.0.1:9/in', headers: { Authorization: 'Bearer t' } });
    expect(delivery.body).toBe('{"hello":"world"}');
    expect(delivery.headers).toMatchObject({ 'webhook-id': 'evt_x', authorization: 'Bearer t' });
    const request = delivery.toRequest();
    expect(request.url).toBe('http://127.0.0.1:9/in');
    expect(request.headers.get('webhook-signature')).toBe(delivery.headers['webhook-signature']);
    const body = await request.text();
    expect(verifyWebhookSignature(body, request.headers, SECRET).id).toBe('evt_x');
  });

  it('gives an event without an id a fresh UUID as webhook-id', () => {
    const delivery = createSignedTestRequest({ type: 'x' }, SECRET);
    expect(delivery.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('signWebhookPayload', () => {
  it('signs whole seconds and one v1 signature per secret', () => {
    const headers = signWebhookPayload('{}', [SECRET, 'another-secret-value-0'], { id: 'evt_1', timestamp: new Date(1793613600_999) });
    expect(headers['webhook-timestamp']).toBe('1793613600');
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}= v1,[A-Za-z0-9+/]{43}=$/);
    expect(headers['x-webhook-signature']).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['no id', { timestamp: new Date() }, 'ERR_WEBHOOK_OPTIONS'],
    ['an invalid date', { id: 'e', timestamp: new Date('x') }, 'ERR_WEBHOOK_OPTIONS'],
  ])('refuses %s', (_name, options, code) => {
    expect(() => signWebhookPayload('{}', SECRET, options as { id: string })).toThrow(expect.objectContaining({ code }));
  });

  it('refuses an empty list of secrets', () => {
    expect(() => signWebhookPayload('{}', [], { id: 'e' })).toThrow(expect.objectContaining({ code: 'ERR_WEBHOOK_SECRET_MISSING' }));
  });
});
