/**
 * Decides a schema change by meaning: compiles both versions with Ajv (JSON Schema 2020-12 and formats,
 * as the generated validators do) and looks for a value on the wrong side of the change: one a client
 * could send before and is now refused, or one the platform may now send that a tolerant reader of the
 * old version cannot read.
 * @module
 */
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import { HTTP_METHODS, type Direction } from './positions.js';
import { collectBoundaries, collectExamplePools, documentExamples, type Boundaries, type ExamplePools } from './example-values.js';
import { sampleValues } from './sample-values.js';
import { shrinkValue } from './shrink-value.js';
import { atPointer, canonicalJson, isObject, mapSchema, schemaClosure, type Json, type Schema } from './schema-walk.js';

/** how many values are generated per schema for the direction that can break */
export const SAMPLES_PER_SCHEMA = 250;
/** how many for the other direction, which only tells "the same" from "wider" */
const REVERSE_SAMPLES = 80;
/** below this many values valid under the schema they come from, the check cannot tell */
const MIN_VALID_SAMPLES = 10;

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
    if (typeof target !== 'boolean' && !isObject(target)) throw new Error(`${ref} points to no schema`);
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

const TOLERANT_SKIP = new Set(['not', 'if', 'propertyNames', 'contains']);

/**
 * The old version as a tolerant reader sees it: unknown fields and unknown enum values are fine, and a
 * value may match several alternatives. Conditions (`not`, `if`) keep their meaning untouched.
 */
export function tolerantDocument(document: Json): Json {
  const open = (node: Json): Schema => {
    const copy: Json = { ...node };
    if (copy.additionalProperties === false) delete copy.additionalProperties;
    if (copy.unevaluatedProperties === false) delete copy.unevaluatedProperties;
    delete copy.enum;
    if (Array.isArray(copy.oneOf)) {
      const { oneOf, ...rest } = copy;
      return rest.anyOf === undefined ? { ...rest, anyOf: oneOf } : { ...rest, allOf: [...((rest.allOf as Schema[]) ?? []), { anyOf: oneOf }] };
    }
    return copy;
  };
  const tolerant = structuredClone(document);
  const reopen = (holder: unknown, key: string): void => {
    if (isObject(holder) && (isObject(holder[key]) || typeof holder[key] === 'boolean')) {
      holder[key] = mapSchema(holder[key] as Schema, open, TOLERANT_SKIP);
    }
  };
  const components = isObject(tolerant.components) ? tolerant.components : {};
  for (const schemaName of Object.keys(isObject(components.schemas) ? components.schemas : {})) reopen(components.schemas, schemaName);
  // inline schemas of responses, headers and deliveries: every schema a reader reads
  const visitMedia = (content: unknown): void => {
    if (isObject(content)) for (const entry of Object.values(content)) reopen(entry, 'schema');
  };
  const visitHeaders = (headers: unknown): void => {
    if (!isObject(headers)) return;
    for (const header of Object.values(headers)) {
      reopen(header, 'schema');
      if (isObject(header)) visitMedia(header.content);
    }
  };
  const visitResponse = (response: unknown): void => {
    if (!isObject(response)) return;
    visitMedia(response.content);
    visitHeaders(response.headers);
  };
  for (const response of Object.values(isObject(components.responses) ? components.responses : {})) visitResponse(response);
  visitHeaders(components.headers);
  for (const parameter of Object.values(isObject(components.parameters) ? components.parameters : {})) reopen(parameter, 'schema');
  for (const section of ['paths', 'webhooks']) {
    for (const item of Object.values(isObject(tolerant[section]) ? (tolerant[section] as Json) : {})) {
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        for (const response of Object.values(isObject(operation.responses) ? operation.responses : {})) visitResponse(response);
        if (Array.isArray(operation.parameters)) operation.parameters.forEach((parameter) => reopen(parameter, 'schema'));
        if (isObject(operation.requestBody)) visitMedia(operation.requestBody.content);
      }
      if (Array.isArray(item.parameters)) item.parameters.forEach((parameter) => reopen(parameter, 'schema'));
    }
  }
  return tolerant;
}

/** A value on the wrong side of a change, with what the refusing version says about it. */
export interface Evidence {
  value: unknown;
  /** true when the value is one of the spec's own examples */
  fromExamples: boolean;
  /** why the other version refuses it, in the validator's words */
  refusal: string;
}

/** The outcome of comparing one position's schemas by meaning. */
export interface SemanticResult {
  /**
   * `breaks`: a value a client could send is now refused (request), or the platform may now send a value
   * an old tolerant reader cannot read (response); `compatible-change`: the values differ only the safe
   * way (a request accepts more, a response sends less); `same`: no value found on either side;
   * `unknown`: too few values valid under the schema to tell.
   */
  outcome: 'breaks' | 'compatible-change' | 'same' | 'unknown';
  /** the value that breaks, when the outcome is `breaks` */
  evidence?: Evidence;
  /** a value on the safe side of the change, when the outcome is `compatible-change` */
  difference?: Evidence;
  /** how many values valid under the source schema were checked, examples included */
  checked: number;
}

/** Both versions of one position, as the semantic check needs them. */
export interface SemanticInput {
  direction: Direction;
  oldPointer: string;
  newPointer: string;
  oldSchema: Schema;
  newSchema: Schema;
  /** examples of the version the values come from: old for requests, new for responses */
  examples: unknown[];
  /** the other version's examples, for the reverse direction */
  otherExamples: unknown[];
  /** a number that picks the samples; the same input gives the same report */
  seed: number;
  /** values generated per direction (default SAMPLES_PER_SCHEMA) */
  samples?: number;
}

/** The two versions, compiled, with the tolerant reading of the old one. */
export interface SemanticContracts {
  old: CompiledContract;
  new: CompiledContract;
  tolerantOld: CompiledContract;
  /** the values both versions' examples give each field */
  pools: ExamplePools;
}

/** Compiles both versions of a contract for `compareByMeaning`. */
export function compileContracts(oldDocument: Json, newDocument: Json): SemanticContracts {
  return {
    old: new CompiledContract(oldDocument),
    new: new CompiledContract(newDocument),
    tolerantOld: new CompiledContract(tolerantDocument(oldDocument)),
    pools: collectExamplePools([...documentExamples(oldDocument), ...documentExamples(newDocument)]),
  };
}

function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/** A seed derived from a position's key: stable across runs, different between positions. */
export function positionSeed(key: string): number {
  return seedOf(key);
}

interface Search {
  from: { contract: CompiledContract; pointer: string; schema: Schema };
  to: { contract: CompiledContract; pointer: string };
  examples: unknown[];
  boundaries: Boundaries;
  pools: ExamplePools;
  seed: number;
  samples: number;
}

/** Looks for a value valid under `from` and refused by `to`. */
function findEscape(search: Search): { checked: number; evidence?: Evidence } {
  const fromValid = search.from.contract.validator(search.from.pointer);
  const toValid = search.to.contract.validator(search.to.pointer);
  const escapes = (value: unknown): boolean => fromValid(value) === true && toValid(value) !== true;
  let checked = 0;
  const candidates: [unknown, boolean][] = [
    ...search.examples.map((value): [unknown, boolean] => [value, true]),
    ...sampleValues(search.from.contract.document, search.from.schema, search.boundaries, search.samples, search.seed, search.pools).map(
      (value): [unknown, boolean] => [value, false],
    ),
  ];
  for (const [value, fromExamples] of candidates) {
    if (fromValid(value) !== true) continue;
    checked += 1;
    if (toValid(value) === true) continue;
    const shown = fromExamples ? value : shrinkValue(value, escapes);
    return { checked, evidence: { value: shown, fromExamples, refusal: search.to.contract.explain(search.to.pointer, shown) } };
  }
  return { checked };
}

/**
 * Compares one position of the two versions by meaning.
 * Requests: values valid under the old schema must stay valid. Responses and deliveries: values valid
 * under the new schema must be readable by a tolerant reader of the old one.
 */
export function compareByMeaning(contracts: SemanticContracts, input: SemanticInput): SemanticResult {
  const oldDoc = contracts.old.document;
  const newDoc = contracts.new.document;
  const boundaries = collectBoundaries([oldDoc, newDoc], [input.oldSchema, input.newSchema]);
  const samples = input.samples ?? SAMPLES_PER_SCHEMA;
  const oldSide = { contract: contracts.old, pointer: input.oldPointer, schema: input.oldSchema };
  const newSide = { contract: contracts.new, pointer: input.newPointer, schema: input.newSchema };
  if (input.direction === 'request') {
    const lost = findEscape({ from: oldSide, to: newSide, examples: input.examples, boundaries, pools: contracts.pools, seed: input.seed, samples });
    if (lost.evidence) return { outcome: 'breaks', evidence: lost.evidence, checked: lost.checked };
    if (lost.checked < MIN_VALID_SAMPLES && input.examples.length === 0) return { outcome: 'unknown', checked: lost.checked };
    const gained = findEscape({ from: newSide, to: oldSide, examples: input.otherExamples, boundaries, pools: contracts.pools, seed: input.seed + 1, samples: Math.min(samples, REVERSE_SAMPLES) });
    return gained.evidence
      ? { outcome: 'compatible-change', difference: gained.evidence, checked: lost.checked }
      : { outcome: 'same', checked: lost.checked };
  }
  const tolerantOld = { contract: contracts.tolerantOld, pointer: input.oldPointer };
  const unreadable = findEscape({ from: newSide, to: tolerantOld, examples: input.examples, boundaries, pools: contracts.pools, seed: input.seed, samples });
  if (unreadable.evidence) return { outcome: 'breaks', evidence: unreadable.evidence, checked: unreadable.checked };
  if (unreadable.checked < MIN_VALID_SAMPLES && input.examples.length === 0) return { outcome: 'unknown', checked: unreadable.checked };
  // what the old version sent that the new one no longer sends is fine for readers: only report it
  const dropped = findEscape({
    from: oldSide,
    to: { contract: contracts.new, pointer: input.newPointer },
    examples: input.otherExamples,
    boundaries,
    pools: contracts.pools,
    seed: input.seed + 1,
    samples: Math.min(samples, REVERSE_SAMPLES),
  });
  return dropped.evidence
    ? { outcome: 'compatible-change', difference: dropped.evidence, checked: unreadable.checked }
    : { outcome: 'same', checked: unreadable.checked };
}
