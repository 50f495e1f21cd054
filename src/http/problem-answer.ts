/**
 * A problem as an HTTP answer, the same in every program: the contract's media type, the headers its
 * status needs (`WWW-Authenticate` on a 401), a safe `instance`, the request id. Framework-neutral: the
 * adapters (`node/answer.ts`, `fastify/adapter.ts`) write what this returns.
 * @module
 */
import { BEARER_CHALLENGE, PROBLEM_CONTENT_TYPE, problemInstance, type Problem } from '../validation/problem.js';

/** What to write for a problem: status, headers (Content-Length left to the writer) and the JSON text. */
export interface ProblemAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer for `problem`; `headers` go on top (an `Allow`, a `Retry-After`, `Connection: close`).
 * @example
 * const { status, headers, body } = problemAnswer(notFound('/v2'), newRequestId());
 */
export function problemAnswer(problem: Problem, requestId: string, headers: Record<string, string> = {}): ProblemAnswer {
  const body: Problem = problem.instance === undefined ? problem : { ...problem, instance: problemInstance(problem.instance) };
  return {
    status: problem.status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'X-Request-Id': requestId,
      ...(problem.status === 401 ? { 'WWW-Authenticate': BEARER_CHALLENGE } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  };
}

/**
 * The bytes of a whole HTTP/1.1 answer carrying `problem` that closes the connection, for a socket
 * whose request never became a request object (Node's parser refused it, a CONNECT).
 * @example
 * socket.end(rawProblemAnswer(badRequest('…'), newRequestId()));
 */
export function rawProblemAnswer(problem: Problem, requestId: string, headers: Record<string, string> = {}): Uint8Array {
  const answer = problemAnswer(problem, requestId, { ...headers, Connection: 'close' });
  const body = new TextEncoder().encode(answer.body);
  const head = [`HTTP/1.1 ${problem.status} ${problem.title}`, ...Object.entries({ ...answer.headers, 'Content-Length': String(body.length) }).map(([name, value]) => `${name}: ${value}`), '', ''].join('\r\n');
  const bytes = new Uint8Array(head.length + body.length);
  // the head is ASCII: header names and values the program wrote itself
  for (let i = 0; i < head.length; i += 1) bytes[i] = head.charCodeAt(i);
  bytes.set(body, head.length);
  return bytes;
}
