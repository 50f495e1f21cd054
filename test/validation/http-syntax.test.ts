/** The header parsers every server of this library reads requests with: never a throw, `undefined` for what breaks the grammar. */
import { describe, expect, it } from 'vitest';
import { accepts, isSerializedOrigin, isTokenList, parseAccept, parseBearerAuthorization, parseMediaType } from '../../src/validation/http-syntax.js';

describe('parseMediaType', () => {
  it.each<[string, string, Record<string, string>]>([
    ['application/json', 'application/json', {}],
    ['Application/JSON; Charset=UTF-8', 'application/json', { charset: 'UTF-8' }],
    ['application/json;charset="utf-8"', 'application/json', { charset: 'utf-8' }],
    ['application/json ; charset = "a\\"b"'.replace(' = ', '='), 'application/json', { charset: 'a"b' }],
    ['application/json;;', 'application/json', {}],
    ['text/plain; a=1; b=2', 'text/plain', { a: '1', b: '2' }],
  ])('reads %j', (value, essence, parameters) => {
    const parsed = parseMediaType(value);
    expect(parsed?.essence).toBe(essence);
    expect(Object.fromEntries(parsed!.parameters)).toEqual(parameters);
  });

  it.each([';', '', 'json', 'application/', '/json', 'a/b/c', 'application/json; charset', 'application/json; charset=', 'application/json; =x', 'application/json; charset="utf-8', 'application/json; a=1; a=2', 'app lication/json', 'application/json; charset=utf 8'])(
    'refuses %j without throwing',
    (value) => {
      expect(parseMediaType(value)).toBeUndefined();
    },
  );
});

describe('parseAccept', () => {
  it.each<[string, { type: string; subtype: string; q: number }[]]>([
    ['application/json', [{ type: 'application', subtype: 'json', q: 1 }]],
    ['text/html, */*;q=0.1', [{ type: 'text', subtype: 'html', q: 1 }, { type: '*', subtype: '*', q: 0.1 }]],
    ['application/*;q=0.500, , text/plain;format=flowed', [{ type: 'application', subtype: '*', q: 0.5 }, { type: 'text', subtype: 'plain', q: 1 }]],
    ['', []],
  ])('reads %j', (value, want) => {
    expect(parseAccept(value)).toEqual(want);
  });

  it.each(['a/b;c', ';', ';;;q=abc', '*/*;q=x', '*/*;q=1.5', '*/*;q=0.1234', '*/json', 'text', 'text/html;q="'])('refuses %j without throwing', (value) => {
    expect(parseAccept(value)).toBeUndefined();
  });

  it.each<[string, string, boolean]>([
    ['*/*', 'application/json', true],
    ['text/html', 'application/json', false],
    ['application/*', 'application/problem+json', true],
    ['application/json;q=0, */*', 'application/json', false],
    ['application/*;q=0, application/json', 'application/json', true],
  ])('%j accepts %s: %s', (value, type, want) => {
    expect(accepts(parseAccept(value)!, type)).toBe(want);
  });
});

describe('parseBearerAuthorization', () => {
  it.each<[string | string[] | undefined, ReturnType<typeof parseBearerAuthorization>]>([
    ['Bearer sk_test_1', { ok: true, token: 'sk_test_1' }],
    ['bearer sk_test_1', { ok: true, token: 'sk_test_1' }],
    ['BEARER  abc.def-ghi~jkl+/==', { ok: true, token: 'abc.def-ghi~jkl+/==' }],
    [['Bearer one'], { ok: true, token: 'one' }],
    [undefined, { ok: false, reason: 'missing' }],
    ['', { ok: false, reason: 'missing' }],
    [['Bearer one', 'Bearer two'], { ok: false, reason: 'repeated' }],
    ['Basic dXNlcjpwYXNz', { ok: false, reason: 'other-scheme' }],
    ['Bearer', { ok: false, reason: 'malformed' }],
    ['Bearer ', { ok: false, reason: 'malformed' }],
    ['Bearer a b', { ok: false, reason: 'malformed' }],
    ['Bearer\ttoken', { ok: false, reason: 'malformed' }],
    ['Bearer =abc', { ok: false, reason: 'malformed' }],
    ['Bearer tok"en', { ok: false, reason: 'malformed' }],
  ])('reads %j', (header, want) => {
    expect(parseBearerAuthorization(header)).toEqual(want);
  });
});

describe('values sent back only when they have their syntax', () => {
  it.each([
    ['http://127.0.0.1:5173', true],
    ['https://app.example.com', true],
    ['http://[::1]:3000', true],
    ['null', true],
    ['javascript:alert(1)', false],
    ['http://a.example.com/path', false],
    ['http://a b', false],
  ])('origin %j: %s', (value, want) => {
    expect(isSerializedOrigin(value)).toBe(want);
  });

  it.each([
    ['authorization,content-type', true],
    ['Authorization, Content-Type', true],
    ['a b', false],
    ['"c"', false],
  ])('header list %j: %s', (value, want) => {
    expect(isTokenList(value)).toBe(want);
  });
});
