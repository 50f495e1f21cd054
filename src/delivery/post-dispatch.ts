/**
 * One delivery `POST` through undici's dispatcher: the status and `Retry-After` taken from the answer's
 * head, at most a little of its body read (so that the connection can be reused), then let go; the
 * time-out from a `Deadline`. A delivery needs nothing of the answer but its status, so no response object
 * or body stream is built: undici's `request` costs about twice the CPU time of this per request.
 * @module
 */
import type { Dispatcher } from 'undici';
import type { Deadline } from './deadlines.js';
import { describeFailure, type PostOutcome } from './request-failure.js';

/** How much of a delivery's response body is drained so that the connection can be reused. */
const DRAIN_LIMIT_BYTES = 64 * 1024; // bytes

/** Where a delivery goes: its URL's origin, and its path with the query. */
export interface PostTarget {
  origin: string;
  path: string;
}

/** What one post needs besides its target. */
export interface DispatchedPost {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** aborts the request when it fires; the caller ends it once the promise settles */
  deadline: Deadline;
}

/**
 * Sends a delivery and resolves with what came of it; never rejects (network trouble is an outcome).
 * @example
 * const outcome = await dispatchPost(agent, { origin: 'https://hooks.example.com', path: '/in' }, { headers, body, timeoutMs, deadline });
 */
export function dispatchPost(dispatcher: Dispatcher, target: PostTarget, post: DispatchedPost): Promise<PostOutcome> {
  return new Promise<PostOutcome>((resolve) => {
    const { deadline, timeoutMs } = post;
    let status: number | undefined;
    let retryAfter: string | undefined;
    let read = 0;
    let settled = false;
    let abort: ((reason?: Error) => void) | undefined;
    const onDeadline = () => abort?.(deadline.reason as Error);
    const settle = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onDeadline);
      resolve(outcome);
    };
    const answered = () => settle({ answered: true, status: status!, retryAfter });
    const handler: Dispatcher.DispatchHandler = {
      onConnect(abortRequest) {
        abort = abortRequest;
        if (deadline.aborted) abortRequest(deadline.reason as Error);
        else deadline.addEventListener('abort', onDeadline);
      },
      onHeaders(statusCode, rawHeaders) {
        // an informational answer (100 Continue, 103 Early Hints) is followed by the real one
        if (statusCode < 200) return true;
        status = statusCode;
        retryAfter = headerValue(rawHeaders, 'retry-after');
        return true;
      },
      onData(chunk) {
        read += chunk.length;
        // the status is known; an answer's body is never needed, and a large one is cut off
        if (read > DRAIN_LIMIT_BYTES) {
          answered();
          abort?.();
        }
        return true;
      },
      onComplete() {
        answered();
      },
      onError(error) {
        // an answer whose body broke off (or was cut off) still answered
        if (status !== undefined) answered();
        else settle(describeFailure(error, timeoutMs));
      },
    };
    dispatcher.dispatch(
      { origin: target.origin, path: target.path, method: 'POST', headers: post.headers, body: post.body, headersTimeout: timeoutMs, bodyTimeout: timeoutMs },
      handler,
    );
  });
}

/** The first value of a header in undici's raw headers (names and values alternating), or undefined. */
function headerValue(rawHeaders: Buffer[] | string[] | null | undefined, name: string): string | undefined {
  if (!rawHeaders) return undefined;
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const key = rawHeaders[index]!;
    if (key.length === name.length && key.toString().toLowerCase() === name) return rawHeaders[index + 1]!.toString();
  }
  return undefined;
}
