/**
 * The mock answers every operation: the typed client's happy paths, every documented status and every
 * named example through `Prefer`, and generated data; every body it returns passes the generated
 * validators.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../generated/validators.js';
import { createWebhooksClient, type WebhooksClient } from '../../src/index.js';
import { checkResponse, contractCheck } from '../../src/validation/index.js';
import type { RunningMockServer } from '../../src/mock/start-mock.js';
import type { WebhookCreate, WebhookUpdate } from '../../src/types.js';
import { AUTH, WEBHOOK_ID, startTestMock } from '../support/mock.js';
import { namedExamples } from '../support/spec.js';

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
  it('is stateless, so walking every page stops instead of looping', async () => {
    const walk = async () => {
      for await (const webhook of client.listAllWebhooks()) expect(webhook.object).toBe('webhook');
    };
    await expect(walk()).rejects.toMatchObject({ code: 'ERR_PAGINATION_STALLED' });
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
    expect(new Set(cases.map(([, status]) => status))).toEqual(new Set(['200', '201', '204', '400', '401', '404', '413', '415', '422', '429', '503']));
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

  it('answers 404 with a problem that names an example the status does not have', async () => {
    const response = await fetch(`${mock.url}/v1/webhooks`, { headers: { ...AUTH, Prefer: 'example=no_such_example' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await response.json()).detail).toContain('no_such_example');
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
      expect(Object.keys(webhook)).not.toContain('secret');
      expect(Object.keys(webhook)).not.toContain('oidc_client_secret');
    }
  });
});

describe('the scenario table of mocks/README.md', () => {
  const README = readFileSync(fileURLToPath(new URL('../../mocks/README.md', import.meta.url)), 'utf8');
  const BODIES: Record<string, unknown> = {
    CREATE: { url: 'https://hooks.example.com/webhooks', enabled_events: ['*'] },
    UPDATE: { disabled_at: '2026-11-03T12:00:00Z' },
  };
  const ROW = /^\| (\w+) \| (\d{3}) \| (?:`(\w+)`|—) \| `curl -s(?: -X (\w+))? "\$MOCK([^"]+)" -H "\$AUTH"(?: -H "\$JSON" -d "\$(\w+)")? -H 'Prefer: ([^']+)'` \|$/;
  const rows = README.split('\n')
    .map((line) => ROW.exec(line))
    .filter((match) => match !== null)
    .map(([, operationId, status, example, method, path, body, prefer]) => ({ operationId: operationId!, status: status!, example, method: method ?? 'GET', path: path!, body, prefer: prefer! }));

  it('sets the variables its curl lines use', () => {
    expect(README).toContain(`CREATE='${JSON.stringify(BODIES.CREATE)}'`);
    expect(README).toContain(`UPDATE='${JSON.stringify(BODIES.UPDATE)}'`);
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
