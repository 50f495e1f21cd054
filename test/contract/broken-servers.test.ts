/**
 * The suite has teeth: eight servers that each break the contract one way (a proxy that adds exactly one
 * violation in front of the reference server) are each caught, by the check meant to catch them, and by
 * no check the violation does not touch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatTextReport, runContractSuite } from '../../src/contract/index.js';
import { brokenServers, startBrokenProxy } from '../support/broken-proxies.js';
import { ALICE_KEY } from '../support/server.js';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server.js';

let reference: ReferenceServer;

beforeAll(async () => {
  reference = await startReferenceServer();
});

afterAll(async () => {
  await reference?.close();
});

describe('each broken server is caught', () => {
  it('eight kinds of breakage are covered', () => {
    expect(brokenServers('key').map((breakage) => breakage.name)).toEqual([
      'returns the secret',
      'answers 200 instead of 201',
      'accepts client_secret without oidc_client_secret',
      'answers 500 on malformed JSON',
      'drops a required response field (created_at)',
      'ignores auth',
      'keeps serving a deleted webhook',
      'answers with the wrong content type',
    ]);
  });

  it.each(brokenServers(ALICE_KEY).map((breakage) => [breakage.name, breakage] as const))('%s', async (_, breakage) => {
    expect(reference.keys[0]).toBe(ALICE_KEY);
    const proxy = await startBrokenProxy(reference.url, breakage);
    try {
      const result = await runContractSuite({ baseUrl: proxy.url, apiKey: reference.keys[0]!, secondApiKey: reference.keys[1]!, casesPerOperation: 1, seed: 1, concurrency: 4 });
      const failed = new Set(result.failures.map((failure) => failure.check));
      expect(result.ok).toBe(false);
      expect(failed, formatTextReport(result)).toContain(breakage.caughtBy);
      // one violation: only the checks it breaks fail
      expect([...failed].filter((check) => check !== breakage.caughtBy && !(breakage.alsoBreaks ?? []).includes(check)), formatTextReport(result)).toEqual([]);
      for (const failure of result.failures) {
        expect(failure.reason.length).toBeGreaterThan(20);
        expect(failure.reproduction.at(-1)).toMatch(/^(.* \| )?curl -i /);
        expect(failure.reproduction.join('\n')).not.toContain(reference.keys[0]!);
      }
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
