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
import { collectBoundaries, collectExamplePools, documentExamples, sampleValues, shrinkValue, type Boundaries, type ExamplePools } from './sample-values.js';
import { isObject, mapSchema, type Json, type Schema } from './schema-walk.js';

/** how many values are generated per schema and direction */
export const SAMPLES_PER_SCHEMA = 250;
/** below this many values valid under the schema they come from, the check cannot tell */
const MIN_VALID_SAMPLES = 10;

/** The Ajv instances one comparison shares between its versions. */
export class SchemaCompiler {
  readonly fast = createAjv(false);
  private explaining: Ajv2020 | undefined;
  private readonly added = new Set<string>();

  /** The instance that lists every error: only used on our own generated values, never on input from outside. */
  explainer(): Ajv2020 {
    this.explaining ??= createAjv(true);
    return this.explaining;
  }

  /** Makes a document known to an instance under an id, once. */
  register(ajv: Ajv2020, id: string, document: Json): void {
    const key = `${ajv === this.fast ? 'fast' : 'explain'} ${id}`;
    if (this.added.has(key)) return;
    ajv.addSchema(document, id);
    this.added.add(key);
  }
}

/** One version of the contract, compiled on demand. */
export class CompiledContract {
  readonly document: Json;
  private readonly id: string;
  private readonly compiler: SchemaCompiler;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(document: Json, id: string, compiler: SchemaCompiler = new SchemaCompiler()) {
    this.document = document;
    this.id = `urn:webhooks-contract:${id}`;
    this.compiler = compiler;
  }

  /** A validator of the schema at a pointer of the document. */
  validator(pointer: string): ValidateFunction {
    let validate = this.cache.get(pointer);
    if (!validate) {
      this.compiler.register(this.compiler.fast, this.id, this.document);
      validate = this.compiler.fast.compile({ $ref: `${this.id}${pointer}` });
      this.cache.set(pointer, validate);
    }
    return validate;
  }

  /** Why a value is refused, in Ajv's words, the most specific rule first. */
  explain(pointer: string, value: unknown): string {
    const ajv = this.compiler.explainer();
    this.compiler.register(ajv, this.id, this.document);
    const validate = ajv.compile({ $ref: `${this.id}${pointer}` });
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
  const compiler = new SchemaCompiler();
  return {
    old: new CompiledContract(oldDocument, 'old', compiler),
    new: new CompiledContract(newDocument, 'new', compiler),
    tolerantOld: new CompiledContract(tolerantDocument(oldDocument), 'old-tolerant', compiler),
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
    const gained = findEscape({ from: newSide, to: oldSide, examples: input.otherExamples, boundaries, pools: contracts.pools, seed: input.seed + 1, samples });
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
    samples,
  });
  return dropped.evidence
    ? { outcome: 'compatible-change', difference: dropped.evidence, checked: unreadable.checked }
    : { outcome: 'same', checked: unreadable.checked };
}
