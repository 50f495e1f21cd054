/**
 * The runner's inputs that come straight from the spec: each operation's named request examples (their
 * write-only values swapped for canaries), valid bodies and parameters, and invalid parameter values
 * (judged by the same parameter check the servers use, so each breaks a rule the spec states).
 * @module
 */
import fc from 'fast-check';
import type { SchemaName } from '../../generated/validators.js';
import { loadBundledSpec, type SpecNode } from '../spec/bundled-spec.js';
import { resolveRef } from '../spec/resolve-ref.js';
import type { SpecParameter, SpecRoute } from '../spec/routes.js';
import { documentRoutes } from './engine/routes.js';
import { checkParameters } from '../validation/parameters.js';
import type { OperationContract, OperationId } from './response-contract.js';
import { validArbitrary } from './schema/arbitrary.js';
import { CANARY_CORE_LENGTH } from './canaries.js';
import { canary } from './schema/formats.js';
import { conjuncts, isWriteOnly, namedSchema, tightest, type Schema } from './schema/schema-node.js';

/** A named example of a request body. */
export interface RequestExample {
  name: string;
  body: Record<string, unknown>;
}

/**
 * The named request examples of an operation, with each write-only value replaced by a canary (the same
 * canaries for the same seed).
 * @example
 * requestExamples('createWebhook', 1).map((e) => e.name) // ['wildcard', 'selected_events', 'client_secret', 'private_key_jwt']
 */
export function requestExamples(contract: OperationContract, seed: number, spec: SpecNode = loadBundledSpec()): readonly RequestExample[] {
  const key = `${contract.operationId}:${seed}`;
  const cached = spec === loadBundledSpec() ? exampleCache.get(key) : undefined;
  if (cached !== undefined) return cached;
  const examples = readExamples(contract, seed, spec);
  if (spec === loadBundledSpec()) exampleCache.set(key, examples);
  return examples;
}

const exampleCache = new Map<string, readonly RequestExample[]>();

function readExamples(contract: OperationContract, seed: number, spec: SpecNode): RequestExample[] {
  const paths = spec.paths as Record<string, unknown>;
  const item = resolveRef<SpecNode>(spec, paths[contract.path]);
  const operation = resolveRef<SpecNode>(spec, item[contract.method.toLowerCase()]);
  const requestBody = resolveRef<SpecNode | undefined>(spec, operation.requestBody);
  const media = (requestBody?.content as Record<string, SpecNode> | undefined)?.['application/json'];
  const examples = (media?.examples ?? {}) as Record<string, unknown>;
  return Object.entries(examples).map(([name, raw], index) => {
    const body = structuredClone(resolveRef<SpecNode>(spec, raw).value) as Record<string, unknown>;
    return { name, body: contract.requestBody === undefined ? body : withCanaries(contract.requestBody, body, seed + index, spec) };
  });
}

/** The write-only fields of a body schema, with their length bounds. */
export function writeOnlyFields(schemaName: SchemaName, spec: SpecNode = loadBundledSpec()): Map<string, { min: number; max: number }> {
  const fields = new Map<string, { min: number; max: number }>();
  for (const part of conjuncts(namedSchema(schemaName, spec), spec)) {
    if (typeof part !== 'object') continue;
    for (const [name, schema] of Object.entries((part.properties ?? {}) as Record<string, Schema>)) {
      const list = conjuncts(schema, spec);
      if (isWriteOnly(list)) fields.set(name, { min: tightest(list, 'minLength', 'max') ?? 0, max: tightest(list, 'maxLength', 'min') ?? 1024 });
    }
  }
  return fields;
}

/** Swaps each write-only value for a canary as long as the example's own value (within the field's bounds). */
function withCanaries(schemaName: SchemaName, body: Record<string, unknown>, seed: number, spec: SpecNode): Record<string, unknown> {
  for (const [field, { min, max }] of writeOnlyFields(schemaName, spec)) {
    const value = body[field];
    if (typeof value !== 'string') continue;
    const length = Math.min(max, Math.max(min, CANARY_CORE_LENGTH, [...value].length));
    body[field] = fc.sample(canary(length, length), { numRuns: 1, seed })[0];
  }
  return body;
}

/** The route of an operation (its declared parameters), in the bundled spec or the document given. */
export function routeOf(operationId: OperationId, spec: SpecNode = loadBundledSpec()): SpecRoute {
  return documentRoutes(spec).find((route) => route.operationId === operationId)!;
}

/** An invalid value of one parameter, and the rule it breaks in the spec's words. */
export interface ParameterMutation {
  parameter: SpecParameter;
  /** the value sent; an array sends a query parameter more than once */
  value: string | string[];
  rule: string;
}

/** How many invalid values of one parameter may share one sentence. */
const VALUES_PER_RULE = 3;

const CANDIDATE_VALUES = ['not-a-uuid', '3f0c1d2e8a4b4c6d9e7f0a1b2c3d4e5f', 'not-a-number', '1.5', '0x10', '-1', '0', '101', '1e2', '', 'has space', 'x'.repeat(256)];

/**
 * Every distinct invalid value of each parameter of an operation (path, query and header), judged by
 * `checkParameters`, the check servers built on this library make.
 * @example
 * parameterMutations('listWebhooks').map((m) => m.rule) // ['limit must be a whole number', …, 'limit must be given at most once', …]
 */
export function parameterMutations(operationId: OperationId): ParameterMutation[] {
  const route = routeOf(operationId);
  const found = new Map<string, ParameterMutation[]>();
  for (const parameter of route.parameterList) {
    const max = typeof parameter.schema.maxLength === 'number' ? parameter.schema.maxLength : undefined;
    const candidates: (string | string[])[] = [...CANDIDATE_VALUES, ...(max === undefined ? [] : ['k'.repeat(max + 1)])];
    if (parameter.in === 'query') candidates.push(['1', '2']);
    for (const value of candidates) {
      // an empty path segment is another path, not an invalid id
      if (parameter.in === 'path' && (value === '' || Array.isArray(value))) continue;
      const pathname = route.template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(name === parameter.name && typeof value === 'string' ? value : '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f'));
      const query = new URLSearchParams();
      if (parameter.in === 'query') for (const one of Array.isArray(value) ? value : [value]) query.append(parameter.name, one);
      const headers = parameter.in === 'header' && typeof value === 'string' ? { [parameter.name.toLowerCase()]: value } : {};
      const checked = checkParameters(route, { pathname, query, headers });
      if (checked.ok || checked.errors.length !== 1) continue;
      const rule = checked.errors[0]!.message;
      // one sentence can cover several rules (minLength, maxLength, pattern): keep a few values per sentence
      const key = `${parameter.in}:${parameter.name}:${rule}`;
      const kept = found.get(key) ?? [];
      if (kept.length < VALUES_PER_RULE) found.set(key, [...kept, { parameter, value, rule }]);
    }
  }
  return [...found.values()].flat();
}

/**
 * Valid values of an operation's query parameters, from their schemas (cursors left out: only ids the
 * server gave make valid cursors).
 * @example
 * fc.sample(validQuery('listWebhooks'), 1) // [{ limit: '37' }]
 */
export function validQuery(operationId: OperationId): fc.Arbitrary<Record<string, string>> {
  const model: Record<string, fc.Arbitrary<string>> = {};
  for (const parameter of routeOf(operationId).parameterList) {
    if (parameter.in !== 'query' || parameter.name === 'starting_after') continue;
    model[parameter.name] = validArbitrary(parameter.schema).map(String);
  }
  // optional keys are left out, never set to undefined
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;
}
