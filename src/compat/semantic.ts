/**
 * Decides a schema change by meaning: compiles both versions with Ajv (JSON Schema 2020-12 and formats,
 * as the generated validators do) and looks for a value on the wrong side of the change: one a client
 * could send before and is now refused, or one the platform may now send that a tolerant reader of the
 * old version cannot read.
 * @module
 */
import { CompiledContract } from './compiled-contract.js';
import type { Direction } from './positions.js';
import { collectBoundaries, collectExamplePools, documentExamples, type Boundaries, type ExamplePools } from './example-values.js';
import { sampleValues } from './sample-values.js';
import { shrinkValue } from './shrink-value.js';
import type { Json, Schema } from './schema-walk.js';
import { tolerantDocument } from './tolerant-document.js';

/** how many values are generated per schema for the direction that can break */
export const SAMPLES_PER_SCHEMA = 250;
/** how many for the other direction, which only tells "the same" from "wider" */
const REVERSE_SAMPLES = 80;
/** below this many values valid under the schema they come from, the check cannot tell */
const MIN_VALID_SAMPLES = 10;

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
