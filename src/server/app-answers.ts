/**
 * How the reference server's application answers: what it knows of a request between its hooks, a
 * problem or an operation's answer written through the pipeline's Fastify adapter, and a path no route
 * serves with the method asked (404, 405 with `Allow`, an OPTIONS, the sandbox's CORS preflight).
 * @module
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem as sendPipelineProblem } from '../http/fastify/adapter.js';
import { pathOf } from '../http/request-line.js';
import { allowHeader, allowedMethods, type SpecRoute } from '../spec/routes.js';
import type { ValidationIssue } from '../validation/messages.js';
import { methodNotAllowed, notFound, type Problem } from '../validation/problem.js';
import { answerPreflight } from './app-cors.js';
import type { CorsPolicy } from './cors.js';
import type { OperationAnswer } from './operations.js';

/** What the server knows of a request between its hooks. */
export interface RequestState {
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

/** the request property that holds a RequestState (declared on every request: one object shape for all) */
export const STATE_PROPERTY = 'webhooksContractState';
/** a Retry-After for a server that is stopping (s) */
const RETRY_SOON_S = 1;

/** The request's state. */
export function stateOf(request: FastifyRequest): RequestState {
  const holder = request as unknown as Record<typeof STATE_PROPERTY, RequestState | null>;
  return (holder[STATE_PROPERTY] ??= { path: pathOf(request.url) });
}

/**
 * Whether the client is gone, so that no answer can reach it: its socket (or the response) is destroyed.
 * Not the request stream's own `destroyed`: Node destroys a request once its body has been read, so that
 * says nothing of the client after a POST.
 */
export function clientGone(request: FastifyRequest, reply: FastifyReply): boolean {
  return reply.raw.destroyed || request.raw.socket?.destroyed === true;
}

/** What the answers need of the application. */
export interface AnswerContext {
  /** every route served, the contract's and the extra ones */
  routes: readonly SpecRoute[];
  cors: CorsPolicy | undefined;
  /** true once the application is closing: each answer then ends its connection */
  closing: boolean;
}

/** The application's ways of answering. */
export interface Answers {
  sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem, headers?: Record<string, string>): FastifyReply;
  sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: OperationAnswer): FastifyReply;
  answerUnrouted(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply;
}

/**
 * The answers of an application.
 * @example
 * const { sendProblem } = createAnswers(context);
 */
export function createAnswers(context: AnswerContext): Answers {
  /** Sends a problem: the pipeline's words, a Retry-After on a 503, Connection: close while stopping. */
  function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}): FastifyReply {
    stateOf(request).errors = problem.errors;
    // while stopping, each answer ends its connection: a kept-alive socket would hold the close up
    const extra: Record<string, string> = { ...(context.closing ? { Connection: 'close' } : {}), ...(problem.status === 503 ? { 'Retry-After': String(RETRY_SOON_S) } : {}), ...headers };
    return sendPipelineProblem(reply, problem, request.id, extra);
  }

  function sendAnswer(request: FastifyRequest, reply: FastifyReply, answer: OperationAnswer): FastifyReply {
    if ('problem' in answer) return sendProblem(request, reply, answer.problem);
    reply.code(answer.status);
    if (context.closing) reply.header('Connection', 'close');
    for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
    if (!('json' in answer)) return reply.send();
    return reply.header('Content-Type', 'application/json').send(answer.json);
  }

  function answerUnrouted(request: FastifyRequest, reply: FastifyReply, path: string): FastifyReply {
    const allowed = allowedMethods(context.routes, path);
    if (allowed.length === 0) return sendProblem(request, reply, notFound(path));
    if (request.method === 'OPTIONS') {
      // the sandbox's preflights (its origin is an allowed one: any other was refused first)
      if (context.cors !== undefined && answerPreflight(request, reply, allowed)) return reply;
      return reply.code(204).header('Allow', allowHeader(allowed)).send();
    }
    return sendProblem(request, reply, methodNotAllowed(path, allowed), { Allow: allowHeader(allowed) });
  }

  return { sendProblem, sendAnswer, answerUnrouted };
}
