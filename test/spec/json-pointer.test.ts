/**
 * JSON Pointer tokens (RFC 6901) in the one place that escapes them, and the places that build pointers
 * from keys holding `~` or `/` (a media type such as `application/vnd.a~b+json`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atPointer } from '../../src/compat/schema-walk.js';
import { schemaPositions } from '../../src/compat/positions.js';
import { escapePointerToken, unescapePointerToken } from '../../src/spec/json-pointer.js';
import { resolveRef } from '../../src/spec/resolve-ref.js';

describe('JSON Pointer tokens', () => {
  it.each([
    ['a/b', 'a~1b'],
    ['a~b', 'a~0b'],
    ['~1', '~01'],
    ['/~', '~1~0'],
    [3, '3'],
  ])('escapes %j as %j and reads it back', (key, token) => {
    expect(escapePointerToken(key)).toBe(token);
    expect(unescapePointerToken(token)).toBe(String(key));
  });

  it('reads back every key it escapes (RFC 6901: ~1 before ~0)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('~', '/', '0', '1', 'a') }), (key) => unescapePointerToken(escapePointerToken(key)) === key));
  });
});

describe('pointers built from keys', () => {
  const media = 'application/vnd.a~b+json';
  const document = {
    openapi: '3.1.0',
    paths: { '/x': { post: { requestBody: { content: { [media]: { schema: { type: 'object' } } } }, responses: {} } } },
    components: { schemas: { 'a~b/c': { type: 'string' } } },
  };

  it('the breaking-change check names a media type holding ~ by a pointer that finds its schema', () => {
    const position = schemaPositions(document).find((entry) => entry.kind === 'request-body');
    expect(position?.pointer).toBe('#/paths/~1x/post/requestBody/content/application~1vnd.a~0b+json/schema');
    expect(atPointer(document, position!.pointer)).toEqual({ type: 'object' });
  });

  it('a $ref to a name holding ~ and / resolves', () => {
    expect(resolveRef(document, { $ref: '#/components/schemas/a~0b~1c' })).toEqual({ type: 'string' });
  });
});
