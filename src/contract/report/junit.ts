/**
 * The JUnit XML report CI systems read: one testsuite per operation, one testcase per operation and
 * check; a failed testcase carries every distinct failure of that check, each with its `curl` reproduction.
 * @module
 */
import type { ContractSuiteResult } from '../result.js';
import { ruleOutcome } from './coverage-text.js';
import { formatFailure } from './text.js';

/** Escapes text for XML 1.0, dropping the characters it cannot hold at all. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/**
 * The JUnit XML of a result.
 * @example
 * writeFileSync('contract-junit.xml', formatJunitReport(result));
 */
export function formatJunitReport(result: ContractSuiteResult): string {
  const seconds = (result.durationMs / 1000).toFixed(3);
  const count = (predicate: (outcome: ContractSuiteResult['operations'][number]['checks'][number]) => boolean) =>
    result.operations.reduce((sum, operation) => sum + operation.checks.filter(predicate).length, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="webhooks-contract" tests="${count(() => true)}" failures="${count((outcome) => outcome.failed > 0)}" skipped="${count((outcome) => outcome.skipped !== undefined)}" time="${seconds}" timestamp="${xml(result.startedAt)}">`,
  ];
  for (const operation of result.operations) {
    const failed = operation.checks.filter((outcome) => outcome.failed > 0).length;
    const skipped = operation.checks.filter((outcome) => outcome.skipped !== undefined).length;
    lines.push(`  <testsuite name="${xml(operation.operationId)}" tests="${operation.checks.length}" failures="${failed}" errors="0" skipped="${skipped}">`);
    lines.push('    <properties>');
    lines.push(`      <property name="endpoint" value="${xml(`${operation.method} ${operation.path}`)}"/>`);
    lines.push(`      <property name="base-url" value="${xml(result.baseUrl)}"/>`);
    lines.push(`      <property name="seed" value="${result.seed}"/>`);
    lines.push(`      <property name="profile" value="${xml(result.profile?.name ?? 'default')}"/>`);
    for (const change of result.profile?.changes ?? []) lines.push(`      <property name="profile-change" value="${xml(`${change.check} ${change.change} for ${change.part}: ${change.why}`)}"/>`);
    const rules = (result.coverage?.rules ?? []).filter((rule) => rule.operationId === operation.operationId);
    const applicable = rules.filter((rule) => rule.notApplicable === undefined);
    if (rules.length > 0) {
      lines.push(`      <property name="rule-coverage" value="${applicable.filter((rule) => rule.exercised > 0).length} of ${applicable.length} applicable rules exercised, ${rules.length - applicable.length} not applicable"/>`);
      for (const rule of rules) lines.push(`      <property name="rule" value="${xml(`${rule.status} ${ruleOutcome(rule)} ${rule.ruleClass} ${rule.field} ${rule.pointer}: ${rule.sentence}${rule.notApplicable === undefined ? '' : ` (${rule.notApplicable})`}`)}"/>`);
    }
    lines.push('    </properties>');
    for (const outcome of operation.checks) {
      const open = `    <testcase classname="${xml(operation.operationId)}" name="${xml(outcome.check)}"`;
      if (outcome.skipped !== undefined) {
        lines.push(`${open}>`, `      <skipped message="${xml(outcome.skipped)}"/>`, '    </testcase>');
      } else if (outcome.failures.length > 0 || outcome.failed > 0) {
        const [first] = outcome.failures;
        const more = outcome.failures.length > 1 ? ` (and ${outcome.failures.length - 1} other failure${outcome.failures.length === 2 ? '' : 's'})` : '';
        const text = outcome.failures.map((failure, index) => formatFailure(failure, index + 1)).join('\n\n');
        lines.push(
          `${open}>`,
          `      <failure type="${xml(outcome.check)}" message="${xml(`${first?.reason ?? `${outcome.failed} failed`}${more}`)}">${xml(text)}</failure>`,
          '    </testcase>',
        );
      } else {
        lines.push(`${open}/>`);
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
