/**
 * The sandbox's CORS. `@fastify/cors` writes the headers of every answer to an allowed origin (by name,
 * never `*`, never credentials: the sandbox takes a bearer token, which needs none); a request from any
 * other origin was refused with 403 before (the pipeline's `originVerdict`, in app-checks.ts). The
 * preflight is answered here, once the path is known: it names the path's own methods, and echoes the
 * request headers asked for only when they are header names.
 *
 * Static plugin options, not a per-request `delegator` (which could have answered the preflight with each
 * path's methods): measured on a loaded 2-core machine (autocannon, 16 connections, 3 s, 3 rounds, a GET
 * with an allowed Origin), the delegator kept 0.68× to 0.83× the requests per second of the hand-written
 * headers the plugin replaced, static options 1.03×.
 * @module
 */
import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ALLOWED_REQUEST_HEADERS, EXPOSED_HEADERS, PREFLIGHT_MAX_AGE_S, isPreflight } from '../http/cors.js';
import type { CorsPolicy } from './cors.js';

/** header names a preflight may ask for and have echoed */
const HEADER_LIST = /^[\w\-, ]*$/;

/**
 * Registers the CORS headers and preflight answers for `policy`'s origins on `app`.
 * @example
 * registerCors(app, corsPolicy(DEFAULT_ALLOWED_ORIGINS));
 */
export function registerCors(app: FastifyInstance, policy: CorsPolicy): void {
  void app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && policy.allows(origin)),
    exposedHeaders: [...EXPOSED_HEADERS],
    // the preflight goes on to the application, which knows the path (answerPreflight)
    preflight: false,
    hideOptionsRoute: true,
  });
}

/**
 * Answers a CORS preflight for a path with `allowed` methods (an allowed origin: the plugin wrote its
 * headers); false when the request is no preflight.
 * @example
 * if (request.method === 'OPTIONS' && answerPreflight(request, reply, ['GET', 'POST'])) return reply;
 */
export function answerPreflight(request: FastifyRequest, reply: FastifyReply, allowed: readonly string[]): boolean {
  if (!isPreflight(request.method, request.headers)) return false;
  const requested = request.headers['access-control-request-headers'];
  void reply
    .code(204)
    .header('Access-Control-Allow-Methods', allowed.join(', '))
    .header('Access-Control-Allow-Headers', typeof requested === 'string' && HEADER_LIST.test(requested) ? requested : ALLOWED_REQUEST_HEADERS.join(', '))
    .header('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_S))
    .send();
  return true;
}
