/**
 * Writing a problem+json answer: on a response the front layer holds, and as raw bytes on a socket for
 * requests Node's HTTP parser refused before any response existed (malformed syntax, huge headers).
 * @module
 */
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, badRequest, requestHeadersTooLarge, requestTimeout, type Problem } from '../validation/problem.js';

/**
 * The bytes of a whole HTTP/1.1 answer carrying `problem`, closing the connection.
 * @example
 * socket.end(rawProblemResponse(badRequest('…'), 'req_1'));
 */
export function rawProblemResponse(problem: Problem, requestId: string): Buffer {
  const body = Buffer.from(JSON.stringify(problem));
  const head = [
    `HTTP/1.1 ${problem.status} ${problem.title}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${body.length}`,
    `X-Request-Id: ${requestId}`,
    'Access-Control-Allow-Origin: *',
    'Access-Control-Expose-Headers: *',
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/**
 * Answers on a socket whose request could not be parsed, then closes it; does nothing when the client
 * is already gone.
 * @example
 * server.on('clientError', (error, socket) => answerOnSocket(socket, badRequest('…'), newRequestId()));
 */
export function answerOnSocket(socket: Socket, problem: Problem, requestId: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(rawProblemResponse(problem, requestId));
}

/**
 * Answers a request Node's HTTP parser refused (a `clientError`): 431 for headers over the limit, 408 for a
 * client too slow to send its request, 400 for anything unreadable, with `then` saying what became of it;
 * a connection the client reset is closed without a word.
 * @example
 * server.on('clientError', (error, socket) => answerClientError(error, socket, 'check its request line and headers', newRequestId()));
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket, then: string, requestId: string): void {
  if (error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const problem =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? requestHeadersTooLarge()
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? requestTimeout()
        : badRequest(`The request is not valid HTTP/1.1 (${error.code ?? 'unreadable'}); ${then}.`);
  answerOnSocket(socket, problem, requestId);
}
