/**
 * The shape of one access-log record, the same in every listening program: which request (its id, method
 * and target), how it was answered (status, time) and the broken rules its problem listed. Never a header
 * value, a body or a query value: what a client may have hidden a secret in stays out of the log.
 * @module
 */
import type { ValidationIssue } from '../validation/messages.js';

/** One request and how it was answered. */
export interface AccessRecord {
  /** the `X-Request-Id` the answer carried */
  requestId: string;
  method: string;
  /** path and query, as requested (the mock's terminal line) or the path alone (the server's JSON line) */
  target: string;
  /** the status answered; 0 when the client left before one was chosen */
  status: number;
  durationMs: number;
  /** the broken rules of the problem answered */
  errors: readonly ValidationIssue[];
}

/** The fields of a JSON log line for a record (pino adds the time, level and request id). */
export interface AccessLogFields {
  method: string;
  path: string;
  status: number;
  /** milliseconds, to a tenth */
  ms: number;
  errors?: { pointer: string; message: string }[];
}

/**
 * A record as the fields of a JSON log line: the path without its query, the time to a tenth of a ms.
 * @example
 * request.log.info({ ...accessLogFields(record), account }, 'request');
 */
export function accessLogFields(record: Omit<AccessRecord, 'requestId'>): AccessLogFields {
  const query = record.target.indexOf('?');
  return {
    method: record.method,
    path: query === -1 ? record.target : record.target.slice(0, query),
    status: record.status,
    ms: Math.round(record.durationMs * 10) / 10,
    ...(record.errors.length === 0 ? {} : { errors: record.errors.map(({ pointer, message }) => ({ pointer, message })) }),
  };
}
