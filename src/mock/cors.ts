/**
 * The CORS headers of every answer the mock sends, and its answer to a preflight, so that an app on
 * another localhost port can call it from a browser. Header values from the request are sent back only
 * when they have the syntax they must have (an origin, a list of header names).
 * @module
 */
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { isSerializedOrigin, isToken, isTokenList } from '../validation/http-syntax.js';

/**
 * The CORS headers for an answer to `request`.
 * @example
 * response.writeHead(200, { ...corsHeaders(request), 'Content-Type': 'application/json' });
 */
export function corsHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  const origin = request.headers.origin;
  const echo = origin !== undefined && isSerializedOrigin(origin);
  return {
    'Access-Control-Allow-Origin': echo ? origin : '*',
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': '*',
    ...(echo ? { Vary: 'Origin' } : {}),
  };
}

/**
 * Whether `request` is a CORS preflight (an OPTIONS with Origin and Access-Control-Request-Method).
 * @example
 * if (isPreflight(request)) response.writeHead(204, preflightHeaders(request, ['GET', 'POST']));
 */
export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined;
}

/**
 * The headers of the 204 answer to a preflight: the requested method and headers are allowed (the
 * mock takes any), or the path's methods when the request names its method oddly.
 * @example
 * preflightHeaders(request, ['GET', 'POST'])['Access-Control-Allow-Methods'] // 'POST'
 */
export function preflightHeaders(request: IncomingMessage, allowed: readonly string[]): OutgoingHttpHeaders {
  const method = request.headers['access-control-request-method'];
  const headers = request.headers['access-control-request-headers'];
  return {
    ...corsHeaders(request),
    'Access-Control-Allow-Methods': method !== undefined && isToken(method) ? method : allowed.join(', '),
    'Access-Control-Allow-Headers': headers !== undefined && headers !== '' && isTokenList(headers) ? headers : '*',
  };
}
