/**
 * A verdict: one check's judgement of one exchange, and the expectations a request carries (the statuses
 * the contract allows for it, and why).
 * @module
 */
import { STATUS_CODES } from 'node:http';
import type { CheckName } from './checks.js';
import type { Exchange } from './http.js';
import type { OperationId } from './response-contract.js';

/** One check's judgement of one exchange. */
export interface Verdict {
  check: CheckName;
  operationId: OperationId;
  ok: boolean;
  /** what is wrong, in a sentence (failures only) */
  reason?: string;
  details?: string[];
  /** what tells this failure apart from others of the same check: no ids, no generated values */
  signature?: string;
}

/** What the contract allows as the answer to a request, and why. */
export interface Expectation {
  check: CheckName;
  /** the statuses that keep the contract */
  statuses: readonly number[];
  /** why, as the end of a sentence: "the body breaks a rule (url is required)" */
  why: string;
  /** the id of the catalogue rule this expectation exercises, counted in the coverage */
  rule?: string;
}

/** A status with its reason phrase: `422 Unprocessable Entity`. */
export function statusText(status: number): string {
  return `${status} ${STATUS_CODES[status] ?? ''}`.trim();
}

/** "201", "400 or 422", "400, 413 or 422". */
export function orList(items: readonly (string | number)[]): string {
  const words = items.map(String);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/**
 * Judges an exchange against an expectation; `undefined` when no answer came (not_a_server_error says so).
 * @example
 * expectStatus(exchange, { check: 'negative_data_rejection', statuses: [422], why: 'the body breaks a rule' }, 'createWebhook')
 */
export function expectStatus(exchange: Exchange, expectation: Expectation, operationId: OperationId): Verdict | undefined {
  const base = { check: expectation.check, operationId };
  if (exchange.status === 0) return undefined;
  if (expectation.statuses.includes(exchange.status)) return { ...base, ok: true };
  return {
    ...base,
    ok: false,
    reason: `The server answered ${statusText(exchange.status)}; ${expectation.why}, so the contract expects ${orList(expectation.statuses)}.`,
    signature: `${exchange.status}:${expectation.why.replace(/\d+|"[^"]*"/g, '#')}`,
  };
}

/** A verdict that a check passed. */
export function pass(check: CheckName, operationId: OperationId): Verdict {
  return { check, operationId, ok: true };
}

/** A verdict that a check failed. */
export function fail(check: CheckName, operationId: OperationId, reason: string, signature: string, details: string[] = []): Verdict {
  return { check, operationId, ok: false, reason, signature, details };
}
