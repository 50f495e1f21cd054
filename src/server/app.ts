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
import { validateSchema } from '../validation/validate.js';
import type { Authenticator } from './auth.js';
import { localHttpAsHttps, type DestinationGuard } from './destinations.js';
import { EXPECTS_CONTINUE, answerClientError, createHttpServer, newRequestId, pathOf, routableTarget } from './http-edges.js';
import { loggerOptions, type LogOptions } from './logging.js';
import { operationHandlers, type OperationAnswer, type OperationId } from './operations.js';
import { internalError, temporarilyUnavailable } from './problems.js';
import type { RateLimiter } from './rate-limit.js';
import type { SigningKeys } from './signing-keys.js';
import type { Store } from './store.js';

/** What the application is made of; `buildServer` and `buildSandbox` assemble it. */
export interface AppOptions {
  store: Store;
  authenticate: Authenticator;
  signingKeys: SigningKeys;
  guard: DestinationGuard;
  /** keys the digests of idempotent request bodies */
  fingerprintKey: Buffer;
  /** the sandbox's development setting: `http://localhost` destinations pass the https rule */
  allowLocalHttp?: boolean;
  /** answer browsers from any origin (the sandbox) */
  cors?: boolean;
  /** called (and awaited) with each authenticated account before its request runs: the sandbox seeds it */
  onAccount?: (accountId: string) => Promise<void>;
  /** limits requests per account; none by default */
  rateLimiter?: RateLimiter;
  log?: LogOptions | false;
  /** milliseconds since the epoch */
  now?: () => number;
  /** the operations to serve; the bundled spec's by default */
  routes?: SpecRoute[];
  /** runs when the application closes, after the last request */
  onClose?: () => Promise<void>;
}

/** What the server knows of a request between its hooks. */
interface RequestState {
  path: string;
  route?: SpecRoute;
  accountId?: string;
  /** the path, query and header parameters, checked and converted to their types */
  parameters?: Record<string, string | number>;
  /** the broken rules of the problem answered, for the log line */
  errors?: readonly ValidationIssue[];
}

const EMPTY_BODY = Buffer.alloc(0);
/** the request property that holds a RequestState */
const STATE_PROPERTY = 'webhooksContractState';
/** the headers a browser may read from the sandbox's answers */
const EXPOSED_HEADERS = 'Location, X-Request-Id, Idempotent-Replayed, Retry-After, WWW-Authenticate, Allow';
/** how long a browser may keep a preflight answer (s) */
const PREFLIGHT_MAX_AGE_S = 600;
/** a Retry-After for a busy database or a server that is stopping (s) */
const RETRY_SOON_S = 1;
/** SQLite errors that mean "try again", not "this request is wrong" */
const BUSY_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL', 'SQLITE_IOERR']);

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Creates the Fastify application over a store and the other parts; `inject()` it in tests or `listen()`.
 * Prefer `buildServer` / `buildSandbox`, which assemble the parts from settings.
 * @example
 * const app = createApp({ store, authenticate, signingKeys, guard, fingerprintKey });
 * const response = await app.inject({ method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer …' } });
 */
export function createApp(options: AppOptions): FastifyInstance {
  const routes = options.routes ?? specRoutes();
  const now = options.now ?? Date.now;
  const allowLocalHttp = options.allowLocalHttp === true;
  const handlers = operationHandlers({
    store: options.store,
    signingKeys: options.signingKeys,
    guard: options.guard,
    fingerprintKey: options.fingerprintKey,
    allowLocalHttp,
    now,
  });
  let closing = false;

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
    rewriteUrl: (request) => routableTarget(request.url ?? '/'),
    serverFactory: (handler) => createHttpServer(handler),
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
    if (problem.status === 503) reply.header('Retry-After', String(RETRY_SOON_S));
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

  function corsHeaders(request: FastifyRequest, reply: FastifyReply): void {
    const origin = request.headers.origin;
    if (origin === undefined) {
      reply.header('Access-Control-Allow-Origin', '*');
    } else {
      reply.header('Access-Control-Allow-Origin', origin).header('Access-Control-Allow-Credentials', 'true').header('Vary', 'Origin');
    }
    reply.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }

  /** A path no route of the spec serves with this method: 404, 405 with `Allow`, or (sandbox) a CORS preflight. */
  function answerUnrouted(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
    const allowed = allowedMethods(routes, path);
    if (allowed.length === 0) return sendProblem(request, reply, notFound(path));
    const requestedMethod = request.headers['access-control-request-method'];
    if (request.method === 'OPTIONS' && !(options.cors && typeof requestedMethod === 'string')) {
      return reply.code(204).header('Allow', allowHeader(allowed)).send();
    }
    if (options.cors && request.method === 'OPTIONS' && typeof requestedMethod === 'string') {
      const requestedHeaders = request.headers['access-control-request-headers'];
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

  // for every request: its id, CORS, and what is refused whatever the path. Hooks take callbacks, not
  // promises: on every request, each saves a promise and a turn of the microtask queue
  app.addHook('onRequest', (request, reply, done) => {
    const state = stateOf(request);
    reply.header('X-Request-Id', request.id);
    if (options.cors) corsHeaders(request, reply);
    if (closing) {
      sendProblem(request, reply, temporarilyUnavailable(state.path, 'The server is shutting down'));
    } else if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
      sendProblem(request, reply, badRequest('An HTTP/1.1 request needs a Host header.', state.path));
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
      const authentication = options.authenticate(request.headers.authorization);
      if (!authentication.ok) {
        sendProblem(request, reply, unauthorized(state.path, authentication.reason));
        return;
      }
      state.accountId = authentication.accountId;
      const wait = options.rateLimiter?.take(authentication.accountId, now());
      if (wait !== undefined) {
        sendProblem(request, reply, options.rateLimiter!.problem(state.path, wait), { 'Retry-After': String(wait) });
        return;
      }
      if (options.onAccount) {
        options.onAccount(authentication.accountId).then(() => checkBodyHeaders(route, request, reply, done), done);
        return;
      }
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
    if (route.requestBody === undefined) {
      if (hasBody(raw)) sendProblem(request, reply, unexpectedBody(state.path, request.method));
      else done();
      return;
    }
    // the checks a body's headers allow, before the body is read (and before "100 Continue" asks for it)
    const expectsContinue = (raw as IncomingMessage & { [EXPECTS_CONTINUE]?: boolean })[EXPECTS_CONTINUE] === true;
    const close: Record<string, string> = expectsContinue ? { Connection: 'close' } : {};
    const unsupported = checkContentType(state.path, request.headers['content-type']);
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

  for (const route of routes) {
    const operationId = route.operationId as OperationId;
    const handler = handlers[operationId];
    if (handler === undefined) throw new Error(`the spec's operation ${operationId} has no handler in src/server/operations.ts`);
    app.route({
      method: route.method,
      url: route.template.replace(/\{([^}]+)\}/g, ':$1'),
      onRequest: (request, reply, done) => checkHeaders(route, request, reply, done),
      handler: async (request, reply) => {
        const state = stateOf(request);
        let body: unknown;
        if (route.requestBody !== undefined) {
          const parsed = parseJsonBody(Buffer.isBuffer(request.body) ? request.body : EMPTY_BODY, state.path);
          if (!parsed.ok) return sendProblem(request, reply, parsed.problem);
          const checked = validateSchema(route.requestBody, allowLocalHttp ? localHttpAsHttps(parsed.value) : parsed.value);
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
    if (request.raw.destroyed || reply.raw.destroyed) {
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
    if (typeof error.code === 'string' && BUSY_CODES.has(error.code)) {
      request.log.warn({ code: error.code }, 'the database could not take the request');
      return sendProblem(request, reply, temporarilyUnavailable(state.path, 'The database is busy'));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(request, reply, { ...badRequest('The request cannot be read; check its headers and body.', state.path), status: error.statusCode });
    }
    request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'the request failed');
    return sendProblem(request, reply, internalError(state.path, request.id));
  });

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
