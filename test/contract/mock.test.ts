/**
 * The stateless checks against the mock (`npm start`): the spec and the mock agree, with no failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContractSuite, STATELESS_CHECKS, type ContractSuiteResult } from '../../src/contract/index.js';
import type { RunningMockServer } from '../../src/mock/start-mock.js';
import { startTestMock } from '../support/mock.js';

let mock: RunningMockServer;
let result: ContractSuiteResult;

beforeAll(async () => {
  mock = await startTestMock();
  result = await runContractSuite({ baseUrl: mock.url, apiKey: 'test-key', casesPerOperation: 3, seed: 2026, stateful: false, concurrency: 4 });
}, 90_000);

afterAll(async () => {
  await mock?.close();
});

describe('the stateless checks against the mock', () => {
  it('find nothing: the spec and the mock agree', () => {
    expect(result.failures.map((failure) => `${failure.operationId} ${failure.check}: ${failure.reason}`)).toEqual([]);
  });

  it('run every stateless check and skip the stateful ones', () => {
    const ran = new Set<string>();
    const skipped = new Set<string>();
    for (const operation of result.operations) {
      for (const outcome of operation.checks) {
        if (outcome.passed + outcome.failed > 0) ran.add(outcome.check);
        if (outcome.skipped !== undefined) skipped.add(outcome.check);
      }
    }
    expect([...ran].sort()).toEqual([...STATELESS_CHECKS].sort());
    expect(skipped).toEqual(new Set(['use_after_free', 'ensure_resource_availability', 'state_consistency', 'paging_integrity', 'cross_account_isolation', 'idempotent_replay']));
    expect(result.notes.join(' ')).toContain('Stateless run');
  });
});
