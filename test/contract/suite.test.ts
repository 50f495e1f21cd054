/**
 * The whole suite against the reference server, which keeps the contract: every check runs and passes
 * with zero failures; the same seed sends the same cases; the runner keeps its connection and deletes what
 * it created; and a generated failure is shrunk to a minimal body and printed as a curl line with the
 * reason.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_NAMES, formatTextReport, runContractSuite, type ContractSuiteResult } from '../../src/contract/index.js';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server.js';

let reference: ReferenceServer;
let result: ContractSuiteResult;

beforeAll(async () => {
  reference = await startReferenceServer();
  result = await runContractSuite({ baseUrl: reference.url, apiKey: reference.keys[0], secondApiKey: reference.keys[1], casesPerOperation: 6, seed: 424_242, concurrency: 4 });
}, 60_000);

afterAll(async () => {
  await reference?.close();
});

/** A proxy that answers 500 to a create whose url has a port, and passes everything else on. */
async function crashOnPorts(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
  const target = new URL(upstream);
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      let url: unknown;
      try {
        url = (JSON.parse(body.toString('utf8')) as { url?: unknown }).url;
      } catch {
        url = undefined;
      }
      if (incoming.method === 'POST' && typeof url === 'string' && /^https:\/\/[^/]+:\d+/.test(url)) {
        outgoing.writeHead(500, { 'content-type': 'text/plain' }).end('port numbers crash this server');
        return;
      }
      const forward = httpRequest({ host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, 'content-length': String(body.length) } }, (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the suite against the reference server', () => {
  it('passes with zero failures', () => {
    expect(result.failures.map((failure) => `${failure.check}: ${failure.reason}`)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.budgetExhausted).toBe(false);
  });

  it('runs every check, stateful ones included, with nothing skipped', () => {
    const passed = new Map<string, number>();
    for (const operation of result.operations) {
      for (const outcome of operation.checks) {
        expect(outcome.skipped, `${operation.operationId} ${outcome.check}`).toBeUndefined();
        passed.set(outcome.check, (passed.get(outcome.check) ?? 0) + outcome.passed);
      }
    }
    for (const check of CHECK_NAMES) expect(passed.get(check), check).toBeGreaterThan(0);
    expect(result.operations.map((operation) => operation.operationId)).toEqual([
      'listWebhooks',
      'createWebhook',
      'getWebhook',
      'deleteWebhook',
      'updateWebhook',
      'listWebhookDeliveries',
      'getSigningKeys',
    ]);
  });

  it('cleans up after itself and keeps one connection open instead of one per request', async () => {
    expect(await reference.webhookCounts()).toEqual([0, 0]);
    // a 413 closes its connection, and the runner renews its pool: a handful, never hundreds
    expect(reference.connections).toBeLessThan(20);
    expect(result.requests).toBeGreaterThan(300);
  });

  it('sends the same cases for the same seed', async () => {
    const record = async () => {
      const sent: string[] = [];
      const other = await startReferenceServer();
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const body = typeof init?.body === 'string' ? init.body : '';
        sent.push(`${init?.method} ${new URL(String(input)).pathname} ${body}`.replace(/[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}/g, '<uuid>'));
        return globalThis.fetch(input, init);
      };
      await runContractSuite({ baseUrl: other.url, apiKey: other.keys[0], casesPerOperation: 4, seed: 99, operations: ['createWebhook'], fetch });
      await other.close();
      return sent;
    };
    const [first, second] = [await record(), await record()];
    expect(first.length).toBeGreaterThan(50);
    expect(second).toEqual(first);
  }, 60_000);
});

describe('a failure', () => {
  it('is shrunk to a minimal body and printed as a curl line with the check, the reason and the seed', async () => {
    const proxy = await crashOnPorts(reference.url);
    try {
      const failed = await runContractSuite({ baseUrl: proxy.url, apiKey: reference.keys[0], operations: ['createWebhook'], checks: ['not_a_server_error'], casesPerOperation: 40, seed: 7 });
      expect(failed.ok).toBe(false);
      const [failure] = failed.failures;
      expect(failed.failures).toHaveLength(1);
      expect(failure).toMatchObject({ check: 'not_a_server_error', title: 'Server error', operationId: 'createWebhook', reason: 'The server answered 500 Internal Server Error.' });
      expect(failure!.shrunk).toBe(true);
      expect(failure!.generated?.seed).toEqual(expect.any(Number));
      const curl = failure!.reproduction.at(-1)!;
      const body = JSON.parse(/--data-raw '(.*)'$/s.exec(curl)![1]!) as Record<string, unknown>;
      // everything but what makes it fail was shrunk away: no optional field, the smallest URL with a port
      expect(Object.keys(body).sort()).toEqual(['enabled_events', 'url']);
      expect(body.url).toMatch(/^https:\/\/hooks\.example\.com:\d+\/$/);
      const report = formatTextReport(failed, { rerun: 'webhooks-contract test --seed 7' });
      expect(report).toContain('1. not_a_server_error · Server error · POST /v1/webhooks (createWebhook)');
      expect(report).toContain('Reproduce with (generated case, shrunk to a minimal one):');
      expect(report).toContain('-H "Authorization: Bearer $WEBHOOKS_API_KEY"');
      expect(report).toContain('port numbers crash this server');
      expect(report).toContain('seed 7');
      expect(report).not.toContain(reference.keys[0]);
    } finally {
      await proxy.close();
    }
  }, 60_000);
});
