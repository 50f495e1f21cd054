/**
 * A request body the contract accepts for an operation (its first request example in the spec), for
 * asking Prism again when it rejected a request the library's checks accept.
 * @module
 */
import { loadBundledSpec, type SpecNode } from '../spec/bundled-spec.js';
import { resolveRef } from '../spec/resolve-ref.js';
import type { SpecRoute } from '../spec/routes.js';

const cache = new Map<string, Uint8Array | undefined>();

/**
 * The first request example of the route's operation, as JSON bytes; `undefined` for an operation
 * without a request body.
 * @example
 * exampleRequestBody(createRoute) // the bytes of the `wildcard` example
 */
export function exampleRequestBody(route: SpecRoute, spec: SpecNode = loadBundledSpec()): Uint8Array | undefined {
  if (route.requestBody === undefined) return undefined;
  if (!cache.has(route.operationId)) {
    const item = resolveRef<SpecNode>(spec, (spec.paths as Record<string, unknown>)[route.template]);
    const operation = resolveRef<SpecNode>(spec, item[route.method.toLowerCase()]);
    const requestBody = resolveRef<SpecNode>(spec, operation.requestBody);
    const media = resolveRef<SpecNode>(spec, (requestBody.content as Record<string, unknown>)['application/json']);
    const first = Object.values((media.examples ?? {}) as Record<string, unknown>)[0];
    const value = first === undefined ? media.example : resolveRef<SpecNode>(spec, first).value;
    cache.set(route.operationId, value === undefined ? undefined : Buffer.from(JSON.stringify(value)));
  }
  return cache.get(route.operationId);
}
