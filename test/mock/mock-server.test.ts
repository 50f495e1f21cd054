/**
 * The mock answers every operation: the typed client's happy paths, every documented status and every
 * named example through `Prefer`, and generated data; every body it returns passes the generated
 * validators.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/validators.js';
import { OrderCreatedEvent } from '../../generated/examples.js';
import { createWebhooksClient, type WebhooksClient } from '../../src/index.js';
import { checkResponse, contractCheck } from '../../src/validation/index.js';
import type { RunningMockServer } from '../../src/mock/start-mock.js';
import type { WebhookCreate, WebhookUpdate } from '../../src/types.js';
import { AUTH, WEBHOOK_ID, startTestMock } from '../support/mock.js';
import { namedExamples } from '../support/spec.js';
import { loadBundledSpec, type SpecNode } from '../../src/spec/bundled-spec.js';
import { resolveRef } from '../../src/spec/resolve-ref.js';
import { validateSchema } from '../../src/validation/validate.js';

let mock: RunningMockServer;
let client: WebhooksClient;

beforeAll(async () => {
  mock = await startTestMock();
  client = createWebhooksClient({ baseUrl: mock.url, apiKey: 'test-key', checkResponses: contractCheck });
}, 60_000);

afterAll(async () => {
  await mock?.close();
});

const examples = namedExamples();
const requestExamples = (operationId: string) => examples.filter((e) => e.operationId === operationId && e.where === 'request');

type Operation = (typeof operations)[keyof typeof operations];
const operationList = Object.entries(operations) as [string, Operation][];

/** A request the contract accepts for the operation, with `headers` added. */
function validRequest(operationId: string, operation: Operation, headers: Record<string, string>): [string, RequestInit] {
  const url = `${mock.url}${operation.path.replace('{id}', WEBHOOK_ID)}`;
  const init: RequestInit = { method: operation.method.toUpperCase(), headers: { ...AUTH, ...headers } };
  if ('requestBody' in operation) {
    init.body = JSON.stringify(requestExamples(operationId)[0]!.value);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  return [url, init];
}

/** Sends the request and returns the response after checking it against the contract. */
async function sendAndCheck(operationId: string, operation: Operation, headers: Record<string, string>): Promise<Response> {
  const response = await fetch(...validRequest(operationId, operation, headers));
  expect(await checkResponse(operation.method, operation.path, response), `${operationId} ${JSON.stringify(headers)}`).toEqual([]);
  return response;
}

describe('the typed client against the mock', () => {
  it('lists webhooks', async () => {
    const { data, response } = await client.GET('/v1/webhooks', { params: { query: { limit: 20 } } });
    expect(response.status).toBe(200);
    expect(data?.object).toBe('list');
    expect(data?.data.length).toBeGreaterThan(0);
  });

  it.each(requestExamples('createWebhook').map((e) => [e.name, e.value] as const))('creates a webhook from the "%s" example', async (_, body) => {
    const { data, error, response } = await client.POST('/v1/webhooks', { body: body as WebhookCreate });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toBe(`/v1/webhooks/${data?.id}`);
    expect(JSON.stringify(data)).not.toMatch(/secret"/);
  });

  it('gets a webhook', async () => {
    const { data, response } = await client.GET('/v1/webhooks/{id}', { params: { path: { id: WEBHOOK_ID } } });
    expect(response.status).toBe(200);
    expect(data?.object).toBe('webhook');
  });

  it.each(requestExamples('updateWebhook').map((e) => [e.name, e.value] as const))('updates a webhook with the "%s" example', async (_, body) => {
    const { data, error, response } = await client.PATCH('/v1/webhooks/{id}', {
      params: { path: { id: WEBHOOK_ID } },
      body: body as WebhookUpdate,
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.object).toBe('webhook');
  });

  it('deletes a webhook', async () => {
    const { error, response } = await client.DELETE('/v1/webhooks/{id}', { params: { path: { id: WEBHOOK_ID } } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(204);
  });

  it('hands a documented error to the caller as a typed problem', async () => {
    const { data, error, response } = await client.GET('/v1/webhooks/{id}', {
      params: { path: { id: WEBHOOK_ID } },
      headers: { Prefer: 'code=404' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error?.title).toBe('Not found');
  });
});

describe('what the mock cannot do, as mocks/README.md says', () => {
  it('is stateless, so walking every page stops instead of looping, and the error says to use the sandbox', async () => {
    const walk = async () => {
      for await (const webhook of client.listAllWebhooks()) expect(webhook.object).toBe('webhook');
    };
    await expect(walk()).rejects.toMatchObject({ code: 'ERR_PAGINATION_STALLED', message: expect.stringContaining('a stateless mock repeats one page: use the sandbox') });
  });

  it('answers 406 to an Accept header without JSON', async () => {
    const response = await fetch(`${mock.url}/v1/webhooks`, { headers: { ...AUTH, Accept: 'text/html' } });
    expect(response.status).toBe(406);
  });
});

describe('every documented status through Prefer: code=…', () => {
  const cases = operationList.flatMap(([id, operation]) => Object.keys(operation.responses).map((status) => [id, status, operation] as const));

  it('covers every operation and status of the contract', () => {
    expect(cases.length).toBe(operationList.reduce((sum, [, op]) => sum + Object.keys(op.responses).length, 0));
    expect(new Set(cases.map(([, status]) => status))).toEqual(new Set(['200', '201', '202', '204', '400', '401', '404', '406', '409', '413', '415', '422', '429', '503']));
  });

  it.each(cases)('%s answers %s', async (id, status, operation) => {
    const response = await sendAndCheck(id, operation, { Prefer: `code=${status}` });
    expect(response.status).toBe(Number(status));
  });
});

describe('every named example through Prefer: code=…, example=…', () => {
  const responseExamples = examples.filter((e) => e.where !== 'request');

  it.each(responseExamples.map((e) => [`${e.operationId} ${e.where} "${e.name}"`, e] as const))('%s', async (_, example) => {
    const operation = operations[example.operationId as keyof typeof operations];
    const response = await sendAndCheck(example.operationId, operation, { Prefer: `code=${example.where}, example=${example.name}` });
    expect(response.status).toBe(Number(example.where));
    expect(await response.json()).toEqual(example.value);
  });

  it('serves the first example of the success status when nothing is preferred', async () => {
    const response = await sendAndCheck('getWebhook', operations.getWebhook, {});
    const first = examples.find((e) => e.operationId === 'getWebhook' && e.where === '200');
    expect(await response.json()).toEqual(first?.value);
  });

  it('takes the same choice from __code and __example query parameters when no Prefer header is sent', async () => {
    const response = await fetch(`${mock.url}/v1/webhooks/${WEBHOOK_ID}?__code=200&__example=disabled`, { headers: AUTH });
    const disabled = examples.find((e) => e.operationId === 'getWebhook' && e.name === 'disabled');
    expect(await response.json()).toEqual(disabled?.value);
  });

  it('takes an example of the success status without a code', async () => {
    const response = await sendAndCheck('getWebhook', operations.getWebhook, { Prefer: 'example=client_secret' });
    const clientSecret = examples.find((e) => e.operationId === 'getWebhook' && e.where === '200' && e.name === 'client_secret');
    expect(await response.json()).toEqual(clientSecret?.value);
  });

  it.each([
    ['Prefer: code=200, example=emtpy', { Prefer: 'code=200, example=emtpy' }, '/v1/webhooks'],
    ['Prefer: example=no_such_example', { Prefer: 'example=no_such_example' }, '/v1/webhooks'],
    ['__example=nope', {}, '/v1/webhooks?__example=nope'],
  ])('answers %s with a 404 problem that lists the examples that exist', async (_, headers, path) => {
    const response = await fetch(`${mock.url}${path}`, { headers: { ...AUTH, ...headers } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'https://api.example.com/problems/scenario-not-found',
      title: 'No such scenario',
      status: 404,
      detail: 'listWebhooks 200 has no example of that name; its examples are page and empty.',
      instance: '/v1/webhooks',
    });
  });

  it.each([
    ['Prefer: code=500', { Prefer: 'code=500' }, '/v1/webhooks'],
    ['__code=500', {}, '/v1/webhooks?__code=500'],
  ])('answers %s, a status the operation does not document, with a 404 problem that lists those it does', async (_, headers, path) => {
    const response = await fetch(`${mock.url}${path}`, { headers: { ...AUTH, ...headers } });
    expect(response.status).toBe(404);
    expect((await response.json()).detail).toBe('listWebhooks documents no status 500; ask for one of 200, 400, 401, 406, 429 and 503.');
  });
});

describe('generated data through Prefer: dynamic=true', () => {
  const SAMPLES = 8;
  const cases = operationList.flatMap(([id, operation]) =>
    Object.keys(operation.responses)
      .filter((status) => status !== '204')
      .map((status) => [id, status, operation] as const),
  );

  it.each(cases)('%s %s: every generated body passes the validators', async (id, status, operation) => {
    const bodies = new Set<string>();
    for (let sample = 0; sample < SAMPLES; sample++) {
      const response = await sendAndCheck(id, operation, { Prefer: `code=${status}, dynamic=true` });
      expect(response.status).toBe(Number(status));
      bodies.add(await response.text());
    }
    // generated, not the static example again
    expect(bodies.size).toBeGreaterThan(1);
  });

  it('never puts a secret into a generated webhook', async () => {
    for (let sample = 0; sample < SAMPLES; sample++) {
      const response = await fetch(...validRequest('createWebhook', operations.createWebhook, { Prefer: 'dynamic=true' }));
      const webhook = (await response.json()) as Record<string, unknown>;
      // a create may answer the secret the platform generated (readOnly in WebhookCreated), never one sent
      if ('secret' in webhook) expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Object.keys(webhook)).not.toContain('oidc_client_secret');
    }
  });
});

describe('the scenario table of mocks/README.md', () => {
  const README = readFileSync(fileURLToPath(new URL('../../mocks/README.md', import.meta.url)), 'utf8');
  const BODIES: Record<string, unknown> = {
    CREATE: { url: 'https://hooks.example.com/webhooks', enabled_events: ['*'] },
    UPDATE: { disabled_at: '2026-11-03T12:00:00Z' },
    PUBLISH: { account_id: 'acme', event: OrderCreatedEvent },
  };
  const ROW = /^\| (\w+) \| (\d{3}) \| (?:`(\w+)`|—) \| `curl -s(?: -X (\w+))? "\$MOCK([^"]+)" -H "\$AUTH"(?: -H "\$JSON" -d "\$(\w+)")? -H 'Prefer: ([^']+)'` \|$/;
  const rows = README.split('\n')
    .map((line) => ROW.exec(line))
    .filter((match) => match !== null)
    .map(([, operationId, status, example, method, path, body, prefer]) => ({ operationId: operationId!, status: status!, example, method: method ?? 'GET', path: path!, body, prefer: prefer! }));

  it('sets the variables its curl lines use', () => {
    expect(README).toContain(`CREATE='${JSON.stringify(BODIES.CREATE)}'`);
    expect(README).toContain(`UPDATE='${JSON.stringify(BODIES.UPDATE)}'`);
    expect(README).toContain(`PUBLISH='${JSON.stringify(BODIES.PUBLISH)}'`);
    expect(README).toContain("AUTH='Authorization: Bearer test-key'");
  });

  it('lists every documented status and named example once', () => {
    const want = operationList.flatMap(([id, operation]) =>
      Object.keys(operation.responses).flatMap((status) => {
        const names = examples.filter((e) => e.operationId === id && e.where === status).map((e) => e.name);
        return names.length === 0 ? [`${id} ${status} -`] : names.map((name) => `${id} ${status} ${name}`);
      }),
    );
    expect(rows.map((row) => `${row.operationId} ${row.status} ${row.example ?? '-'}`).sort()).toEqual(want.sort());
  });

  it.each(rows.map((row) => [`${row.operationId} ${row.status} ${row.example ?? ''}`, row] as const))('%s: its curl line gets it', async (_, row) => {
    const operation = operations[row.operationId as keyof typeof operations];
    expect(row.method).toBe(operation.method.toUpperCase());
    expect(row.path).toBe(operation.path.replace('{id}', WEBHOOK_ID));
    expect(row.prefer).toBe(row.example ? `code=${row.status}, example=${row.example}` : `code=${row.status}`);
    const response = await fetch(`${mock.url}${row.path}`, {
      method: row.method,
      headers: { ...AUTH, Prefer: row.prefer, ...(row.body ? { 'Content-Type': 'application/json' } : {}) },
      ...(row.body ? { body: JSON.stringify(BODIES[row.body]) } : {}),
    });
    expect(response.status).toBe(Number(row.status));
    expect(await checkResponse(operation.method, operation.path, response)).toEqual([]);
    if (row.example) {
      const example = examples.find((e) => e.operationId === row.operationId && e.where === row.status && e.name === row.example);
      expect(await response.json()).toEqual(example?.value);
    }
  });
});

/** Every header the contract declares for the answer, checked against its schema (integers as the text of one). */
function headerViolations(operationId: string, status: number, headers: Headers): string[] {
  const spec = loadBundledSpec();
  const operation = operations[operationId as keyof typeof operations];
  const item = resolveRef<SpecNode>(spec, (spec.paths as Record<string, unknown>)[operation.path]);
  const response = resolveRef<SpecNode>(spec, (resolveRef<SpecNode>(spec, item[operation.method]).responses as Record<string, unknown>)[String(status)]);
  const problems: string[] = [];
  for (const [name, raw] of Object.entries((response.headers ?? {}) as Record<string, unknown>)) {
    const declared = resolveRef<SpecNode>(spec, raw);
    const schema = resolveRef<SpecNode>(spec, declared.schema) as { type?: string; minimum?: number; maximum?: number; pattern?: string; enum?: string[] };
    const value = headers.get(name);
    if (value === null) {
      if (declared.required === true) problems.push(`${name} is missing`);
      continue;
    }
    if (schema.type === 'integer') {
      const number = Number(value);
      if (!/^\d+$/.test(value) || number < (schema.minimum ?? -Infinity) || number > (schema.maximum ?? Infinity)) problems.push(`${name}: ${value} is not an integer in range`);
    }
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${name}: ${value} breaks ${schema.pattern}`);
    if (schema.enum !== undefined && !schema.enum.includes(value)) problems.push(`${name}: ${value} is not one of ${schema.enum.join(', ')}`);
  }
  return problems;
}

describe('generated answers carry headers that keep the contract', () => {
  const SAMPLES = 6;

  it('points Location at the generated webhook, sends no replay header, and a fresh request id each time', async () => {
    const ids = new Set<string>();
    for (let sample = 0; sample < SAMPLES; sample++) {
      const response = await fetch(...validRequest('createWebhook', operations.createWebhook, { Prefer: 'dynamic=true' }));
      const body = (await response.json()) as { id: string };
      expect(response.status).toBe(201);
      expect(response.headers.get('location')).toBe(`/v1/webhooks/${body.id}`);
      // the mock keeps no idempotency record, so it never replays
      expect(response.headers.get('idempotent-replayed')).toBeNull();
      expect(headerViolations('createWebhook', 201, response.headers)).toEqual([]);
      ids.add(response.headers.get('x-request-id')!);
    }
    expect(ids.size).toBe(SAMPLES);
  });

  it.each(operationList.flatMap(([id, operation]) => Object.keys(operation.responses).map((status) => [id, Number(status), operation] as const)))(
    '%s %s: every declared header has a value its schema allows',
    async (id, status, operation) => {
      // generated data is where Prism invents header values; the examples' are checked by the scenario table
      const response = await fetch(...validRequest(id, operation, { Prefer: `code=${status}, dynamic=true` }));
      await response.arrayBuffer();
      expect(response.status).toBe(status);
      expect(headerViolations(id, status, response.headers)).toEqual([]);
      if (status === 401) expect(response.headers.get('www-authenticate')).toBe('Bearer realm="webhooks"');
    },
  );
});

describe('the scenario list of mocks/README.md', () => {
  const README = readFileSync(fileURLToPath(new URL('../../mocks/README.md', import.meta.url)), 'utf8');
  const example = (operationId: string, where: string, name?: string) =>
    examples.find((e) => e.operationId === operationId && e.where === where && (name === undefined || e.name === name))!.value;
  const ONE = `/v1/webhooks/${WEBHOOK_ID}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const started = performance.now();
    const response = await fetch(`${mock.url}${path}`, { headers: { ...AUTH, ...headers } });
    const text = await response.text();
    return { response, body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>), ms: performance.now() - started };
  };

  /** One check per line of the table, keyed by its first cell. */
  const rows: [string, () => Promise<void>][] = [
    ['`Prefer: code=404`', async () => {
      const { response, body } = await get(ONE, { Prefer: 'code=404' });
      expect(response.status).toBe(404);
      expect(body).toEqual(example('getWebhook', '404'));
    }],
    ['`Prefer: code=422, example=unknown_field`', async () => {
      const response = await fetch(...validRequest('createWebhook', operations.createWebhook, { Prefer: 'code=422, example=unknown_field' }));
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual(example('createWebhook', '422', 'unknown_field'));
    }],
    ['`Prefer: example=client_secret`', async () => {
      const { response, body } = await get(ONE, { Prefer: 'example=client_secret' });
      expect(response.status).toBe(200);
      expect(body).toEqual(example('getWebhook', '200', 'client_secret'));
    }],
    ['`Prefer: dynamic=true`', async () => {
      const first = await get('/v1/webhooks', { Prefer: 'dynamic=true' });
      const second = await get('/v1/webhooks', { Prefer: 'dynamic=true' });
      expect(first.response.status).toBe(200);
      expect(first.body).not.toEqual(second.body);
    }],
    ['`Prefer: code=429`', async () => {
      const { response, body } = await get('/v1/webhooks', { Prefer: 'code=429' });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(body).toEqual(example('listWebhooks', '429'));
    }],
    ['`Prefer: code=503`', async () => {
      const { response, body } = await get('/v1/webhooks', { Prefer: 'code=503' });
      expect(response.status).toBe(503);
      expect(body).toEqual(example('listWebhooks', '503'));
    }],
    ['`Prefer: delay=800`', async () => {
      const { response, body, ms } = await get('/v1/webhooks', { Prefer: 'delay=800' });
      expect(response.status).toBe(200);
      expect(body).toEqual(example('listWebhooks', '200'));
      expect(ms).toBeGreaterThanOrEqual(800);
    }],
    ['`Prefer: code=503, delay=300`', async () => {
      const { response, ms } = await get('/v1/webhooks', { Prefer: 'code=503, delay=300' });
      expect(response.status).toBe(503);
      expect(ms).toBeGreaterThanOrEqual(300);
    }],
    ['`?__code=404&__example=webhook_not_found&__delay=300`', async () => {
      const { response, body, ms } = await get(`${ONE}?__code=404&__example=webhook_not_found&__delay=300`);
      expect(response.status).toBe(404);
      expect(body).toEqual(example('getWebhook', '404', 'webhook_not_found'));
      expect(ms).toBeGreaterThanOrEqual(300);
      const overridden = await get(`${ONE}?__code=404`, { Prefer: 'code=200' });
      expect(overridden.response.status).toBe(200);
    }],
    ['`Prefer: code=500`, `Prefer: example=nope`', async () => {
      for (const prefer of ['code=500', 'example=nope']) {
        const { response, body } = await get('/v1/webhooks', { Prefer: prefer });
        expect(response.status).toBe(404);
        expect(body?.type).toBe('https://api.example.com/problems/scenario-not-found');
      }
    }],
    ['`Prefer: code=abc`, `Prefer: delay=30001`', async () => {
      for (const prefer of ['code=abc', 'delay=30001']) {
        const { response, body } = await get('/v1/webhooks', { Prefer: prefer });
        expect(response.status).toBe(400);
        expect(validateSchema('Problem', body).ok).toBe(true);
        expect(body?.errors).toEqual([{ pointer: '/Prefer', message: expect.stringMatching(/^Prefer: (code|delay) must be /) }]);
      }
    }],
  ];

  it('lists exactly these scenarios, in this order', () => {
    const table = README.slice(README.indexOf('| you send | you get |'));
    const lines = table.split('\n').slice(2);
    const cells = lines.slice(0, lines.findIndex((line) => !line.startsWith('|'))).map((line) => line.split(' | ')[0]!.slice(2));
    expect(cells).toEqual(rows.map(([cell]) => cell));
  });

  it.concurrent.each(rows)('%s', async (_, check) => {
    await check();
  });
});
