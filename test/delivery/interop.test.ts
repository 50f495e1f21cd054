/**
 * Every Standard Webhooks library verifies what this platform sends: the reference server's sender
 * delivers to a real local endpoint, and each delivery is verified with this package's verifier, with
 * `standardwebhooks` and with `svix`, using the one call the README gives for each, for a `whsec_` secret
 * as given, a plain ASCII secret, a non-ASCII secret and a secret the server generated.
 */
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toStandardWebhooksSecret, verifyWebhookSignature } from '../../src/receiver/index.js';
import { startScriptedEndpoint, type ScriptedEndpoint } from '../support/scripted-endpoint.js';
import { ALICE, testServer, type TestServer } from '../support/server.js';
import { localResolver } from './support.js';

const SECRETS = {
  'a whsec_ secret as given': 'whsec_EAGFT1w/Y0MMxYt7mjnsaxYEIFjpRoJL',
  'a plain ASCII secret': 'plain-ascii-secret-0123456789',
  'a non-ASCII secret': 'pässwörd-ключ-秘密-🔑-0123',
  'a secret the server generated': undefined,
} as const;

interface Delivered {
  body: string;
  headers: Record<string, string>;
  secret: string;
}

let endpoint: ScriptedEndpoint;
let server: TestServer;
const delivered = new Map<string, Delivered>();

beforeAll(async () => {
  endpoint = await startScriptedEndpoint();
  server = await testServer({ allowLocalhostDestinations: true, delivery: { resolve: localResolver } });
  const secretOf = new Map<string, { name: string; secret: string }>();
  for (const [name, given] of Object.entries(SECRETS)) {
    const path = `/${encodeURIComponent(name)}`;
    const body = { url: `${endpoint.base}${path}`, enabled_events: ['order.created'], ...(given === undefined ? {} : { secret: given }) };
    const created = await server.app.inject({ method: 'POST', url: '/v1/webhooks', headers: { ...ALICE, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    expect(created.statusCode, created.body).toBe(201);
    const answer = JSON.parse(created.body) as { secret?: string };
    // the generated secret is answered once, in the 201; a secret given is never answered
    expect(answer.secret === undefined).toBe(given !== undefined);
    secretOf.set(path, { name, secret: given ?? answer.secret! });
  }
  await server.emit('alice', { type: 'order.created' });
  await server.deliveries.runOnce();
  for (const hit of endpoint.hits) {
    const { name, secret } = secretOf.get(hit.path)!;
    delivered.set(name, { body: hit.body, headers: hit.headers as Record<string, string>, secret });
  }
});

afterAll(async () => {
  await server?.close();
  await endpoint?.close();
});

describe.each(Object.keys(SECRETS))('a delivery signed with %s', (name) => {
  const at = () => {
    const delivery = delivered.get(name)!;
    return { ...delivery, now: new Date(Number(delivery.headers['webhook-timestamp']) * 1000) };
  };

  it('arrived once, with one signature', () => {
    const { headers } = at();
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it("verifies with this package's verifyWebhookSignature(rawBody, headers, secret)", () => {
    const { body, headers, secret, now } = at();
    expect(verifyWebhookSignature(body, headers, secret, { now })).toMatchObject({ scheme: 'standard-webhooks', id: headers['webhook-id'] });
  });

  it('verifies with standardwebhooks: new Webhook(toStandardWebhooksSecret(secret)).verify(rawBody, headers)', () => {
    const { body, headers, secret } = at();
    expect(new StandardWebhook(toStandardWebhooksSecret(secret)).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('verifies with svix: new Webhook(toStandardWebhooksSecret(secret)).verify(rawBody, headers)', () => {
    const { body, headers, secret } = at();
    // svix 2 returns nothing and throws on a mismatch
    expect(() => new SvixWebhook(toStandardWebhooksSecret(secret)).verify(body, headers)).not.toThrow();
  });

  it('verifies with both libraries and the secret as it is, when it is a whsec_ secret', () => {
    const { body, headers, secret } = at();
    // and a mismatch is caught: another secret fails in both
    expect(() => new StandardWebhook(toStandardWebhooksSecret(`${secret}-other`)).verify(body, headers)).toThrow();
    expect(() => new SvixWebhook(toStandardWebhooksSecret(`${secret}-other`)).verify(body, headers)).toThrow();
    if (!secret.startsWith('whsec_')) {
      // the library would base64-decode a plain secret, and key its HMAC with other bytes
      expect(() => new StandardWebhook(secret).verify(body, headers)).toThrow();
      return;
    }
    expect(new StandardWebhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new SvixWebhook(secret).verify(body, headers)).not.toThrow();
  });

  it('verifies under the svix-* header names too', () => {
    const { body, headers, secret, now } = at();
    const svixHeaders = { 'svix-id': headers['webhook-id']!, 'svix-timestamp': headers['webhook-timestamp']!, 'svix-signature': headers['webhook-signature']! };
    expect(verifyWebhookSignature(body, svixHeaders, secret, { now }).scheme).toBe('standard-webhooks');
    expect(() => new SvixWebhook(toStandardWebhooksSecret(secret)).verify(body, svixHeaders)).not.toThrow();
  });
});
