/**
 * The generic engine sends cases for an operation only the given document has: a copy of the bundled spec
 * gets `POST /v1/widgets`, a small server keeps its rules and passes with every one of its rules
 * exercised (its schemas compiled at run time), and the same server ignoring one rule (maxLength) fails,
 * the failure naming the rule.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContractSuite, type ContractPhase } from '../../src/contract/index.js';
import { operationContracts } from '../../src/contract/response-contract.js';
import { WIDGETS_API_KEY as API_KEY, widgetServer, withWidgets } from '../support/widgets.js';

const spec = withWidgets();
const servers = { keeping: widgetServer(true), ignoringMaxLength: widgetServer(false), spacedRequestId: widgetServer(true, 'req ') };
const urls: Record<string, string> = {};

beforeAll(async () => {
  for (const [name, server] of Object.entries(servers)) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    urls[name] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
});
afterAll(async () => {
  for (const server of Object.values(servers)) await new Promise((resolve) => server.close(resolve));
});

const GENERIC_PHASES: ContractPhase[] = ['examples', 'rule cases', 'authentication and methods'];

function run(baseUrl: string, phases: ContractPhase[] | undefined) {
  return runContractSuite({ baseUrl, apiKey: API_KEY, spec, operations: ['createWidget'], ...(phases === undefined ? {} : { phases }), seed: 7, casesPerOperation: 5 });
}

describe('an operation only the given document has', () => {
  it('is driven from the document: its schemas are compiled at run time, not taken from the generated validators', () => {
    const contract = operationContracts(spec).get('createWidget' as never)!;
    expect(contract.precompiled).toBe(false);
    expect(contract.requestSchema?.precompiled).toBeUndefined();
    expect(contract.requestSchema?.validate({ name: 'a name too long' })).toEqual({ ok: false, errors: [{ pointer: '/name', message: 'name must be at most 10 characters long' }] });
    expect(contract.responses.get('422')?.schema?.name).toBe('Problem');
  });

  it('leaves this API\'s own operations on the precompiled validators', () => {
    const own = operationContracts().get('createWebhook')!;
    expect(own.precompiled).toBe(true);
    expect(own.requestSchema?.precompiled).toBe('WebhookCreate');
    expect(own.responses.get('201')?.schema?.precompiled).toBe('WebhookCreated');
  });

  it('passes a server that keeps its rules, with every rule of the operation exercised', async () => {
    const result = await run(urls.keeping!, GENERIC_PHASES);
    expect(result.failures.map((failure) => `${failure.check}: ${failure.reason}`)).toEqual([]);
    expect(result.ok).toBe(true);
    const rules = result.coverage.rules.filter((rule) => rule.operationId === 'createWidget');
    expect(rules.filter((rule) => rule.notApplicable === undefined && rule.exercised === 0).map((rule) => `${rule.id}: ${rule.notExercised}`)).toEqual([]);
    expect(rules.some((rule) => rule.ruleClass === 'maxLength' && rule.passed > 0)).toBe(true);
    expect(result.coverage.percent).toBe(100);
    // its body keywords, parameter limits, the four responses' media types, schemas, problem members and headers, and its security
    expect(rules.filter((rule) => rule.notApplicable === undefined).length).toBeGreaterThanOrEqual(30);
  });

  it('runs every phase without error, the phases particular to this API saying they left it out', async () => {
    const result = await run(urls.keeping!, undefined);
    expect(result.failures.map((failure) => `${failure.check}: ${failure.reason}`)).toEqual([]);
    expect(result.notes).toContainEqual(expect.stringMatching(/^createWidget: not an operation of this API.*stateful flows/));
    expect(result.coverage.percent).toBe(100);
  });

  it('sends the rule cases of a path parameter any document names, and judges the answers to a generated id', async () => {
    const result = await runContractSuite({ baseUrl: urls.keeping!, apiKey: API_KEY, spec, operations: ['getWidget'], phases: GENERIC_PHASES, seed: 7 });
    expect(result.failures.map((failure) => `${failure.check}: ${failure.reason}`)).toEqual([]);
    const rules = result.coverage.rules.filter((rule) => rule.operationId === 'getWidget');
    const shown = (area: string) => rules.filter((rule) => rule.area === area && rule.notApplicable === undefined).map((rule) => `${rule.ruleClass} ${rule.exercised > 0 && rule.failed === 0 ? 'passed' : 'not passed'}`);
    expect(shown('parameter')).toEqual(['path pattern passed', 'path maxLength passed']);
    expect(shown('security')).toEqual(expect.arrayContaining(['security missing passed', 'security spelling-allowed passed']));
    // no case of a generic run has a widget the server holds: the 200's rules are the ones left
    expect(rules.filter((rule) => rule.notApplicable === undefined && rule.exercised === 0).map((rule) => rule.status)).toEqual(['200', '200', '200']);
  });

  it('fails a server that ignores maxLength, naming the rule', async () => {
    const result = await run(urls.ignoringMaxLength!, GENERIC_PHASES);
    expect(result.ok).toBe(false);
    expect(result.failures.map((failure) => failure.check)).toEqual(['negative_data_rejection']);
    expect(result.failures[0]!.reason).toContain('name must be at most 10 characters long');
    const maxLength = result.coverage.rules.find((rule) => rule.operationId === 'createWidget' && rule.ruleClass === 'maxLength');
    expect(maxLength).toMatchObject({ field: '/name', pointer: '/components/schemas/WidgetCreate/properties/name/maxLength', failed: 1 });
    expect(result.coverage.rules.filter((rule) => rule.operationId === 'createWidget' && rule.failed > 0)).toHaveLength(1);
  });

  it('judges its response headers against their schemas: a request id with a space breaks the RequestId pattern', async () => {
    const result = await run(urls.spacedRequestId!, ['rule cases']);
    expect(new Set(result.failures.map((failure) => failure.check))).toEqual(new Set(['response_headers_conformance']));
    expect(result.failures[0]!.reason).toMatch(/X-Request-Id is "req \d+", which its schema does not allow/);
    expect(result.coverage.rules.find((rule) => rule.id === 'createWidget 422 header X-Request-Id')?.failed).toBeGreaterThan(0);
  });
});
