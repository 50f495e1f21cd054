/**
 * The human report: each failure with its check, the reason in words, the answer, and the `curl` lines
 * that reproduce it; then each check's tally, and the seed to run the same cases again.
 * @module
 */
import { CHECK_NAMES } from '../checks.js';
import { API_KEY_VARIABLE, SECOND_API_KEY_VARIABLE } from '../curl.js';
import type { ContractFailure, ContractSuiteResult } from '../result.js';
import { statusText } from '../verdict.js';

const INDENT = '   ';

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/** How many times, in words. */
function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count.toLocaleString('en-US')} times`;
}

/**
 * One failure as the report prints it.
 * @example
 * formatFailure(result.failures[0], 1)
 */
export function formatFailure(failure: ContractFailure, number: number): string {
  const lines = [`${number}. ${failure.check} · ${failure.title} · ${failure.method} ${failure.path} (${failure.operationId})`, `${INDENT}${failure.reason}`];
  for (const detail of failure.details) lines.push(`${INDENT}  - ${detail}`);
  if (failure.response !== undefined) {
    lines.push('', `${INDENT}Answer: ${statusText(failure.response.status)}`);
    for (const [name, value] of Object.entries(failure.response.headers)) lines.push(`${INDENT}  ${name}: ${value}`);
    if (failure.response.body !== '') lines.push(indent(failure.response.body, `${INDENT}  `));
  }
  const kind = failure.generated === undefined ? '' : 'generated case';
  const shrunk = failure.shrunk ? 'shrunk to a minimal one' : '';
  const how = kind === '' && shrunk === '' ? '' : ` (${[kind, shrunk].filter((part) => part !== '').join(', ')})`;
  lines.push('', `${INDENT}Reproduce with${how}:`);
  failure.reproduction.forEach((command, index) => {
    if (failure.reproduction.length > 1) lines.push(`${INDENT}  # ${index + 1}. ${failure.steps[index]}`);
    lines.push(indent(command, `${INDENT}  `));
  });
  if (failure.occurrences > 1) lines.push('', `${INDENT}Seen ${times(failure.occurrences)} in this run.`);
  return lines.join('\n');
}

/** Each check's tally over all operations. */
function checkTable(result: ContractSuiteResult): string[] {
  const lines: string[] = [];
  const width = Math.max(...CHECK_NAMES.map((name) => name.length));
  for (const check of CHECK_NAMES) {
    const outcomes = result.operations.flatMap((operation) => operation.checks.filter((outcome) => outcome.check === check));
    if (outcomes.length === 0) continue;
    const passed = outcomes.reduce((sum, outcome) => sum + outcome.passed, 0);
    const failed = outcomes.reduce((sum, outcome) => sum + outcome.failed, 0);
    const skipped = outcomes.find((outcome) => outcome.skipped !== undefined)?.skipped;
    const mark = failed > 0 ? '✘' : passed > 0 ? '✔' : '–';
    const tally = passed + failed === 0 ? `skipped: ${skipped ?? 'nothing to check'}` : `${passed.toLocaleString('en-US')} passed${failed > 0 ? ` · ${failed.toLocaleString('en-US')} failed` : ''}`;
    lines.push(`  ${mark} ${check.padEnd(width)}  ${tally}`);
  }
  return lines;
}

/**
 * The whole human report.
 * @example
 * console.log(formatTextReport(await runContractSuite(options)));
 */
export function formatTextReport(result: ContractSuiteResult, options: { rerun?: string } = {}): string {
  const parts: string[] = [];
  if (result.failures.length > 0) {
    parts.push('FAILURES', '');
    result.failures.forEach((failure, index) => parts.push(formatFailure(failure, index + 1), ''));
  }
  // what the profile changed comes before the tally, so that no one reads a pass it does not mean
  // (a result saved by an older version has no profile)
  const changes = result.profile?.changes ?? [];
  if (changes.length > 0) {
    parts.push(`PROFILE ${result.profile.name}: ${changes.length} check${changes.length === 1 ? '' : 's'} changed`);
    for (const change of changes) parts.push(`  ${change.check}: ${change.change} for ${change.part}: ${change.why}.`);
    parts.push('');
  }
  parts.push('CHECKS', ...checkTable(result), '');
  for (const note of result.notes) parts.push(`Note: ${note}`);
  if (result.notes.length > 0) parts.push('');
  const checksFailed = new Set(result.failures.map((failure) => failure.check)).size;
  const verdict = result.ok ? 'PASSED: the server keeps the contract' : `FAILED: ${result.failures.length} failure${result.failures.length === 1 ? '' : 's'} in ${checksFailed} check${checksFailed === 1 ? '' : 's'}`;
  const seconds = (result.durationMs / 1000).toFixed(1);
  parts.push(
    `${verdict} · ${result.cases.toLocaleString('en-US')} cases · ${result.requests.toLocaleString('en-US')} requests · ${seconds} s (runner CPU ${(result.runnerCpuMs / 1000).toFixed(1)} s) · seed ${result.seed}`,
  );
  if (options.rerun !== undefined) parts.push(`Run the same cases again: ${options.rerun}`);
  const commands = result.failures.flatMap((failure) => failure.reproduction).join('\n');
  const variables = [API_KEY_VARIABLE, SECOND_API_KEY_VARIABLE].filter((variable) => commands.includes(`$${variable}`)).map((variable) => `$${variable}`);
  if (variables.length > 0) parts.push(`The curl lines read the API key${variables.length > 1 ? 's' : ''} from ${variables.join(' and ')}.`);
  return parts.join('\n');
}
