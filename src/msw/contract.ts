/**
 * What the MSW handlers know of the contract, read once from the bundled spec (imported as JSON, so that a
 * bundler carries it into a browser and nothing reads a file): the operations as routes, their documented
 * statuses with the named examples of each, and the headers each answer declares.
 * @module
 */
import bundled from '../../generated/openapi.json' with { type: 'json' };
import { operations } from '../../generated/validators.js';
import type { SpecNode } from '../spec/bundled-spec.js';
import { resolveRef } from '../spec/resolve-ref.js';
import { specRoutes, type SpecRoute } from '../spec/routes.js';
import { scenariosOf, type OperationScenarios } from '../http/scenario.js';

/** The bundled spec, as a loosely typed document. */
export const SPEC = bundled as unknown as SpecNode;

/** One documented answer of an operation: its media type, schema, declared headers and named examples. */
export interface DocumentedAnswer {
  status: number;
  /** `application/json`, `application/problem+json`; absent for an answer without a body (204) */
  mediaType?: string;
  /** the schema the body keeps, as the generated validators name it */
  schema?: string;
  /** the response headers the spec declares, as it spells them */
  headers: readonly string[];
  /** example name → value, in the spec's order */
  examples: ReadonlyMap<string, unknown>;
}

/** One operation: its route, its scenarios, and its documented answers by status. */
export interface ContractOperation {
  route: SpecRoute;
  scenarios: OperationScenarios;
  answers: ReadonlyMap<number, DocumentedAnswer>;
}

type GeneratedResponses = Record<string, { schema?: string; mediaType?: string; headers: readonly string[] }>;

function answersOf(route: SpecRoute): Map<number, DocumentedAnswer> {
  const item = resolveRef<SpecNode>(SPEC, (SPEC.paths as SpecNode)[route.template]);
  const operation = resolveRef<SpecNode>(SPEC, item[route.method.toLowerCase()]);
  const generated = (operations[route.operationId as keyof typeof operations]?.responses ?? {}) as GeneratedResponses;
  const answers = new Map<number, DocumentedAnswer>();
  for (const [status, raw] of Object.entries((operation.responses ?? {}) as SpecNode)) {
    if (!/^\d{3}$/.test(status)) continue;
    const response = resolveRef<SpecNode>(SPEC, raw);
    const [mediaType, media] = Object.entries((response.content ?? {}) as Record<string, SpecNode>)[0] ?? [];
    const examples = new Map<string, unknown>();
    for (const [name, example] of Object.entries((media?.examples ?? {}) as SpecNode)) examples.set(name, resolveRef<SpecNode>(SPEC, example).value);
    const declared = generated[status];
    answers.set(Number(status), {
      status: Number(status),
      ...(mediaType === undefined ? {} : { mediaType }),
      ...(declared?.schema === undefined ? {} : { schema: declared.schema }),
      headers: declared?.headers ?? Object.keys((response.headers ?? {}) as SpecNode),
      examples,
    });
  }
  return answers;
}

let cached: Map<string, ContractOperation> | undefined;

/**
 * Every operation of the contract, by `operationId`, read from the spec once.
 * @example
 * contractOperations().get('getWebhook')?.answers.get(404)?.examples.keys() // 'webhook_not_found'
 */
export function contractOperations(): Map<string, ContractOperation> {
  if (cached) return cached;
  const scenarios = scenariosOf(SPEC);
  cached = new Map(
    specRoutes(SPEC).map((route) => [route.operationId, { route, scenarios: scenarios.get(route.operationId)!, answers: answersOf(route) }] as const),
  );
  return cached;
}
