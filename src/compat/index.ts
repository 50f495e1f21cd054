/**
 * webhooks-contract/compat: the breaking-change check of the compatibility policy (`spec/README.md`),
 * for code; `webhooks-contract diff` is the same from the command line.
 * @module
 */
export { diffContracts, ContractInputError, type DiffOptions } from './diff-contracts.js';
export { formatReport, reportExitCode, type FormatOptions } from './format-report.js';
export { loadContract, bundleSpec, BundlerMissingError, type LoadOptions } from './load-contract.js';
export type { Classification, ChangeEvidence, ContractChange, ContractDiff, VersionChange } from './types.js';
