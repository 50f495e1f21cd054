/**
 * The reference server's checks of a request before its body is read, as Fastify hooks in the pipeline's
 * order (src/http/request-judge.ts is the same order for the mock): what is refused whatever the path
 * (origin, stopping, target, Host), then per operation the token and the rate limit, Accept, the
 * parameters and the body's headers (415, 413, a body where none belongs), before `100 Continue`.
 * @module
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isPreflight, originVerdict } from '../http/cors.js';
import { expectsContinue, headerValues, sentTarget, sentValues } from '../http/fastify/adapter.js';
import { checkRequestLine } from '../http/request-line.js';
import { allowedMethods, type SpecRoute } from '../spec/routes.js';
import { parseBearerAuthorization } from '../validation/http-syntax.js';
import { checkParameters } from '../validation/parameters.js';
import { MAX_BODY_BYTES, invalidParameters, payloadTooLarge, unexpectedBody } from '../validation/problem.js';
import { checkAccept, checkContentType } from '../validation/request-checks.js';
import { stateOf, type Answers } from './app-answers.js';
import type { AppOptions } from './app-options.js';
import { authenticateRoute, type AuthenticationHook } from '../http/authentication.js';
import { originNotAllowed, temporarilyUnavailable, tooManyRequests } from './problems.js';
import type { RateLimitCheck } from './rate-limit.js';

type Done = (error?: Error) => void;

const NO_HEADERS: Record<string, string> = {};
const headerParameterRoutes = new WeakMap<SpecRoute, boolean>();
/** Whether a route declares a header parameter (Idempotency-Key), remembered per route. */
function takesHeaderParameters(route: SpecRoute): boolean {
  let takes = headerParameterRoutes.get(route);
  if (takes === undefined) headerParameterRoutes.set(route, (takes = route.parameterList.some((parameter) => parameter.in === 'header')));
  return takes;
}

/** What the checks need of the application. */
export interface CheckContext extends Answers {
  options: AppOptions;
  routes: readonly SpecRoute[];
  /** the routes whose requests carry a JSON body */
  takesBody: ReadonlySet<SpecRoute>;
  closing: boolean;
  checkRateLimit: RateLimitCheck | undefined;
}

/** The authenticator of a server given no platform keys: every token is unknown. */
const refuseEveryone: AuthenticationHook = (authorization) => {
  const credentials = parseBearerAuthorization(authorization);
  return credentials.ok ? { ok: false, reason: 'unknown' } : credentials;
};

/**
 * The application's first hook, for every request: its id, the sandbox's origin check, and what is
 * refused whatever the path. Hooks take callbacks, not promises: on every request, each saves a promise
 * and a turn of the microtask queue.
 */
export function checkEveryRequest(context: CheckContext): (request: FastifyRequest, reply: FastifyReply, done: Done) => void {
  const cors = context.options.cors;
  return (request, reply, done) => {
    const state = stateOf(request);
    reply.header('X-Request-Id', request.id);
    if (cors !== undefined) {
      const verdict = originVerdict(cors, request.headers);
      if (verdict === 'refused') {
        // answers differ by origin: caches must keep them apart; and a page on another origin never
        // creates, triggers or reads anything
        reply.header('Vary', 'Origin');
        context.sendProblem(request, reply, originNotAllowed(state.path));
        return;
      }
      // Private Network Access: a public page asking to reach this loopback server; the origin is allowed
      if (verdict === 'allowed' && isPreflight(request.method, request.headers) && request.headers['access-control-request-private-network'] === 'true') {
        reply.header('Access-Control-Allow-Private-Network', 'true');
      }
    }
    const line = checkRequestLine({ method: request.method, target: sentTarget(request.raw), httpVersion: request.raw.httpVersion, hostCount: sentValues(request.raw, 'host')?.length ?? 0 });
    if (context.closing) context.sendProblem(request, reply, temporarilyUnavailable(state.path, 'The server is shutting down'));
    else if ('problem' in line) context.sendProblem(request, reply, line.problem);
    // answered before any body is read: an unknown path is a 404 whatever it is sent with (an OPTIONS
    // finds the CORS plugin's route on every path, so its path is looked up here)
    else if (request.is404 || (request.method === 'OPTIONS' && allowedMethods(context.routes, state.path).length === 0)) context.answerUnrouted(request, reply, state.path);
    else done();
  };
}

/** The checks of one operation that a request's headers allow, before its body is read; `done()` when all pass. */
export function checkOperationHeaders(context: CheckContext, route: SpecRoute, request: FastifyRequest, reply: FastifyReply, done: Done): void {
  const state = stateOf(request);
  const { options } = context;
  // the router decodes escapes in fixed segments (/v1/%77ebhooks); the spec's paths are matched as sent
  if (!route.pattern.test(state.path)) {
    context.answerUnrouted(request, reply, state.path);
    return;
  }
  state.route = route;
  if (!route.authenticated) {
    checkBodyHeaders(context, route, request, reply, done);
    return;
  }
  // the pipeline's authentication stage with the server's hook (its API keys; the sandbox: any token), over
  // every value sent, as the mock reads them: a header sent twice is refused, not half-read
  const platform = route.securityScheme === 'platformKey';
  const stage = authenticateRoute(route, state.path, sentValues(request.raw, 'authorization'), platform ? (options.authenticatePlatform ?? refuseEveryone) : options.authenticate);
  if ('problem' in stage) {
    context.sendProblem(request, reply, stage.problem);
    return;
  }
  const authentication = stage.authentication!;
  // the platform's operations name their account in the body: the caller is no account
  if (!platform) state.accountId = authentication.accountId;
  state.keyId = authentication.keyId;
  const next = () => {
    if (platform || options.onAccount === undefined) checkBodyHeaders(context, route, request, reply, done);
    else options.onAccount(authentication.accountId).then(() => checkBodyHeaders(context, route, request, reply, done), done);
  };
  if (context.checkRateLimit === undefined) {
    next();
    return;
  }
  context.checkRateLimit(request).then((verdict) => {
    for (const [name, value] of Object.entries(verdict.headers)) reply.header(name, value);
    if (verdict.limited) {
      context.sendProblem(request, reply, tooManyRequests(state.path, verdict.retryAfterSeconds), { 'Retry-After': String(verdict.retryAfterSeconds) });
    } else next();
  }, done);
}

function checkBodyHeaders(context: CheckContext, route: SpecRoute, request: FastifyRequest, reply: FastifyReply, done: Done): void {
  const state = stateOf(request);
  const raw = request.raw;
  // the same order as the mock's (src/http/request-judge.ts): token, Accept, parameters, then the body's headers
  const notAcceptable = checkAccept(state.path, request.headers.accept);
  if (notAcceptable) {
    context.sendProblem(request, reply, notAcceptable);
    return;
  }
  const query = request.url.length > state.path.length ? request.url.slice(state.path.length + 1) : '';
  // header parameters read every value sent (Node joins or drops repeats); a route without any reads none
  const headers = takesHeaderParameters(route) ? headerValues(raw) : NO_HEADERS;
  const parameters = checkParameters(route, { pathname: state.path, query: new URLSearchParams(query), headers });
  if (!parameters.ok) {
    context.sendProblem(request, reply, invalidParameters(state.path, parameters.errors));
    return;
  }
  state.parameters = parameters.values;
  if (!context.takesBody.has(route)) {
    const length = raw.headers['content-length'];
    if (length !== undefined && length !== '0') {
      context.sendProblem(request, reply, unexpectedBody(state.path, request.method));
    } else if (raw.headers['transfer-encoding'] !== undefined) {
      // a chunked body may still be empty (the mock reads it to know): refuse at its first byte, go on at its end
      const onData = (chunk: Buffer) => {
        if (chunk.length === 0) return;
        raw.off('data', onData).off('end', onEnd);
        raw.resume();
        context.sendProblem(request, reply, unexpectedBody(state.path, request.method), { Connection: 'close' });
      };
      const onEnd = () => {
        raw.off('data', onData);
        done();
      };
      raw.on('data', onData).once('end', onEnd);
    } else {
      done();
    }
    return;
  }
  // the checks a body's headers allow, before the body is read (and before "100 Continue" asks for it)
  const continues = expectsContinue(raw);
  const unsupported = checkContentType(state.path, sentValues(raw, 'content-type'));
  if (unsupported) {
    context.sendProblem(request, reply, unsupported, continues ? { Connection: 'close' } : {});
    return;
  }
  const declared = Number(request.headers['content-length']);
  if (declared > MAX_BODY_BYTES) {
    context.sendProblem(request, reply, payloadTooLarge(state.path, declared), { Connection: 'close' });
    return;
  }
  if (continues) reply.raw.writeContinue();
  done();
}
