/**
 * The Fastify application of the reference server and the sandbox: every operation of the spec
 * (`specRoutes()`) is a route, on the request pipeline of src/http/ (its server, edges, ids, limits and
 * problem answers, through the Fastify adapter). This file assembles it; the checks are app-checks.ts,
 * the answers app-answers.ts, the failures app-errors.ts, the sandbox's CORS app-cors.ts.
 * @module
 */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { accessLogFields } from '../http/access-log.js';
import { pipelineFastifyOptions } from '../http/fastify/adapter.js';
import { specRoutes, type SpecRoute } from '../spec/routes.js';
import { badRequest, problemInstance, validationFailed } from '../validation/problem.js';
import { parseJsonBody } from '../validation/request-checks.js';
import { validateSchema } from '../validation/validate.js';
import { STATE_PROPERTY, createAnswers, stateOf, type AnswerContext } from './app-answers.js';
import { checkEveryRequest, checkOperationHeaders, type CheckContext } from './app-checks.js';
import { registerCors } from './app-cors.js';
import { answerErrors } from './app-errors.js';
import type { AppOptions, ExtraRoute } from './app-options.js';
import { loggerOptions } from './logging.js';
import { operationHandlers, type OperationHandler, type OperationId } from './operations.js';
import { installRateLimit } from './rate-limit.js';
import { WebhooksContractError } from '../errors.js';

export type { AppOptions, ExtraRoute } from './app-options.js';

const EMPTY_BODY = Buffer.alloc(0);

type BodyCheck = NonNullable<ExtraRoute['checkBody']>;

/** Every route served, with its handler and the check of its body (none: it takes no body). */
function servedRoutes(options: AppOptions): { route: SpecRoute; handler: OperationHandler; checkBody: BodyCheck | undefined }[] {
  const handlers = operationHandlers({
    store: options.store,
    signingKeys: options.signingKeys,
    guard: options.guard,
    fingerprintKey: options.fingerprintKey,
    now: options.now ?? Date.now,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.onScheduled ? { onScheduled: options.onScheduled } : {}),
  });
  const served = (options.routes ?? specRoutes()).map((route) => {
    const handler = handlers[route.operationId as OperationId];
    if (handler === undefined) throw new WebhooksContractError('ERR_SPEC_INVALID', `the spec's operation ${route.operationId} has no handler in src/server/operations.ts`);
    const schema = route.requestBody;
    const checkBody: BodyCheck | undefined = schema === undefined ? undefined : (value) => validateSchema(schema, value);
    return { route, handler, checkBody };
  });
  for (const extra of options.extraRoutes ?? []) served.push({ route: extra.route, handler: extra.handler, checkBody: extra.checkBody });
  return served;
}

/**
 * Creates the Fastify application over a store and the other parts; `inject()` it in tests or `listen()`.
 * Prefer `buildServer` / `buildSandbox`, which assemble the parts from settings.
 * @example
 * const app = createApp({ store, authenticate, signingKeys, guard, fingerprintKey });
 * const response = await app.inject({ method: 'GET', url: '/v1/webhooks', headers: { authorization: 'Bearer …' } });
 */
export function createApp(options: AppOptions): FastifyInstance {
  const served = servedRoutes(options);
  const routes = served.map((entry) => entry.route);
  const context = {
    options,
    routes,
    cors: options.cors,
    takesBody: new Set(served.filter((entry) => entry.checkBody !== undefined).map((entry) => entry.route)),
    closing: false,
    checkRateLimit: undefined,
  } as unknown as CheckContext & AnswerContext;
  // the answers and the checks share one context: `closing` and the rate limit are set on it later
  Object.assign(context, createAnswers(context));

  const app = Fastify({
    ...pipelineFastifyOptions(options.timeouts),
    logger: loggerOptions(options.log),
    // one line per request, written by the onResponse hook below, instead of Fastify's two
    logController: new LogController({ disableRequestLogging: true }),
    // HEAD wherever GET is (RFC 9110 §9.1), answered by the GET route without its body, as the mock does
    exposeHeadRoutes: true,
    return503OnClosing: false,
    // no route declares a Fastify schema: bodies and parameters are checked with the precompiled validators,
    // so Fastify's Ajv and fast-json-stringify compilers are never loaded, and nothing compiles at start
    schemaController: {
      compilersFactory: {
        buildValidator: () => () => {
          throw new WebhooksContractError('ERR_SPEC_INVALID', 'the reference server declares no Fastify schemas; use the precompiled validators');
        },
        buildSerializer: () => () => {
          throw new WebhooksContractError('ERR_SPEC_INVALID', 'the reference server declares no Fastify schemas; answers are serialised by the handlers');
        },
      },
    },
    frameworkErrors: (error, request, reply) => {
      void context.sendProblem(request, reply, badRequest(`The request target cannot be read (${error.code}); check its percent-escapes.`, problemInstance(stateOf(request).path)));
    },
  });
  app.decorateRequest(STATE_PROPERTY, null);

  // counted by API key, once the key is known (after authentication, before the body is read)
  if (options.rateLimit !== undefined) {
    const makeCheck = installRateLimit(app, options.rateLimit, (request) => stateOf(request).keyId ?? '');
    app.addHook('onReady', (done) => {
      context.checkRateLimit = makeCheck();
      done();
    });
  }

  app.addHook('onRequest', checkEveryRequest(context));
  if (options.cors !== undefined) registerCors(app, options.cors);

  // every body is read as bytes, up to the limit: the media type was checked above, JSON is parsed below
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: app.initialConfig.bodyLimit }, (_request, body, done) => done(null, body));

  for (const { route, handler, checkBody } of served) {
    app.route({
      method: route.method,
      url: route.template.replace(/\{([^}]+)\}/g, ':$1'),
      onRequest: (request, reply, done) => checkOperationHeaders(context, route, request, reply, done),
      handler: async (request, reply) => {
        const state = stateOf(request);
        let body: unknown;
        if (checkBody !== undefined) {
          const parsed = parseJsonBody(Buffer.isBuffer(request.body) ? request.body : EMPTY_BODY, state.path);
          if (!parsed.ok) return context.sendProblem(request, reply, parsed.problem);
          const checked = checkBody(parsed.value);
          if (!checked.ok) return context.sendProblem(request, reply, validationFailed(state.path, checked.errors));
          body = parsed.value;
        }
        const answer = await handler({ accountId: state.accountId, instance: state.path, params: state.parameters ?? {}, body });
        return context.sendAnswer(request, reply, answer);
      },
    });
  }

  app.setNotFoundHandler((request, reply) => context.answerUnrouted(request, reply, stateOf(request).path));
  app.setErrorHandler(answerErrors(context, options.onStoreFault));

  app.addHook('onResponse', (request, reply, done) => {
    const state = stateOf(request);
    const fields = accessLogFields({ method: request.method, target: state.path, status: reply.statusCode, durationMs: reply.elapsedTime, errors: state.errors ?? [] });
    request.log.info(state.accountId === undefined ? fields : { ...fields, account: state.accountId }, 'request');
    done();
  });

  app.addHook('onRequestAbort', async (request) => {
    request.log.info({ method: request.method, path: stateOf(request).path }, 'the client went away before the answer');
  });

  app.addHook('preClose', async () => {
    context.closing = true;
  });
  if (options.onClose) app.addHook('onClose', options.onClose);
  return app;
}
