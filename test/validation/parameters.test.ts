/** The shared parameter check: what the mock and the reference server both answer to a bad parameter. */
import { describe, expect, it } from 'vitest';
import { allowedMethods, findRoute, specRoutes } from '../../src/spec/routes.js';
import { checkParameters, SUPPORTED_PARAMETER_KEYWORDS } from '../../src/validation/parameters.js';

const routes = specRoutes();
const ID = '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f';

function check(method: string, target: string, headers: Record<string, string | string[]> = {}) {
  const url = new URL(target, 'http://api.invalid');
  const route = findRoute(routes, method, url.pathname);
  if (!route) throw new Error(`no route for ${method} ${target}`);
  return checkParameters(route, { pathname: url.pathname, query: url.searchParams, headers });
}

describe('checkParameters', () => {
  it.each<[string, string, string, Record<string, string | string[]>, Record<string, string | number>]>([
    ['no parameters at all', 'GET', '/v1/webhooks', {}, {}],
    ['a limit in range, as a number', 'GET', '/v1/webhooks?limit=20', {}, { limit: 20 }],
    ['the bounds of limit', 'GET', '/v1/webhooks?limit=100', {}, { limit: 100 }],
    ['a cursor', 'GET', `/v1/webhooks?starting_after=${ID}`, {}, { starting_after: ID }],
    ['an id in the path', 'DELETE', `/v1/webhooks/${ID}`, {}, { id: ID }],
    ['a percent-encoded id', 'GET', `/v1/webhooks/${ID.replace('3f', '%33f')}`, {}, { id: ID }],
    ['an unknown query parameter, ignored', 'GET', '/v1/webhooks?__code=404', {}, {}],
    ['an Idempotency-Key', 'POST', '/v1/webhooks', { 'idempotency-key': 'key-1' }, { 'Idempotency-Key': 'key-1' }],
    ['the delivery list of a webhook', 'GET', `/v1/webhooks/${ID}/deliveries?limit=1`, {}, { id: ID, limit: 1 }],
  ])('accepts %s', (_, method, target, headers, want) => {
    expect(check(method, target, headers)).toEqual({ ok: true, values: want });
  });

  it.each<[string, string, string, Record<string, string | string[]>, { pointer: string; message: string }[]]>([
    ['limit 0', 'GET', '/v1/webhooks?limit=0', {}, [{ pointer: '/limit', message: 'limit must be at least 1' }]],
    ['limit 101', 'GET', '/v1/webhooks?limit=101', {}, [{ pointer: '/limit', message: 'limit must be at most 100' }]],
    ['limit in hex', 'GET', '/v1/webhooks?limit=0x10', {}, [{ pointer: '/limit', message: 'limit must be a whole number' }]],
    ['limit with an exponent', 'GET', '/v1/webhooks?limit=1e1', {}, [{ pointer: '/limit', message: 'limit must be a whole number' }]],
    ['limit with a fraction', 'GET', '/v1/webhooks?limit=1.0', {}, [{ pointer: '/limit', message: 'limit must be a whole number' }]],
    ['limit with a plus sign', 'GET', '/v1/webhooks?limit=%2B5', {}, [{ pointer: '/limit', message: 'limit must be a whole number' }]],
    ['an empty limit', 'GET', '/v1/webhooks?limit=', {}, [{ pointer: '/limit', message: 'limit must be a whole number' }]],
    ['a limit past the safe integers', 'GET', '/v1/webhooks?limit=99999999999999999999', {}, [{ pointer: '/limit', message: 'limit must be a whole number' }]],
    ['limit given twice', 'GET', '/v1/webhooks?limit=1&limit=2', {}, [{ pointer: '/limit', message: 'limit must be given at most once' }]],
    ['a cursor that is not a UUID', 'GET', '/v1/webhooks?starting_after=abc', {}, [{ pointer: '/starting_after', message: 'starting_after must be a UUID' }]],
    ['an id that is not a UUID', 'GET', '/v1/webhooks/abc', {}, [{ pointer: '/id', message: 'id must be a UUID' }]],
    ['a malformed escape in the id', 'GET', '/v1/webhooks/%zz', {}, [{ pointer: '/id', message: 'id must be a UUID' }]],
    ['a truncated UTF-8 escape in the id', 'GET', '/v1/webhooks/%E0%A4%A', {}, [{ pointer: '/id', message: 'id must be a UUID' }]],
    [
      'an Idempotency-Key with a space',
      'POST',
      '/v1/webhooks',
      { 'idempotency-key': 'two words' },
      [{ pointer: '/Idempotency-Key', message: 'Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID' }],
    ],
    [
      'an Idempotency-Key sent twice',
      'POST',
      '/v1/webhooks',
      { 'idempotency-key': ['a', 'b'] },
      [{ pointer: '/Idempotency-Key', message: 'Idempotency-Key must be given at most once' }],
    ],
    [
      'two bad parameters, each named',
      'GET',
      '/v1/webhooks?limit=0&starting_after=x',
      {},
      [
        { pointer: '/limit', message: 'limit must be at least 1' },
        { pointer: '/starting_after', message: 'starting_after must be a UUID' },
      ],
    ],
  ])('refuses %s', (_, method, target, headers, want) => {
    expect(check(method, target, headers)).toEqual({ ok: false, errors: want });
  });

  it('never quotes the value it refuses', () => {
    const result = check('GET', '/v1/webhooks?starting_after=sk_live_secret_value');
    expect(JSON.stringify(result)).not.toContain('sk_live_secret_value');
  });

  it('understands every parameter schema the spec declares', () => {
    for (const route of routes) {
      for (const parameter of route.parameterList) {
        const unsupported = Object.keys(parameter.schema).filter((keyword) => !SUPPORTED_PARAMETER_KEYWORDS.has(keyword));
        expect(unsupported, `${route.operationId} ${parameter.in} ${parameter.name}`).toEqual([]);
      }
    }
  });
});

describe('routes', () => {
  it('marks the signing keys as the one public operation', () => {
    expect(routes.filter((route) => !route.authenticated).map((route) => route.operationId)).toEqual(['getSigningKeys']);
  });

  it.each([
    ['/v1/webhooks', ['GET', 'POST']],
    [`/v1/webhooks/${ID}`, ['GET', 'PATCH', 'DELETE']],
    [`/v1/webhooks/${ID}/deliveries`, ['GET']],
    ['/v1/nothing', []],
  ])('lists the methods of %s for Allow', (path, methods) => {
    expect(allowedMethods(routes, path).sort()).toEqual([...methods].sort());
  });
});
