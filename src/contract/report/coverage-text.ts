/**
 * The coverage table the command line prints with `--coverage`: per operation and status, how many rules
 * apply, how many a case exercised and how many the server broke; then the rules broken or not reached.
 * @module
 */
import type { ContractCoverage, RuleCoverage } from '../coverage.js';

/** What a rule's outcome is, in a word. */
export function ruleOutcome(rule: RuleCoverage): 'not applicable' | 'not exercised' | 'failed' | 'passed' {
  if (rule.notApplicable !== undefined) return 'not applicable';
  if (rule.exercised === 0) return 'not exercised';
  return rule.failed > 0 ? 'failed' : 'passed';
}

/** Rows of the table: one per operation and status. */
export function coverageRows(coverage: ContractCoverage): { operationId: string; status: string; rules: number; exercised: number; failed: number; notApplicable: number }[] {
  const rows = new Map<string, { operationId: string; status: string; rules: number; exercised: number; failed: number; notApplicable: number }>();
  for (const rule of coverage.rules) {
    const key = `${rule.operationId}\n${rule.status}`;
    const row = rows.get(key) ?? { operationId: rule.operationId, status: rule.status, rules: 0, exercised: 0, failed: 0, notApplicable: 0 };
    if (rule.notApplicable !== undefined) row.notApplicable += 1;
    else {
      row.rules += 1;
      if (rule.exercised > 0) row.exercised += 1;
      if (rule.failed > 0) row.failed += 1;
    }
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** The most rules listed under "failed" and "not exercised". */
const LISTED = 20;

/**
 * The coverage as a short text table.
 * @example
 * console.log(formatCoverageTable(result.coverage));
 */
export function formatCoverageTable(coverage: ContractCoverage): string {
  const header = ['operation', 'status', 'rules', 'exercised', 'failed', 'n/a'];
  const all = coverageRows(coverage).sort((a, b) => (a.operationId === b.operationId ? a.status.localeCompare(b.status) : 0));
  const rows = all.filter((row) => row.rules > 0).map((row) => [row.operationId, row.status, String(row.rules), String(row.exercised), String(row.failed), String(row.notApplicable)]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  const lines = [
    `Rule coverage: ${coverage.exercised} of ${coverage.applicable} applicable rules exercised (${coverage.percent} %), ${coverage.failed} broken; ${coverage.notApplicable} not applicable`,
    line(header),
    ...rows.map(line),
  ];
  // statuses with no applicable rule (a 429, a 503, an operation the runner has no credential for) in one line
  const omitted = new Map<string, string[]>();
  for (const operationId of new Set(all.map((row) => row.operationId))) {
    const statuses = all.filter((row) => row.operationId === operationId && row.rules === 0).map((row) => row.status);
    if (statuses.length === 0) continue;
    const key = statuses.length === all.filter((row) => row.operationId === operationId).length ? 'every status' : statuses.join(', ');
    omitted.set(key, [...(omitted.get(key) ?? []), operationId]);
  }
  if (omitted.size > 0) lines.push(`Only not applicable rules: ${[...omitted].map(([statuses, operations]) => `${statuses} of ${operations.join(', ')}`).join('; ')}`);
  const list = (title: string, rules: RuleCoverage[], why: (rule: RuleCoverage) => string) => {
    if (rules.length === 0) return;
    lines.push('', `${title} (${rules.length}):`);
    for (const rule of rules.slice(0, LISTED)) lines.push(`  ${rule.operationId} ${rule.status} ${rule.ruleClass} ${rule.field} (${rule.pointer}): ${rule.sentence}${why(rule)}`);
    if (rules.length > LISTED) lines.push(`  … and ${rules.length - LISTED} more (see the JSON or HTML report)`);
  };
  list('Rules broken', coverage.rules.filter((rule) => ruleOutcome(rule) === 'failed'), (rule) => ` (${rule.failed} of ${rule.exercised} cases failed)`);
  list('Rules not exercised', coverage.rules.filter((rule) => ruleOutcome(rule) === 'not exercised'), (rule) => ` (${rule.notExercised ?? 'not reached'})`);
  return lines.join('\n');
}
