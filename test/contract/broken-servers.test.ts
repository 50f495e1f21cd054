/**
 * The suite has teeth: eight servers that each break the contract one way (a proxy that adds exactly one
 * violation in front of the reference server) are each caught, by the check meant to catch them, and by
 * no check the violation does not touch.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
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

describe('a reproduction', () => {
  it('pasted into a shell step by step, shows the failure again: ids learned on the way are kept in variables', async () => {
    const breakage = brokenServers(reference.keys[0]).find((candidate) => candidate.caughtBy === 'use_after_free')!;
    const proxy = await startBrokenProxy(reference.url, breakage);
    try {
      const result = await runContractSuite({ baseUrl: proxy.url, apiKey: reference.keys[0], operations: ['getWebhook'], checks: ['use_after_free'], casesPerOperation: 1, seed: 1 });
      const failure = result.failures.find((candidate) => candidate.operationId === 'getWebhook')!;
      expect(failure.steps[0]).toMatch(/^create a webhook.* \(WEBHOOK_ID keeps its id\)$/);
      expect(failure.steps.slice(-2)).toEqual(['delete it', 'read it after the delete']);
      expect(failure.reproduction[0]).toMatch(/^WEBHOOK_ID=\$\(curl -s -X POST /);
      for (const command of failure.reproduction.slice(-2)) expect(command).toContain(`'${proxy.url}/v1/webhooks/'"$WEBHOOK_ID"`);
      const script = ['set -eu -o pipefail', ...failure.reproduction, 'echo "WEBHOOK_ID=$WEBHOOK_ID"'].join('\n');
      const { stdout } = await promisify(execFile)('bash', ['-c', script], { env: { PATH: process.env.PATH, WEBHOOKS_API_KEY: reference.keys[0] } });
      // deleted, and read again: the deleted webhook is still served (curl prints bodies without a newline)
      expect([...stdout.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => match[1]).slice(-2)).toEqual(['204', '200']);
      expect(stdout).toMatch(/WEBHOOK_ID=[0-9a-f-]{36}\n$/);
    } finally {
      await proxy.close();
    }
  }, 60_000);

  it('of a case that used the webhook other cases share starts by creating it', async () => {
    const breakage = brokenServers(reference.keys[0]).find((candidate) => candidate.caughtBy === 'content_type_conformance')!;
    const proxy = await startBrokenProxy(reference.url, breakage);
    try {
      const result = await runContractSuite({ baseUrl: proxy.url, apiKey: reference.keys[0], operations: ['listWebhookDeliveries'], checks: ['content_type_conformance'], casesPerOperation: 1, seed: 1, stateful: false });
      const failure = result.failures.find((candidate) => candidate.operationId === 'listWebhookDeliveries')!;
      expect(failure.steps).toEqual(['create the webhook the other operations are tested on (WEBHOOK_ID keeps its id)', expect.any(String)]);
      expect(failure.reproduction[1]).toContain(`'${proxy.url}/v1/webhooks/'"$WEBHOOK_ID"'/deliveries'`);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
