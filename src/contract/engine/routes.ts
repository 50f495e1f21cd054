/**
 * The routes of any OpenAPI 3.1 document, as the parameter check reads them: this API's operations as
 * `specRoutes` builds them from the generated table, and every other operation of the document read from
 * the document itself (its path and operation parameters, its security).
 * @module
 */
import { loadBundledSpec, type SpecNode } from '../../spec/bundled-spec.js';
import { resolveRef } from '../../spec/resolve-ref.js';
import { pathPattern, specRoutes, type SpecParameter, type SpecRoute } from '../../spec/routes.js';
import { catalogueOperations, type CatalogueOperation } from '../rules/catalogue.js';

/** The route of an operation the generated table does not know. */
function genericRoute(spec: SpecNode, operation: CatalogueOperation): SpecRoute {
  const item = resolveRef<SpecNode>(spec, (spec.paths as Record<string, unknown>)[operation.path]);
  const declared = [...((item.parameters ?? []) as unknown[]), ...((operation.node.parameters ?? []) as unknown[])];
  const parameters = new Map<string, SpecNode>();
  const parameterList: SpecParameter[] = [];
  for (const raw of declared) {
    const parameter = resolveRef<SpecNode>(spec, raw);
    const schema = resolveRef<SpecNode>(spec, parameter.schema);
    const where = String(parameter.in) as SpecParameter['in'];
    parameters.set(`${where}:${where === 'header' ? String(parameter.name).toLowerCase() : String(parameter.name)}`, schema);
    parameterList.push({ name: String(parameter.name), in: where, required: parameter.required === true, schema });
  }
  const security = (operation.node.security ?? spec.security) as Record<string, unknown>[] | undefined;
  const scheme = security?.map((requirement) => Object.keys(requirement)[0]).find((name) => name !== undefined);
  return {
    operationId: operation.operationId,
    method: operation.method,
    template: operation.path,
    pattern: pathPattern(operation.path),
    pathParameterNames: [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
    authenticated: !(Array.isArray(security) && security.length === 0),
    ...(scheme === undefined ? {} : { securityScheme: scheme }),
    parameters,
    parameterList,
  };
}

const cache = new WeakMap<SpecNode, SpecRoute[]>();

/**
 * Every operation of a document as a route.
 * @example
 * documentRoutes(specWithWidgets).find((route) => route.operationId === 'createWidget')?.parameterList.map((p) => p.name) // ['dry_run']
 */
export function documentRoutes(spec: SpecNode = loadBundledSpec()): SpecRoute[] {
  let routes = cache.get(spec);
  if (routes === undefined) {
    const known = specRoutes(spec);
    const ids = new Set(known.map((route) => route.operationId));
    routes = [...known, ...catalogueOperations(spec).filter((operation) => !ids.has(operation.operationId)).map((operation) => genericRoute(spec, operation))];
    cache.set(spec, routes);
  }
  return routes;
}
