/**
 * The contract test runner (`webhooks-contract/contract`): point it at a running server and learn whether
 * it keeps the Webhooks API contract, check by check, each failure with a `curl` reproduction.
 * @module
 */
export { runContractSuite, ServerUnreachableError } from './run-suite.js';
export {
  ContractOptionsError,
  DEFAULT_CASES_PER_OPERATION,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_TIME_BUDGET_MS,
  type ContractSuiteOptions,
} from './options.js';
export { CHECKS, CHECK_NAMES, STATELESS_CHECKS, type CheckInfo, type CheckName } from './checks.js';
export { PROFILES, PROFILE_NAMES, describeProfile, isProfileName, type ContractProfile, type ProfileChange, type ProfileName } from './profiles.js';
export type { CheckOutcome, ContractFailure, ContractSuiteResult, FailedResponse, OperationResult } from './result.js';
export type { OperationId } from './response-contract.js';
export { CONTRACT_PHASES, formatProgress, type ContractPhase, type ContractProgress } from './progress.js';
export { formatFailure, formatTextReport } from './report/text.js';
export { formatJunitReport } from './report/junit.js';
export { formatCoverageTable, ruleOutcome } from './report/coverage-text.js';
export { formatCoverageHtml } from './report/coverage-html.js';
export type { ContractCoverage, RuleCoverage } from './coverage.js';
export { ruleCatalogue } from './rules/catalogue.js';
export type { ContractRule } from './rules/rule.js';
export { API_KEY_VARIABLE, SECOND_API_KEY_VARIABLE, headerVariable } from './curl.js';
export { looksLikeCredential } from './http.js';
