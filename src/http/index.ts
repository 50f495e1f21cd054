/**
 * The request pipeline every listening program uses (the mock, the validation proxy, the reference server,
 * the sandbox): its framework-neutral stages and decisions. The adapters are `./node/server.js` (node:http)
 * and `./fastify/adapter.js` (Fastify); README.md says which stage lives where.
 * @module
 */
export { anyBearerToken, authenticateRoute, type Authentication, type AuthenticationHook } from './authentication.js';
export { accessLogFields, type AccessLogFields, type AccessRecord } from './access-log.js';
export { ALLOWED_REQUEST_HEADERS, EXPOSED_HEADERS, PREFLIGHT_MAX_AGE_S, isPreflight, openCorsHeaders, openPreflightHeaders, originVerdict, type OriginPolicy, type RequestHeaders } from './cors.js';
export { problemAnswer, rawProblemAnswer, type ProblemAnswer } from './problem-answer.js';
export { REQUEST_ID_PATTERN, newRequestId } from './request-id.js';
export { checkRequestBody, checkRequestHead, routeRequest, type AcceptedHead, type Destination, type ReadBody, type Refusal } from './request-judge.js';
export { checkRequestLine, pathOf, targetPath, type RequestLine } from './request-line.js';
export { HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, REQUEST_TIMEOUT_MS, nodeServerTimeouts, type HttpTimeouts, type NodeServerTimeouts } from './timeouts.js';
export { MAX_BODY_BYTES } from '../validation/problem.js';
