/**
 * What the client's opt-in contract check reports; kept apart from the check itself so that
 * importing the client does not load the validators until a check is asked for.
 * @module
 */
import { WebhooksContractError } from '../errors.js';
import type { ValidationIssue } from '../validation/messages.js';

/** One way a response broke the contract. */
export interface ContractViolation {
  operationId: string;
  method: string;
  /** the spec's path template, such as `/v1/webhooks/{id}` */
  path: string;
  status: number;
  /** what is wrong, in a sentence */
  message: string;
  /** for a body that does not match its schema: each broken rule */
  errors: ValidationIssue[];
}

/**
 * Thrown by a client created with `checkResponses: true` when a response breaks the contract.
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
    super(
      'ERR_CONTRACT_VIOLATION',
      `${first ? `${first.method} ${first.path} → ${first.status}` : 'a response'} breaks the contract:\n${lines.join('\n')}`,
    );
    this.violations = violations;
  }
}
