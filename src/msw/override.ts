/**
 * Type-safe overrides of one operation's answer: the operation's example merged with a typed partial of
 * its response body, or another documented status with its example. The merged body is checked against the
 * contract when the override is made, so that an override cannot make the handlers answer what the API
 * never would.
 * @module
 */
import type { operations } from '../../generated/openapi.js';
import { WebhooksContractError } from '../errors.js';
import type { SchemaName } from '../../generated/validators.js';
import { validateSchema } from '../validation/validate.js';
import type { ContractOperation } from './contract.js';

/** Every operation of the contract, by `operationId`. */
export type OperationId = keyof operations;

type Responses<Op extends OperationId> = operations[Op]['responses'];

/** The statuses an operation documents. */
export type DocumentedStatus<Op extends OperationId> = Extract<keyof Responses<Op>, number>;

/** An operation's success statuses (2xx). */
export type SuccessStatus<Op extends OperationId> = Extract<DocumentedStatus<Op>, 200 | 201 | 202 | 204>;

/** The body of an operation's answer with `status` (`never` for an answer without one, such as 204). */
export type ResponseBody<Op extends OperationId, Status extends DocumentedStatus<Op>> = Responses<Op>[Status] extends { content: infer Content }
  ? Content[keyof Content]
  : never;

/** What an override answers. */
export interface WebhooksOverride<Op extends OperationId, Status extends DocumentedStatus<Op>> {
  /** a documented status; the operation's success status when absent */
  status?: Status;
  /** one of that status's named examples; its first when absent */
  example?: string;
  /** fields that replace the example's (a shallow merge), typed by the operation's response */
  body?: Partial<ResponseBody<Op, Status>>;
  /** extra response headers */
  headers?: Record<string, string>;
  /** answer once, then fall back to the handlers behind (MSW's `once`) */
  once?: boolean;
}

/** An override made concrete: the status and the whole body to answer. */
export interface ResolvedOverride {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

const listed = (items: readonly (string | number)[]) => items.map(String).join(', ');

function fail(message: string): never {
  throw new WebhooksContractError('ERR_MSW_OPTIONS', message);
}

/**
 * The status and body an override answers, checked against the contract; throws an `ERR_MSW_OPTIONS` error
 * saying what to change for an undocumented status, an unknown example or a body the contract refuses.
 * @example
 * resolveOverride(operations.get('getWebhook')!, { body: { url: 'https://hooks.example.com/other' } }).status // 200
 */
export function resolveOverride(operation: ContractOperation, override: { status?: number; example?: string; body?: object; headers?: Record<string, string> }): ResolvedOverride {
  const { operationId } = operation.route;
  const status = override.status ?? operation.scenarios.success;
  const answer = operation.answers.get(status);
  if (answer === undefined) fail(`${operationId} documents no status ${status}; override one of ${listed([...operation.answers.keys()])}.`);
  const names = [...answer.examples.keys()];
  if (override.example !== undefined && !answer.examples.has(override.example)) {
    fail(names.length === 0 ? `${operationId} ${status} has no named examples; leave out example.` : `${operationId} ${status} has no example "${override.example}"; its examples are ${listed(names)}.`);
  }
  const example = override.example === undefined ? answer.examples.values().next().value : answer.examples.get(override.example);
  if (override.body !== undefined && answer.schema === undefined) fail(`${operationId} ${status} has no body; leave out body.`);
  const body = override.body === undefined ? example : { ...(example as object), ...override.body };
  if (answer.schema !== undefined && body !== undefined) {
    const valid = validateSchema(answer.schema as SchemaName, body);
    if (!valid.ok) {
      const rules = valid.errors.map((error) => error.message).join('; ');
      fail(`The override of ${operationId} ${status} breaks the contract: ${rules}. (To answer what the contract does not allow, write a plain MSW handler.)`);
    }
  }
  return { status, body, headers: override.headers ?? {} };
}
