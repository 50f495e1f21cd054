/**
 * End to end on localhost, for both OIDC methods: the engine gets a token from the local identity provider
 * (oidc-provider, checking credentials and assertions for real), delivers a signed event, and the local
 * receiver verifies signature and token. Real clock: the provider and the receiver check real time.
 */
import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusinessApprovedEvent, OrderCreatedEvent } from '../../generated/examples.js';
import { createDeliveryEngine } from '../../src/delivery/engine.js';
import { planDeliveries, type SenderWebhook } from '../../src/delivery/events.js';
import { createSenderHttpClient, type GuardedFetch, type SenderHttpClient } from '../../src/delivery/http-client.js';
import { startIdentityProvider, type RunningIdentityProvider } from '../../mocks/identity-provider.js';
import { startLocalReceiver, type RunningReceiver } from '../../mocks/local-receiver.js';
import { afterEach } from 'vitest';
import type { Store, WebhookConfig } from '../../src/store/contract.js';
import { openOutboxStore } from '../support/outbox-store.js';
import { localResolver, makeSigningKey, serveJwks } from './support.js';
import type { SigningKey } from '../../src/delivery/access-token.js';
import type { WebhookEvent } from '../../src/types.js';

const SECRET = 'whk-local-secret-0123456789';
const CLIENT_SECRET = 'idp-client-secret-9f8e7d6c';
const AUDIENCE = 'api://webhooks-receiver';
const SCOPE = 'webhooks:receive';

let idp: RunningIdentityProvider;
let receiver: RunningReceiver;
let jwks: Awaited<ReturnType<typeof serveJwks>>;
let signingKey: SigningKey;
let http: SenderHttpClient;
/** every token request body the sender sent, and its headers */
const tokenRequests: { body: URLSearchParams; authorization: string | null }[] = [];
const lines: string[] = [];

function webhooks(): Record<'clientSecret' | 'privateKeyJwt', WebhookConfig> {
  const common = { url: receiver.url, enabled_events: ['*'], secret: SECRET, oidc_token_endpoint: idp.tokenEndpoint, oidc_scope: SCOPE, oidc_resource_uri: AUDIENCE, oidc_access_token_ttl_seconds: 300 };
  return {
    clientSecret: { ...common, oidc_auth_method: 'client_secret', oidc_client_id: 'hooks-basic', oidc_client_secret: CLIENT_SECRET } as WebhookConfig,
    privateKeyJwt: { ...common, oidc_auth_method: 'private_key_jwt', oidc_client_id: 'hooks-jwt' } as WebhookConfig,
  };
}

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

/** An engine over a fresh store (and so a fresh token cache) holding `config`. */
async function engineFor(config: WebhookConfig) {
  const outbox = await openOutboxStore();
  stores.push(outbox.store);
  const webhook = await outbox.addWebhook(config);
  // the sender's fetch, watched: what reaches the token endpoint
  const watched: SenderHttpClient = {
    ...http,
    fetch: (async (url, init) => {
      tokenRequests.push({ body: new URLSearchParams(String(init.body)), authorization: new Headers(init.headers).get('authorization') });
      return http.fetch(url, init);
    }) as GuardedFetch,
  };
  const engine = createDeliveryEngine({ outbox: outbox.store, http: watched, signingKey: () => signingKey, perWebhookConcurrency: 50 });
  const enqueue = async (event: WebhookEvent) => {
    const [delivery] = planDeliveries(event, [webhook], { now: new Date(), newId: randomUUID });
    await outbox.store.enqueue([delivery!]);
    return delivery!;
  };
  return { outbox, webhook, engine, enqueue };
}

function tokenRequestsOf(clientId: string) {
  return idp.tokenRequests.filter((request) => request.clientId === clientId);
}

beforeAll(async () => {
  const made = await makeSigningKey('ES256');
  signingKey = made.key;
  jwks = await serveJwks(() => [made.publicJwk]);
  idp = await startIdentityProvider({
    clients: [
      { clientId: 'hooks-basic', authMethod: 'client_secret_basic', clientSecret: CLIENT_SECRET },
      { clientId: 'hooks-jwt', authMethod: 'private_key_jwt', jwksUri: jwks.url },
    ],
  });
  receiver = await startLocalReceiver({
    secret: SECRET,
    accessToken: { issuer: idp.issuer, jwksUri: idp.jwksUri, audience: AUDIENCE },
    print: (line) => lines.push(line),
    printHeaders: true,
  });
  http = createSenderHttpClient({ allowLocalhost: true, resolve: localResolver, userAgent: 'webhooks-contract/test' });
});

afterAll(async () => {
  await http?.close();
  await receiver?.close();
  await idp?.close();
  await jwks?.close();
});

describe.each([
  ['client_secret', 'clientSecret', 'hooks-basic'],
  ['private_key_jwt', 'privateKeyJwt', 'hooks-jwt'],
] as const)('a delivery with %s', (method, which, clientId) => {
  it('arrives signed, with a valid token for the configured audience and scope', async () => {
    const { engine, enqueue, outbox } = await engineFor(webhooks()[which]);
    const event = { ...BusinessApprovedEvent, id: randomUUID() };
    const planned = await enqueue(event);
    const [report] = await engine.runDue();
    expect(report).toMatchObject({ outcome: 'succeeded', attempt: 1, response_status: 204, error: null });
    expect(await outbox.delivery(planned)).toMatchObject({ status: 'succeeded', attempts: 1, last_response_status: 204, last_error: null, next_attempt_at: null });

    const delivery = receiver.received.at(-1)!;
    expect(delivery).toMatchObject({ verdict: 'accepted', status: 204, signature: { scheme: 'standard-webhooks', id: event.id } });
    expect(delivery.token).toMatchObject({ iss: idp.issuer, aud: AUDIENCE, client_id: clientId, scope: SCOPE });
    expect(delivery.event).toEqual(event);
    expect(delivery.headers).toMatchObject({ 'content-type': 'application/json', 'user-agent': 'webhooks-contract/test', 'webhook-id': event.id });
    expect(delivery.headers.authorization).toMatch(/^Bearer ey/);
    // what the sender signs, the Standard Webhooks library verifies (with the secret's UTF-8 bytes)
    expect(new Webhook(new TextEncoder().encode(SECRET), { format: 'raw' }).verify(delivery.body, delivery.headers)).toEqual(event);

    const sent = tokenRequests.at(-1)!;
    expect(sent.body.get('grant_type')).toBe('client_credentials');
    expect(sent.body.get('scope')).toBe(SCOPE);
    expect(sent.body.get('resource')).toBe(AUDIENCE);
    if (method === 'client_secret') {
      // client_secret_basic: the secret travels in the Authorization header, never in the body, each part
      // form-urlencoded first as RFC 6749 section 2.3.1 requires (oauth4webapi encodes "-" too)
      const encode = (text: string) => encodeURIComponent(text).replaceAll('-', '%2D');
      expect(sent.authorization).toBe(`Basic ${Buffer.from(`${encode('hooks-basic')}:${encode(CLIENT_SECRET)}`).toString('base64')}`);
      expect(sent.body.has('client_secret')).toBe(false);
    } else {
      expect(sent.authorization).toBeNull();
      expect(sent.body.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      const assertion = decodeJwt(sent.body.get('client_assertion')!);
      expect(assertion).toMatchObject({ iss: 'hooks-jwt', sub: 'hooks-jwt', aud: idp.tokenEndpoint, jti: expect.any(String) });
      expect(assertion.exp! - assertion.iat!).toBeLessThanOrEqual(300);
      expect(Math.abs(assertion.iat! - Date.now() / 1000)).toBeLessThan(30);
    }
  });

  it('makes one token request for 100 deliveries inside the token lifetime', async () => {
    const { engine, enqueue } = await engineFor(webhooks()[which]);
    const before = tokenRequestsOf(clientId).length;
    const receivedBefore = receiver.received.length;
    for (let index = 0; index < 100; index += 1) await enqueue({ ...OrderCreatedEvent, id: randomUUID() });
    // two runs: concurrent deliveries share the first request, later ones the cached token
    const reports = [...(await engine.runDue({ limit: 50 })), ...(await engine.runDue({ limit: 50 }))];
    expect(reports.filter((report) => report.outcome === 'succeeded')).toHaveLength(100);
    expect(tokenRequestsOf(clientId).length - before).toBe(1);
    const arrived = receiver.received.slice(receivedBefore);
    expect(arrived.filter((delivery) => delivery.verdict === 'accepted')).toHaveLength(100);
    expect(new Set(arrived.map((delivery) => delivery.headers.authorization)).size).toBe(1);
  });
});

describe('private_key_jwt assertions', () => {
  it('are unique per request, and the provider refuses a replayed one', async () => {
    const { engine, enqueue } = await engineFor(webhooks().privateKeyJwt);
    await enqueue(OrderCreatedEvent);
    await engine.runDue();
    const first = tokenRequests.at(-1)!.body;
    const { engine: second, enqueue: enqueueSecond } = await engineFor(webhooks().privateKeyJwt);
    await enqueueSecond(OrderCreatedEvent);
    expect((await second.runDue())[0]?.outcome).toBe('succeeded');
    expect(decodeJwt(tokenRequests.at(-1)!.body.get('client_assertion')!).jti).not.toBe(decodeJwt(first.get('client_assertion')!).jti);

    // the first assertion, sent again as is
    const replay = await fetch(idp.tokenEndpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: first });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ error: 'invalid_client' });
    expect(idp.tokenRequests.at(-1)).toMatchObject({ clientId: 'hooks-jwt', status: 401, detail: 'client assertion tokens must only be used once' });
  });

  it('are refused when signed with a key the platform does not publish', async () => {
    const stranger = await makeSigningKey('ES256', 'test-ES256'); // same kid, another key
    const { outbox, enqueue } = await engineFor(webhooks().privateKeyJwt);
    const engine = createDeliveryEngine({ outbox: outbox.store, http, signingKey: () => stranger.key });
    await enqueue(OrderCreatedEvent);
    const [report] = await engine.runDue();
    expect(report).toMatchObject({ outcome: 'retrying', response_status: null });
    expect(report?.error).toBe('no access token: the identity provider refused the token request (HTTP 401): invalid_client (client authentication failed)');
  });
});

describe('a 401 from the receiver', () => {
  it('refreshes a cached token once, and the retried request succeeds', async () => {
    const { engine, enqueue, outbox, webhook } = await engineFor(webhooks().clientSecret);
    // a token the receiver will not accept (as if revoked), already in the cache (keyed by account and webhook)
    await engine.tokens.get(JSON.stringify([webhook.account_id, webhook.id]), { authMethod: 'client_secret', clientId: 'hooks-basic', clientSecret: CLIENT_SECRET, tokenEndpoint: idp.tokenEndpoint, scope: SCOPE, resourceUri: AUDIENCE, accessTokenTtlSeconds: 300 }, new Date(), async () => ({
      ok: true,
      accessToken: 'revoked.token.value',
      expiresInSeconds: 300,
    }));
    const before = receiver.received.length;
    const requestsBefore = tokenRequestsOf('hooks-basic').length;
    const planned = await enqueue({ ...OrderCreatedEvent, id: randomUUID() });
    const [report] = await engine.runDue();
    expect(report).toMatchObject({ outcome: 'succeeded', attempt: 1, response_status: 204 });
    expect(receiver.received.slice(before).map((delivery) => delivery.status)).toEqual([401, 204]);
    expect(tokenRequestsOf('hooks-basic').length - requestsBefore).toBe(1);
    expect((await outbox.delivery(planned))?.attempts).toBe(1);
  });
});

describe('what the local receiver prints', () => {
  it('prints each event with its signature and token verdicts, and the headers on request', () => {
    const printed = lines.join('\n');
    expect(printed).toMatch(/\d\d:\d\d:\d\d business\.approved [0-9a-f-]{36} → 204/);
    expect(printed).toContain('signature valid (standard-webhooks); token valid (client hooks-basic, aud api://webhooks-receiver, scope webhooks:receive)');
    expect(printed).toMatch(/authorization: Bearer eyJ[^\n]*…\(\d+ more characters\)/);
    expect(printed).toContain('refused: invalid_token');
  });
});
