/**
 * Collects verdicts into per-operation, per-check outcomes; the same failure seen again (same check,
 * operation and signature) is counted, not repeated.
 * @module
 */
import { CHECK_NAMES, CHECKS, type CheckName } from './checks.js';
import type { ContractFailure, OperationResult } from './result.js';
import type { OperationContract, OperationId } from './response-contract.js';

interface Cell {
  passed: number;
  failed: number;
  skipped?: string;
  failures: ContractFailure[];
}

/** Per operation and check: passes, failures and skips. */
export class Recorder {
  readonly #cells = new Map<string, Cell>();
  readonly #byKey = new Map<string, ContractFailure>();
  readonly failures: ContractFailure[] = [];
  readonly #operations: readonly OperationContract[];
  readonly #checks: ReadonlySet<CheckName>;
  cases = 0;

  constructor(operations: readonly OperationContract[], checks: ReadonlySet<CheckName>) {
    this.#operations = operations;
    this.#checks = checks;
  }

  /** Whether verdicts about this operation and check are kept. */
  wants(operationId: OperationId, check: CheckName): boolean {
    return this.#checks.has(check) && this.#operations.some((operation) => operation.operationId === operationId);
  }

  #cell(operationId: OperationId, check: CheckName): Cell {
    const key = `${operationId}\n${check}`;
    let cell = this.#cells.get(key);
    if (cell === undefined) {
      cell = { passed: 0, failed: 0, failures: [] };
      this.#cells.set(key, cell);
    }
    return cell;
  }

  /** Counts a pass. */
  pass(operationId: OperationId, check: CheckName): void {
    if (this.wants(operationId, check)) this.#cell(operationId, check).passed += 1;
  }

  /** Records a failure, or counts it again when the same one was seen; returns whether it was new. */
  fail(failure: ContractFailure, signature: string): boolean {
    if (!this.wants(failure.operationId, failure.check)) return false;
    const cell = this.#cell(failure.operationId, failure.check);
    cell.failed += 1;
    const key = `${failure.operationId}\n${failure.check}\n${signature}`;
    const seen = this.#byKey.get(key);
    if (seen !== undefined) {
      seen.occurrences += 1;
      return false;
    }
    this.#byKey.set(key, failure);
    cell.failures.push(failure);
    this.failures.push(failure);
    return true;
  }

  /** Whether this failure was already recorded. */
  hasFailure(operationId: OperationId, check: CheckName, signature: string): boolean {
    return this.#byKey.has(`${operationId}\n${check}\n${signature}`);
  }

  /** Marks a check as not run on an operation (unless it ran there anyway), with the reason. */
  skip(operationId: OperationId, check: CheckName, reason: string): void {
    if (!this.wants(operationId, check)) return;
    const cell = this.#cell(operationId, check);
    if (cell.passed === 0 && cell.failed === 0) cell.skipped ??= reason;
  }

  /** The outcomes, per operation, in the spec's order and the checks' order. */
  operations(): OperationResult[] {
    return this.#operations.map((operation) => ({
      operationId: operation.operationId,
      method: operation.method,
      path: operation.path,
      checks: CHECK_NAMES.filter((check) => this.#cells.has(`${operation.operationId}\n${check}`)).map((check) => {
        const cell = this.#cells.get(`${operation.operationId}\n${check}`)!;
        return {
          check,
          passed: cell.passed,
          failed: cell.failed,
          ...(cell.skipped !== undefined && cell.passed === 0 && cell.failed === 0 ? { skipped: cell.skipped } : {}),
          failures: cell.failures,
        };
      }),
    }));
  }

  /** A check's title, for failures. */
  static title(check: CheckName): string {
    return CHECKS[check].title;
  }
}
