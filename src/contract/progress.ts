/**
 * What the runner reports while it runs, and the one-line form the command line shows.
 * @module
 */
import type { OperationId } from './response-contract.js';

/** The phases of a run that send cases, in order. */
export const CONTRACT_PHASES = ['examples', 'rule cases', 'fixed invalid inputs', 'generated cases', 'authentication and methods', 'stateful flows'] as const;

/** The phases of a run, in order. */
export type ContractPhase = (typeof CONTRACT_PHASES)[number] | 'clean-up';

/** Where a run is, after each case. */
export interface ContractProgress {
  phase: ContractPhase;
  /** the operation the last case was about */
  operationId: OperationId;
  cases: number;
  requests: number;
  failures: number;
  elapsedMs: number;
}

/**
 * The progress line: time, counts, and where the run is.
 * @example
 * formatProgress({ phase: 'generated cases', operationId: 'createWebhook', cases: 340, requests: 812, failures: 0, elapsedMs: 2_310 })
 * // '2.3 s · 340 cases · 812 requests · 0 failures · generated cases: createWebhook'
 */
export function formatProgress(progress: ContractProgress): string {
  const count = (value: number, noun: string) => `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;
  return `${(progress.elapsedMs / 1000).toFixed(1)} s · ${count(progress.cases, 'case')} · ${count(progress.requests, 'request')} · ${count(progress.failures, 'failure')} · ${progress.phase}: ${progress.operationId}`;
}
