/**
 * The API's operations as servers route them (the mock's front layer, the reference server): method,
 * path pattern, whether it needs the API key, request body schema and parameters, all read from the
 * bundled spec and the generated operations table.
 * @module
 */
import { operations, type SchemaName } from '../../generated/validators.js';
import { resolveRef } from './resolve-ref.js';
import { loadBundledSpec, type SpecNode } from './bundled-spec.js';

/** One declared parameter of an operation. */
export interface SpecParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  /** its schema, with the top-level `$ref` resolved */
  schema: SpecNode;
}

/** One operation of the contract, ready to match requests against. */
export interface SpecRoute {
  operationId: string;
  /** upper case, such as `PATCH` */
  method: string;
  /** the spec's path template, such as `/v1/webhooks/{id}` */
  template: string;
  /** matches a request's path (still percent-encoded); one capture group per path parameter, in order */
  pattern: RegExp;
  /** the names of the path parameters, in the order `pattern` captures them */
  pathParameterNames: string[];
  /** false for operations the spec marks `security: []` (public, such as the signing keys) */
  authenticated: boolean;
  /**
   * the security scheme its callers authenticate with (the first the spec lists): `apiKey` for an
   * account's operations, `platformKey` for the platform's own (publishing events); absent when public
   */
  securityScheme?: string;
  /** the schema of the JSON request body, when the operation takes one */
  requestBody?: SchemaName;
  /** each parameter's schema, keyed `query:limit`, `path:id`, `header:idempotency-key` (header names lower-cased) */
  parameters: Map<string, SpecNode>;
  /** every declared parameter, path parameters first as declared */
  parameterList: SpecParameter[];
}

/** A path template (`/v1/webhooks/{id}`) as a pattern that matches its paths, one group per parameter. */
export function pathPattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '([^/]+)' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

function parameterKey(where: string, name: string): string {
  return `${where}:${where === 'header' ? name.toLowerCase() : name}`;
}

/**
 * Every operation of the bundled spec.
 * @example
 * specRoutes().find((route) => route.operationId === 'createWebhook')?.requestBody // 'WebhookCreate'
 */
export function specRoutes(spec: SpecNode = loadBundledSpec()): SpecRoute[] {
  const paths = spec.paths as Record<string, unknown>;
  // another document may leave out some of this API's operations
  const present = Object.entries(operations).filter(([, operation]) => resolveRef<SpecNode | undefined>(spec, paths[operation.path])?.[operation.method] !== undefined);
  return present.map(([operationId, operation]) => {
    const item = resolveRef<SpecNode>(spec, paths[operation.path]);
    const specOperation = resolveRef<SpecNode>(spec, item[operation.method]);
    const declared = [...((item.parameters ?? []) as unknown[]), ...((specOperation.parameters ?? []) as unknown[])];
    const parameters = new Map<string, SpecNode>();
    const parameterList: SpecParameter[] = [];
    for (const raw of declared) {
      const parameter = resolveRef<SpecNode>(spec, raw);
      const schema = resolveRef<SpecNode>(spec, parameter.schema);
      const where = String(parameter.in) as SpecParameter['in'];
      parameters.set(parameterKey(where, String(parameter.name)), schema);
      parameterList.push({ name: String(parameter.name), in: where, required: parameter.required === true, schema });
    }
    const security = specOperation.security ?? spec.security;
    return {
      operationId,
      method: operation.method.toUpperCase(),
      template: operation.path,
      pattern: pathPattern(operation.path),
      pathParameterNames: [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
      authenticated: !(Array.isArray(security) && security.length === 0),
      ...schemeOf(security),
      ...('requestBody' in operation ? { requestBody: operation.requestBody as SchemaName } : {}),
      parameters,
      parameterList,
    };
  });
}

/** The first security scheme a `security` list names, as a route field. */
function schemeOf(security: unknown): { securityScheme?: string } {
  if (!Array.isArray(security)) return {};
  const first = security.find((requirement) => requirement !== null && typeof requirement === 'object' && Object.keys(requirement).length > 0) as object | undefined;
  return first === undefined ? {} : { securityScheme: Object.keys(first)[0]! };
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

/**
 * The `Allow` header of a path whose methods the spec documents: those methods, HEAD beside GET (HTTP
 * servers answer HEAD wherever they answer GET), and OPTIONS.
 * @example
 * allowHeader(['GET', 'POST']) // 'GET, POST, HEAD, OPTIONS'
 */
export function allowHeader(methods: readonly string[]): string {
  const all = [...methods];
  if (all.includes('GET')) all.push('HEAD');
  all.push('OPTIONS');
  return all.join(', ');
}

/**
 * The methods the spec documents for a path, for a `405` answer's `Allow` header; empty when no operation
 * has this path (a `404`).
 * @example
 * allowedMethods(routes, '/v1/webhooks') // ['GET', 'POST']
 */
export function allowedMethods(routes: readonly SpecRoute[], pathname: string): string[] {
  return routes.filter((route) => route.pattern.test(pathname)).map((route) => route.method);
}
