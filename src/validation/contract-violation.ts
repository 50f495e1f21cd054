/**
 * What the contract check reports, and the error a client throws with it. Kept apart from the check
 * itself (`contract-check.ts`) so that the client can name them without carrying a single validator.
 * @module
 */
import { WebhooksContractError } from '../errors.js';
import type { ValidationIssue } from './messages.js';

/** One way a response broke the contract. */
export interface ContractViolation {
  /** the operation the response answered; `null` when the contract has no operation for that method and path */
  operationId: string | null;
  method: string;
  /** the spec's path template, such as `/v1/webhooks/{id}` (the path as given when no operation matches) */
  path: string;
  status: number;
  /** the response's `X-Request-Id`, to quote to support; `null` when it has none (itself a violation) */
  requestId: string | null;
  /** what is wrong, in a sentence */
  message: string;
  /** for a body that does not match its schema: each broken rule */
  errors: ValidationIssue[];
}

/**
 * Compares one response with the contract; what `createWebhooksClient({ checkResponses })` takes.
 * `contractCheck` from `webhooks-contract/contract-check` is the one built from the spec.
 */
export interface ContractCheck {
  /** `path` is a path template (`/v1/webhooks/{id}`), a concrete path or a full URL */
  checkResponse(method: string, path: string, response: Response): Promise<ContractViolation[]>;
  /** What a client does with violations when it has no `onContractViolation`: `contractCheck` throws a `ContractViolationError`. */
  reportViolations(violations: ContractViolation[]): void;
}

/**
 * Thrown by a client created with `checkResponses: contractCheck` (and no `onContractViolation`) when a
 * response breaks the contract.
 * @example
 * try { await client.GET('/v1/webhooks') } catch (e) { if (e instanceof ContractViolationError) console.log(e.violations) }
 */
export class ContractViolationError extends WebhooksContractError {
  readonly violations: ContractViolation[];

  constructor(violations: ContractViolation[]) {
    const [first] = violations;
    const lines = violations.map(
      (v) => `${v.message}${v.errors.map((e) => `\n  - ${e.pointer || '(body)'}: ${e.message}`).join('')}`,
    );
    const where = first ? `${first.method} ${first.path} → ${first.status}` : 'a response';
    const requestId = first?.requestId ? ` (request id ${first.requestId})` : '';
    super('ERR_CONTRACT_VIOLATION', `${where}${requestId} breaks the contract:\n${lines.join('\n')}`);
    this.violations = violations;
  }
}
