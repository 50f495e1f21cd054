/** The front layer's pure parts, without a server: routing, Prism's violations, request checks, the log line. */
import { describe, expect, it } from 'vitest';
import { formatExchange } from '../../src/mock/access-log.js';
import type { Exchange } from '../../src/mock/front-server.js';
import { parseViolations } from '../../src/mock/prism-violations.js';
import { parseRequestTarget } from '../../src/validation/request-target.js';
import { checkScenario, operationScenarios, preferForPrism, readScenario } from '../../src/mock/scenario.js';
import { findRoute, specRoutes } from '../../src/spec/routes.js';

const routes = specRoutes();
const route = (method: string, path: string) => findRoute(routes, method, path);

describe('spec routes', () => {
  it.each([
    ['GET', '/v1/webhooks', 'listWebhooks'],
    ['post', '/v1/webhooks', 'createWebhook'],
    ['PATCH', '/v1/webhooks/anything', 'updateWebhook'],
    ['DELETE', '/v1/webhooks/3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f', 'deleteWebhook'],
  ])('routes %s %s to %s', (method, path, operationId) => {
    expect(route(method, path)?.operationId).toBe(operationId);
  });

  it.each([
    ['PUT', '/v1/webhooks'],
    ['GET', '/v1/webhooks/'],
    ['GET', '/v1/webhooks/a/b'],
    ['GET', '/v2/webhooks'],
  ])('routes nothing for %s %s', (method, path) => {
    expect(route(method, path)).toBeUndefined();
  });

  it('knows the request body schemas and the parameter schemas', () => {
    expect(route('POST', '/v1/webhooks')?.requestBody).toBe('WebhookCreate');
    expect(route('PATCH', '/v1/webhooks/x')?.requestBody).toBe('WebhookUpdate');
    expect(route('GET', '/v1/webhooks')?.parameters.get('query:limit')).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(route('GET', '/v1/webhooks/x')?.parameters.get('path:id')).toMatchObject({ format: 'uuid' });
  });
});

describe("Prism's violations", () => {
  it('reads the header, and nothing from an absent, truncated or odd one', () => {
    expect(parseViolations('[{"location":["request"],"severity":"Error","code":401,"message":"m"}]')).toHaveLength(1);
    expect(parseViolations(undefined)).toEqual([]);
    expect(parseViolations('Too many violations! [{"location":')).toEqual([]);
    expect(parseViolations('[1, {"location": "x"}, null]')).toEqual([]);
  });
});

describe('the access log', () => {
  const at = new Date(2026, 10, 2, 9, 5, 7);
  const base: Exchange = { requestId: 'req_00000000000000000000000000000001', method: 'POST', target: '/v1/webhooks', status: 422, durationMs: 2.4, answeredBy: 'mock', outcome: 'sent', errors: [], findings: [] };

  it('writes one line per request and one per broken rule', () => {
    const line = formatExchange({ ...base, errors: [{ pointer: '', message: 'the request body must be a JSON object' }] }, at);
    expect(line).toBe('09:05:07 POST /v1/webhooks → 422 (2 ms)\n    (body): the request body must be a JSON object');
  });

  it('marks each finding with what it is about', () => {
    const line = formatExchange(
      {
        ...base,
        method: 'GET',
        status: 200,
        answeredBy: 'upstream',
        findings: [
          { kind: 'response', message: 'the body is not a valid WebhookList' },
          { kind: 'response', pointer: '/data/0/url', message: 'data[0].url must be an absolute https:// URL' },
          { kind: 'divergence', message: 'Prism rejects what the contract allows' },
        ],
      },
      at,
    );
    expect(line).toBe(
      [
        '09:05:07 GET /v1/webhooks → 200 (2 ms)',
        '    ✖ response: the body is not a valid WebhookList',
        '    ✖ response /data/0/url: data[0].url must be an absolute https:// URL',
        '    ⚠ divergence: Prism rejects what the contract allows',
      ].join('\n'),
    );
  });

  it('says when the client left before its answer was sent, instead of a status it never got', () => {
    expect(formatExchange({ ...base, status: 200, durationMs: 10_049, outcome: 'client-closed' }, at)).toBe(
      '09:05:07 POST /v1/webhooks → 200 not delivered: the client closed the connection after 10049 ms',
    );
    expect(formatExchange({ ...base, status: 0, durationMs: 120, outcome: 'client-closed' }, at)).toBe(
      '09:05:07 POST /v1/webhooks → no answer: the client closed the connection after 120 ms',
    );
  });
});

describe('request targets', () => {
  it.each<[string, ReturnType<typeof parseRequestTarget>]>([
    ['/v1/webhooks?limit=2', { ok: true, form: 'origin', pathname: '/v1/webhooks', search: '?limit=2' }],
    ['//[', { ok: true, form: 'origin', pathname: '//[', search: '' }],
    ['/v1/webhooks/%zz', { ok: true, form: 'origin', pathname: '/v1/webhooks/%zz', search: '' }],
    ['http://127.0.0.1:4010/v1/webhooks?limit=2', { ok: true, form: 'absolute', pathname: '/v1/webhooks', search: '?limit=2' }],
    ['*', { ok: true, form: 'asterisk' }],
    ['http://a:99999/', { ok: false, reason: 'The request target is not a valid absolute URL.' }],
    ['ftp://a/v1/webhooks', { ok: false, reason: 'An absolute request target must be an http:// or https:// URL.' }],
    ['v1/webhooks', { ok: false, reason: 'The request target must be a path starting with "/" (or an absolute http:// URL).' }],
    ['/v1/webhooks#top', { ok: false, reason: 'The request target must not contain a fragment (#); send the path and query only.' }],
  ])('reads %j without throwing', (target, want) => {
    expect(parseRequestTarget(target)).toEqual(want);
  });
});

describe('scenarios', () => {
  const scenarios = operationScenarios();
  const list = route('GET', '/v1/webhooks')!;
  const read = (prefer: string | undefined, query = '') => readScenario(prefer, new URLSearchParams(query), '/v1/webhooks');

  it("knows every operation's statuses and examples", () => {
    expect(scenarios.get('listWebhooks')).toEqual({
      success: 200,
      statuses: new Map([
        [200, ['page', 'empty']],
        [400, ['malformed_json', 'invalid_parameter']],
        [401, ['missing_token']],
        [406, ['not_acceptable']],
        [429, ['rate_limited']],
        [503, ['unavailable']],
      ]),
    });
    expect(scenarios.get('deleteWebhook')?.success).toBe(204);
  });

  it.each<[string | undefined, string, Record<string, unknown>]>([
    [undefined, '', { delayMs: 0 }],
    ['code=429', '', { code: 429, delayMs: 0 }],
    ['code=404, example=webhook_not_found', '', { code: 404, example: 'webhook_not_found', delayMs: 0 }],
    ['CODE = 503; foo=bar, respond-async, dynamic=true', '', { code: 503, dynamic: true, delayMs: 0 }],
    ['example="page"', '', { example: 'page', delayMs: 0 }],
    ['delay=800', '', { delayMs: 800 }],
    ['delay=30000', '', { delayMs: 30_000 }],
    ['code=429, code=503', '', { code: 429, delayMs: 0 }],
    [undefined, '__code=404&__example=webhook_not_found&__delay=5&__dynamic=false', { code: 404, example: 'webhook_not_found', dynamic: false, delayMs: 5 }],
    ['delay=10', '__code=404&__delay=20', { code: 404, delayMs: 10 }],
    [';;;,,,=,"', '', { delayMs: 0 }],
  ])('reads Prefer %j with query %j', (prefer, query, want) => {
    expect(read(prefer, query)).toEqual({ ok: true, scenario: want });
  });

  it.each<[string | undefined, string, { pointer: string; message: string }[]]>([
    ['code=-1', '', [{ pointer: '/Prefer', message: 'Prefer: code must be an HTTP status code such as 404' }]],
    [undefined, '__code=abc', [{ pointer: '/__code', message: '__code must be an HTTP status code such as 404' }]],
    ['delay=30001', '', [{ pointer: '/Prefer', message: 'Prefer: delay must be a whole number of milliseconds from 0 to 30000' }]],
    ['delay=1e3', '', [{ pointer: '/Prefer', message: 'Prefer: delay must be a whole number of milliseconds from 0 to 30000' }]],
    ['dynamic=yes', '', [{ pointer: '/Prefer', message: 'Prefer: dynamic must be true or false' }]],
    ['example=', '', [{ pointer: '/Prefer', message: 'Prefer: example must name an example, such as example=unknown_field' }]],
    [undefined, '__code=404&__code=500', [{ pointer: '/__code', message: '__code must be given at most once' }]],
  ])('refuses Prefer %j with query %j, naming the preference', (prefer, query, errors) => {
    const result = read(prefer, query);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.problem).toMatchObject({ status: 400, errors });
  });

  it.each<[Record<string, unknown>, string | undefined]>([
    [{ delayMs: 0 }, undefined],
    [{ code: 429, delayMs: 0 }, undefined],
    [{ code: 200, example: 'empty', delayMs: 0 }, undefined],
    [{ code: 500, delayMs: 0 }, 'listWebhooks documents no status 500; ask for one of 200, 400, 401, 406, 429 and 503.'],
    [{ code: 200, example: 'emtpy', delayMs: 0 }, 'listWebhooks 200 has no example of that name; its examples are page and empty.'],
    [{ example: 'sk_live_secret', delayMs: 0 }, 'listWebhooks 200 has no example of that name; its examples are page and empty.'],
  ])('checks %j against what listWebhooks documents', (scenario, detail) => {
    const problem = checkScenario(list, scenarios, scenario as never, '/v1/webhooks');
    expect(problem?.detail).toBe(detail);
    if (problem) expect(problem).toMatchObject({ status: 404, type: 'https://api.example.com/problems/scenario-not-found' });
  });

  it("asks Prism only for what Prism picks: the delay is the front layer's", () => {
    expect(preferForPrism({ code: 404, example: 'webhook_not_found', dynamic: true, delayMs: 800 })).toBe('code=404, example=webhook_not_found, dynamic=true');
    expect(preferForPrism({ delayMs: 800 })).toBeUndefined();
  });
});
