/**
 * Generated cases with fast-check: each run sends one case; the first new failure is shrunk (fast-check
 * sends smaller and smaller inputs while the same check keeps failing the same way) and recorded with its
 * seed and path; then the property runs again with that failure known, to find the next one.
 * @module
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import type { CaseFailure, CaseRun, Session } from './session.js';

/** A generated family of cases. */
export interface PropertyPlan<T> {
  /** names the property, and seeds it: the same run seed gives each property the same inputs */
  name: string;
  arbitrary: fc.Arbitrary<T>;
  numRuns: number;
  /** sends one case */
  run: (input: T) => Promise<CaseRun>;
}

/** The distinct failures a property is searched for, at most. */
const MAX_FAILURES_PER_PROPERTY = 5;
/** The cases shrinking may send for one failure, at most. */
const MAX_SHRINK_RUNS = 120;

/**
 * A 32-bit seed for a named property: FNV-1a over the run's seed and the name.
 * @example
 * propertySeed(42, 'createWebhook/positive') // the same number on every run
 */
export function propertySeed(runSeed: number, name: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${runSeed}:${name}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash | 0;
}

function keyOf({ verdict }: CaseFailure): string {
  return `${verdict.operationId}\n${verdict.check}\n${verdict.signature ?? ''}`;
}

/**
 * Runs a property until its runs are done, its failures are all found, or the time is up; records passes
 * once per run and each failure once, shrunk. Resolves with the number of cases sent (shrinking included).
 * @example
 * await runProperty(session, { name: 'getWebhook/positive', arbitrary, numRuns: 50, run }, runSeed, deadline, onCase);
 */
export async function runProperty<T>(session: Session, plan: PropertyPlan<T>, runSeed: number, deadline: number, onCase: () => void): Promise<number> {
  const seed = propertySeed(runSeed, plan.name);
  const known = (failure: CaseFailure) =>
    session.recorder.hasFailure(failure.verdict.operationId, failure.verdict.check, failure.verdict.signature ?? '');
  let counted = 0;
  let sent = 0;
  for (let round = 0; round < MAX_FAILURES_PER_PROPERTY; round += 1) {
    let runIndex = 0;
    let shrinkRuns = 0;
    let target: string | undefined;
    let found: { caseRun: CaseRun; failure: CaseFailure } | undefined;
    const property = fc.asyncProperty(plan.arbitrary, async (input) => {
      if (session.sender.expired) return true;
      if (target !== undefined) {
        // shrinking: stop sending once it has taken long enough, keeping the smallest case so far
        if (shrinkRuns >= MAX_SHRINK_RUNS) return true;
        shrinkRuns += 1;
      } else {
        runIndex += 1;
      }
      const caseRun = await plan.run(input);
      sent += 1;
      onCase();
      const failures = caseRun.failures();
      if (target === undefined && runIndex > counted) {
        counted = runIndex;
        session.recorder.cases += 1;
        for (const entry of caseRun.verdicts) {
          if (entry.verdict.ok) session.recorder.pass(entry.verdict.operationId, entry.verdict.check);
          else if (known(entry)) session.recorder.fail(caseRun.failureReport(entry), entry.verdict.signature ?? '');
        }
      }
      const fresh = failures.filter((failure) => !known(failure) && (target === undefined || keyOf(failure) === target));
      if (fresh.length === 0) return true;
      target ??= keyOf(fresh[0]!);
      found = { caseRun, failure: fresh[0]! };
      return false;
    });
    const details = await fc.check(property, {
      seed,
      numRuns: plan.numRuns,
      interruptAfterTimeLimit: Math.max(1, deadline - performance.now()),
      markInterruptAsFailure: false,
    });
    if (!details.failed || found === undefined) break;
    const { caseRun, failure } = found;
    const report = caseRun.failureReport(failure);
    report.generated = { seed, path: details.counterexamplePath ?? '' };
    report.shrunk = details.numShrinks > 0;
    session.recorder.fail(report, failure.verdict.signature ?? '');
  }
  return sent;
}
