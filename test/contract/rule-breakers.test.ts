/**
 * The runner has teeth for every rule class: each server that breaks one rule of the catalogue (and no
 * rule the first eight break) is caught, by the check meant to catch it, naming that rule in the coverage.
 * One reference server, the runs side by side, each only the operation and phase its rule needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTextReport, runContractSuite, type ContractPhase, type ContractSuiteResult } from '../../src/contract/index.js';
import { startBrokenProxy, type Breakage } from '../support/broken-proxies.js';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server.js';
import { ruleBreakers } from './rule-breakers.js';

let reference: ReferenceServer;
const results = new Map<string, ContractSuiteResult>();
const breakers = ruleBreakers();
/** Runs in flight at once: the machine has two cores, and each run is mostly waiting. */
const PARALLEL_RUNS = 4;

async function runAgainst(breakage: Breakage): Promise<ContractSuiteResult> {
  const proxy = await startBrokenProxy(reference.url, breakage);
  try {
    return await runContractSuite({ baseUrl: proxy.url, apiKey: reference.keys[0], operations: [breakage.reach!.operation], phases: [breakage.reach!.phase as ContractPhase], casesPerOperation: 1, seed: 1, concurrency: 4 });
  } finally {
    await proxy.close();
  }
}

beforeAll(async () => {
  reference = await startReferenceServer();
  const queue = [...breakers];
  await Promise.all(
    Array.from({ length: PARALLEL_RUNS }, async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) results.set(next.name, await runAgainst(next));
    }),
  );
}, 120_000);

afterAll(async () => {
  await reference?.close();
});

describe('servers that each break one rule', () => {
  it('are thirty or more, each breaking another rule', () => {
    expect(breakers.length).toBeGreaterThanOrEqual(30);
    const rules = breakers.flatMap((breakage) => (breakage.rule === undefined ? [] : [breakage.rule]));
    expect(new Set(rules).size).toBe(rules.length - 1); // the wrong pointer breaks a body rule by its answer, the url maxLength by its request
    expect(breakers.every((breakage) => breakage.rule !== undefined || breakage.named !== undefined)).toBe(true);
    expect(new Set(breakers.map((breakage) => breakage.name)).size).toBe(breakers.length);
  });

  it.each(breakers.map((breakage) => [breakage.name, breakage] as const))('%s is caught, naming its rule', (_, breakage) => {
    const result = results.get(breakage.name)!;
    if (breakage.rule === undefined) {
      expect(result.failures.filter((failure) => failure.check === breakage.caughtBy).map((failure) => failure.reason), formatTextReport(result)).toContainEqual(expect.stringMatching(breakage.named!));
      return;
    }
    const rule = result.coverage.rules.find((candidate) => candidate.id === breakage.rule);
    expect(rule, `no rule ${breakage.rule}`).toBeDefined();
    expect(result.ok).toBe(false);
    expect(rule!.failed, formatTextReport(result)).toBeGreaterThan(0);
    expect(result.failures.map((failure) => failure.check)).toContain(breakage.caughtBy);
    expect(JSON.stringify(result.failures)).not.toContain(reference.keys[0]);
  });

  it('the same runs pass against the reference server itself', async () => {
    const clean = await runAgainst({ name: 'none', caughtBy: 'none', reach: { operation: 'createWebhook', phase: 'rule cases' } });
    expect(clean.ok, formatTextReport(clean)).toBe(true);
  });
});
