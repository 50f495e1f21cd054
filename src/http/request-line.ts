/**
 * The checks every program makes of a request before it looks for a route: the request target's syntax
 * (RFC 9112 §3.2) and the Host header an HTTP/1.1 request must carry exactly once. Pure functions over
 * what the request line and headers say; each returns the problem to answer, or what the next stage needs.
 * @module
 */
import { badRequest, problemInstance, type Problem } from '../validation/problem.js';
import { parseRequestTarget, type RequestTarget } from '../validation/request-target.js';

/** What the request line and the Host headers said. */
export interface RequestLine {
  method: string;
  /** the target as sent */
  target: string;
  /** `1.1`, `1.0` */
  httpVersion: string;
  /** how many Host headers were sent */
  hostCount: number;
}

/**
 * The target read, or the 400 to answer for it or for the Host headers.
 * @example
 * const line = checkRequestLine({ method: 'GET', target: '/v1/%zz#x', httpVersion: '1.1', hostCount: 1 });
 * if ('problem' in line) return answer(line.problem);
 */
export function checkRequestLine(line: RequestLine): { target: Extract<RequestTarget, { ok: true }> } | { problem: Problem } {
  const target = parseRequestTarget(line.target);
  if (!target.ok) return { problem: badRequest(target.reason) };
  if (line.httpVersion === '1.1' && line.hostCount !== 1) {
    const instance = target.form === 'asterisk' ? undefined : problemInstance(target.pathname);
    return { problem: badRequest(line.hostCount === 0 ? 'An HTTP/1.1 request needs a Host header.' : 'The request has more than one Host header.', instance) };
  }
  return { target };
}

/**
 * The path part of a request target, for a problem's `instance` where the target is not checked.
 * @example
 * targetPath('/v1/webhooks?limit=2') // '/v1/webhooks'
 */
export function targetPath(target: string | undefined): string {
  const parsed = parseRequestTarget(target ?? '/');
  return parsed.ok && parsed.form !== 'asterisk' ? problemInstance(parsed.pathname) : '/';
}

/**
 * The path of a request target, without its query (no checks: for a target already routed).
 * @example
 * pathOf('/v1/webhooks?limit=2') // '/v1/webhooks'
 */
export function pathOf(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}
