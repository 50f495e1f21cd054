/**
 * Writing a problem+json answer: on a response the front layer holds, and as raw bytes on a socket for
 * requests Node's HTTP parser refused before any response existed (malformed syntax, huge headers).
 * @module
 */
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, type Problem } from '../validation/problem.js';

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
