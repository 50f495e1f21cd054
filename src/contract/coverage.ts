/**
 * Rule coverage: for each rule of the catalogue (operation × status × rule), whether a case exercised it
 * and whether the server kept it; rules no case can exercise carry the reason. Response rules are
 * exercised by every documented answer of their status, judged by the response checks.
 * @module
 */
import type { ContractRule } from './rules/rule.js';
import type { Verdict } from './verdict.js';

/** How one rule fared in a run. */
export interface RuleCoverage {
  id: string;
  operationId: string;
  status: string;
  area: ContractRule['area'];
  ruleClass: string;
  pointer: string;
  field: string;
  sentence: string;
  /** cases that exercised it, and how many the server passed and failed */
  exercised: number;
  passed: number;
  failed: number;
  /** why no case can exercise it */
  notApplicable?: string;
  /** why this run did not exercise it although a run could */
  notExercised?: string;
}

/** The coverage of a run. */
export interface ContractCoverage {
  /** exercised applicable rules, in percent of the applicable ones (100 when none is applicable) */
  percent: number;
  applicable: number;
  exercised: number;
  passed: number;
  failed: number;
  notApplicable: number;
  rules: RuleCoverage[];
}

/** Counts, per rule, the cases that exercised it. */
export class CoverageRecorder {
  readonly #rules = new Map<string, RuleCoverage>();
  /** the header rules of each operation and status: every answer looks them up */
  readonly #headers = new Map<string, { id: string; name: string }[]>();

  constructor(rules: readonly ContractRule[]) {
    for (const rule of rules) {
      if (rule.ruleClass === 'response header') {
        const key = `${rule.operationId}\n${rule.status}`;
        this.#headers.set(key, [...(this.#headers.get(key) ?? []), { id: rule.id, name: rule.field.toLowerCase() }]);
      }
      this.#rules.set(rule.id, {
        id: rule.id,
        operationId: rule.operationId,
        status: rule.status,
        area: rule.area,
        ruleClass: rule.ruleClass,
        pointer: rule.pointer,
        field: rule.field,
        sentence: rule.sentence,
        exercised: 0,
        passed: 0,
        failed: 0,
        ...(rule.notApplicable === undefined ? {} : { notApplicable: rule.notApplicable }),
      });
    }
  }

  /** Whether the catalogue has this rule. */
  has(id: string): boolean {
    return this.#rules.has(id);
  }

  /** Records one case of a rule, passed or failed. */
  record(id: string, ok: boolean): void {
    const rule = this.#rules.get(id);
    if (rule === undefined || rule.notApplicable !== undefined) return;
    rule.exercised += 1;
    if (ok) rule.passed += 1;
    else rule.failed += 1;
  }

  /** Marks a rule as one no case can exercise, with the reason. */
  notApplicable(id: string, reason: string): void {
    const rule = this.#rules.get(id);
    if (rule !== undefined && rule.exercised === 0) rule.notApplicable ??= reason;
  }

  /** Marks every rule of an operation as not applicable (an operation the runner cannot call), with the reason. */
  operationNotApplicable(operationId: string, reason: string): void {
    for (const rule of this.#rules.values()) if (rule.operationId === operationId) rule.notApplicable = reason;
  }

  /** Says why this run did not exercise a rule (kept only if nothing exercises it later). */
  notExercised(id: string, reason: string): void {
    const rule = this.#rules.get(id);
    if (rule !== undefined) rule.notExercised ??= reason;
  }

  /**
   * Records the response rules an answer exercised: its status's media type, schema, problem status member
   * and headers, passed when the response checks passed.
   */
  observeResponse(operationId: string, status: string, verdicts: readonly Verdict[]): void {
    const of = (check: string) => verdicts.filter((verdict) => verdict.check === check);
    const judged = (check: string, id: string, failed: (verdict: Verdict) => boolean) => {
      const found = of(check);
      if (found.length > 0) this.record(id, !found.some(failed));
    };
    judged('content_type_conformance', `${operationId} ${status} media-type`, (verdict) => !verdict.ok);
    judged('response_schema_conformance', `${operationId} ${status} schema`, (verdict) => !verdict.ok && !verdict.signature?.startsWith('problem-status'));
    judged('response_schema_conformance', `${operationId} ${status} problem-status`, (verdict) => !verdict.ok && verdict.signature?.startsWith('problem-status') === true);
    const headers = of('response_headers_conformance');
    if (headers.length === 0) return;
    const text = headers.filter((verdict) => !verdict.ok).flatMap((verdict) => [verdict.reason ?? '', ...(verdict.details ?? [])]).join('\n').toLowerCase();
    for (const header of this.#headers.get(`${operationId}\n${status}`) ?? []) this.record(header.id, !text.includes(header.name));
  }

  /** The coverage of the rules of the given operations. */
  summary(operations: ReadonlySet<string>): ContractCoverage {
    const rules = [...this.#rules.values()].filter((rule) => operations.has(rule.operationId)).map((rule) => {
      const { notExercised, ...rest } = rule;
      return rule.exercised === 0 && rule.notApplicable === undefined ? { ...rest, notExercised: notExercised ?? 'no case of this run reached it' } : rest;
    });
    const applicable = rules.filter((rule) => rule.notApplicable === undefined);
    const exercised = applicable.filter((rule) => rule.exercised > 0);
    return {
      percent: applicable.length === 0 ? 100 : Math.floor((exercised.length / applicable.length) * 1000) / 10,
      applicable: applicable.length,
      exercised: exercised.length,
      passed: exercised.filter((rule) => rule.failed === 0).length,
      failed: exercised.filter((rule) => rule.failed > 0).length,
      notApplicable: rules.length - applicable.length,
      rules,
    };
  }
}
