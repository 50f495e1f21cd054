/**
 * Plans for generating objects: the properties, required and forbidden names, closed sets and
 * `propertyNames` rules of a list of conjuncts, with every `if`/`then` decided. An `if` that depends on
 * a property the plan leaves open splits the plan by that property's finite set of values (absent, or each
 * `const` / `enum` / `null`), so that each final plan knows which rules hold and fast-check can build it
 * as a plain record (which shrinks well).
 * @module
 */
import type { SpecNode } from '../../spec/bundled-spec.js';
import { matches } from './matches.js';
import { conjuncts, isAnnotation, SchemaNotSupportedError, type Schema } from './schema-node.js';

/** What a generated object must look like, once every `if` is decided. */
export interface ObjectPlan {
  /** each declared property's conjuncts */
  properties: Map<string, Schema[]>;
  required: Set<string>;
  forbidden: Set<string>;
  /** names that `propertyNames: { not: { pattern } }` forbids */
  forbiddenPatterns: RegExp[];
  /** the only names allowed (`additionalProperties: false`), or `undefined` when the object is open */
  allowed: Set<string> | undefined;
  minProperties: number;
  conditionals: { if: Schema; then?: Schema; else?: Schema }[];
}

/** No value satisfies the conjuncts; the caller drops the branch that led here. */
export class InfeasibleError extends Error {}

function clonePlan(plan: ObjectPlan): ObjectPlan {
  return {
    properties: new Map([...plan.properties].map(([name, list]) => [name, [...list]])),
    required: new Set(plan.required),
    forbidden: new Set(plan.forbidden),
    forbiddenPatterns: [...plan.forbiddenPatterns],
    allowed: plan.allowed === undefined ? undefined : new Set(plan.allowed),
    minProperties: plan.minProperties,
    conditionals: [...plan.conditionals],
  };
}

/** A schema no value satisfies: `false`, or `not: {}`. */
export function isForbiddingSchema(schema: Schema, spec: SpecNode): boolean {
  return conjuncts(schema, spec).some((part) => part === false || (typeof part === 'object' && (part.not === true || (typeof part.not === 'object' && part.not !== null && Object.keys(part.not).length === 0))));
}

/** Adds one conjunct's object keywords to a plan. */
function mergeInto(plan: ObjectPlan, part: Schema, spec: SpecNode): void {
  if (part === true) return;
  if (part === false) throw new InfeasibleError();
  for (const [keyword, argument] of Object.entries(part)) {
    if (isAnnotation(keyword)) continue;
    switch (keyword) {
      case 'type':
        if (argument !== 'object') throw new InfeasibleError();
        break;
      case 'properties':
        for (const [name, schema] of Object.entries(argument as Record<string, Schema>)) {
          if (isForbiddingSchema(schema, spec)) plan.forbidden.add(name);
          else plan.properties.set(name, [...(plan.properties.get(name) ?? []), ...conjuncts(schema, spec)]);
        }
        break;
      case 'required':
        for (const name of argument as string[]) plan.required.add(name);
        break;
      case 'additionalProperties': {
        if (argument !== false) throw new SchemaNotSupportedError('additionalProperties other than false');
        const declared = new Set(Object.keys((part.properties ?? {}) as SpecNode));
        plan.allowed = plan.allowed === undefined ? declared : new Set([...plan.allowed].filter((name) => declared.has(name)));
        break;
      }
      case 'propertyNames': {
        const rule = argument as SpecNode;
        const pattern = (rule.not as SpecNode | undefined)?.pattern;
        if (Object.keys(rule).some((key) => key !== 'not' && !isAnnotation(key)) || typeof pattern !== 'string') {
          throw new SchemaNotSupportedError('propertyNames other than { not: { pattern } }');
        }
        plan.forbiddenPatterns.push(new RegExp(pattern, 'u'));
        break;
      }
      case 'minProperties':
        plan.minProperties = Math.max(plan.minProperties, argument as number);
        break;
      case 'if':
        plan.conditionals.push({ if: argument as Schema, ...('then' in part ? { then: part.then as Schema } : {}), ...('else' in part ? { else: part.else as Schema } : {}) });
        break;
      case 'then':
      case 'else':
        break;
      default:
        throw new SchemaNotSupportedError(`the keyword "${keyword}" on an object`);
    }
  }
}

/** The plan of a list of object conjuncts (any `oneOf` / `anyOf` already chosen), `if`s not yet decided. */
export function planObject(list: readonly Schema[], spec: SpecNode): ObjectPlan {
  const plan: ObjectPlan = {
    properties: new Map(),
    required: new Set(),
    forbidden: new Set(),
    forbiddenPatterns: [],
    allowed: undefined,
    minProperties: 0,
    conditionals: [],
  };
  for (const part of list) for (const piece of conjuncts(part, spec)) mergeInto(plan, piece, spec);
  return plan;
}

/** Whether a plan can never hold `name`. */
export function isExcluded(plan: ObjectPlan, name: string): boolean {
  return plan.forbidden.has(name) || plan.forbiddenPatterns.some((pattern) => pattern.test(name)) || (plan.allowed !== undefined && !plan.allowed.has(name));
}

/** The single value a plan pins a property to (`const`), if it does. */
function pinnedValue(plan: ObjectPlan, name: string): { value: unknown } | undefined {
  for (const part of plan.properties.get(name) ?? []) if (typeof part === 'object' && 'const' in part) return { value: part.const };
  return undefined;
}

/**
 * Every value the conjuncts allow, when there are finitely many (`const`, `enum`, `null`, booleans, and
 * unions of those); `undefined` otherwise.
 */
export function finiteValues(list: readonly Schema[], spec: SpecNode): unknown[] | undefined {
  const flat = list.flatMap((part) => conjuncts(part, spec));
  if (flat.includes(false)) return [];
  let candidates: unknown[] | undefined;
  for (const part of flat) {
    if (typeof part !== 'object') continue;
    let own: unknown[] | undefined;
    if ('const' in part) own = [part.const];
    else if (Array.isArray(part.enum)) own = part.enum;
    else if (Array.isArray(part.oneOf) || Array.isArray(part.anyOf)) {
      const branches = (part.oneOf ?? part.anyOf) as Schema[];
      const values = branches.map((branch) => finiteValues([branch], spec));
      if (values.every((found) => found !== undefined)) own = values.flat();
    } else if (part.type === 'null') own = [null];
    else if (part.type === 'boolean') own = [true, false];
    if (own !== undefined) candidates = candidates === undefined ? own : candidates.filter((value) => own.some((other) => JSON.stringify(other) === JSON.stringify(value)));
  }
  return candidates?.filter((value) => flat.every((part) => matches(part, value, spec)));
}

type Decision = boolean | { split: string };

function combine(decisions: Decision[]): Decision {
  if (decisions.includes(false)) return false;
  return decisions.find((decision) => typeof decision === 'object') ?? true;
}

/** Decides an `if` against a plan: true, false, or "depends on this property". */
function decide(condition: Schema, plan: ObjectPlan, spec: SpecNode): Decision {
  const decisions: Decision[] = [];
  for (const part of conjuncts(condition, spec)) {
    if (typeof part === 'boolean') {
      decisions.push(part);
      continue;
    }
    for (const [keyword, argument] of Object.entries(part)) {
      if (isAnnotation(keyword)) continue;
      if (keyword === 'type') {
        if (argument !== 'object') throw new SchemaNotSupportedError(`an if on an object that tests type ${String(argument)}`);
      } else if (keyword === 'required') {
        for (const name of argument as string[]) {
          decisions.push(isExcluded(plan, name) ? false : plan.required.has(name) ? true : { split: name });
        }
      } else if (keyword === 'properties') {
        for (const [name, schema] of Object.entries(argument as Record<string, Schema>)) {
          if (isExcluded(plan, name)) continue;
          const pinned = pinnedValue(plan, name);
          // a property that may be absent satisfies `properties` vacuously; split to know
          if (pinned !== undefined && plan.required.has(name)) decisions.push(matches(schema, pinned.value, spec));
          else decisions.push({ split: name });
        }
      } else if (keyword === 'not') {
        const inner = decide(argument as Schema, plan, spec);
        decisions.push(typeof inner === 'boolean' ? !inner : inner);
      } else {
        throw new SchemaNotSupportedError(`the keyword "${keyword}" inside an if`);
      }
    }
  }
  return combine(decisions);
}

/** The plans a split on `name` gives: one per value it can take, and one without it when it is optional. */
function split(plan: ObjectPlan, name: string, spec: SpecNode): ObjectPlan[] {
  const values = finiteValues(plan.properties.get(name) ?? [], spec);
  if (values === undefined) {
    throw new SchemaNotSupportedError(`an if that depends on ${name}, which can take infinitely many values`);
  }
  const plans = values.map((value) => {
    const pinned = clonePlan(plan);
    pinned.properties.set(name, [...(pinned.properties.get(name) ?? []), { const: value }]);
    pinned.required.add(name);
    return pinned;
  });
  if (!plan.required.has(name)) {
    const absent = clonePlan(plan);
    absent.forbidden.add(name);
    plans.push(absent);
  }
  return plans;
}

function isFeasible(plan: ObjectPlan): boolean {
  return [...plan.required].every((name) => !isExcluded(plan, name));
}

/**
 * Decides every `if` of a plan, splitting it where an `if` depends on an open property; returns the
 * feasible plans, each with no conditionals left.
 * @example
 * resolvePlans(planObject(conjuncts(namedSchema('WebhookUpdate')), spec), spec).length // 4: oidc_auth_method absent, null, and each method
 */
export function resolvePlans(start: ObjectPlan, spec: SpecNode): ObjectPlan[] {
  const done: ObjectPlan[] = [];
  const pending = [start];
  while (pending.length > 0) {
    const plan = pending.pop()!;
    if (!isFeasible(plan)) continue;
    const [next, ...rest] = plan.conditionals;
    if (next === undefined) {
      done.push(plan);
      continue;
    }
    const decision = decide(next.if, plan, spec);
    if (typeof decision === 'object') {
      pending.push(...split(plan, decision.split, spec));
      continue;
    }
    plan.conditionals = rest;
    const branch = decision ? next.then : next.else;
    try {
      if (branch !== undefined) for (const part of conjuncts(branch, spec)) mergeInto(plan, part, spec);
    } catch (error) {
      if (error instanceof InfeasibleError) continue;
      throw error;
    }
    pending.push(plan);
  }
  return done.reverse();
}
