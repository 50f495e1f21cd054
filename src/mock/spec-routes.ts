/**
 * The API's operations as the mock routes them: method, path pattern, request body schema and parameter
 * schemas, all read from the bundled spec and the generated operations table.
 * @module
 */
import { operations, type SchemaName } from '../../generated/validators.js';
import { resolveRef } from '../spec/resolve-ref.js';
import { loadBundledSpec, type SpecNode } from './bundled-spec.js';

/** One operation of the contract, ready to match requests against. */
export interface SpecRoute {
  operationId: string;
  /** upper case, such as `PATCH` */
  method: string;
  /** the spec's path template, such as `/v1/webhooks/{id}` */
  template: string;
  pattern: RegExp;
  /** the schema of the JSON request body, when the operation takes one */
  requestBody?: SchemaName;
  /** each parameter's schema, keyed `query:limit`, `path:id` */
  parameters: Map<string, SpecNode>;
}

function pathPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * Every operation of the bundled spec.
 * @example
 * specRoutes().find((route) => route.operationId === 'createWebhook')?.requestBody // 'WebhookCreate'
 */
export function specRoutes(spec: SpecNode = loadBundledSpec()): SpecRoute[] {
  const paths = spec.paths as Record<string, unknown>;
  return Object.entries(operations).map(([operationId, operation]) => {
    const item = resolveRef<SpecNode>(spec, paths[operation.path]);
    const declared = [...((item.parameters ?? []) as unknown[]), ...((resolveRef<SpecNode>(spec, item[operation.method]).parameters ?? []) as unknown[])];
    const parameters = new Map<string, SpecNode>();
    for (const raw of declared) {
      const parameter = resolveRef<SpecNode>(spec, raw);
      parameters.set(`${String(parameter.in)}:${String(parameter.name)}`, resolveRef<SpecNode>(spec, parameter.schema));
    }
    return {
      operationId,
      method: operation.method.toUpperCase(),
      template: operation.path,
      pattern: pathPattern(operation.path),
      ...('requestBody' in operation ? { requestBody: operation.requestBody as SchemaName } : {}),
      parameters,
    };
  });
}

/**
 * The operation a request is for, if the spec has one.
 * @example
 * findRoute(routes, 'PATCH', '/v1/webhooks/3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f')?.operationId // 'updateWebhook'
 */
export function findRoute(routes: readonly SpecRoute[], method: string | undefined, pathname: string): SpecRoute | undefined {
  const upper = method?.toUpperCase();
  return routes.find((route) => route.method === upper && route.pattern.test(pathname));
}
