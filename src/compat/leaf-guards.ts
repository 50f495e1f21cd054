/**
 * Validators of single values (a string, a number) against their own small schema, shared by every
 * comparison: a generated body keeps a valid value in each field, its edge cases included.
 * @module
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import { canonicalJson, type Json } from './schema-walk.js';

/** how many leaf schemas (and patterns) are kept compiled before the caches start over */
export const MAX_CACHED_LEAVES = 2_000;

/**
 * Checks single values (a string, a number) against their own schema, so that a body is not lost because
 * one of its ten fields missed a pattern: each field gets a valid value, its edge cases included.
 */
export class LeafGuards {
  private ajv: Ajv2020 | undefined;
  private readonly cache = new Map<string, ((value: unknown) => boolean) | undefined>();
  /** valid values found for a leaf, by schema and field name */
  readonly fallbacks = new Map<string, unknown[]>();

  validator(schema: Json): ((value: unknown) => boolean) | undefined {
    const key = canonicalJson(schema);
    if (this.cache.has(key)) return this.cache.get(key);
    // a long-lived cache of small, self-contained schemas: start over rather than grow without end
    if (this.cache.size > MAX_CACHED_LEAVES) {
      this.cache.clear();
      this.fallbacks.clear();
      this.ajv = undefined;
    }
    let validate: ((value: unknown) => boolean) | undefined;
    // a leaf that still refers elsewhere is left to the whole body's validator
    if (!key.includes('"$ref"')) {
      try {
        this.ajv ??= createAjv();
        const compiled = this.ajv.compile(schema);
        validate = (value) => compiled(value) === true;
      } catch {
        validate = undefined;
      }
    }
    this.cache.set(key, validate);
    return validate;
  }
}

/** Shared by every comparison: leaf schemas carry no reference, so a validator of one is valid anywhere. */
export const LEAF_GUARDS = new LeafGuards();
