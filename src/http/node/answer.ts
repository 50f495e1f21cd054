/**
 * Writing the pipeline's problem answers with `node:http`: on a response the program holds, and as raw
 * bytes on a socket for requests Node's parser refused before any response existed.
 * @module
 */
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { badRequest, requestHeadersTooLarge, requestTimeout, type Problem } from '../../validation/problem.js';
import { problemAnswer, rawProblemAnswer } from '../problem-answer.js';
import { newRequestId } from '../request-id.js';

/**
 * Writes `problem` as the whole answer on `response`.
 * @example
 * writeProblem(response, notFound('/v2'), newRequestId(), { Connection: 'close' });
 */
export function writeProblem(response: ServerResponse, problem: Problem, requestId: string, headers: Record<string, string> = {}): void {
  const answer = problemAnswer(problem, requestId, headers);
  const body = Buffer.from(answer.body);
  response.writeHead(answer.status, { ...answer.headers, 'Content-Length': body.length });
  response.end(body);
}

/**
 * Answers on a socket with no request object, then closes it; does nothing but close a socket the
 * client already left.
 * @example
 * answerOnSocket(socket, badRequest('…'));
 */
export function answerOnSocket(socket: Duplex, problem: Problem, headers: Record<string, string> = {}): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(rawProblemAnswer(problem, newRequestId(), headers));
}

/**
 * The problem for an error of Node's HTTP parser (a `clientError`): 431 for headers over the limit, 408
 * for a client too slow to send its request, 400 for anything unreadable.
 * @example
 * clientErrorProblem({ code: 'HPE_HEADER_OVERFLOW' } as NodeJS.ErrnoException).status // 431
 */
export function clientErrorProblem(error: NodeJS.ErrnoException): Problem {
  if (error.code === 'HPE_HEADER_OVERFLOW') return requestHeadersTooLarge();
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return requestTimeout();
  return badRequest(
    error.code === 'HPE_INVALID_METHOD'
      ? 'The request method is not one HTTP defines; the Webhooks API takes GET, POST, PATCH and DELETE.'
      : 'The request is not HTTP/1.1 this server can read: check the request line, the header syntax and the body framing.',
  );
}

/**
 * Answers a request Node's parser refused with its problem; a connection the client reset is closed
 * without a word.
 * @example
 * server.on('clientError', (error, socket) => answerClientError(error, socket));
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, headers: Record<string, string> = {}): void {
  if (error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  answerOnSocket(socket, clientErrorProblem(error), headers);
}
