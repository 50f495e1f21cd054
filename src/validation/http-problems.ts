/**
 * The problem+json bodies for what breaks HTTP's own rules rather than the contract's (an unknown path, a
 * method a path does not take, a malformed request, a time-out, a failed upstream), worded like the spec's
 * examples, and the request path made safe to report as `instance`.
 * @module
 */
import { problemType, type Problem } from './problem-type.js';

/**
 * A request path made safe to report as `instance` (a URI reference): characters a path may not hold
 * and `%` signs that start no valid escape are percent-encoded, so `/v1/webhooks/%zz` becomes
 * `/v1/webhooks/%25zz`. Only the path is reported, never the query (it may hold a secret).
 * @example
 * problemInstance('/v1/webhooks/{id}') // '/v1/webhooks/%7Bid%7D'
 */
export function problemInstance(pathname: string): string {
  return pathname.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu, (char) =>
    [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/**
 * The 404 body for a path no operation of the API has (`detail` says more for a known path).
 * @example
 * notFound('/v1/webhook').detail // 'No operation of the API has this path; the paths start with /v1/webhooks.'
 */
export function notFound(instance: string, detail = 'No operation of the API has this path; the paths start with /v1/webhooks.'): Problem {
  return { type: problemType('not-found'), title: 'Not found', status: 404, detail, instance };
}

/**
 * The 405 body for a method the path does not take; send it with `Allow: <allowed, comma-separated>`.
 * @example
 * methodNotAllowed('/v1/webhooks', ['GET', 'POST']).detail // 'This path takes GET or POST.'
 */
export function methodNotAllowed(instance: string, allowed: readonly string[]): Problem {
  const list = allowed.length <= 1 ? allowed.join('') : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`;
  return { type: problemType('method-not-allowed'), title: 'Method not allowed', status: 405, detail: `This path takes ${list}.`, instance };
}

/**
 * The 406 body, for an Accept header that allows neither JSON nor problem+json.
 * @example
 * notAcceptable('/v1/webhooks').status // 406
 */
export function notAcceptable(instance: string): Problem {
  return {
    type: problemType('not-acceptable'),
    title: 'Not acceptable',
    status: 406,
    detail: 'The API answers with application/json (application/problem+json for errors); the Accept header allows neither.',
    instance,
  };
}

/**
 * The 400 body for a request that breaks HTTP's syntax (its target, a header); `detail` must not quote
 * the request.
 * @example
 * badRequest('The request target is not a path or an absolute http URL.')
 */
export function badRequest(detail: string, instance?: string): Problem {
  return { type: problemType('bad-request'), title: 'Bad request', status: 400, detail, ...(instance === undefined ? {} : { instance }) };
}

/**
 * The 408 body, for a client too slow to send its request.
 * @example
 * requestTimeout().status // 408
 */
export function requestTimeout(): Problem {
  return { type: problemType('request-timeout'), title: 'Request timeout', status: 408, detail: 'The request was not received in time; send it again.' };
}

/**
 * The 417 body, for an Expect header other than 100-continue.
 * @example
 * expectationFailed('/v1/webhooks').status // 417
 */
export function expectationFailed(instance: string): Problem {
  return { type: problemType('expectation-failed'), title: 'Expectation failed', status: 417, detail: 'The only expectation the API meets is "Expect: 100-continue".', instance };
}

/**
 * The 431 body, for headers too large to read.
 * @example
 * requestHeadersTooLarge().status // 431
 */
export function requestHeadersTooLarge(): Problem {
  return { type: problemType('request-headers-too-large'), title: 'Request header fields too large', status: 431, detail: 'The request headers are too large to read; send fewer or shorter headers.' };
}

/**
 * The 503 body; `detail` says why and what to do.
 * @example
 * serviceUnavailable('/v1/webhooks', 'The mock is restarting; send the request again in a second.')
 */
export function serviceUnavailable(instance: string, detail: string): Problem {
  return { type: problemType('service-unavailable'), title: 'Service unavailable', status: 503, detail, instance };
}

/**
 * The 502 body of a proxy whose upstream failed; `detail` says how.
 * @example
 * badGateway('/v1/webhooks', 'The upstream at http://127.0.0.1:8080 refused the connection (ECONNREFUSED).')
 */
export function badGateway(instance: string, detail: string): Problem {
  return { type: problemType('bad-gateway'), title: 'Bad gateway', status: 502, detail, instance };
}

/**
 * The 504 body of a proxy whose upstream did not answer in time.
 * @example
 * gatewayTimeout('/v1/webhooks', 'The upstream did not answer within 30 s.')
 */
export function gatewayTimeout(instance: string, detail: string): Problem {
  return { type: problemType('gateway-timeout'), title: 'Gateway timeout', status: 504, detail, instance };
}
