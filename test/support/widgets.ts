/**
 * A copy of the bundled spec with two operations of its own (`POST /v1/widgets`, `GET /v1/widgets/{widget_id}`)
 * and a small server that keeps their rules by hand (or ignores maxLength), for the generic engine's tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';

/** The key the widget server takes. */
export const WIDGETS_API_KEY = 'widgets-test-key';

/** The bundled spec with the widget operations added. */
export function withWidgets(): Record<string, unknown> {
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

/** A server of the widget operations (and the list the pre-flight reads); not listening yet. */
export function widgetServer(keepMaxLength: boolean, requestIdPrefix = 'req_') {
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
    if (url.pathname === '/v1/webhooks' && request.method === 'GET') return send(response, token === WIDGETS_API_KEY ? 200 : 401, { data: [], has_more: false });
    const one = /^\/v1\/widgets\/([^/]+)$/.exec(url.pathname);
    if (url.pathname !== '/v1/widgets' && one === null) return problem(response, 404, 'Not Found');
    const allowed = one === null ? 'POST' : 'GET';
    if (request.method !== allowed) return problem(response, 405, 'Method Not Allowed', undefined, { allow: allowed });
    if (token !== WIDGETS_API_KEY) return problem(response, 401, 'Unauthorized', undefined, { 'www-authenticate': 'Bearer realm="widgets"' });
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
