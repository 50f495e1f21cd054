/**
 * The shapes of a breaking-change report: each change, where it is in the spec, its classification under
 * the compatibility policy (`spec/README.md`), and the evidence behind it.
 * @module
 */

/** How the policy classifies a change. */
export type Classification = 'breaking' | 'compatible' | 'unclassified';

/** A value that shows a change's effect: valid on one side, refused on the other. */
export interface ChangeEvidence {
  /** the value (a body, a parameter or header value) */
  value: unknown;
  /** true when it is one of the spec's own examples */
  fromExamples: boolean;
  /** which version accepts it */
  acceptedBy: 'old' | 'new';
  /** what the other version says about it, in the validator's words */
  refusal: string;
}

/** One change between two versions of the contract. */
export interface ContractChange {
  classification: Classification;
  /** a stable name of the policy rule that classified it, such as `request-body` or `response-field-removed` */
  rule: string;
  /** where, in a reviewer's words: `POST /v1/webhooks request body (application/json)` */
  where: string;
  /** where, as a JSON pointer into the bundled spec (the new version's, or the old one's for removals) */
  pointer: string;
  /** what changed and what it does to consumers, in one sentence */
  message: string;
  /** the value that shows it, when the semantic check found one */
  evidence?: ChangeEvidence;
  /** the edits of the spec behind it: `#/components/schemas/X/required: added "y"` */
  details?: string[];
  /** which part of the check found it */
  source: 'api-smart-diff' | 'semantic' | 'field-inventory' | 'policy';
}

/** The versions compared, and whether a major version bump marks the breaks as intended. */
export interface VersionChange {
  old: string;
  new: string;
  /** the major number of `info.version` went up: the policy's marker of an intended break */
  majorBump: boolean;
}

/** The report of `diffContracts`. */
export interface ContractDiff {
  /** every change, breaking first, then unclassified, then compatible */
  changes: ContractChange[];
  counts: Record<Classification, number>;
  version: VersionChange;
}
