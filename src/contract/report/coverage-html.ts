/**
 * The coverage as one self-contained HTML page (no script, no outside resource), for a CI artifact: the
 * totals, then per operation each rule with its status, class, JSON pointer in the bundled spec, sentence
 * and outcome (why, when it is not applicable or was not exercised).
 * @module
 */
import type { ContractCoverage } from '../coverage.js';
import type { ContractSuiteResult } from '../result.js';
import { coverageRows, ruleOutcome } from './coverage-text.js';

function html(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:0 0 2em}
td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f4f4f4}code{font-size:12px}
.passed{background:#e6f4ea}.failed{background:#fce8e6}.not-exercised{background:#fef7e0}.not-applicable{color:#777}`;

/**
 * The HTML page of a run's coverage.
 * @example
 * writeFileSync('contract-coverage.html', formatCoverageHtml(result));
 */
export function formatCoverageHtml(result: Pick<ContractSuiteResult, 'baseUrl' | 'startedAt' | 'seed'> & { coverage: ContractCoverage }): string {
  const { coverage } = result;
  const parts = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Contract rule coverage</title>',
    `<style>${STYLE}</style></head><body>`,
    '<h1>Contract rule coverage</h1>',
    `<p>${html(result.baseUrl)}, ${html(result.startedAt)}, seed ${result.seed}: <strong>${coverage.exercised} of ${coverage.applicable} applicable rules exercised (${coverage.percent} %)</strong>, ${coverage.failed} broken, ${coverage.notApplicable} not applicable.</p>`,
    '<table><tr><th>operation</th><th>status</th><th>rules</th><th>exercised</th><th>broken</th><th>not applicable</th></tr>',
    ...coverageRows(coverage).map((row) => `<tr><td>${html(row.operationId)}</td><td>${html(row.status)}</td><td>${row.rules}</td><td>${row.exercised}</td><td>${row.failed}</td><td>${row.notApplicable}</td></tr>`),
    '</table>',
  ];
  for (const operationId of [...new Set(coverage.rules.map((rule) => rule.operationId))]) {
    parts.push(`<h2>${html(operationId)}</h2>`, '<table><tr><th>status</th><th>rule</th><th>field</th><th>pointer</th><th>sentence</th><th>outcome</th></tr>');
    for (const rule of coverage.rules.filter((candidate) => candidate.operationId === operationId)) {
      const outcome = ruleOutcome(rule);
      const detail = outcome === 'not applicable' ? `: ${rule.notApplicable}` : outcome === 'not exercised' ? `: ${rule.notExercised ?? ''}` : ` (${rule.passed} passed, ${rule.failed} failed)`;
      parts.push(`<tr class="${outcome.replace(' ', '-')}"><td>${html(rule.status)}</td><td>${html(rule.ruleClass)}</td><td><code>${html(rule.field)}</code></td><td><code>${html(rule.pointer)}</code></td><td>${html(rule.sentence)}</td><td>${html(outcome + detail)}</td></tr>`);
    }
    parts.push('</table>');
  }
  parts.push('</body></html>', '');
  return parts.join('\n');
}
