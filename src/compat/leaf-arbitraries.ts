/**
 * Candidate values of one leaf of a schema (a string, a number) for the semantic check: its format and
 * pattern, the lengths and bounds either version names, the spec's examples, and a fallback to a valid
 * value seen for the same field.
 * @module
 */
import fc from 'fast-check';
import type { Boundaries, ExamplePools } from './example-values.js';
import { MAX_CACHED_LEAVES, type LeafGuards } from './leaf-guards.js';
import { canonicalJson, type Json } from './schema-walk.js';

/** The generator's reading of one document. */
export interface SampleContext {
  document: unknown;
  boundaries: Boundaries;
  pools: ExamplePools;
  leaves: LeafGuards;
}

const MAX_STRING_LENGTH = 4_096;

/** Picks edge values in a range, those where the change is three times as often as the others. */
function edges(context: SampleContext, low: number, high: number, integer = false): fc.Arbitrary<number> | undefined {
  const keep = (values: readonly number[]): number[] => within(values, low, high).filter((value) => !integer || Number.isInteger(value));
  const every = keep(context.boundaries.numbers);
  const focused = keep(context.boundaries.focusNumbers);
  if (every.length === 0) return undefined;
  return focused.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...focused), weight: 3 }, { arbitrary: fc.constantFrom(...every), weight: 1 })
    : fc.constantFrom(...every);
}

/** The values of a list within a range. */
export function within(values: readonly number[], min: number, max: number): number[] {
  return values.filter((value) => value >= min && value <= max);
}

// arbitraries are immutable: one per format and pattern serves every schema and comparison
const FORMAT_ARBITRARIES = new Map<unknown, fc.Arbitrary<string> | undefined>();
const PATTERN_ARBITRARIES = new Map<string, fc.Arbitrary<string> | undefined>();

function formatArbitrary(format: unknown): fc.Arbitrary<string> | undefined {
  if (!FORMAT_ARBITRARIES.has(format)) FORMAT_ARBITRARIES.set(format, buildFormatArbitrary(format));
  return FORMAT_ARBITRARIES.get(format);
}

function buildFormatArbitrary(format: unknown): fc.Arbitrary<string> | undefined {
  switch (format) {
    case 'date-time':
      return fc
        .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString());
    case 'date':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
    case 'uri':
    case 'iri':
    case 'uri-reference':
    case 'iri-reference':
      return fc.webUrl({ withQueryParameters: true });
    case 'email':
    case 'idn-email':
      return fc.emailAddress();
    case 'hostname':
    case 'idn-hostname':
      return fc.domain();
    case 'ipv4':
      return fc.ipV4();
    case 'ipv6':
      return fc.ipV6();
    default:
      return undefined;
  }
}

function patternArbitrary(pattern: unknown): fc.Arbitrary<string> | undefined {
  if (typeof pattern !== 'string') return undefined;
  if (PATTERN_ARBITRARIES.has(pattern)) return PATTERN_ARBITRARIES.get(pattern);
  let arbitrary: fc.Arbitrary<string> | undefined;
  try {
    arbitrary = fc.stringMatching(new RegExp(pattern, 'u'));
  } catch {
    // lookarounds and other constructs fast-check cannot generate from: leave it to the other generators
    arbitrary = undefined;
  }
  // patterns come from specs: a bounded cache, started over when full
  if (PATTERN_ARBITRARIES.size > MAX_CACHED_LEAVES) PATTERN_ARBITRARIES.clear();
  PATTERN_ARBITRARIES.set(pattern, arbitrary);
  return arbitrary;
}

/** Pads (with "a") or cuts a string to a length: URLs, identifiers and free text stay plausible. */
function resize(value: string, length: number): string {
  const chars = [...value];
  return chars.length >= length ? chars.slice(0, length).join('') : value + 'a'.repeat(length - chars.length);
}

/** Keeps a leaf's values valid: an invalid one is replaced by a valid value seen for the same field. */
export function guarded<T>(arbitrary: fc.Arbitrary<T>, schema: Json, context: SampleContext, name: string | undefined): fc.Arbitrary<T> {
  const valid = context.leaves.validator(schema);
  if (!valid) return arbitrary;
  const pool = ((name === undefined ? [] : context.pools.get(name)) ?? []).filter(valid) as T[];
  const key = `${canonicalJson(schema)} ${name ?? ''}`;
  let fallbacks = pool.length > 0 ? pool : (context.leaves.fallbacks.get(key) as T[] | undefined);
  if (!fallbacks) {
    fallbacks = fc.sample(arbitrary, { numRuns: 60, seed: 7 }).filter(valid).slice(0, 5);
    context.leaves.fallbacks.set(key, fallbacks);
  }
  if (fallbacks.length === 0) return arbitrary;
  const source = pool.length > 0 ? fc.oneof(arbitrary, fc.constantFrom(...pool)) : arbitrary;
  return fc.tuple(source, fc.nat()).map(([value, pick]) => (valid(value) ? value : fallbacks[pick % fallbacks.length]!));
}

/** Strings for a string schema: plain, formatted, matching its pattern, the examples (twisted too), at the lengths that matter. */
export function stringArbitrary(schema: Json, context: SampleContext, name: string | undefined): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : MAX_STRING_LENGTH;
  const sources: fc.Arbitrary<string>[] = [fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 16) })];
  const format = formatArbitrary(schema.format);
  const pattern = patternArbitrary(schema.pattern);
  if (format) sources.push(format, format);
  if (pattern) sources.push(pattern, pattern);
  const named = context.boundaries.strings;
  if (named.length > 0) sources.push(fc.constantFrom(...named));
  if (context.boundaries.focusStrings.length > 0) sources.push(fc.constantFrom(...context.boundaries.focusStrings));
  const examples = ((name === undefined ? [] : context.pools.get(name)) ?? []).filter((value): value is string => typeof value === 'string');
  if (examples.length > 0) {
    // realistic values, as they are and with a character or two slipped in: where a new pattern bites
    const twisted = fc
      .tuple(fc.constantFrom(...examples), fc.string({ minLength: 1, maxLength: 2 }), fc.nat())
      .map(([example, extra, at]) => example.slice(0, at % (example.length + 1)) + extra + example.slice(at % (example.length + 1)));
    sources.push(fc.constantFrom(...examples), fc.constantFrom(...examples), twisted);
  }
  const base = fc.oneof(...sources);
  const lengths = edges(context, Math.max(minLength - 1, 0), Math.min(maxLength + 1, MAX_STRING_LENGTH), true);
  if (!lengths) return base;
  return fc
    .tuple(base, fc.option(lengths, { freq: 3, nil: undefined }))
    .map(([value, length]) => (length === undefined ? value : resize(value, length)));
}

/** Numbers for a number or integer schema, its bounds and the edges either version names included. */
export function numberArbitrary(schema: Json, integer: boolean, context: SampleContext): fc.Arbitrary<number> {
  const low = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : -1e6;
  const high = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : 1e6;
  const general = integer
    ? fc.integer({ min: Math.ceil(Math.min(low, high)), max: Math.floor(Math.max(low, high)) })
    : fc.double({ min: Math.min(low, high), max: Math.max(low, high), noNaN: true, noDefaultInfinity: true });
  const edge = edges(context, low - 1, high + 1, integer);
  const numbers = edge ? fc.oneof(general, edge) : general;
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  return step ? numbers.map((value) => Math.round(value / step) * step) : numbers;
}
