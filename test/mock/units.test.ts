/** The front layer's pure parts, without a server: routing, Prism's violations, request checks, the log line. */
import { describe, expect, it } from 'vitest';
import { formatExchange } from '../../src/mock/access-log.js';
import { explainParameterViolations, parseViolations } from '../../src/mock/prism-violations.js';
import { checkContentType, hasBearerToken, mediaTypeOf } from '../../src/validation/request-checks.js';
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
  const list = route('GET', '/v1/webhooks')!;
  const violation = (location: string[], code: string, message = 'Prism says so') => ({ location, code, message, severity: 'Error' });

  it('reads the header, and nothing from an absent or truncated one', () => {
    expect(parseViolations('[{"location":["request"],"severity":"Error","code":401,"message":"m"}]')).toHaveLength(1);
    expect(parseViolations(undefined)).toEqual([]);
    expect(parseViolations('Too many violations! [{"location":')).toEqual([]);
  });

  it('words parameter rules with the limits from the spec', () => {
    expect(
      explainParameterViolations(list, [
        violation(['request', 'query', 'limit'], 'minimum'),
        violation(['request', 'query', 'starting_after'], 'format'),
      ]),
    ).toEqual([
      { pointer: '/limit', message: 'limit must be at least 1' },
      { pointer: '/starting_after', message: 'starting_after must be a UUID' },
    ]);
  });

  it("keeps Prism's sentence, without its prefix, for a keyword it cannot word", () => {
    expect(explainParameterViolations(list, [violation(['request', 'query', 'limit'], 'multipleOf', 'Request query parameter limit must be a multiple of 5')])).toEqual([
      { pointer: '/limit', message: 'limit must be a multiple of 5' },
    ]);
  });

  it('leaves out body, security and response violations', () => {
    expect(
      explainParameterViolations(list, [violation(['request', 'body', 'url'], 'type'), violation(['request'], '401'), violation(['response', 'body'], 'required')]),
    ).toEqual([]);
  });
});

describe('request checks', () => {
  it.each([
    ['Bearer sk_test_1', true],
    ['Bearer  spaced', true],
    ['Bearer', false],
    ['Basic dXNlcjpwYXNz', false],
    ['bearer lower', false],
    [undefined, false],
  ])('takes %j as a bearer token the way Prism does: %s', (authorization, want) => {
    expect(hasBearerToken(authorization)).toBe(want);
  });

  it.each([
    ['application/json', 'application/json'],
    ['Application/JSON; charset=utf-8', 'application/json'],
    ['', undefined],
    [undefined, undefined],
  ])('reads the media type of %j', (header, want) => {
    expect(mediaTypeOf(header)).toBe(want);
  });

  it('never quotes Content-Type parameters back', () => {
    expect(checkContentType('/v1/webhooks', 'text/plain; secret=abc')?.detail).toBe('Send the body as JSON with "Content-Type: application/json"; got "text/plain".');
  });
});

describe('the access log', () => {
  it('writes one line per request and one per broken rule', () => {
    const at = new Date(2026, 10, 2, 9, 5, 7);
    const line = formatExchange(
      {
        method: 'POST',
        target: '/v1/webhooks',
        status: 422,
        durationMs: 2.4,
        answeredBy: 'mock',
        errors: [{ pointer: '', message: 'the request body must be a JSON object' }],
        violations: [{ location: ['request', 'body'], code: 'type', severity: 'Error', message: 'ignored: the error above says it' }],
      },
      at,
    );
    expect(line).toBe('09:05:07 POST /v1/webhooks → 422 (2 ms)\n    (body): the request body must be a JSON object');
  });

  it("lists Prism's violations when the front layer reported none", () => {
    const line = formatExchange(
      { method: 'GET', target: '/v1/webhooks', status: 500, durationMs: 10, answeredBy: 'prism', errors: [], violations: [{ location: ['response', 'body', 'data', '0'], code: 'required', severity: 'Error', message: "must have required property 'url'" }] },
      new Date(2026, 10, 2, 10, 0, 0),
    );
    expect(line).toBe("10:00:00 GET /v1/webhooks → 500 (10 ms)\n    ✖ response.body.data.0: must have required property 'url'");
  });
});
