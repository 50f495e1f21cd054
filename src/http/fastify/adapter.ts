/**
 * The Fastify adapter of the pipeline, for the reference server and the sandbox: Fastify runs on the
 * pipeline's `node:http` server (its edges and time-outs), makes the pipeline's request ids, takes bodies
 * up to the pipeline's limit, routes the targets the pipeline reads as the mock does, and writes problems
 * as the pipeline words them. Imports only Fastify's types: the program brings Fastify itself.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES, type Problem } from '../../validation/problem.js';
import { problemAnswer } from '../problem-answer.js';
import { newRequestId } from '../request-id.js';
import { pathOf } from '../request-line.js';
import { answerClientError } from '../node/answer.js';
import { createNodeServer, serveRequests } from '../node/server.js';
import type { HttpTimeouts } from '../timeouts.js';

/** Marks a request that asked `Expect: 100-continue`: the program says "continue" only once its headers pass. */
const EXPECTS_CONTINUE = Symbol('expectsContinue');
/** Keeps the target as sent, before it is made routable. */
const SENT_TARGET = Symbol('sent request target');

type MarkedRequest = IncomingMessage & { [EXPECTS_CONTINUE]?: boolean; [SENT_TARGET]?: string };

/**
 * The request target Fastify routes: an absolute-form target (`http://host/path`) becomes its path and
 * query, and a path whose percent-escapes do not decode (`%zz`, `%C0%AF`) has its `%` escaped, so that it
 * reaches its route and is refused there with the contract's 400 for the parameter, as the mock refuses it.
 * @example
 * routableTarget('/v1/webhooks/%zz') // '/v1/webhooks/%25zz'
 */
export function routableTarget(target: string): string {
  let routable = target;
  if (!routable.startsWith('/') && routable !== '*') {
    try {
      const url = new URL(routable);
      routable = `${url.pathname}${url.search}`;
    } catch {
      return target;
    }
  }
  const path = pathOf(routable);
  try {
    decodeURIComponent(path);
    return routable;
  } catch {
    return `${path.replaceAll('%', '%25')}${routable.slice(path.length)}`;
  }
}

/** The Fastify options that put an application on the pipeline; spread them into `Fastify({ … })`. */
export type PipelineFastifyOptions = Pick<FastifyServerOptions, 'requestIdHeader' | 'genReqId' | 'bodyLimit' | 'routerOptions' | 'rewriteUrl' | 'clientErrorHandler'> & {
  serverFactory: (handler: (request: IncomingMessage, response: ServerResponse) => void) => ReturnType<typeof createNodeServer>;
};

/**
 * The options that put a Fastify application on the pipeline's server, ids, limits and targets.
 * @example
 * const app = Fastify({ ...pipelineFastifyOptions(timeouts), logger });
 */
export function pipelineFastifyOptions(timeouts?: HttpTimeouts): PipelineFastifyOptions {
  return {
    requestIdHeader: false,
    genReqId: newRequestId,
    bodyLimit: MAX_BODY_BYTES,
    // an overlong id must reach its route and get the contract's 400, not a 404
    routerOptions: { maxParamLength: 16 * 1024 },
    rewriteUrl: (request) => {
      // the target as sent, for the same checks the mock makes of it (a fragment, an absolute URL that is no URL)
      (request as MarkedRequest)[SENT_TARGET] = request.url ?? '/';
      return routableTarget(request.url ?? '/');
    },
    serverFactory: (handler) => {
      const server = createNodeServer(timeouts === undefined ? {} : { timeouts });
      serveRequests(server, (request, response, expectsContinue) => {
        if (expectsContinue) (request as MarkedRequest)[EXPECTS_CONTINUE] = true;
        handler(request, response);
      });
      return server;
    },
    clientErrorHandler: (error, socket) => answerClientError(error as NodeJS.ErrnoException, socket),
  };
}

/** The request target as the client sent it (before `rewriteUrl`). */
export function sentTarget(raw: IncomingMessage): string {
  return (raw as MarkedRequest)[SENT_TARGET] ?? raw.url ?? '/';
}

/** Whether the request asked `Expect: 100-continue` (and has not been told to go on). */
export function expectsContinue(raw: IncomingMessage): boolean {
  return (raw as MarkedRequest)[EXPECTS_CONTINUE] === true;
}

/**
 * Every value a header was sent with, as Node's `headersDistinct` gives them; `inject()`'s requests have no
 * `headersDistinct`, so it is read from their raw header list there.
 */
export function sentValues(raw: IncomingMessage, name: string): string[] | undefined {
  if (raw.headersDistinct !== undefined) return raw.headersDistinct[name];
  const values: string[] = [];
  for (let i = 0; i + 1 < raw.rawHeaders.length; i += 2) {
    if (raw.rawHeaders[i]!.toLowerCase() === name) values.push(raw.rawHeaders[i + 1]!);
  }
  return values.length === 0 ? undefined : values;
}

/**
 * The request's headers as the pipeline's parameter checks take them: one string, or every value when a
 * header was sent more than once (Node joins or drops repeated values in `headers`).
 * @example
 * checkParameters(route, { pathname, query, headers: headerValues(request.raw) });
 */
export function headerValues(raw: IncomingMessage): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < raw.rawHeaders.length; i += 2) {
    const name = raw.rawHeaders[i]!.toLowerCase();
    const value = raw.rawHeaders[i + 1]!;
    const seen = values[name];
    values[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return values;
}

/**
 * Sends `problem` as the pipeline words it, with the request's id.
 * @example
 * return sendProblem(reply, notFound(path), request.id);
 */
export function sendProblem(reply: FastifyReply, problem: Problem, requestId: string, headers: Record<string, string> = {}): FastifyReply {
  const answer = problemAnswer(problem, requestId, headers);
  reply.code(answer.status);
  for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value);
  return reply.send(answer.body);
}
