/**
 * The Fastify application of the reference server: every operation of the spec (`specRoutes()`) is a
 * route; each request goes through the same checks as in the mock (authentication, Content-Type, size,
 * JSON, body rules, parameters) with the same shared functions, so both answer a bad request alike; and
 * every answer, Fastify's own errors included, is the contract's problem+json with an `X-Request-Id`.
 * @module
 */
import type { IncomingMessage } from 'node:http';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { allowHeader, allowedMethods, specRoutes, type SpecRoute } from '../spec/routes.js';
import type { ValidationIssue } from '../validation/messages.js';
import { checkParameters } from '../validation/parameters.js';
import {
  MAX_BODY_BYTES,
  PROBLEM_CONTENT_TYPE,
  badRequest,
  invalidParameters,
  methodNotAllowed,
  notFound,
  payloadTooLarge,
  problemInstance,
  unauthorized,
  unexpectedBody,
  unsupportedMediaType,
  validationFailed,
  type Problem,
} from '../validation/problem.js';
import { checkAccept, checkContentType, parseJsonBody } from '../validation/request-checks.js';
import { parseRequestTarget } from '../validation/request-target.js';
import { validateSchema } from '../validation/validate.js';
import { parseBearerAuthorization } from '../validation/http-syntax.js';
import type { Authenticator } from './auth.js';
import type { CorsPolicy } from './cors.js';
import type { DestinationGuard } from './destinations.js';
import { storeFaultOf, type StoreError } from './errors.js';
import { EXPECTS_CONTINUE, answerClientError, createHttpServer, newRequestId, pathOf, routableTarget, type HttpTimeouts } from './http-edges.js';
import { loggerOptions, type LogOptions } from './logging.js';
import { operationHandlers, type OperationAnswer, type OperationHandler, type OperationId } from './operations.js';
import { internalError, originNotAllowed, storeFaultProblem, temporarilyUnavailable, tooManyRequests } from './problems.js';
import { installRateLimit, type RateLimitCheck, type RateLimitOptions } from './rate-limit.js';
import type { SigningKeys } from './signing-keys.js';
import type { CreateLimits, Store } from '../store/contract.js';

/** What the application is made of; `buildServer` and `buildSandbox` assemble it. */
export interface AppOptions {
  store: Store;
  authenticate: Authenticator;
  /** who may call the platform's operations (`security: platformKey`, publishing events); nobody without it */
  authenticatePlatform?: Authenticator;
  signingKeys: SigningKeys;
  guard: DestinationGuard;
  /** keys the digests of idempotent request bodies */
  fingerprintKey: Buffer;
  /** answer browsers from the origins this policy allows, and refuse every other origin (the sandbox) */
  cors?: CorsPolicy;
  /** called (and awaited) with each authenticated account before its request runs: the sandbox seeds it */
  onAccount?: (accountId: string) => Promise<void>;
  /** limits requests per API key; none without it (`buildServer` and `buildSandbox` set one by default) */
  rateLimit?: RateLimitOptions;
  /** what a create must stay within (the per-account webhook limit) */
  limits?: CreateLimits;
  /** told when a request scheduled deliveries (a published event), so that the sender starts them now */
  onScheduled?: () => void;
  /** told of every store fault a request met, after it is answered (a lost database stops the server) */
  onStoreFault?: (error: StoreError) => void;
  /** slow-client time-outs of the HTTP server */
  timeouts?: HttpTimeouts;
  log?: LogOptions | false;
  /** milliseconds since the epoch */
  now?: () => number;
  /** the operations to serve; the bundled spec's by default */
  routes?: SpecRoute[];
  /** operations outside the contract (the sandbox's trigger), served with the same checks and problems */
  extraRoutes?: readonly ExtraRoute[];
  /** runs when the application closes, after the last request */
  onClose?: () => Promise<void>;
}

/**
 * An operation that is not in the contract, such as the sandbox's trigger: authenticated, rate-limited,
 * its body read and parsed as the contract's are, then checked by `checkBody` (without one, it takes none).
 */
export interface ExtraRoute {
  /** its method and path, built like the spec's routes; `parameters` may be empty */
  route: SpecRoute;
  checkBody?: (value: unknown) => { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] };
  handler: OperationHandler;
}

/** What the server knows of a request between its hooks. */
interface RequestState {
  path: string;
  route?: SpecRoute;
  accountId?: string;
  /** the credential the request was made with (not the key itself), for the rate limit */
  keyId?: string;
  /** the path, query and header parameters, checked and converted to their types */
  parameters?: Record<string, string | number>;
  /** the broken rules of the problem answered, for the log line */
  errors?: readonly ValidationIssue[];
}

const EMPTY_BODY = Buffer.alloc(0);
/** the request property that holds a RequestState */
const STATE_PROPERTY = 'webhooksContractState';
/** the raw request property that keeps the target as sent, before it is made routable */
const SENT_TARGET = Symbol('sent request target');
/** the headers a browser may read from the sandbox's answers */
const EXPOSED_HEADERS = 'Location, X-Request-Id, Idempotent-Replayed, Retry-After, WWW-Authenticate, Allow, RateLimit, RateLimit-Policy';
/** how long a browser may keep a preflight answer (s) */
const PREFLIGHT_MAX_AGE_S = 600;
/** a Retry-After for a server that is stopping (s) */
const RETRY_SOON_S = 1;

/** The authenticator of a server given no platform keys: every token is unknown. */
const refuseEveryone: Authenticator = (authorization) => {
  const credentials = parseBearerAuthorization(authorization);
  return credentials.ok ? { ok: false, reason: 'unknown' } : credentials;
};

/**
 * Whether the client is gone, so that no answer can reach it: its socket (or the response) is destroyed.
 * Not the request stream's own `destroyed`: Node destroys a request once its body has been read, so that
 * says nothing of the client after a POST.
 */
function clientGone(request: FastifyRequest, reply: FastifyReply): boolean {
  return reply.raw.destroyed || request.raw.socket?.destroyed === true;
}

/**
 * Every value a header was sent with, as Node's `headersDistinct` gives them; `inject()`'s requests have no
 * `headersDistinct`, so it is read from their raw header list there.
 */
function sentValues(raw: IncomingMessage, name: string): string[] | undefined {
  if (raw.headersDistinct !== undefined) return raw.headersDistinct[name];
  const values: string[] = [];
  for (let i = 0; i + 1 < raw.rawHeaders.length; i += 2) {
    if (raw.rawHeaders[i]!.toLowerCase() === name) values.push(raw.rawHeaders[i + 1]!);
  }
  return values.length === 0 ? undefined : values;
}

/**
 * Creates the Fastify application over a store and the other parts; `inject()` it in tests or `listen()`.
 * Prefer `buildServer` / `buildSandbox`, which assemble the parts from settings.
 * @example
 * const app = createApp({ store, authenticate, signingKeys, guard, fingerprintKey });
 * const response = await app.inject({ method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer …' } });
 */
export function createApp(options: AppOptions): FastifyInstance {
  const extraRoutes = options.extraRoutes ?? [];
  const routes = [...(options.routes ?? specRoutes()), ...extraRoutes.map((extra) => extra.route)];
  const now = options.now ?? Date.now;
  const handlers = operationHandlers({
    store: options.store,
    signingKeys: options.signingKeys,
    guard: options.guard,
    fingerprintKey: options.fingerprintKey,
    now,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.onScheduled ? { onScheduled: options.onScheduled } : {}),
  });
  let closing = false;
  const cors = options.cors;

  /** The request's state, in a property Fastify declares on every request (one object shape for all). */
  const stateOf = (request: FastifyRequest): RequestState => {
    const holder = request as unknown as Record<typeof STATE_PROPERTY, RequestState | null>;
    return (holder[STATE_PROPERTY] ??= { path: pathOf(request.url) });
  };

  const app = Fastify({
    logger: loggerOptions(options.log),
    // one line per request, written by the onResponse hook below, instead of Fastify's two
    logController: new LogController({ disableRequestLogging: true }),
    // HEAD wherever GET is (RFC 9110 §9.1), answered by the GET route without its body, as the mock does
    exposeHeadRoutes: true,
    return503OnClosing: false,
    requestIdHeader: false,
    genReqId: newRequestId,
    bodyLimit: MAX_BODY_BYTES,
    // an overlong id must reach its route and get the contract's 400, not a 404
    routerOptions: { maxParamLength: 16 * 1024 },
    rewriteUrl: (request) => {
      // the target as sent, for the same checks the mock makes of it (a fragment, an absolute URL that is no URL)
      (request as IncomingMessage & { [SENT_TARGET]?: string })[SENT_TARGET] = request.url ?? '/';
      return routableTarget(request.url ?? '/');
    },
    serverFactory: (handler) => createHttpServer(handler, options.timeouts),
    clientErrorHandler: answerClientError,
    // no route declares a Fastify schema: bodies and parameters are checked with the precompiled validators,
    // so Fastify's Ajv and fast-json-stringify compilers are never loaded, and nothing compiles at start
    schemaController: {
      compilersFactory: {
        buildValidator: () => () => {
          throw new Error('the reference server declares no Fastify schemas; use the precompiled validators');
        },
        buildSerializer: () => () => {
          throw new Error('the reference server declares no Fastify schemas; answers are serialised by the handlers');
        },
      },
    },
    frameworkErrors: (error, request, reply) => {
      void sendProblem(request, reply, badRequest(`The request target cannot be read (${error.code}); check its percent-escapes.`, problemInstance(pathOf(request.url))));
    },
  });

  /** Sends a problem: the contract's media type, the headers its status needs, a safe `instance`. */
  function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}): FastifyReply {
    const state = stateOf(request);
    state.errors = problem.errors;
    const body: Problem = problem.instance === undefined ? problem : { ...problem, instance: problemInstance(problem.instance) };
    reply.code(problem.status).header('Content-Type', PROBLEM_CONTENT_TYPE).header('X-Request-Id', request.id);
    // while stopping, each answer ends its connection: a kept-alive socket would hold the close up
    if (closing) reply.header('Connection', 'close');
    if (problem.status === 401) reply.header('WWW-Authenticate', 'Bearer realm="webhooks"');
    if (problem.status === 503 && headers['Retry-After'] === undefined) reply.header('Retry-After', String(RETRY_SOON_S));
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    return reply.send(JSON.stringify(body));
  }

  function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: OperationAnswer): FastifyReply {
    if ('problem' in answer) return sendProblem(request, reply, answer.problem);
    reply.code(answer.status);
    if (closing) reply.header('Connection', 'close');
    for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
    if (!('json' in answer)) return reply.send();
    return reply.header('Content-Type', 'application/json').send(answer.json);
  }

  /**
   * The CORS headers of an allowed origin (never a reflection of any origin, never credentials: the sandbox
   * takes a bearer token, which needs none); false when the request comes from an origin not allowed.
   */
  function corsHeaders(policy: CorsPolicy, request: FastifyRequest, reply: FastifyReply): boolean {
    // answers differ by origin: caches must keep them apart
    reply.header('Vary', 'Origin');
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (!policy.allows(origin)) return false;
    reply.header('Access-Control-Allow-Origin', origin).header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    return true;
  }

  /** A path no route of the spec serves with this method: 404, 405 with `Allow`, or (sandbox) a CORS preflight. */
  function answerUnrouted(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
    const allowed = allowedMethods(routes, path);
    if (allowed.length === 0) return sendProblem(request, reply, notFound(path));
    const requestedMethod = request.headers['access-control-request-method'];
    const preflight = cors !== undefined && request.method === 'OPTIONS' && typeof requestedMethod === 'string' && request.headers.origin !== undefined;
    if (request.method === 'OPTIONS' && !preflight) {
      return reply.code(204).header('Allow', allowHeader(allowed)).send();
    }
    if (preflight) {
      const requestedHeaders = request.headers['access-control-request-headers'];
      // Private Network Access: a public page asking to reach this loopback server; the origin is allowed
      if (request.headers['access-control-request-private-network'] === 'true') reply.header('Access-Control-Allow-Private-Network', 'true');
      return reply
        .code(204)
        .header('Access-Control-Allow-Methods', allowed.join(', '))
        .header(
          'Access-Control-Allow-Headers',
          typeof requestedHeaders === 'string' && /^[\w\-, ]*$/.test(requestedHeaders) ? requestedHeaders : 'Authorization, Content-Type, Idempotency-Key',
        )
        .header('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_S))
        .send();
    }
    return sendProblem(request, reply, methodNotAllowed(path, allowed), { Allow: allowHeader(allowed) });
  }

  app.decorateRequest(STATE_PROPERTY, null);

  // counted by API key, once the key is known (after authentication, before the body is read)
  let checkRateLimit: RateLimitCheck | undefined;
  if (options.rateLimit !== undefined) {
    const makeCheck = installRateLimit(app, options.rateLimit, (request) => stateOf(request).keyId ?? '');
    app.addHook('onReady', (done) => {
      checkRateLimit = makeCheck();
      done();
    });
  }

  // for every request: its id, CORS, and what is refused whatever the path. Hooks take callbacks, not
  // promises: on every request, each saves a promise and a turn of the microtask queue
  app.addHook('onRequest', (request, reply, done) => {
    const state = stateOf(request);
    const target = parseRequestTarget((request.raw as IncomingMessage & { [SENT_TARGET]?: string })[SENT_TARGET] ?? request.raw.url ?? '/');
    const hosts = sentValues(request.raw, 'host')?.length ?? 0;
    reply.header('X-Request-Id', request.id);
    if (cors !== undefined && !corsHeaders(cors, request, reply)) {
      // refused before anything else: a page on another origin never creates, triggers or reads anything
      sendProblem(request, reply, originNotAllowed(state.path));
    } else if (closing) {
      sendProblem(request, reply, temporarilyUnavailable(state.path, 'The server is shutting down'));
    } else if (!target.ok) {
      sendProblem(request, reply, badRequest(target.reason));
    } else if (request.raw.httpVersion === '1.1' && hosts !== 1) {
      sendProblem(request, reply, badRequest(hosts === 0 ? 'An HTTP/1.1 request needs a Host header.' : 'The request has more than one Host header.', state.path));
    } else if (request.is404) {
      // answered before any body is read: an unknown path is a 404 whatever it is sent with
      answerUnrouted(request, reply, state.path);
    } else {
      done();
    }
  });

  /** The checks of one operation that a request's headers allow, before its body is read; `done()` when all pass. */
  function checkHeaders(route: SpecRoute, request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void {
    const state = stateOf(request);
    // the router decodes escapes in fixed segments (/v1/%77ebhooks); the spec's paths are matched as sent
    if (!route.pattern.test(state.path)) {
      answerUnrouted(request, reply, state.path);
      return;
    }
    state.route = route;
    if (route.authenticated) {
      // every value sent, as the mock reads them: a header sent twice is refused, not half-read
      const platform = route.securityScheme === 'platformKey';
      const authenticate = platform ? (options.authenticatePlatform ?? refuseEveryone) : options.authenticate;
      const authentication = authenticate(sentValues(request.raw, 'authorization'));
      if (!authentication.ok) {
        sendProblem(request, reply, unauthorized(state.path, authentication.reason));
        return;
      }
      // the platform's operations name their account in the body: the caller is no account
      if (!platform) state.accountId = authentication.accountId;
      state.keyId = authentication.keyId;
      if (checkRateLimit !== undefined) {
        checkRateLimit(request).then((verdict) => {
          for (const [name, value] of Object.entries(verdict.headers)) reply.header(name, value);
          if (verdict.limited) {
            sendProblem(request, reply, tooManyRequests(state.path, verdict.retryAfterSeconds), { 'Retry-After': String(verdict.retryAfterSeconds) });
          } else if (platform) {
            checkBodyHeaders(route, request, reply, done);
          } else {
            afterAuthentication(authentication.accountId, route, request, reply, done);
          }
        }, done);
        return;
      }
      if (platform) checkBodyHeaders(route, request, reply, done);
      else afterAuthentication(authentication.accountId, route, request, reply, done);
      return;
    }
    checkBodyHeaders(route, request, reply, done);
  }

  function afterAuthentication(accountId: string, route: SpecRoute, request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void): void {
    if (options.onAccount) {
      options.onAccount(accountId).then(() => checkBodyHeaders(route, request, reply, done), done);
      return;
    }
    checkBodyHeaders(route, request, reply, done);
  }

  function checkBodyHeaders(route: SpecRoute, request: FastifyRequest, reply: FastifyReply, done: () => void): void {
    const state = stateOf(request);
    const raw = request.raw;
    // the same order as the mock's (src/mock/request-judge.ts): token, Accept, parameters, then the body's headers
    const notAcceptable = checkAccept(state.path, request.headers.accept);
    if (notAcceptable) {
      sendProblem(request, reply, notAcceptable);
      return;
    }
    const query = request.url.length > state.path.length ? request.url.slice(state.path.length + 1) : '';
    const parameters = checkParameters(route, { pathname: state.path, query: new URLSearchParams(query), headers: request.headers });
    if (!parameters.ok) {
      sendProblem(request, reply, invalidParameters(state.path, parameters.errors));
      return;
    }
    state.parameters = parameters.values;
    if (!takesBody.has(route)) {
      const length = raw.headers['content-length'];
      if (length !== undefined && length !== '0') {
        sendProblem(request, reply, unexpectedBody(state.path, request.method));
      } else if (raw.headers['transfer-encoding'] !== undefined) {
        // a chunked body may still be empty (the mock reads it to know): refuse at its first byte, go on at its end
        const onData = (chunk: Buffer) => {
          if (chunk.length === 0) return;
          raw.off('data', onData).off('end', onEnd);
          raw.resume();
          sendProblem(request, reply, unexpectedBody(state.path, request.method), { Connection: 'close' });
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
    const expectsContinue = (raw as IncomingMessage & { [EXPECTS_CONTINUE]?: boolean })[EXPECTS_CONTINUE] === true;
    const close: Record<string, string> = expectsContinue ? { Connection: 'close' } : {};
    const unsupported = checkContentType(state.path, sentValues(request.raw, 'content-type'));
    if (unsupported) {
      sendProblem(request, reply, unsupported, close);
      return;
    }
    const declared = Number(request.headers['content-length']);
    if (declared > MAX_BODY_BYTES) {
      sendProblem(request, reply, payloadTooLarge(state.path, declared), { Connection: 'close' });
      return;
    }
    if (expectsContinue) reply.raw.writeContinue();
    done();
  }

  // every body is read as bytes, up to the limit: the media type was checked above, JSON is parsed below
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_request, body, done) => done(null, body));

  type BodyCheck = NonNullable<ExtraRoute['checkBody']>;
  const served: { route: SpecRoute; handler: OperationHandler; checkBody: BodyCheck | undefined }[] = (options.routes ?? specRoutes()).map((route) => {
    const handler = handlers[route.operationId as OperationId];
    if (handler === undefined) throw new Error(`the spec's operation ${route.operationId} has no handler in src/server/operations.ts`);
    const schema = route.requestBody;
    const checkBody: BodyCheck | undefined = schema === undefined ? undefined : (value) => validateSchema(schema, value);
    return { route, handler, checkBody };
  });
  for (const extra of extraRoutes) served.push({ route: extra.route, handler: extra.handler, checkBody: extra.checkBody });
  /** the routes whose requests carry a JSON body */
  const takesBody = new Set(served.filter((entry) => entry.checkBody !== undefined).map((entry) => entry.route));

  for (const { route, handler, checkBody } of served) {
    app.route({
      method: route.method,
      url: route.template.replace(/\{([^}]+)\}/g, ':$1'),
      onRequest: (request, reply, done) => checkHeaders(route, request, reply, done),
      handler: async (request, reply) => {
        const state = stateOf(request);
        let body: unknown;
        if (checkBody !== undefined) {
          const parsed = parseJsonBody(Buffer.isBuffer(request.body) ? request.body : EMPTY_BODY, state.path);
          if (!parsed.ok) return sendProblem(request, reply, parsed.problem);
          const checked = checkBody(parsed.value);
          if (!checked.ok) return sendProblem(request, reply, validationFailed(state.path, checked.errors));
          body = parsed.value;
        }
        const answer = await handler({ accountId: state.accountId, instance: state.path, params: state.parameters ?? {}, body });
        return sendAnswer(request, reply, answer);
      },
    });
  }

  app.setNotFoundHandler((request, reply) => answerUnrouted(request, reply, stateOf(request).path));

  app.setErrorHandler((error: FastifyError & { code?: string }, request, reply) => {
    const state = stateOf(request);
    const fault = storeFaultOf(error);
    if (fault !== undefined) return answerStoreFault(error as unknown as StoreError, request, reply);
    if (clientGone(request, reply)) {
      request.log.info({ code: error.code }, 'the client went away before the answer');
      return;
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, payloadTooLarge(state.path), { Connection: 'close' });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendProblem(request, reply, unsupportedMediaType(state.path, undefined));
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendProblem(request, reply, badRequest('The request body is not as long as its Content-Length says.', state.path), { Connection: 'close' });
      default:
        break;
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, { ...badRequest('The request cannot be read; check its headers and body.', state.path), status: error.statusCode });
    }
    request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'the request failed');
    return sendProblem(request, reply, internalError(state.path, request.id));
  });

  /**
   * A store fault, whatever the store: 503 with a Retry-After that fits it, and a log line with the real
   * cause (warn for a lock that will pass, error for what needs an operator: a full disk, a lost file).
   */
  function answerStoreFault(error: StoreError, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
    const state = stateOf(request);
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    const line = { err: { type: error.name, code: error.code, message: error.message, ...(cause?.code === undefined ? {} : { cause: String(cause.code) }) } };
    const gone = clientGone(request, reply);
    const message = `${gone ? 'the client went away before the answer, and ' : ''}the database could not take the request: ${error.fault}`;
    if (error.fault === 'busy' || error.fault === 'conflict') request.log.warn(line, message);
    else request.log.error(line, message);
    options.onStoreFault?.(error);
    if (gone) return undefined;
    const { problem, retryAfterSeconds } = storeFaultProblem(state.path, error.fault);
    return sendProblem(request, reply, problem, { 'Retry-After': String(retryAfterSeconds) });
  }

  app.addHook('onResponse', (request, reply, done) => {
    const state = stateOf(request);
    request.log.info(
      {
        method: request.method,
        path: state.path,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(state.accountId === undefined ? {} : { account: state.accountId }),
        ...(state.errors === undefined ? {} : { errors: state.errors.map(({ pointer, message }) => ({ pointer, message })) }),
      },
      'request',
    );
    done();
  });

  app.addHook('onRequestAbort', async (request) => {
    request.log.info({ method: request.method, path: stateOf(request).path }, 'the client went away before the answer');
  });

  app.addHook('preClose', async () => {
    closing = true;
  });
  if (options.onClose) app.addHook('onClose', options.onClose);
  return app;
}
