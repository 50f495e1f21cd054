/**
 * The sandbox's CORS, with `@fastify/cors`: an allowed origin is answered by name (never `*`, never
 * credentials: the sandbox takes a bearer token, which needs none), its preflight with the path's methods;
 * a request from any other origin was refused with 403 before (the pipeline's `originVerdict`, in
 * app-checks.ts), so this plugin only ever sees origins the policy allows, or none.
 * @module
 */
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ALLOWED_REQUEST_HEADERS, EXPOSED_HEADERS, PREFLIGHT_MAX_AGE_S, isPreflight } from '../http/cors.js';
import { pathOf } from '../http/request-line.js';
import { allowedMethods, type SpecRoute } from '../spec/routes.js';
import type { CorsPolicy } from './cors.js';

/** header names a preflight may ask for and have echoed */
const HEADER_LIST = /^[\w\-, ]*$/;

/**
 * Registers the CORS headers and preflight answers for `policy`'s origins on `app`.
 * @example
 * registerCors(app, corsPolicy(DEFAULT_ALLOWED_ORIGINS), routes);
 */
export function registerCors(app: FastifyInstance, policy: CorsPolicy, routes: readonly SpecRoute[]): void {
  void app.register(cors, {
    // options per request: a preflight gets its path's methods, and the headers it asked for when they are names
    delegator: (request: FastifyRequest, callback) => {
      const origin = request.headers.origin;
      const preflight = isPreflight(request.method, request.headers);
      const allowed = preflight ? allowedMethods(routes, pathOf(request.url)) : [];
      const requested = request.headers['access-control-request-headers'];
      callback(null, {
        // an unknown path's preflight goes on to the application's 404
        origin: origin !== undefined && policy.allows(origin) && (!preflight || allowed.length > 0) ? origin : false,
        exposedHeaders: EXPOSED_HEADERS.join(', '),
        methods: allowed.join(', '),
        allowedHeaders: typeof requested === 'string' && HEADER_LIST.test(requested) ? requested : ALLOWED_REQUEST_HEADERS.join(', '),
        maxAge: PREFLIGHT_MAX_AGE_S,
        // an OPTIONS that is no preflight gets the headers, and goes on to the application's 204 with Allow
        preflight,
        strictPreflight: false,
        hideOptionsRoute: true,
      });
    },
  });
}
