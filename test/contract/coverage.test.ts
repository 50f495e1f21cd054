/**
 * The rule catalogue is the spec's own rules, each with its pointer in the bundled document and a
 * sentence; a run against the reference server exercises every applicable one, and says why the others
 * are not applicable; the JSON, JUnit, text and HTML reports carry the coverage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCoverageHtml, formatCoverageTable, formatJunitReport, formatTextReport, ruleCatalogue, runContractSuite, type ContractSuiteResult } from '../../src/contract/index.js';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';
import { unescapePointerToken } from '../../src/spec/json-pointer.js';
import { startReferenceServer, type ReferenceServer } from '../support/reference-server.js';

let reference: ReferenceServer;
let result: ContractSuiteResult;

beforeAll(async () => {
  reference = await startReferenceServer();
  result = await runContractSuite({ baseUrl: reference.url, apiKey: reference.keys[0], secondApiKey: reference.keys[1], casesPerOperation: 1, seed: 3, concurrency: 4 });
}, 60_000);

afterAll(async () => {
  await reference?.close();
});

function resolves(pointer: string): boolean {
  let node: unknown = loadBundledSpec();
  for (const token of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null || !(unescapePointerToken(token) in node)) return false;
    node = (node as Record<string, unknown>)[unescapePointerToken(token)];
  }
  return true;
}

describe('the rule catalogue', () => {
  const rules = ruleCatalogue();

  it('states every rule where the bundled spec states it, with a sentence', () => {
    for (const rule of rules) {
      expect(resolves(rule.pointer), rule.id).toBe(true);
      expect(rule.sentence.length, rule.id).toBeGreaterThan(10);
    }
  });

  it('has a rule for each keyword class of the request schemas, parameters, responses and security', () => {
    const classes = new Set(rules.filter((rule) => rule.notApplicable === undefined).map((rule) => rule.ruleClass));
    for (const expected of ['type', 'pattern', 'format', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'uniqueItems', 'required', 'additionalProperties', 'minProperties', 'anyOf', 'oneOf', 'if/then required', 'if/then not', 'if/then propertyNames', 'if/then pattern', 'if/then maxItems', 'query minimum', 'query maximum', 'query format', 'path format', 'header pattern', 'header maxLength', 'media type', 'response schema', 'response header', 'problem status member', 'security missing', 'security unknown', 'content negotiation']) {
      expect(classes, expected).toContain(expected);
    }
  });

  it('names the body rule a field breaks, with the spec’s own words', () => {
    const rule = rules.find((candidate) => candidate.id === 'createWebhook /components/schemas/HttpsUrl/maxLength /url')!;
    expect(rule.sentence).toBe('url must be at most 2048 characters long, such as https://hooks.example.com/webhooks');
    expect(rule.status).toBe('422');
  });
});

describe('a coverage run against the reference server', () => {
  it('passes and exercises 100 % of the applicable rules', () => {
    expect(result.ok, formatTextReport(result)).toBe(true);
    const missed = result.coverage.rules.filter((rule) => rule.notApplicable === undefined && rule.exercised === 0).map((rule) => `${rule.id}: ${rule.notExercised}`);
    expect(missed).toEqual([]);
    expect(result.coverage.percent).toBe(100);
    expect(result.coverage.applicable).toBeGreaterThan(250);
  });

  it('says why each rule it lists as not applicable is', () => {
    const notApplicable = result.coverage.rules.filter((rule) => rule.notApplicable !== undefined);
    expect(notApplicable.length).toBe(result.coverage.notApplicable);
    for (const rule of notApplicable) expect(rule.notApplicable!.length, rule.id).toBeGreaterThan(20);
    expect(notApplicable.find((rule) => rule.operationId === 'publishEvent')?.notApplicable).toMatch(/platformKey/);
    expect(notApplicable.find((rule) => rule.status === '429')?.notApplicable).toMatch(/rate limit/);
  });

  it('is in the JSON result, the JUnit properties, the text table and a self-contained HTML page', () => {
    const json = JSON.parse(JSON.stringify(result)) as ContractSuiteResult;
    expect(json.coverage.rules.find((rule) => rule.ruleClass === 'if/then required')).toMatchObject({ passed: expect.any(Number), failed: 0, pointer: expect.stringMatching(/^\/components\/schemas\/OidcRules\/allOf\/\d\/then\/required\/\d$/) });
    const junit = formatJunitReport(result);
    expect(junit).toMatch(/<property name="rule-coverage" value="\d+ of \d+ applicable rules exercised/);
    expect(junit).toContain('<property name="rule" value="422 passed maxLength /url /components/schemas/HttpsUrl/maxLength: url must be at most 2048 characters long');
    const table = formatCoverageTable(result.coverage);
    expect(table).toMatch(/^Rule coverage: (\d+) of \1 applicable rules exercised \(100 %\), 0 broken/);
    expect(table).toMatch(/\ncreateWebhook +422 +\d+ +\d+ +0 +\d+\n/);
    const html = formatCoverageHtml(result);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(html).toContain('<code>/components/schemas/HttpsUrl/maxLength</code>');
  });
});
