/**
 * What the reference server answers when a request fails past its checks: Fastify's own errors (a body
 * too large, an unreadable length) as the contract's problems, a store fault as a 503 with a Retry-After
 * that fits it, anything else as a 500 that names the request id; nothing for a client that left.
 * @module
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, payloadTooLarge, unsupportedMediaType } from '../validation/problem.js';
import { clientGone, stateOf, type Answers } from './app-answers.js';
import { storeFaultOf, type StoreError } from './errors.js';
import { internalError, storeFaultProblem } from './problems.js';

/**
 * The application's error handler.
 * @example
 * app.setErrorHandler(answerErrors(answers, options.onStoreFault));
 */
export function answerErrors(answers: Answers, onStoreFault: ((error: StoreError) => void) | undefined) {
  /**
   * A store fault, whatever the store: 503 with a Retry-After that fits it, and a log line with the real
   * cause (warn for a lock that will pass, error for what needs an operator: a full disk, a lost file).
   */
  function answerStoreFault(error: StoreError, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    const line = { err: { type: error.name, code: error.code, message: error.message, ...(cause?.code === undefined ? {} : { cause: String(cause.code) }) } };
    const gone = clientGone(request, reply);
    const message = `${gone ? 'the client went away before the answer, and ' : ''}the database could not take the request: ${error.fault}`;
    if (error.fault === 'busy' || error.fault === 'conflict') request.log.warn(line, message);
    else request.log.error(line, message);
    onStoreFault?.(error);
    if (gone) return undefined;
    const { problem, retryAfterSeconds } = storeFaultProblem(stateOf(request).path, error.fault);
    return answers.sendProblem(request, reply, problem, { 'Retry-After': String(retryAfterSeconds) });
  }

  return (error: FastifyError & { code?: string }, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined => {
    const path = stateOf(request).path;
    if (storeFaultOf(error) !== undefined) return answerStoreFault(error as unknown as StoreError, request, reply);
    if (clientGone(request, reply)) {
      request.log.info({ code: error.code }, 'the client went away before the answer');
      return undefined;
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return answers.sendProblem(request, reply, payloadTooLarge(path), { Connection: 'close' });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return answers.sendProblem(request, reply, unsupportedMediaType(path, undefined));
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return answers.sendProblem(request, reply, badRequest('The request body is not as long as its Content-Length says.', path), { Connection: 'close' });
      default:
        break;
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return answers.sendProblem(request, reply, { ...badRequest('The request cannot be read; check its headers and body.', path), status: error.statusCode });
    }
    request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'the request failed');
    return answers.sendProblem(request, reply, internalError(path, request.id));
  };
}
