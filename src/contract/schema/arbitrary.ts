/**
 * Valid data for a schema of the spec, as fast-check arbitraries: `oneOf` / `anyOf` branches, `if`/`then`
 * rules, `const`, `enum`, formats, bounds and closed objects are understood, so each generated value keeps
 * every rule (a property test holds the generated validators to that). Write-only strings become canaries.
 * @module
 */
import fc from 'fast-check';
import { loadBundledSpec, type SpecNode } from '../../spec/bundled-spec.js';
import { absoluteUri, canary, dateTime, httpsUrl, stringOf } from './formats.js';
import { matches } from './matches.js';
import { finiteValues, InfeasibleError, isExcluded, planObject, resolvePlans, type ObjectPlan } from './object-plan.js';
import { conjuncts, isWriteOnly, SchemaNotSupportedError, tightest, valuesOf, type Schema } from './schema-node.js';

/** Characters of generated free text: mostly printable ASCII, sometimes other scripts, emoji and control characters. */
const TEXT_UNIT = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ß', 'Ж', '漢', '😀', '\t', '\n', '\u00a0') },
);

/** Branches shrink towards the first one (the simplest shape the spec lists first: no OIDC, no nulls). */
const CROSS_SHRINK = { withCrossShrink: true } as const;

/** How long generated free text gets beyond its minimum, unless the maximum is asked for. */
const TEXT_SPREAD = 40;
/** How many array items beyond the minimum are generated at most. */
const ITEMS_SPREAD = 8;

/** Removes the first `oneOf` / `anyOf` from the conjuncts, returning its branches. */
function takeDisjunction(list: readonly Schema[]): { branches: Schema[]; rest: Schema[] } | undefined {
  const index = list.findIndex((part) => typeof part === 'object' && (Array.isArray(part.oneOf) || Array.isArray(part.anyOf)));
  if (index === -1) return undefined;
  const { oneOf, anyOf, ...remaining } = list[index] as SpecNode;
  const rest = [...list.slice(0, index), remaining, ...list.slice(index + 1)];
  return { branches: (oneOf ?? anyOf) as Schema[], rest };
}

function typesOf(list: readonly Schema[]): string[] {
  let types: string[] | undefined;
  for (const declared of valuesOf(list, 'type')) {
    const own = Array.isArray(declared) ? (declared as string[]) : [declared as string];
    types = types === undefined ? own : types.filter((type) => own.includes(type) || (type === 'integer' && own.includes('number')));
  }
  if (types !== undefined) return types;
  const keys = new Set(list.flatMap((part) => (typeof part === 'object' ? Object.keys(part) : [])));
  if (keys.has('properties') || keys.has('required')) return ['object'];
  if (keys.has('items')) return ['array'];
  if (keys.has('pattern') || keys.has('format') || keys.has('minLength')) return ['string'];
  throw new SchemaNotSupportedError('a schema without a type');
}

function stringArbitrary(list: readonly Schema[]): fc.Arbitrary<string> {
  const minLength = tightest(list, 'minLength', 'max') ?? 0;
  const maxLength = tightest(list, 'maxLength', 'min') ?? minLength + 4 * TEXT_SPREAD;
  if (minLength > maxLength) throw new InfeasibleError();
  if (isWriteOnly(list)) return canary(minLength, maxLength);
  const formats = new Set(valuesOf(list, 'format') as string[]);
  const patterns = valuesOf(list, 'pattern') as string[];
  if (formats.size > 1) throw new SchemaNotSupportedError(`a string with two formats (${[...formats].join(', ')})`);
  const [format] = formats;
  if (format === 'uri') {
    // an https-only URL, or one with a loopback-only http:// branch (HttpsUrl): public https URLs are what
    // every server takes, so positive data stays on that branch
    const https = patterns.some((pattern) => pattern.startsWith('^https://') || pattern.startsWith('^(https://'));
    return https ? httpsUrl(minLength, maxLength) : absoluteUri(maxLength);
  }
  if (format === 'date-time') return dateTime();
  if (format === 'uuid') return fc.uuid();
  if (format !== undefined) throw new SchemaNotSupportedError(`the format "${format}"`);
  const inBounds = (text: string) => {
    const length = [...text].length;
    return length >= minLength && length <= maxLength;
  };
  if (patterns.length > 0) {
    const [first, ...others] = patterns.map((pattern) => new RegExp(pattern, 'u'));
    return fc.stringMatching(first!).filter((text) => inBounds(text) && others.every((pattern) => pattern.test(text)));
  }
  const typical = stringOf(TEXT_UNIT, minLength, Math.min(maxLength, minLength + TEXT_SPREAD));
  const longest = stringOf(TEXT_UNIT, maxLength, maxLength);
  return maxLength - minLength > TEXT_SPREAD ? fc.oneof({ weight: 9, arbitrary: typical }, { weight: 1, arbitrary: longest }) : typical;
}

function numberArbitrary(list: readonly Schema[], integer: boolean): fc.Arbitrary<number> {
  for (const keyword of ['exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']) {
    if (valuesOf(list, keyword).length > 0) throw new SchemaNotSupportedError(`the keyword "${keyword}"`);
  }
  const min = tightest(list, 'minimum', 'max') ?? -(2 ** 31);
  const max = tightest(list, 'maximum', 'min') ?? 2 ** 31;
  if (min > max) throw new InfeasibleError();
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function arrayArbitrary(list: readonly Schema[], spec: SpecNode): fc.Arbitrary<unknown[]> {
  const items = valuesOf(list, 'items').flatMap((schema) => conjuncts(schema as Schema, spec));
  const minItems = tightest(list, 'minItems', 'max') ?? 0;
  const unique = valuesOf(list, 'uniqueItems').includes(true);
  const contains = valuesOf(list, 'contains') as Schema[];
  const conditional = list.find((part): part is SpecNode => typeof part === 'object' && 'if' in part);
  if (conditional !== undefined) {
    // the one array rule the spec states with if: "if it contains X, then …"; decide it both ways
    const condition = conjuncts(conditional.if as Schema, spec);
    const [test] = condition;
    if (condition.length !== 1 || typeof test !== 'object' || Object.keys(test).some((key) => key !== 'contains')) {
      throw new SchemaNotSupportedError('an if on an array other than { contains }');
    }
    const others = list.filter((part) => part !== conditional);
    const { if: _if, then, else: otherwise, ...own } = conditional;
    const holds = [...others, own, { contains: test.contains }, ...(then === undefined ? [] : [then as Schema])];
    const fails = [...others, own, { not: { contains: test.contains } }, ...(otherwise === undefined ? [] : [otherwise as Schema])];
    const branches = [holds, fails].flatMap((branch) => {
      try {
        return [arrayArbitrary(branch, spec)];
      } catch (error) {
        if (error instanceof InfeasibleError) return [];
        throw error;
      }
    });
    if (branches.length === 0) throw new InfeasibleError();
    return fc.oneof(CROSS_SHRINK, ...branches);
  }
  const excluded = valuesOf(list, 'not').map((schema) => (schema as SpecNode).contains as Schema | undefined);
  if (excluded.includes(undefined)) throw new SchemaNotSupportedError('a not on an array other than { not: { contains } }');
  const maxItems = Math.min(tightest(list, 'maxItems', 'min') ?? Infinity, minItems + ITEMS_SPREAD);
  const itemList = items.length > 0 ? items : [true];
  const allowedItem = (value: unknown) => excluded.every((schema) => !matches(schema!, value, spec));
  const needed = contains.map((schema) => valueArbitrary([...itemList, schema], spec));
  const restMin = Math.max(0, minItems - needed.length);
  let restMax = maxItems - needed.length;
  // items of finitely many values: drop the excluded ones here, since a filter that never passes never ends
  const finite = excluded.length > 0 ? finiteValues(itemList, spec) : undefined;
  const kept = finite?.filter(allowedItem);
  if (kept !== undefined && kept.length === 0) restMax = 0;
  if (restMax < restMin) throw new InfeasibleError();
  if (restMax === 0) return fc.tuple(...needed);
  const item = kept !== undefined ? fc.constantFrom(...kept) : valueArbitrary(itemList, spec).filter(allowedItem);
  const rest = unique
    ? fc.uniqueArray(item, { minLength: restMin, maxLength: restMax, selector: (value) => JSON.stringify(value) })
    : fc.array(item, { minLength: restMin, maxLength: restMax });
  const whole = fc.tuple(fc.tuple(...needed), rest).map(([front, back]) => [...front, ...back]);
  return unique ? whole.filter((array) => new Set(array.map((value) => JSON.stringify(value))).size === array.length) : whole;
}

function planArbitrary(plan: ObjectPlan, spec: SpecNode): fc.Arbitrary<Record<string, unknown>> {
  const names = [...(plan.allowed ?? new Set([...plan.properties.keys(), ...plan.required]))].filter((name) => !isExcluded(plan, name));
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) {
    try {
      model[name] = valueArbitrary(plan.properties.get(name) ?? [true], spec);
    } catch (error) {
      if (!(error instanceof InfeasibleError) || plan.required.has(name)) throw error;
    }
  }
  const record = fc.record(model, { requiredKeys: names.filter((name) => plan.required.has(name) && name in model) });
  return plan.minProperties > 0 ? record.filter((value) => Object.keys(value).length >= plan.minProperties) : record;
}

function objectArbitrary(list: readonly Schema[], spec: SpecNode): fc.Arbitrary<Record<string, unknown>> {
  const plans = resolvePlans(planObject(list, spec), spec).flatMap((plan) => {
    try {
      return [planArbitrary(plan, spec)];
    } catch (error) {
      if (error instanceof InfeasibleError) return [];
      throw error;
    }
  });
  if (plans.length === 0) throw new InfeasibleError();
  return fc.oneof(CROSS_SHRINK, ...plans);
}

/** Valid values for a list of conjuncts; throws `InfeasibleError` when none exists. */
function valueArbitrary(list: readonly Schema[], spec: SpecNode): fc.Arbitrary<unknown> {
  const flat = list.flatMap((part) => conjuncts(part, spec)).filter((part) => part !== true);
  if (flat.includes(false)) throw new InfeasibleError();
  const disjunction = takeDisjunction(flat);
  if (disjunction !== undefined) {
    const branches = disjunction.branches.flatMap((branch) => {
      try {
        return [valueArbitrary([...disjunction.rest, branch], spec)];
      } catch (error) {
        if (error instanceof InfeasibleError) return [];
        throw error;
      }
    });
    if (branches.length === 0) throw new InfeasibleError();
    return fc.oneof(CROSS_SHRINK, ...branches);
  }
  if (flat.some((part) => typeof part === 'object' && ('const' in part || 'enum' in part))) {
    const values = finiteValues(flat, spec) ?? [];
    if (values.length === 0) throw new InfeasibleError();
    return fc.constantFrom(...values);
  }
  const types = typesOf(flat);
  if (types.length === 0) throw new InfeasibleError();
  const byType = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        return stringArbitrary(flat);
      case 'integer':
        return numberArbitrary(flat, true);
      case 'number':
        return numberArbitrary(flat, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array':
        return arrayArbitrary(flat, spec);
      case 'object':
        return objectArbitrary(flat, spec);
      default:
        throw new SchemaNotSupportedError(`the type "${type}"`);
    }
  });
  return byType.length === 1 ? byType[0]! : fc.oneof(CROSS_SHRINK, ...byType);
}

/**
 * Valid values for a schema: every generated value satisfies it.
 * @example
 * fc.sample(validArbitrary(namedSchema('WebhookCreate')), 1) // [{ url: 'https://hooks.example.com/in', enabled_events: ['*'] }]
 */
export function validArbitrary(schema: Schema, spec: SpecNode = loadBundledSpec()): fc.Arbitrary<unknown> {
  try {
    return valueArbitrary([schema], spec);
  } catch (error) {
    if (error instanceof InfeasibleError) throw new SchemaNotSupportedError('a schema no value satisfies');
    throw error;
  }
}
