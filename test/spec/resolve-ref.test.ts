import { describe, expect, it } from 'vitest';
import { resolveRef } from '../../src/spec/resolve-ref.js';

const document = {
  components: {
    schemas: { 'a/b': { type: 'string' }, Alias: { $ref: '#/components/schemas/a~1b' }, Loop: { $ref: '#/components/schemas/Loop' } },
  },
};

describe('resolveRef', () => {
  it('follows references through aliases and escaped names', () => {
    expect(resolveRef(document, { $ref: '#/components/schemas/Alias' })).toEqual({ type: 'string' });
  });

  it('returns values that are not references unchanged', () => {
    const value = { type: 'integer' };
    expect(resolveRef(document, value)).toBe(value);
    expect(resolveRef(document, undefined)).toBeUndefined();
  });

  it.each([
    ['a reference to nothing', '#/components/schemas/Missing', 'points to nothing'],
    ['a reference to itself', '#/components/schemas/Loop', 'points to itself'],
    ['a remote reference', 'other.yaml#/Thing', 'only local references'],
  ])('refuses %s', (_, ref, message) => {
    expect(() => resolveRef(document, { $ref: ref })).toThrow(message);
  });
});
