/**
 * What a run returns: per operation and check, how many times it passed, its failures (each with the
 * reason in words and a `curl` reproduction), and what did not run.
 * @module
 */
import type { CheckName } from './checks.js';
import type { ContractCoverage } from './coverage.js';
import type { ProfileChange, ProfileName } from './profiles.js';
import type { OperationId } from './response-contract.js';

/** The response that broke a check, shortened for reports. */
export interface FailedResponse {
  status: number;
  /** the headers that matter for reading the failure */
  headers: Record<string, string>;
  /** the body, cut to a readable length */
  body: string;
}

/** One way the server broke the contract. */
export interface ContractFailure {
  check: CheckName;
  /** the check's title, such as "Undocumented HTTP status code" */
  title: string;
  operationId: OperationId;
  /** the request's method and the operation's path template */
  method: string;
  path: string;
  /** what is wrong, in a sentence */
  reason: string;
  /** more lines: each broken rule of a body, expected and actual values */
  details: string[];
  /** the answer that broke the check, when one came */
  response?: FailedResponse;
  /** `curl` commands that reproduce it, in order (earlier steps set the state up) */
  reproduction: string[];
  /** what each step of the reproduction is, in the same order */
  steps: string[];
  /** how many times the same failure was seen */
  occurrences: number;
  /** whether the case was shrunk to a smaller one that fails the same way */
  shrunk: boolean;
  /** for a generated case: fast-check's seed and path (rerun the run's seed to get it again) */
  generated?: { seed: number; path: string };
}

/** How one check fared on one operation. */
export interface CheckOutcome {
  check: CheckName;
  passed: number;
  failed: number;
  /** why the check did not run, when it did not */
  skipped?: string;
  failures: ContractFailure[];
}

/** One operation's checks. */
export interface OperationResult {
  operationId: OperationId;
  method: string;
  path: string;
  checks: CheckOutcome[];
}

/** The outcome of `runContractSuite`. */
export interface ContractSuiteResult {
  /** true when no check failed */
  ok: boolean;
  baseUrl: string;
  seed: number;
  casesPerOperation: number;
  stateful: boolean;
  startedAt: string;
  durationMs: number;
  /** generated and fixed cases run */
  cases: number;
  requests: number;
  operations: OperationResult[];
  /** every failure, in the order found */
  failures: ContractFailure[];
  /** what the reader should know: parts skipped, the time budget running out */
  notes: string[];
  /** the time budget ran out before every case ran */
  budgetExhausted: boolean;
  /** the runner's own CPU time (user + system), to compare with the wall time */
  runnerCpuMs: number;
  /** the profile the run used, and each check it changed and why (none for `default`) */
  profile: { name: ProfileName; changes: readonly ProfileChange[] };
  /** per operation, status and rule of the spec: exercised or not, passed or failed, or not applicable and why */
  coverage: ContractCoverage;
}
