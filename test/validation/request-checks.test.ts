/**
 * The request checks and problem bodies the mock and the reference server share: each refusal is a
 * problem the spec's Problem schema accepts, says what is wrong, and never repeats a header value.
 */
import { describe, expect, it } from 'vitest';
import { findRoute, specRoutes } from '../../src/spec/routes.js';
import {
  badGateway,
  badRequest,
  expectationFailed,
  gatewayTimeout,
  methodNotAllowed,
  notAcceptable,
  notFound,
  problemInstance,
  requestHeadersTooLarge,
  requestTimeout,
  serviceUnavailable,
  unauthorized,
  unexpectedBody,
  unsupportedMediaType,
} from '../../src/validation/problem.js';
import { checkAccept, checkAuthorization, checkContentType, checkJsonBody, hasBearerToken, mediaTypeOf, parseJsonBody, stripUtf8Bom } from '../../src/validation/request-checks.js';
import { validateSchema } from '../../src/validation/validate.js';

const routes = specRoutes();
const create = findRoute(routes, 'POST', '/v1/webhooks')!;
const BODY = '{"url":"https://hooks.example.com/webhooks","enabled_events":["*"]}';
const SEND_JSON = 'Send the body as JSON with "Content-Type: application/json"';

describe('checkContentType', () => {
  it.each(['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json; charset="UTF-8"', 'application/json;;', ['application/json']])(
    'takes %j',
    (header) => {
      expect(checkContentType('/v1/webhooks', header)).toBeUndefined();
    },
  );

  it.each<[string | string[] | undefined, string]>([
    [undefined, `${SEND_JSON}; got no Content-Type header.`],
    ['text/plain', `${SEND_JSON}; got "text/plain".`],
    ['Application/X-WWW-Form-Urlencoded; a=b', `${SEND_JSON}; got "application/x-www-form-urlencoded".`],
    ['application/merge-patch+json', `${SEND_JSON}; got "application/merge-patch+json".`],
    ['text/plain; secret=sk_live_123', `${SEND_JSON}; got "text/plain".`],
    ['sk_live_123/json', `${SEND_JSON}; got another media type.`],
    [';', `${SEND_JSON}; the Content-Type header is not a valid media type.`],
    ['sk_live_123', `${SEND_JSON}; the Content-Type header is not a valid media type.`],
    ['application/json; charset', `${SEND_JSON}; the Content-Type header is not a valid media type.`],
    ['application/json; charset=', `${SEND_JSON}; the Content-Type header is not a valid media type.`],
    ['application/json; charset=utf-16', `${SEND_JSON}; the body must be UTF-8 (RFC 8259); the header declares another charset.`],
    ['application/json; charset=sk_live_123', `${SEND_JSON}; the body must be UTF-8 (RFC 8259); the header declares another charset.`],
    [['application/json', 'text/plain'], `${SEND_JSON}; the request has more than one Content-Type header.`],
  ])('answers %j with a 415 that never repeats the header', (header, detail) => {
    const problem = checkContentType('/v1/webhooks', header);
    expect(problem).toEqual({ type: 'https://api.example.com/problems/unsupported-media-type', title: 'Unsupported media type', status: 415, detail, instance: '/v1/webhooks' });
    expect(JSON.stringify(problem)).not.toContain('sk_live_123');
  });

  it('reads the media type of a header, and nothing of a malformed one', () => {
    expect(mediaTypeOf('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(mediaTypeOf(';')).toBeUndefined();
    expect(mediaTypeOf(undefined)).toBeUndefined();
  });
});

describe('a UTF-8 byte order mark is ignored, as RFC 8259 allows', () => {
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(BODY)]);

  it('passes the body, and strips the mark from what is passed on', () => {
    expect(checkJsonBody(create, withBom, '/v1/webhooks')).toBeUndefined();
    expect(Buffer.from(stripUtf8Bom(withBom)).toString()).toBe(BODY);
    expect(stripUtf8Bom(Buffer.from(BODY))).toEqual(Buffer.from(BODY));
  });

  it('still refuses a second mark, which is not whitespace to JSON', () => {
    const twice = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), withBom]);
    expect(parseJsonBody(twice, '/v1/webhooks')).toMatchObject({ ok: false, problem: { status: 400 } });
  });
});

describe('checkAuthorization', () => {
  it.each<[string | string[] | undefined, string]>([
    [undefined, 'The request has no Authorization header.'],
    ['Basic sk_live_123', 'The Authorization header uses another scheme than Bearer.'],
    ['Bearer ', 'The bearer token is empty or is not a token (letters, digits and -._~+/, then any = signs).'],
    ['Bearer sk_live_123 extra', 'The bearer token is empty or is not a token (letters, digits and -._~+/, then any = signs).'],
    [['Bearer a', 'Bearer b'], 'The request has more than one Authorization header.'],
  ])('answers %j with a 401 saying why, without the token', (header, reason) => {
    const problem = checkAuthorization('/v1/webhooks', header);
    expect(problem?.detail).toBe(`${reason} Send your API key as "Authorization: Bearer <api key>".`);
    expect(JSON.stringify(problem)).not.toContain('sk_live_123');
  });

  it('takes a bearer token in any case of the scheme', () => {
    expect(checkAuthorization('/v1/webhooks', 'bearer sk_test_1')).toBeUndefined();
    expect(hasBearerToken('BEARER sk_test_1')).toBe(true);
    expect(hasBearerToken('Bearer')).toBe(false);
  });
});

describe('checkAccept', () => {
  it.each([undefined, '*/*', 'application/json', 'application/problem+json', 'text/html, application/*;q=0.1', 'a/b;c', ';', ';;;q=abc', '*/*;q=x', ''])('takes %j (or ignores it when malformed)', (accept) => {
    expect(checkAccept('/v1/webhooks', accept)).toBeUndefined();
  });

  it.each(['text/html', 'application/xml, text/*', 'application/json;q=0, application/problem+json;q=0'])('answers %j with 406', (accept) => {
    expect(checkAccept('/v1/webhooks', accept)?.status).toBe(406);
  });
});

describe('problem bodies', () => {
  it.each([
    ['/v1/webhooks', '/v1/webhooks'],
    ['/v1/webhooks/%zz', '/v1/webhooks/%25zz'],
    ['/v1/webhooks/%E0%A4%A', '/v1/webhooks/%E0%A4%25A'],
    ['/v1/webhooks/{id}', '/v1/webhooks/%7Bid%7D'],
    ['/a b/é', '/a%20b/%C3%A9'],
  ])('reports the path %j as the URI reference %j', (path, instance) => {
    expect(problemInstance(path)).toBe(instance);
    expect(validateSchema('Problem', { type: 'about:blank', title: 't', status: 400, instance: problemInstance(path) }).ok).toBe(true);
  });

  it.each([
    ['unauthorized', unauthorized('/v1/webhooks', 'malformed')],
    ['notFound', notFound('/v1/webhook')],
    ['methodNotAllowed', methodNotAllowed('/v1/webhooks', ['GET', 'POST'])],
    ['notAcceptable', notAcceptable('/v1/webhooks')],
    ['unexpectedBody', unexpectedBody('/v1/webhooks', 'GET')],
    ['badRequest', badRequest('The request target is not a valid absolute URL.')],
    ['requestTimeout', requestTimeout()],
    ['expectationFailed', expectationFailed('/v1/webhooks')],
    ['requestHeadersTooLarge', requestHeadersTooLarge()],
    ['serviceUnavailable', serviceUnavailable('/v1/webhooks', 'The mock is restarting.')],
    ['badGateway', badGateway('/v1/webhooks', 'The upstream refused the connection.')],
    ['gatewayTimeout', gatewayTimeout('/v1/webhooks', 'The upstream did not answer within 30 s.')],
    ['unsupportedMediaType', unsupportedMediaType('/v1/webhooks', 'text/plain')],
  ])('%s is a problem the spec accepts', (_, problem) => {
    expect(validateSchema('Problem', problem)).toMatchObject({ ok: true });
  });

  it('words a 405 with the methods the path takes', () => {
    expect(methodNotAllowed('/v1/webhooks', ['GET', 'POST']).detail).toBe('This path takes GET or POST.');
    expect(methodNotAllowed('/v1/webhooks/x', ['GET', 'PATCH', 'DELETE']).detail).toBe('This path takes GET, PATCH or DELETE.');
  });
});
