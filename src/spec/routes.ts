/**
 * The API's operations as servers route them, from the bundled spec (`route-table.ts` builds them from
 * any spec document, without reading a file).
 * @module
 */
import { loadBundledSpec, type SpecNode } from './bundled-spec.js';
import { routesOf, type SpecRoute } from './route-table.js';

export { allowHeader, allowedMethods, findRoute, routesOf, type SpecParameter, type SpecRoute } from './route-table.js';

/**
 * Every operation of the bundled spec.
 * @example
 * specRoutes().find((route) => route.operationId === 'createWebhook')?.requestBody // 'WebhookCreate'
 */
export function specRoutes(spec: SpecNode = loadBundledSpec()): SpecRoute[] {
  return routesOf(spec);
}
