/**
 * The generic engine sends cases for an operation only the given document has: a copy of the bundled spec
 * gets `POST /v1/widgets`, a small server keeps its rules and passes with every one of its rules
 * exercised (its schemas compiled at run time), and the same server ignoring one rule (maxLength) fails,
 * the failure naming the rule.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContractSuite, type ContractPhase } from '../../src/contract/index.js';
import { operationContracts } from '../../src/contract/response-contract.js';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';

const API_KEY = 'widgets-test-key';

function withWidgets(): Record<string, unknown> {
  const spec = structuredClone(loadBundledSpec()) as Record<string, any>;
  spec.components.schemas.WidgetCreate = {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', maxLength: 10, 'x-error-messages': { maxLength: '{field} must be at most 10 characters long' } },
      kind: { enum: ['round', 'square'] },
      size: { type: 'integer', minimum: 1 },
    },
    additionalProperties: false,
    dependentRequired: { size: ['kind'] },
  };
  spec.components.schemas.Widget = {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' }, kind: { enum: ['round', 'square'] }, size: { type: 'integer' } },
    additionalProperties: false,
  };
  spec.paths['/v1/widgets'] = {
    post: {
      operationId: 'createWidget',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetCreate' }, examples: { round: { value: { name: 'wheel', kind: 'round', size: 3 } } } } },
      },
      parameters: [{ name: 'dry_run', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 1 } }],
      responses: {
        '201': { description: 'made', headers: { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } },
        '400': { $ref: '#/components/responses/BadRequest' },
        '401': { $ref: '#/components/responses/Unauthorized' },
        '422': { $ref: '#/components/responses/CreateValidationFailed' },
      },
    },
  };
  spec.paths['/v1/widgets/{widget_id}'] = {
    get: {
      operationId: 'getWidget',
      parameters: [{ name: 'widget_id', in: 'path', required: true, schema: { type: 'string', pattern: '^wid_[0-9]+$', maxLength: 12 } }],
      responses: {
        '200': { description: 'the widget', headers: { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } } },
        '400': { $ref: '#/components/responses/BadRequest' },
        '401': { $ref: '#/components/responses/Unauthorized' },
        '404': { $ref: '#/components/responses/NotFound' },
      },
    },
  };
  return spec;
}

type Issue = { pointer: string; detail: string };

/** The widget body's rules, checked by hand (the server is not built on the runner's validators). */
function widgetIssues(body: unknown, keepMaxLength: boolean): Issue[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [{ pointer: '', detail: 'the body must be a JSON object' }];
  const widget = body as Record<string, unknown>;
  const issues: Issue[] = Object.keys(widget).filter((key) => !['name', 'kind', 'size'].includes(key)).map((key) => ({ pointer: `/${key}`, detail: `${key} is not a known field` }));
  if (!('name' in widget)) issues.push({ pointer: '/name', detail: 'name is required' });
  else if (typeof widget.name !== 'string') issues.push({ pointer: '/name', detail: 'name must be a string' });
  else if (keepMaxLength && [...widget.name].length > 10) issues.push({ pointer: '/name', detail: 'name must be at most 10 characters long' });
  if ('kind' in widget && widget.kind !== 'round' && widget.kind !== 'square') issues.push({ pointer: '/kind', detail: 'kind must be "round" or "square"' });
  if ('size' in widget && (!Number.isInteger(widget.size) || (widget.size as number) < 1)) issues.push({ pointer: '/size', detail: 'size must be a whole number of at least 1' });
  if ('size' in widget && !('kind' in widget)) issues.push({ pointer: '/kind', detail: 'kind is required when size is present' });
  return issues;
}

function widgetServer(keepMaxLength: boolean, requestIdPrefix = 'req_') {
  let requests = 0;
  const widgets = new Map<string, object>();
  const send = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    requests += 1;
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    response.writeHead(status, { 'content-type': type, 'x-request-id': `${requestIdPrefix}${requests}`, ...headers }).end(JSON.stringify(body));
  };
  const problem = (response: ServerResponse, status: number, title: string, errors?: Issue[], headers?: Record<string, string>) =>
    send(response, status, { type: 'about:blank', title, status, ...(errors === undefined ? {} : { errors: errors.map(({ pointer, detail }) => ({ pointer, message: detail })) }) }, headers);
  const handle = (request: IncomingMessage, response: ServerResponse, text: string) => {
    const url = new URL(request.url ?? '/', 'http://widgets.invalid');
    const token = /^bearer +(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    // the runner checks it reaches the server and that the key is taken before anything else
    if (url.pathname === '/v1/webhooks' && request.method === 'GET') return send(response, token === API_KEY ? 200 : 401, { data: [], has_more: false });
    const one = /^\/v1\/widgets\/([^/]+)$/.exec(url.pathname);
    if (url.pathname !== '/v1/widgets' && one === null) return problem(response, 404, 'Not Found');
    const allowed = one === null ? 'POST' : 'GET';
    if (request.method !== allowed) return problem(response, 405, 'Method Not Allowed', undefined, { allow: allowed });
    if (token !== API_KEY) return problem(response, 401, 'Unauthorized', undefined, { 'www-authenticate': 'Bearer realm="widgets"' });
    if (one !== null) {
      const id = decodeURIComponent(one[1]!);
      if (!/^wid_[0-9]+$/.test(id) || id.length > 12) return problem(response, 400, 'Bad Request', [{ pointer: '/widget_id', detail: 'widget_id must be wid_ and digits, at most 12 characters' }]);
      const widget = widgets.get(id);
      return widget === undefined ? problem(response, 404, 'Not Found') : send(response, 200, widget);
    }
    const dryRun = url.searchParams.get('dry_run');
    if (dryRun !== null && !/^[01]$/.test(dryRun)) return problem(response, 400, 'Bad Request', [{ pointer: '/dry_run', detail: 'dry_run must be 0 or 1' }]);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return problem(response, 400, 'Bad Request', [{ pointer: '', detail: 'the body is not JSON' }]);
    }
    const issues = widgetIssues(body, keepMaxLength);
    if (issues.length > 0) return problem(response, 422, 'Unprocessable Content', issues);
    const widget = { id: `wid_${requests}`, ...(body as object) };
    widgets.set(widget.id, widget);
    return send(response, 201, widget);
  };
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });
}

const spec = withWidgets();
const servers = { keeping: widgetServer(true), ignoringMaxLength: widgetServer(false), spacedRequestId: widgetServer(true, 'req ') };
const urls: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, server] of Object.entries(servers)) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
});
afterAll(async () => {
  for (const server of Object.values(servers)) await new Promise((resolve) => server.close(resolve));
});

const GENERIC_PHASES: ContractPhase[] = ['examples', 'rule cases', 'authentication and methods'];

function run(baseUrl: string, phases: ContractPhase[] | undefined) {
  return runContractSuite({ baseUrl, apiKey: API_KEY, spec, operations: ['createWidget'], ...(phases === undefined ? {} : { phases }), seed: 7, casesPerOperation: 5 });
}

describe('an operation only the given document has', () => {
  it('is driven from the document: its schemas are compiled at run time, not taken from the generated validators', () => {
    const contract = operationContracts(spec).get('createWidget' as never)!;
    expect(contract.precompiled).toBe(false);
    expect(contract.requestSchema?.precompiled).toBeUndefined();
    expect(contract.requestSchema?.validate({ name: 'a name too long' })).toEqual({ ok: false, errors: [{ pointer: '/name', message: 'name must be at most 10 characters long' }] });
    expect(contract.responses.get('422')?.schema?.name).toBe('Problem');
  });

  it('leaves this API\'s own operations on the precompiled validators', () => {
    const own = operationContracts().get('createWebhook')!;
    expect(own.precompiled).toBe(true);
    expect(own.requestSchema?.precompiled).toBe('WebhookCreate');
    expect(own.responses.get('201')?.schema?.precompiled).toBe('WebhookCreated');
  });

  it('passes a server that keeps its rules, with every rule of the operation exercised', async () => {
    const result = await run(urls.keeping!, GENERIC_PHASES);
    expect(result.failures.map((failure) => `${failure.check}: ${failure.reason}`)).toEqual([]);
    expect(result.ok).toBe(true);
    const rules = result.coverage.rules.filter((rule) => rule.operationId === 'createWidget');
    expect(rules.filter((rule) => rule.notApplicable === undefined && rule.exercised === 0).map((rule) => `${rule.id}: ${rule.notExercised}`)).toEqual([]);
    expect(rules.some((rule) => rule.ruleClass === 'maxLength' && rule.passed > 0)).toBe(true);
    expect(result.coverage.percent).toBe(100);
    // its body keywords, parameter limits, the four responses' media types, schemas, problem members and headers, and its security
    expect(rules.filter((rule) => rule.notApplicable === undefined).length).toBeGreaterThanOrEqual(30);
  });

  it('runs every phase without error, the phases particular to this API saying they left it out', async () => {
    const result = await run(urls.keeping!, undefined);
    expect(result.failures.map((failure) => `${failure.check}: ${failure.reason}`)).toEqual([]);
    expect(result.notes).toContainEqual(expect.stringMatching(/^createWidget: not an operation of this API.*stateful flows/));
    expect(result.coverage.percent).toBe(100);
  });

  it('sends the rule cases of a path parameter any document names, and judges the answers to a generated id', async () => {
    const result = await runContractSuite({ baseUrl: urls.keeping!, apiKey: API_KEY, spec, operations: ['getWidget'], phases: GENERIC_PHASES, seed: 7 });
    expect(result.failures.map((failure) => `${failure.check}: ${failure.reason}`)).toEqual([]);
    const rules = result.coverage.rules.filter((rule) => rule.operationId === 'getWidget');
    const shown = (area: string) => rules.filter((rule) => rule.area === area && rule.notApplicable === undefined).map((rule) => `${rule.ruleClass} ${rule.exercised > 0 && rule.failed === 0 ? 'passed' : 'not passed'}`);
    expect(shown('parameter')).toEqual(['path pattern passed', 'path maxLength passed']);
    expect(shown('security')).toEqual(expect.arrayContaining(['security missing passed', 'security spelling-allowed passed']));
    // no case of a generic run has a widget the server holds: the 200's rules are the ones left
    expect(rules.filter((rule) => rule.notApplicable === undefined && rule.exercised === 0).map((rule) => rule.status)).toEqual(['200', '200', '200']);
  });

  it('fails a server that ignores maxLength, naming the rule', async () => {
    const result = await run(urls.ignoringMaxLength!, GENERIC_PHASES);
    expect(result.ok).toBe(false);
    expect(result.failures.map((failure) => failure.check)).toEqual(['negative_data_rejection']);
    expect(result.failures[0]!.reason).toContain('name must be at most 10 characters long');
    const maxLength = result.coverage.rules.find((rule) => rule.operationId === 'createWidget' && rule.ruleClass === 'maxLength');
    expect(maxLength).toMatchObject({ field: '/name', pointer: '/components/schemas/WidgetCreate/properties/name/maxLength', failed: 1 });
    expect(result.coverage.rules.filter((rule) => rule.operationId === 'createWidget' && rule.failed > 0)).toHaveLength(1);
  });

  it('judges its response headers against their schemas: a request id with a space breaks the RequestId pattern', async () => {
    const result = await run(urls.spacedRequestId!, ['rule cases']);
    expect(new Set(result.failures.map((failure) => failure.check))).toEqual(new Set(['response_headers_conformance']));
    expect(result.failures[0]!.reason).toMatch(/X-Request-Id is "req \d+", which its schema does not allow/);
    expect(result.coverage.rules.find((rule) => rule.id === 'createWidget 422 header X-Request-Id')?.failed).toBeGreaterThan(0);
  });
});
