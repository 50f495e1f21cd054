/**
 * What Prism 5.14.2 itself enforces, talking to Prism directly (no front layer): every rule the spec
 * states for requests, then JSON Schema keywords and formats the spec does not use yet. The tables in
 * mocks/README.md are checked against these rows, so they cannot drift apart.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockStartError, type RunningPrism } from '../../src/mock/prism.js';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate } from '../support/bodies.js';
import { AUTH, WEBHOOK_ID, startTestPrism } from '../support/mock.js';
import { oidcCreateMatrix, oidcUpdateMatrix } from '../support/oidc-matrix.js';
import { freePort } from '../support/ports.js';
import { namedExamples } from '../support/spec.js';

const README = readFileSync(fileURLToPath(new URL('../../mocks/README.md', import.meta.url)), 'utf8');
const JSON_HEADERS = { ...AUTH, 'Content-Type': 'application/json' };
const ONE = `/v1/webhooks/${WEBHOOK_ID}`;
const first422 = namedExamples().find((e) => e.operationId === 'createWebhook' && e.where === '422')!.value;
const first400 = namedExamples().find((e) => e.operationId === 'listWebhooks' && e.where === '400')!.value;

let prism: RunningPrism;
let probes: RunningPrism;
let probeDir: string;

interface Answer {
  status: number;
  contentType: string | null;
  /** the keywords (or status codes) Prism lists in sl-violations */
  codes: string[];
  body: unknown;
}

async function ask(base: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  // a Blob without a type: fetch adds no Content-Type of its own (a string body would get text/plain)
  const response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: new Blob([body]) }) });
  const header = response.headers.get('sl-violations');
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    codes: header ? (JSON.parse(header) as { code: string | number }[]).map((v) => String(v.code)) : [],
    body: parsed,
  };
}

interface EnforcementRow {
  /** the first cell of its line in the mocks/README.md table */
  rule: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  /** an object is sent as JSON, a string as it is */
  body?: unknown;
  /** what Prism answers */
  status: number;
  /** the keywords Prism names in sl-violations */
  codes?: string[];
  /** whether Prism's answer is the one the contract asks for */
  enforced: boolean;
  /** anything else to check about Prism's answer */
  check?: (answer: Answer) => void;
}

const rows: EnforcementRow[] = [
  { rule: '`required`', method: 'POST', path: '/v1/webhooks', body: { enabled_events: ['*'] }, status: 422, codes: ['required'], enforced: true },
  { rule: '`type`', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, url: 123 }, status: 422, codes: ['type'], enforced: true },
  { rule: '`additionalProperties: false`', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, enabled_event: ['*'] }, status: 422, codes: ['additionalProperties'], enforced: true },
  { rule: '`pattern` (https only)', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, url: 'http://hooks.example.com/x' }, status: 422, codes: ['pattern'], enforced: true },
  { rule: '`pattern` (no credentials in URLs)', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, url: 'https://user:pass@hooks.example.com/' }, status: 422, codes: ['pattern'], enforced: true },
  { rule: '`pattern` (OAuth scope, `include`)', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, include: 'addresses,invoices' }, status: 422, codes: ['pattern'], enforced: true },
  { rule: '`format: uri`', method: 'POST', path: '/v1/webhooks', body: { ...privateKeyJwtCreate, oidc_resource_uri: 'not a uri' }, status: 422, codes: ['format'], enforced: true },
  { rule: '`format: date-time`', method: 'PATCH', path: ONE, body: { disabled_at: '2026-11-03T12:00:00' }, status: 422, codes: ['format'], enforced: true },
  { rule: '`minLength`', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, secret: 'short' }, status: 422, codes: ['minLength'], enforced: true },
  { rule: '`maxLength`', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, url: `https://hooks.example.com/${'a'.repeat(2030)}` }, status: 422, codes: ['maxLength'], enforced: true },
  { rule: '`minimum` / `maximum`', method: 'POST', path: '/v1/webhooks', body: { ...privateKeyJwtCreate, oidc_access_token_ttl_seconds: 86_401 }, status: 422, codes: ['maximum'], enforced: true },
  { rule: '`type: integer`', method: 'POST', path: '/v1/webhooks', body: { ...privateKeyJwtCreate, oidc_access_token_ttl_seconds: 3600.5 }, status: 422, codes: ['type'], enforced: true },
  { rule: 'no type coercion in bodies', method: 'POST', path: '/v1/webhooks', body: { ...privateKeyJwtCreate, oidc_access_token_ttl_seconds: '3600' }, status: 422, codes: ['type'], enforced: true },
  { rule: '`enum`', method: 'POST', path: '/v1/webhooks', body: { ...clientSecretCreate, oidc_auth_method: 'basic' }, status: 422, codes: ['enum'], enforced: true },
  { rule: '`anyOf` / `const` (event types)', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, enabled_events: ['business.exploded'] }, status: 422, codes: ['anyOf'], enforced: true },
  { rule: '`minItems`', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, enabled_events: [] }, status: 422, codes: ['minItems'], enforced: true },
  { rule: '`uniqueItems`', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, enabled_events: ['order.created', 'order.created'] }, status: 422, codes: ['uniqueItems'], enforced: true },
  { rule: '`if` / `contains` / `then` (`"*"` alone)', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, enabled_events: ['*', 'order.created'] }, status: 422, codes: ['if', 'maxItems'], enforced: true },
  { rule: '`oneOf` with `false` schemas (OIDC shapes)', method: 'POST', path: '/v1/webhooks', body: { ...minimalCreate, oidc_client_id: 'x' }, status: 422, codes: ['false schema', 'oneOf'], enforced: true },
  { rule: '`if` / `then` / `required` (OIDC rules)', method: 'POST', path: '/v1/webhooks', body: { ...clientSecretCreate, oidc_client_secret: undefined }, status: 422, codes: ['required', 'if'], enforced: true },
  { rule: '`not` (secret with `private_key_jwt`)', method: 'PATCH', path: ONE, body: { oidc_auth_method: 'private_key_jwt', oidc_client_secret: 'x' }, status: 422, codes: ['not', 'if'], enforced: true },
  { rule: '`propertyNames` / `pattern`', method: 'PATCH', path: ONE, body: { oidc_auth_method: null, oidc_scope: 'x' }, status: 422, codes: ['propertyNames'], enforced: true },
  { rule: '`minProperties` (empty update)', method: 'PATCH', path: ONE, body: {}, status: 422, codes: ['minProperties'], enforced: true },
  { rule: 'query `minimum` / `maximum`', method: 'GET', path: '/v1/webhooks?limit=101', status: 400, codes: ['maximum'], enforced: true },
  { rule: 'query `type: integer`', method: 'GET', path: '/v1/webhooks?limit=ten', status: 400, codes: ['type'], enforced: true },
  { rule: 'path and query `format: uuid`', method: 'GET', path: '/v1/webhooks/wh_1', status: 400, codes: ['format'], enforced: true },
  {
    rule: 'bearer token required',
    method: 'GET',
    path: '/v1/webhooks',
    headers: {},
    status: 401,
    codes: ['401'],
    enforced: true,
    check: (answer) => expect(answer.contentType).toBe('application/problem+json'),
  },
  { rule: 'bearer scheme in any case', method: 'GET', path: '/v1/webhooks', headers: { Authorization: 'bearer test-key' }, status: 401, codes: ['401'], enforced: false },
  { rule: '415 for `text/plain`, form bodies', method: 'POST', path: '/v1/webhooks', headers: { ...AUTH, 'Content-Type': 'text/plain' }, body: JSON.stringify(minimalCreate), status: 415, codes: ['415'], enforced: true },
  // without a Content-Type Prism validates the raw text against the schema
  { rule: '415 without a Content-Type', method: 'POST', path: '/v1/webhooks', headers: AUTH, body: JSON.stringify(minimalCreate), status: 422, codes: ['type'], enforced: false },
  { rule: '415 for `application/*+json`', method: 'POST', path: '/v1/webhooks', headers: { ...AUTH, 'Content-Type': 'application/merge-patch+json' }, body: minimalCreate, status: 201, enforced: false },
  {
    rule: '413 over 64 KiB',
    method: 'POST',
    path: '/v1/webhooks',
    body: `${JSON.stringify(minimalCreate).slice(0, -1)}${' '.repeat(70_000)}}`,
    status: 201,
    enforced: false,
  },
  {
    rule: '400 problem for malformed JSON',
    method: 'POST',
    path: '/v1/webhooks',
    body: '{"url":',
    status: 400,
    enforced: false,
    check: (answer) => {
      expect(answer.contentType).toContain('application/json');
      expect(answer.body).toEqual({ error: { code: 'invalid_json', message: 'Invalid JSON' } });
    },
  },
  {
    rule: '422 body names the broken rules',
    method: 'POST',
    path: '/v1/webhooks',
    body: { ...minimalCreate, url: 'http://hooks.example.com/x' },
    status: 422,
    codes: ['pattern'],
    enforced: false,
    // the answer is the spec's first 422 example, about another field
    check: (answer) => expect(answer.body).toEqual(first422),
  },
  {
    rule: '400 body names the broken parameter',
    method: 'GET',
    path: '/v1/webhooks/wh_1',
    status: 400,
    codes: ['format'],
    enforced: false,
    check: (answer) => expect(answer.body).toEqual(first400),
  },
  {
    rule: 'rules win over `Prefer: code=…`',
    method: 'POST',
    path: '/v1/webhooks',
    headers: { ...JSON_HEADERS, Prefer: 'code=201' },
    body: { ...minimalCreate, url: 'http://hooks.example.com/x' },
    status: 422,
    codes: ['pattern'],
    enforced: true,
  },
];

interface KeywordProbe {
  /** the first cell of its line in the second mocks/README.md table */
  keyword: string;
  schema: Record<string, unknown>;
  bad: unknown;
  good: unknown;
  enforced: boolean;
}

const formatProbe = (format: string, bad: unknown, enforced = true): KeywordProbe => ({
  keyword: `\`format: ${format}\``,
  schema: { type: 'object', properties: { v: { format } } },
  bad: { v: bad },
  good: {},
  enforced,
});

const keywordProbes: KeywordProbe[] = [
  { keyword: '`unevaluatedProperties: false`', schema: { type: 'object', allOf: [{ properties: { a: { type: 'integer' } } }], unevaluatedProperties: false }, bad: { a: 1, b: 2 }, good: { a: 1 }, enforced: true },
  // JSON Schema: `a` is additional (declared only inside allOf); Prism merges allOf into the parent first
  { keyword: '`additionalProperties: false` beside `allOf`', schema: { type: 'object', allOf: [{ properties: { a: { type: 'integer' } } }], properties: { b: { type: 'integer' } }, additionalProperties: false }, bad: { a: 1, b: 1 }, good: { b: 1 }, enforced: false },
  { keyword: '`dependentRequired`', schema: { type: 'object', dependentRequired: { a: ['b'] } }, bad: { a: 1 }, good: { a: 1, b: 1 }, enforced: true },
  { keyword: '`dependentSchemas`', schema: { type: 'object', dependentSchemas: { a: { required: ['b'] } } }, bad: { a: 1 }, good: { a: 1, b: 1 }, enforced: true },
  { keyword: '`prefixItems`', schema: { type: 'object', properties: { t: { type: 'array', prefixItems: [{ type: 'string' }] } } }, bad: { t: [1] }, good: { t: ['x'] }, enforced: true },
  { keyword: '`minContains` / `maxContains`', schema: { type: 'object', properties: { t: { type: 'array', contains: { const: 1 }, minContains: 2, maxContains: 2 } } }, bad: { t: [1, 2] }, good: { t: [1, 1] }, enforced: true },
  { keyword: '`if` / `then` / `else`', schema: { type: 'object', if: { required: ['a'] }, then: { required: ['b'] }, else: { required: ['c'] } }, bad: { d: 1 }, good: { c: 1 }, enforced: true },
  { keyword: '`type: [string, "null"]`', schema: { type: 'object', properties: { v: { type: ['string', 'null'] } } }, bad: { v: 1 }, good: { v: null }, enforced: true },
  { keyword: '`exclusiveMinimum` (number)', schema: { type: 'object', properties: { v: { type: 'number', exclusiveMinimum: 0 } } }, bad: { v: 0 }, good: { v: 1 }, enforced: true },
  { keyword: '`multipleOf`', schema: { type: 'object', properties: { v: { type: 'number', multipleOf: 5 } } }, bad: { v: 7 }, good: { v: 10 }, enforced: true },
  { keyword: '`patternProperties`', schema: { type: 'object', patternProperties: { '^x-': { type: 'string' } } }, bad: { 'x-a': 1 }, good: { 'x-a': 's' }, enforced: true },
  { keyword: '`maxProperties`', schema: { type: 'object', maxProperties: 1 }, bad: { a: 1, b: 2 }, good: { a: 1 }, enforced: true },
  { keyword: '`readOnly` field sent in a request', schema: { type: 'object', properties: { id: { type: 'string', readOnly: true } }, additionalProperties: false }, bad: { id: 'x' }, good: {}, enforced: true },
  formatProbe('email', 'no-at-sign'),
  formatProbe('hostname', 'a_b..c'),
  formatProbe('ipv4', '300.1.1.1'),
  formatProbe('ipv6', 'zz::1'),
  formatProbe('uri-reference', 'a b'),
  formatProbe('date', '2026-13-45'),
  formatProbe('time', '25:61:00'),
  formatProbe('duration', 'P1X'),
  formatProbe('uuid', 'nope'),
  formatProbe('regex', '('),
  formatProbe('json-pointer', 'x'),
  formatProbe('int32', 2 ** 40),
  formatProbe('int64', 1.5),
  formatProbe('byte', '***'),
  formatProbe('iri', 'not an iri', false),
  formatProbe('x-custom', 'anything', false),
];

beforeAll(async () => {
  probeDir = mkdtempSync(join(tmpdir(), 'prism-probes-'));
  const paths = Object.fromEntries(
    keywordProbes.map((probe, index) => [
      `/probe/${index}`,
      { post: { operationId: `probe${index}`, requestBody: { required: true, content: { 'application/json': { schema: probe.schema } } }, responses: { '200': { description: 'accepted' } } } },
    ]),
  );
  const document = { openapi: '3.1.0', jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema', info: { title: 'keyword probes', version: '1' }, paths };
  writeFileSync(join(probeDir, 'probes.json'), JSON.stringify(document));
  [prism, probes] = await Promise.all([startTestPrism(), startTestPrism({ specPath: join(probeDir, 'probes.json') })]);
}, 60_000);

afterAll(async () => {
  await Promise.all([prism?.stop(), probes?.stop()]);
  if (probeDir) rmSync(probeDir, { recursive: true, force: true });
});

describe('Prism 5.14.2 alone on the bundled spec', () => {
  it.each(rows.map((row) => [row.rule, row] as const))('%s', async (_, row) => {
    const headers = row.headers ?? (row.body === undefined ? AUTH : JSON_HEADERS);
    const body = row.body === undefined ? undefined : typeof row.body === 'string' ? row.body : JSON.stringify(row.body);
    const answer = await ask(prism.url, row.method, row.path, headers, body);
    expect(answer.status).toBe(row.status);
    for (const code of row.codes ?? []) expect(answer.codes).toContain(code);
    row.check?.(answer);
  });

  it.each(oidcCreateMatrix.map((row) => [row.name, row.given] as const))('createWebhook: %s → 422', async (_, given) => {
    expect((await ask(prism.url, 'POST', '/v1/webhooks', JSON_HEADERS, JSON.stringify(given))).status).toBe(422);
  });

  it.each(oidcUpdateMatrix)('updateWebhook: %s → 422', async (_, given) => {
    expect((await ask(prism.url, 'PATCH', ONE, JSON_HEADERS, JSON.stringify(given))).status).toBe(422);
  });

  it('accepts every request example of the spec', async () => {
    const requests = namedExamples().filter((e) => e.where === 'request' && ['createWebhook', 'updateWebhook'].includes(e.operationId));
    expect(requests.length).toBeGreaterThan(0);
    for (const example of requests) {
      const [method, path] = example.operationId === 'createWebhook' ? ['POST', '/v1/webhooks'] : ['PATCH', ONE];
      const answer = await ask(prism.url, method, path, JSON_HEADERS, JSON.stringify(example.value));
      expect(answer.status, example.name).toBeLessThan(300);
      expect(answer.codes, example.name).toEqual([]);
    }
  });
});

describe('Prism 5.14.2 on keywords and formats the spec does not use (2020-12 dialect)', () => {
  it.each(keywordProbes.map((probe, index) => [probe.keyword, probe, index] as const))('%s', async (_, probe, index) => {
    const send = (body: unknown) => ask(probes.url, 'POST', `/probe/${index}`, { 'Content-Type': 'application/json' }, JSON.stringify(body));
    expect((await send(probe.good)).status).toBe(200);
    expect((await send(probe.bad)).status).toBe(probe.enforced ? 422 : 200);
  });

  it('refuses to start on a $ref into a schema’s own $defs', async () => {
    const schema = { type: 'object', $defs: { Name: { type: 'string' } }, properties: { v: { $ref: '#/$defs/Name' } } };
    const document = {
      openapi: '3.1.0',
      info: { title: 'local $defs', version: '1' },
      paths: { '/p': { post: { requestBody: { content: { 'application/json': { schema } } }, responses: { '200': { description: 'ok' } } } } },
    };
    const specPath = join(probeDir, 'local-defs.json');
    writeFileSync(specPath, JSON.stringify(document));
    const started = startTestPrism({ specPath, port: await freePort() });
    await expect(started).rejects.toBeInstanceOf(MockStartError);
    await expect(started).rejects.toThrow(/\$defs/);
    // Prism takes about 2 s to load and refuse a document; more on a busy machine
  }, 30_000);
});

describe('the enforcement tables of mocks/README.md', () => {
  const cellsOf = (first: string) =>
    README.split('\n')
      .find((line) => line.startsWith(`| ${first} |`))
      ?.split(' | ')
      .map((cell) => cell.trim());

  it.each(rows.map((row) => [row.rule, row] as const))('states what Prism does for %s', (_, row) => {
    const cells = cellsOf(row.rule);
    expect(cells, `no line for ${row.rule}`).toBeDefined();
    expect(cells![2]!.startsWith(row.enforced ? '✅' : '❌'), cells!.join(' | ')).toBe(true);
    expect(cells![2]).toContain(String(row.status));
  });

  it.each(keywordProbes.map((probe) => [probe.keyword, probe] as const))('states what Prism does for %s', (_, probe) => {
    const cells = cellsOf(probe.keyword);
    expect(cells, `no line for ${probe.keyword}`).toBeDefined();
    expect(cells![1]!.startsWith(probe.enforced ? '✅' : '❌'), cells!.join(' | ')).toBe(true);
  });
});
