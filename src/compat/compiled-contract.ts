/**
 * One version of the contract compiled with Ajv (JSON Schema 2020-12 and formats, as the generated
 * validators do): a validator per schema position, built on demand from a self-contained copy of the
 * schema, and why a value is refused in the validator's words.
 * @module
 */
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import { atPointer, canonicalJson, isObject, mapSchema, schemaClosure, type Json, type Schema } from './schema-walk.js';
import { WebhooksContractError } from '../errors.js';

const MAX_CACHED_VALIDATORS = 500;

/**
 * Compiled validators shared by every comparison, keyed by the self-contained schema they check: a
 * schema both versions (or two comparisons) share is compiled once.
 */
class ValidatorCache {
  private ajv: Ajv2020 = createAjv();
  private readonly validators = new Map<string, ValidateFunction>();

  get(schema: Json): ValidateFunction {
    const key = canonicalJson(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      if (this.validators.size >= MAX_CACHED_VALIDATORS) {
        // start over rather than grow without end in a long-lived process
        this.validators.clear();
        this.ajv = createAjv();
      }
      validate = this.ajv.compile(schema);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

const VALIDATORS = new ValidatorCache();

/**
 * The schema at a pointer of a document as one self-contained schema: every schema it references, in
 * either version's `components`, copied under `$defs`.
 */
export function standaloneSchema(document: Json, pointer: string): Json {
  const root = atPointer(document, pointer) as Schema;
  const refs = [...schemaClosure(document, root)].sort();
  const names = new Map(refs.map((ref, index) => [ref, `#/$defs/ref${index}`]));
  const rewrite = (schema: Schema): Schema =>
    mapSchema(schema, (node) => (typeof node.$ref === 'string' && names.has(node.$ref) ? { ...node, $ref: names.get(node.$ref) } : node));
  const definitions: Json = {};
  refs.forEach((ref, index) => {
    const target = atPointer(document, ref);
    if (typeof target !== 'boolean' && !isObject(target)) throw new WebhooksContractError('ERR_SPEC_INVALID', `${ref} points to no schema`);
    definitions[`ref${index}`] = rewrite(target);
  });
  const body = rewrite(root);
  if (!isObject(body)) return { allOf: [body], $defs: definitions };
  // a $defs of the schema's own keeps its place: local refs to it stay valid
  return { ...body, $defs: { ...(isObject(body.$defs) ? body.$defs : {}), ...definitions } };
}

/** One version of the contract, its schemas compiled on demand. */
export class CompiledContract {
  readonly document: Json;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(document: Json) {
    this.document = document;
  }

  /** A validator of the schema at a pointer of the document. */
  validator(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      validate = VALIDATORS.get(standaloneSchema(this.document, pointer));
      this.cache.set(pointer, validate);
    }
    return validate;
  }

  /** Why a value is refused, in Ajv's words, the most specific rule first. */
  explain(pointer: string, value: unknown): string {
    const validate = this.validator(pointer);
    // the validator stops at the first error of each alternative: no allErrors, not even on our own values
    if (validate(value)) return 'accepted';
    return describeErrors(validate.errors ?? []);
  }
}

const COMPOSITION = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else', '$ref', 'false schema']);

function describeErrors(errors: readonly ErrorObject[]): string {
  // the deepest rule that is not "must match a schema in oneOf": that is the one a person can act on
  const specific = errors.filter((error) => !COMPOSITION.has(error.keyword));
  const chosen = (specific.length > 0 ? specific : [...errors]).sort(
    (a, b) => b.schemaPath.split('/').length - a.schemaPath.split('/').length,
  )[0];
  if (!chosen) return 'refused';
  const allowed = chosen.keyword === 'enum' && isObject(chosen.params) ? ` ${JSON.stringify(chosen.params.allowedValues)}` : '';
  const extra =
    chosen.keyword === 'additionalProperties' || chosen.keyword === 'unevaluatedProperties'
      ? ` (${String((chosen.params as Record<string, unknown>).additionalProperty ?? (chosen.params as Record<string, unknown>).unevaluatedProperty)})`
      : '';
  const message = `${chosen.message ?? 'is refused'}${allowed}${extra}`;
  return chosen.instancePath === '' ? message : `${chosen.instancePath} ${message}`;
}
