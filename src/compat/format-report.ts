/**
 * The report of `webhooks-contract diff` as a reviewer reads it: breaking changes first, each with where
 * it is, what it does, the value that shows it and the spec edits behind it.
 * @module
 */
import type { ContractChange, ContractDiff } from './types.js';

const MAX_EVIDENCE_CHARS = 600;
const MAX_STRING_CHARS = 60;

/** Options of `formatReport`. */
export interface FormatOptions {
  /** list every documentation change instead of counting them */
  verbose?: boolean;
  /** whether a major version bump lets breaking changes through (`npm run breaking`, `diff --allow-major`) */
  allowMajor?: boolean;
  /** fail on unclassified changes too (`--strict`) */
  strict?: boolean;
}

/** A value as evidence: JSON, long strings cut in the middle, the whole cut at a readable length. */
export function showValue(value: unknown): string {
  const text = JSON.stringify(value, (_, node: unknown) =>
    typeof node === 'string' && node.length > MAX_STRING_CHARS
      ? `${node.slice(0, MAX_STRING_CHARS - 20)}…(${node.length} characters)…${node.slice(-8)}`
      : node,
  );
  if (text === undefined) return String(value);
  return text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : text;
}

/** Changes that say the same thing at the same spot (a shared component), as one entry with every place. */
function grouped(changes: readonly ContractChange[], byMessageOnly = false): { change: ContractChange; places: string[] }[] {
  const groups = new Map<string, { change: ContractChange; places: string[] }>();
  for (const change of changes) {
    const key = byMessageOnly
      ? JSON.stringify([change.classification, change.rule, change.message])
      : JSON.stringify([change.classification, change.rule, change.message, change.pointer, change.evidence, change.details]);
    const group = groups.get(key);
    if (group) group.places.push(change.where);
    else groups.set(key, { change, places: [change.where] });
  }
  return [...groups.values()];
}

function detailed({ change, places }: { change: ContractChange; places: string[] }, label: string): string[] {
  const lines = [`${label}  ${change.where}`];
  if (places.length > 1) lines.push(`    and ${places.length - 1} more: ${places.slice(1).join('; ')}`);
  lines.push(`    ${change.message}`);
  if (change.evidence) {
    const { evidence } = change;
    const source = evidence.fromExamples ? 'one of the spec\'s own examples' : 'a generated value';
    lines.push(
      evidence.acceptedBy === 'old'
        ? `    evidence (${source}), valid under the old version and refused by the new one: ${evidence.refusal}`
        : `    evidence (${source}), sent by the new version and unreadable for the old one: ${evidence.refusal}`,
      `      ${showValue(evidence.value)}`,
    );
  }
  lines.push(`    at ${change.pointer}`);
  if (change.details && change.details.length > 0) {
    lines.push('    changed in the spec:', ...change.details.map((detail) => `      ${detail}`));
  }
  lines.push(`    rule: ${change.rule}`);
  return lines;
}

/** The exit code the command line gives a report: 1 when it fails the policy, else 0. */
export function reportExitCode(report: ContractDiff, options: FormatOptions = {}): 0 | 1 {
  if (report.counts.breaking > 0 && !(options.allowMajor && report.version.majorBump)) return 1;
  if (options.strict && report.counts.unclassified > 0) return 1;
  return 0;
}

/**
 * The report as text, for a terminal or a CI log.
 * @example
 * console.log(formatReport(diffContracts(oldSpec, newSpec), { allowMajor: true }));
 */
export function formatReport(report: ContractDiff, options: FormatOptions = {}): string {
  const { counts, version } = report;
  const documentation = report.changes.filter((change) => change.classification === 'compatible' && change.rule === 'documentation');
  const lines = [
    `Contract ${version.old || '(no version)'} → ${version.new || '(no version)'}: ${counts.breaking} breaking, ${counts.unclassified} unclassified, ${counts.compatible} compatible`,
  ];
  const breaking = report.changes.filter((change) => change.classification === 'breaking');
  const unclassified = report.changes.filter((change) => change.classification === 'unclassified');
  const compatible = report.changes.filter((change) => change.classification === 'compatible' && change.rule !== 'documentation');
  for (const group of grouped(breaking)) lines.push('', ...detailed(group, 'BREAKING'));
  for (const group of grouped(unclassified)) lines.push('', ...detailed(group, 'UNCLASSIFIED (review by hand)'));
  if (compatible.length > 0 || documentation.length > 0) lines.push('');
  for (const { change, places } of grouped(compatible, true)) {
    const shown = places.length > 4 ? `${places.slice(0, 3).join('; ')} and ${places.length - 3} more` : places.join('; ');
    lines.push(`compatible  ${shown}: ${change.message}`);
  }
  if (options.verbose) for (const change of documentation) lines.push(`compatible  ${change.where}: ${change.message} (${change.pointer})`);
  else if (documentation.length > 0) lines.push(`compatible  ${documentation.length} documentation change${documentation.length === 1 ? '' : 's'} (descriptions, summaries, examples, extensions); --verbose lists them`);
  lines.push('');
  const code = reportExitCode(report, options);
  if (counts.breaking > 0 && code === 0) {
    lines.push(`${counts.breaking} breaking change${counts.breaking === 1 ? '' : 's'} let through by the major version bump of info.version (${version.old} → ${version.new}).`);
  } else if (counts.breaking > 0) {
    lines.push(
      `Breaking: ${counts.breaking} change${counts.breaking === 1 ? '' : 's'} would break clients or receivers of ${version.old || 'the old version'}.`,
      version.majorBump
        ? `info.version went to a new major version (${version.old} → ${version.new}); pass --allow-major to accept the breaks it announces.`
        : 'Make the change compatible (see "Compatibility policy" in spec/README.md), or, if the break is intended, raise the major version of info.version in the same change.',
    );
  } else if (code === 1) {
    lines.push(`Unclassified: ${counts.unclassified} change${counts.unclassified === 1 ? '' : 's'} the policy has no rule for (--strict fails on them).`);
  } else {
    lines.push(counts.unclassified > 0 ? 'No breaking change; the unclassified ones above need a reviewer\'s decision.' : 'No breaking change.');
  }
  return lines.join('\n');
}
