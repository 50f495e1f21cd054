/**
 * End to end through the sandbox, for both OIDC methods: webhooks created over HTTP with their `oidc_*`
 * fields pointing at the local identity provider on localhost, an event triggered over HTTP, and the local
 * receiver getting a valid token and signature. The provider checks `private_key_jwt` assertions against
 * the sandbox's own `/.well-known/jwks.json`. Then a canary scan: no client secret, webhook secret or access
 * token in the server's log, the deliveries endpoint, or any answer of the API.
 */
import { decodeJwt } from 'jose';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type RunningIdentityProvider } from '../../mocks/identity-provider.js';
import { startLocalReceiver, type RunningReceiver } from '../../mocks/local-receiver.js';
import { startSandbox, type RunningServer } from '../../src/server/index.js';
import { loadBundledSpec, type SpecNode } from '../../src/spec/bundled-spec.js';
import { resolveRef } from '../../src/spec/resolve-ref.js';
import { CapturedLog } from '../support/server.js';

const SECRET = 'whsec-e2e-canary-7d1f0a9b2c3e4d5f';
const CLIENT_SECRET = 'idp-client-canary-4e8a1c6b9d2f';
const TOKEN = 'Bearer e2e-team';

let sandbox: RunningServer;
let idp: RunningIdentityProvider;
let receiver: RunningReceiver;
const log = new CapturedLog();
/** every answer of the API the test read, as text */
const answers: string[] = [];

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: TOKEN, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  answers.push(JSON.stringify(Object.fromEntries(response.headers)), text);
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
}

/** A webhook for the local receiver with OIDC at the local provider, created over HTTP. */
async function createWebhook(method: 'client_secret' | 'private_key_jwt'): Promise<string> {
  const created = await api('POST', '/v1/webhooks', {
    url: receiver.url,
    enabled_events: ['business.approved'],
    secret: SECRET,
    oidc_auth_method: method,
    oidc_client_id: method === 'client_secret' ? 'hooks-basic' : 'hooks-jwt',
    ...(method === 'client_secret' ? { oidc_client_secret: CLIENT_SECRET } : {}),
    oidc_token_endpoint: idp.tokenEndpoint,
    oidc_scope: 'webhooks:receive',
    oidc_access_token_ttl_seconds: 300,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect(created.body.oidc_token_endpoint).toMatch(/^http:\/\/localhost:\d+\/token$/);
  return created.body.id;
}

/** Triggers an event for one webhook over HTTP and waits for its first attempt. */
async function triggerAndWait(webhookId: string): Promise<{ eventId: string; delivery: any }> {
  const triggered = await api('POST', '/v1/sandbox/events', { type: 'business.approved', webhook_id: webhookId });
  expect(triggered.status).toBe(202);
  const deliveryId = triggered.body.deliveries.data[0].id;
  let delivery: any;
  await expect
    .poll(
      async () => {
        delivery = (await api('GET', `/v1/webhooks/${webhookId}/deliveries`)).body.data.find((item: { id: string }) => item.id === deliveryId);
        return delivery.attempts;
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(1);
  return { eventId: triggered.body.event.id, delivery };
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, signingKeyAlgorithm: 'ES256', log: { stream: log.stream }, delivery: { pollIntervalMs: 100 } });
  idp = await startIdentityProvider({
    clients: [
      { clientId: 'hooks-basic', authMethod: 'client_secret_basic', clientSecret: CLIENT_SECRET },
      // the sandbox's own JWKS, as `npm run idp -- --jwks-uri` uses it
      { clientId: 'hooks-jwt', authMethod: 'private_key_jwt', jwksUri: `${sandbox.url}/.well-known/jwks.json` },
    ],
  });
  receiver = await startLocalReceiver({ secret: SECRET, accessToken: { issuer: idp.issuer, jwksUri: idp.jwksUri, audience: idp.defaultAudience }, print: () => undefined });
});

afterAll(async () => {
  await sandbox?.close();
  await receiver?.close();
  await idp?.close();
});

describe.each([
  ['client_secret', 'hooks-basic'],
  ['private_key_jwt', 'hooks-jwt'],
] as const)('through the sandbox, a webhook with %s', (method, clientId) => {
  it('gets the triggered event signed, with a valid token from the identity provider, and the delivery is visible through the API', async () => {
    const webhookId = await createWebhook(method);
    const { eventId, delivery } = await triggerAndWait(webhookId);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 1, last_response_status: 204, last_error: null, next_attempt_at: null });

    const received = receiver.received.find((item) => item.headers['webhook-id'] === eventId)!;
    expect(received).toMatchObject({ verdict: 'accepted', status: 204, signature: { scheme: 'standard-webhooks', id: eventId } });
    expect(received.token).toMatchObject({ iss: idp.issuer, aud: idp.defaultAudience, client_id: clientId, scope: 'webhooks:receive' });
    expect(received.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'webhooks-contract/0.1.0', 'x-webhook-signature': expect.stringMatching(/^[0-9a-f]{64}$/) });
    // what the server signed, the Standard Webhooks library verifies with the secret's UTF-8 bytes
    expect(new Webhook(new TextEncoder().encode(SECRET), { format: 'raw' }).verify(received.body, received.headers)).toMatchObject({ id: eventId, type: 'business.approved' });
    expect(idp.tokenRequests.filter((request) => request.clientId === clientId).map((request) => request.status)).toEqual([200]);
  });
});

describe("the spec's delivery headers", () => {
  it('are what the server sends: every header the webhooks section declares is there and keeps its schema', () => {
    const spec = loadBundledSpec();
    const operation = ((spec.webhooks as SpecNode)['business.approved'] as SpecNode).post as SpecNode;
    const declared = (operation.parameters as unknown[]).map((parameter) => resolveRef<{ name: string; in: string; required?: boolean; schema: SpecNode }>(spec, parameter));
    expect(declared.map((parameter) => parameter.name.toLowerCase()).sort()).toEqual(['webhook-id', 'webhook-signature', 'webhook-timestamp', 'x-webhook-signature']);
    const received = receiver.received.filter((item) => item.verdict === 'accepted');
    expect(received.length).toBeGreaterThanOrEqual(2);
    for (const item of received) {
      for (const parameter of declared) {
        const value = item.headers[parameter.name.toLowerCase()];
        // with a secret, as every webhook here has, the optional signatures are sent too
        expect(value, parameter.name).toBeDefined();
        const schema = resolveRef<SpecNode>(spec, parameter.schema);
        if (typeof schema.pattern === 'string') expect(value).toMatch(new RegExp(schema.pattern));
        if (schema.format === 'uuid') expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      }
    }
  });
});

describe('private_key_jwt through the sandbox', () => {
  it("is signed with the sandbox's active key, the one its JWKS publishes", async () => {
    const jwks = (await api('GET', '/.well-known/jwks.json')).body as { keys: { kid: string }[] };
    expect(jwks.keys.map((key) => key.kid)).toContain(sandbox.signingKeys.activeSigningKey().kid);
  });
});

describe('a token endpoint that misbehaves', () => {
  it('fails the attempt with the reason in words, recorded and retried', async () => {
    const webhookId = await createWebhook('client_secret');
    idp.misbehave('oauth-error');
    try {
      const { delivery } = await triggerAndWait(webhookId);
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, last_response_status: null, next_attempt_at: expect.any(String) });
      expect(delivery.last_error).toMatch(/^no access token: the identity provider refused the token request \(HTTP 400\): invalid_client/);
    } finally {
      idp.misbehave(null);
    }
  });
});

describe('secrets and tokens', () => {
  it('never appear in the log, the deliveries endpoint, or any answer (raw, base64 or hex)', async () => {
    const tokens = receiver.received.map((item) => item.headers.authorization?.replace(/^Bearer /, '')).filter((token): token is string => token !== undefined);
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const canaries = [SECRET, CLIENT_SECRET, ...tokens, ...tokens.map((token) => token.split('.')[2]!)];
    const forms = canaries.flatMap((canary) => [canary, Buffer.from(canary).toString('base64'), Buffer.from(canary).toString('hex')]);
    // the pages of deliveries of every webhook, once more
    for (const webhook of (await api('GET', '/v1/webhooks?limit=100')).body.data) await api('GET', `/v1/webhooks/${webhook.id}/deliveries?limit=100`);
    const seen = `${log.text}\n${answers.join('\n')}`;
    expect(log.lines().some((line) => line.msg === 'delivery.succeeded')).toBe(true);
    for (const form of forms) expect(seen).not.toContain(form);
    expect(seen).not.toMatch(/Bearer ey/);
    // the signatures are not recorded either
    for (const item of receiver.received) expect(seen).not.toContain(item.headers['webhook-signature']!.slice(3));
    expect(decodeJwt(tokens[0]!).client_id).toBeDefined();
  });
});
