/**
 * Where events come from: the sandbox's trigger (`POST /v1/sandbox/events`, in-process), `emit` from code,
 * and `webhooks-contract trigger` against a running sandbox. Each sends the spec's sample of a type to the
 * account's webhooks that receive it, each cut to its `include`, and refuses what it cannot send in words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { runCli, type CliIo } from '../../src/cli/index.js';
import { DEFAULT_SANDBOX_URL } from '../../src/cli/trigger.js';
import { BUSINESS_ASSOCIATIONS } from '../../src/delivery/events.js';
import { EventError, SANDBOX_DEFAULTS, sandboxAccountId, startSandbox, type RunningServer } from '../../src/server/index.js';
import { validateEvent } from '../../src/validation/validate.js';
import { ALICE, contractViolations, createWebhook, send, testServer, testSandbox, type TestServer } from '../support/server.js';
import { minimalCreate } from '../support/bodies.js';
import { freePort } from '../support/ports.js';

const TOKEN = { authorization: 'Bearer trigger-team' };
const EXAMPLE_WEBHOOKS = [examples.WebhookSelectedEvents, examples.WebhookWildcard, examples.WebhookClientSecret, examples.WebhookPrivateKeyJwt].sort(
  (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at),
);

/** A trigger through the sandbox's API: status, headers and parsed body. */
async function trigger(sandbox: TestServer, body: unknown, headers: Record<string, string> = TOKEN, method: 'POST' | 'GET' = 'POST') {
  const response = await sandbox.app.inject({
    method,
    url: '/v1/sandbox/events',
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.statusCode, headers: response.headers as Record<string, string>, text: response.body, body: response.body === '' ? undefined : JSON.parse(response.body) };
}

describe('POST /v1/sandbox/events', () => {
  let sandbox: TestServer;
  beforeAll(async () => {
    sandbox = await testSandbox();
  });
  afterAll(() => sandbox.close());

  it("sends the spec's sample of the type to every webhook of the account that receives it, each cut to its include", async () => {
    const answer = await trigger(sandbox, { type: 'business.approved' });
    expect(answer.status).toBe(202);
    expect(answer.headers['x-request-id']).toMatch(/^req_/);
    const { event, deliveries } = answer.body;
    expect(answer.body.object).toBe('sandbox_event');
    expect(validateEvent(event).ok).toBe(true);
    expect(event).toEqual({ ...examples.BusinessApprovedEvent, id: expect.any(String), created_at: expect.any(String) });
    expect(event.id).not.toBe(examples.BusinessApprovedEvent.id);
    const receiving = EXAMPLE_WEBHOOKS.filter((webhook) => webhook.enabled_events.some((type) => type === '*' || type === 'business.approved'));
    expect(receiving.length).toBeGreaterThan(1);
    // a summary: how many, and each by id; the deliveries themselves are in each webhook's list
    expect(deliveries).toEqual({ object: 'list', total: receiving.length, data: receiving.map((webhook) => ({ id: expect.any(String), webhook_id: webhook.id })), has_more: false });
    for (const delivery of deliveries.data) {
      const listed = await send(sandbox, { method: 'GET', url: `/v1/webhooks/${delivery.webhook_id}/deliveries?limit=1`, headers: TOKEN });
      expect(listed.body.data[0]).toMatchObject({ ...delivery, object: 'delivery', event_id: event.id, event_type: 'business.approved', status: 'pending', attempts: 0, last_error: null });
    }

    // what each webhook will be sent: every association for `*`, none for `identifiers`
    const claims = await sandbox.store.claim({ now: new Date(), limit: 100, leaseUntil: new Date(Date.now() + 60_000), perWebhookLimit: 8 });
    const bodies = new Map(claims.filter((claim) => claim.delivery.event_id === event.id).map((claim) => [claim.delivery.webhook_id, JSON.parse(claim.delivery.body)]));
    expect(bodies.get(examples.WebhookWildcard.id)).toEqual(event);
    const identifiersOnly = bodies.get(examples.WebhookSelectedEvents.id).data.object;
    for (const association of BUSINESS_ASSOCIATIONS) expect(identifiersOnly).not.toHaveProperty(association);
    expect(identifiersOnly.id).toBe(event.data.object.id);
  });

  it('sends to one webhook with webhook_id, and says why it cannot when that webhook does not receive the type or is disabled', async () => {
    const one = await trigger(sandbox, { type: 'order.created', webhook_id: examples.WebhookWildcard.id });
    expect(one.status).toBe(202);
    expect(one.body.deliveries.data.map((delivery: { webhook_id: string }) => delivery.webhook_id)).toEqual([examples.WebhookWildcard.id]);

    const notReceiving = await trigger(sandbox, { type: 'order.created', webhook_id: examples.WebhookClientSecret.id });
    expect(notReceiving.status).toBe(422);
    expect(notReceiving.body.errors).toEqual([
      { pointer: '/webhook_id', message: `webhook ${examples.WebhookClientSecret.id} does not receive order.created events: its enabled_events are business.created, business.updated` },
    ]);
    await send(sandbox, { method: 'PATCH', url: `/v1/webhooks/${examples.WebhookPrivateKeyJwt.id}`, headers: TOKEN, body: { disabled_at: '2026-01-01T00:00:00Z' } });
    const disabled = await trigger(sandbox, { type: 'order.created', webhook_id: examples.WebhookPrivateKeyJwt.id });
    expect(disabled.status).toBe(422);
    expect(disabled.body.errors[0].message).toBe(`webhook ${examples.WebhookPrivateKeyJwt.id} is disabled (since 2026-01-01T00:00:00Z): clear its disabled_at to receive events again`);

    // another account's webhook is not found, exactly as an unknown one
    const created = await createWebhook(sandbox, TOKEN, minimalCreate);
    const theirs = await trigger(sandbox, { type: 'order.created', webhook_id: created.id }, { authorization: 'Bearer someone-else' });
    expect(theirs.status).toBe(404);
    expect(theirs.body).toMatchObject({ status: 404, detail: `No webhook with id ${created.id} exists.` });
  });

  it.each([
    ['no type', {}, 422, [{ pointer: '/type', message: 'type is required' }]],
    ['an unknown type', { type: 'business.archived' }, 422, [{ pointer: '/type', message: expect.stringMatching(/^type must be one of "business\.created", .*"order\.completed"$/) }]],
    ['a type that is not a string', { type: 7 }, 422, [{ pointer: '/type', message: expect.stringContaining('type must be one of') }]],
    ['a webhook_id that is not a UUID', { type: 'order.created', webhook_id: 'hook_1' }, 422, [{ pointer: '/webhook_id', message: 'webhook_id must be the id (a UUID) of one of your webhooks' }]],
    ['an unknown field', { type: 'order.created', data: {} }, 422, [{ pointer: '/data', message: 'data is not a known field' }]],
    ['a field whose name is not plain text', { type: 'order.created', 'Bearer sk_live_x y': 1 }, 422, [{ pointer: '', message: 'the body has a field that is not known; only type, webhook_id and retry_schedule are' }]],
    ['a retry_schedule that is no schedule', { type: 'order.created', retry_schedule: 'often' }, 422, [{ pointer: '/retry_schedule', message: expect.stringContaining('retry_schedule: "often" is not a delay of the retry schedule') }]],
    ['a retry_schedule that is not a string', { type: 'order.created', retry_schedule: [1] }, 422, [{ pointer: '/retry_schedule', message: 'retry_schedule must be "default", "fast" or delays such as "5s,30s,2m"' }]],
    ['an array', [], 422, [{ pointer: '', message: 'the request body must be a JSON object, such as {"type":"business.approved"}' }]],
    ['malformed JSON', '{"type":', 400, undefined],
  ])('refuses %s as problem+json, in words', async (_, body, status, errors) => {
    const answer = await trigger(sandbox, body);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (errors !== undefined) expect(answer.body.errors).toEqual(errors);
    expect(await contractViolations('POST', '/v1/sandbox/events', answer)).toEqual([]);
  });

  it("gives the event's deliveries the retry_schedule asked for", async () => {
    const answer = await trigger(sandbox, { type: 'order.created', retry_schedule: '2s,1m', webhook_id: examples.WebhookWildcard.id });
    expect(answer.status).toBe(202);
    const claims = await sandbox.store.claim({ now: new Date(), limit: 100, leaseUntil: new Date(Date.now() + 60_000), perWebhookLimit: 100 });
    const mine = claims.find((claim) => claim.delivery.event_id === answer.body.event.id);
    expect(mine?.delivery.retry_schedule).toEqual([2_000, 60_000]);
  });

  it('needs a token, a JSON body, and POST (405 with Allow)', async () => {
    expect((await trigger(sandbox, { type: 'order.created' }, {})).status).toBe(401);
    const text = await sandbox.app.inject({ method: 'POST', url: '/v1/sandbox/events', headers: { ...TOKEN, 'content-type': 'text/plain' }, payload: 'order.created' });
    expect(text.statusCode).toBe(415);
    const get = await trigger(sandbox, undefined, TOKEN, 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST, OPTIONS');
  });

  it('exists in the sandbox only: the reference server answers 404', async () => {
    const server = await testServer();
    try {
      const answer = await server.app.inject({ method: 'POST', url: '/v1/sandbox/events', headers: { ...ALICE, 'content-type': 'application/json' }, payload: '{"type":"order.created"}' });
      expect(answer.statusCode).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('emit, from code', () => {
  it("sends the caller's own object, checked against the event's schema, and refuses what the contract does not allow", async () => {
    const server = await testServer();
    try {
      const webhook = await createWebhook(server, ALICE, { ...minimalCreate, enabled_events: ['order.completed'] });
      const order = { ...examples.OrderCompletedEvent.data.object, id: '7f3e9a1b-2c4d-4e5f-8a6b-9c0d1e2f3a4b' };
      const outcome = await server.emit('alice', { type: 'order.completed', object: order, id: '0d7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e' });
      expect(outcome).toMatchObject({ ok: true, event: { id: '0d7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e', data: { object: order } }, deliveries: [{ webhook_id: webhook.id }] });
      expect((await server.emit('bob', { type: 'order.completed' })).ok && (await server.emit('bob', { type: 'order.completed' }))).toMatchObject({ deliveries: [] });
      await expect(server.emit('alice', { type: 'order.archived' as never })).rejects.toThrow(EventError);
      await expect(server.emit('alice', { type: 'order.completed', object: { ...order, amount: 'lots' } })).rejects.toThrow(/breaks the contract's order\.completed schema: \/data\/object\/amount/);
      expect(await server.emit('alice', { type: 'order.completed', webhookId: '9a7e5d8c-1f2a-4c3b-9d4e-5f6a7b8c9d0e' })).toEqual({ ok: false, reason: 'webhook-not-found' });
    } finally {
      await server.close();
    }
  });
});

describe('emit in the sandbox', () => {
  it("reaches the webhooks made with a token through sandboxAccountId(token)", async () => {
    const sandbox = await testSandbox({ seed: false });
    try {
      const webhook = await createWebhook(sandbox, { authorization: 'Bearer my-tests' }, minimalCreate);
      const outcome = await sandbox.emit(sandboxAccountId('my-tests'), { type: 'order.created' });
      expect(outcome.ok && outcome.deliveries.map((delivery) => delivery.webhook_id)).toEqual([webhook.id]);
      const listed = await send(sandbox, { method: 'GET', url: `/v1/webhooks/${webhook.id}/deliveries`, headers: { authorization: 'Bearer my-tests' } });
      expect(listed.body.data).toHaveLength(1);
    } finally {
      await sandbox.close();
    }
  });
});

describe('webhooks-contract trigger', () => {
  let sandbox: RunningServer;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, log: false, signingKeyAlgorithm: 'ES256', delivery: { pollIntervalMs: 100 } });
  });
  afterAll(() => sandbox.close());

  async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
    const lines: string[] = [];
    const io: CliIo = { out: (text) => lines.push(text), err: (text) => lines.push(text), env, stop: new AbortController().signal };
    const code = await runCli(['trigger', ...args], io);
    return { code, output: lines.join('\n') };
  }

  it('sends the event, waits for the first attempts and says how each went, and how to read the deliveries', async () => {
    const { code, output } = await run(['order.created', '--base-url', sandbox.url, '--wait', '5'], { WEBHOOKS_API_KEY: 'cli-team' });
    expect(code).toBe(0);
    expect(output).toMatch(new RegExp(`^Sent order\\.created \\(event [0-9a-f-]{36}\\) in the sandbox at ${sandbox.url}: 2 deliveries\\.$`, 'm'));
    // the seeded examples' endpoints are under .invalid and never looked up: each failure is said in words, with when it is retried
    expect(output).toContain(`  webhook ${examples.WebhookWildcard.id} (https://hooks.example.invalid/webhooks): failed: the host is under .invalid, a name that never resolves (RFC 6761): point the webhook at a real receiver; retried in `);
    expect(output).toContain(`  webhook ${examples.WebhookPrivateKeyJwt.id} (https://hooks.example.invalid/webhooks): failed: no access token: the token endpoint is not allowed: the host is under .invalid`);
    expect(output).toContain(`curl -s '${sandbox.url}/v1/webhooks/${examples.WebhookWildcard.id}/deliveries' -H "Authorization: Bearer $WEBHOOKS_API_KEY"`);
    expect(output).not.toContain('cli-team');
  });

  it.each([
    [['business.archived'], 2, '"business.archived" is not an event type of the contract; use one of business.created,'],
    [[], 2, 'name the event type to send: one of business.created'],
    [['order.created', '--webhook', 'hook_1'], 2, "--webhook must be a webhook's id (a UUID)"],
    [['order.created', '--retry-schedule', '5 s'], 2, '--retry-schedule (or RETRY_SCHEDULE): "5 s" is not a delay of the retry schedule'],
    [['order.created', '--base-url', 'CLOSED'], 2, 'cannot reach the sandbox at http://127.0.0.1:CLOSED (ECONNREFUSED): is it running? Start it with: npx webhooks-contract-tools sandbox'],
    [['order.created', '--webhook', examples.WebhookClientSecret.id], 1, `the sandbox refused the trigger (422): webhook ${examples.WebhookClientSecret.id} does not receive order.created events`],
  ])('%j exits %i saying what to do', async (args, exit, message) => {
    const closed = String(await freePort());
    const { code, output } = await run(args.includes('--base-url') ? args.map((arg) => (arg === 'CLOSED' ? `http://127.0.0.1:${closed}` : arg)) : [...args, '--base-url', sandbox.url]);
    message = message.replace('CLOSED', closed);
    expect(code).toBe(exit);
    expect(output).toContain(message);
  });

  it('says so when no webhook receives the type, or the server is not a sandbox', async () => {
    // every account starts with the examples: delete those that receive orders first
    for (const id of [examples.WebhookWildcard.id, examples.WebhookPrivateKeyJwt.id]) await fetch(`${sandbox.url}/v1/webhooks/${id}`, { method: 'DELETE', headers: { authorization: 'Bearer nobody' } });
    const none = await run(['order.created', '--base-url', sandbox.url, '--api-key', 'nobody', '--wait', '0']);
    expect(none.code).toBe(1);
    expect(none.output).toContain('no webhook of this account receives order.created events, so nothing was sent.');

    const server = await startServerForTrigger();
    try {
      const notSandbox = await run(['order.created', '--base-url', server.url, '--api-key', 'sk_test_alice_0123456789']);
      expect(notSandbox.code).toBe(1);
      expect(notSandbox.output).toContain(`${server.url} has no trigger (POST /v1/sandbox/events answered 404): it is not a sandbox.`);
    } finally {
      await server.close();
    }
  });

  it("defaults to the sandbox's own address", () => {
    expect(DEFAULT_SANDBOX_URL).toBe(`http://${SANDBOX_DEFAULTS.host}:${SANDBOX_DEFAULTS.port}`);
  });
});

async function startServerForTrigger(): Promise<RunningServer> {
  const { startServer } = await import('../../src/server/index.js');
  const { API_KEYS, SECRETS_KEY } = await import('../support/server.js');
  return startServer({ port: 0, databasePath: ':memory:', apiKeys: API_KEYS, secretsKey: SECRETS_KEY, resolve: false, log: false, signingKeyAlgorithm: 'ES256' });
}
