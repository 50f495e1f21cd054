/** The front layer's pure parts, without a server: routing, Prism's violations, request checks, the log line. */
import { describe, expect, it } from 'vitest';
import { formatExchange } from '../../src/mock/access-log.js';
import type { Exchange } from '../../src/mock/front-server.js';
import { parseViolations } from '../../src/mock/prism-violations.js';
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
  const base: Exchange = { method: 'POST', target: '/v1/webhooks', status: 422, durationMs: 2.4, answeredBy: 'mock', outcome: 'sent', errors: [], findings: [] };

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
