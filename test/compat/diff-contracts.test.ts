/**
 * `diffContracts` beyond the policy's rules: what it refuses to read, what it never does to its inputs,
 * the same report every run, the version marker, and schemas it cannot compile.
 */
import { describe, expect, it } from 'vitest';
import { ContractInputError, diffContracts } from '../../src/compat/index.js';
import { formatReport, reportExitCode } from '../../src/compat/format-report.js';
import { fixturePairs } from './fixture-pairs.js';

type Json = Record<string, unknown>;
const pairs = new Map(fixturePairs().map((pair) => [pair.name, pair]));

function schemas(document: Json): Record<string, Json> {
  return (document.components as { schemas: Record<string, Json> }).schemas;
}

describe('diffContracts', () => {
  it('leaves both documents as they were (api-smart-diff rewrites what it is given)', () => {
    const { old, new: updated } = pairs.get('request-header-removed')!;
    const before = JSON.stringify([old, updated]);
    diffContracts(old, updated);
    expect(JSON.stringify([old, updated])).toBe(before);
  });

  it('gives the same report, generated evidence included, every time it runs', () => {
    const { old, new: updated } = pairs.get('parameter-bound-tightened')!;
    const report = diffContracts(old, updated);
    expect(report.changes[0]?.evidence?.fromExamples).toBe(false);
    expect(JSON.stringify(diffContracts(old, updated))).toBe(JSON.stringify(report));
  });

  it.each([
    ['a document that is not an object', [], 'is not a JSON object'],
    ['OpenAPI 3.0', { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} }, 'is not an OpenAPI 3.1 document'],
    ['a document that refers to other files', { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: { '/a': { $ref: 'paths/a.yaml' } } }, 'bundle it first'],
  ])('refuses %s with a ContractInputError that says why', (_, document, message) => {
    const { old } = pairs.get('documentation-only')!;
    expect(() => diffContracts(old, document)).toThrow(ContractInputError);
    expect(() => diffContracts(document, old)).toThrow(message);
  });

  it('refuses a document nested deeper than any contract, before a recursive walk could overflow', () => {
    const { old } = pairs.get('documentation-only')!;
    const deep = structuredClone(old);
    let node: Json = {};
    schemas(deep).Deep = node;
    for (let level = 0; level < 50_000; level += 1) node = (node.items = {}) as Json;
    expect(() => diffContracts(old, deep)).toThrow('nests deeper than 200 levels');
  });

  it('leaves a schema it cannot compile unclassified, saying why, instead of failing or passing it silently', () => {
    const { old } = pairs.get('response-field-added')!;
    const dangling = structuredClone(old);
    (schemas(dangling).Webhook!.properties as Json).updated_at = { $ref: '#/components/schemas/Nowhere' };
    const badPattern = structuredClone(old);
    (schemas(badPattern).Webhook!.properties as Json).updated_at = { type: 'string', pattern: '([a-z' };
    const [first] = diffContracts(old, dangling).changes;
    expect(first).toMatchObject({ classification: 'unclassified', rule: 'schema-not-compiled' });
    expect(first?.message).toContain('#/components/schemas/Nowhere points to no schema');
    expect(diffContracts(old, badPattern).changes[0]?.message).toContain('Invalid regular expression');
  });

  it.each([
    ['1.4.0', '2.0.0', true],
    ['v1', 'v2', true],
    ['1.0.0', '1.9.0', false],
    ['2.0.0', '1.0.0', false],
    ['1.0.0', 'next', false],
  ])('reads %s → %s as a major version bump: %s', (from, to, bump) => {
    const { old, new: updated } = pairs.get('operation-removed')!;
    const before = structuredClone(old);
    const after = structuredClone(updated);
    (before.info as Json).version = from;
    (after.info as Json).version = to;
    const report = diffContracts(before, after);
    expect(report.version).toEqual({ old: from, new: to, majorBump: bump });
    expect(reportExitCode(report, { allowMajor: true })).toBe(bump ? 0 : 1);
    expect(reportExitCode(report)).toBe(1);
  });

  it('shows one change of a shared component once, with every place it reaches', () => {
    const { old, new: updated } = pairs.get('delivery-header-became-optional')!;
    const twice = structuredClone(updated);
    const oldTwice = structuredClone(old);
    for (const document of [oldTwice, twice]) {
      const webhooks = document.webhooks as Json;
      webhooks['order.created'] = structuredClone(webhooks['order.completed']);
      // both events share one parameter component, as the real contract's events do
      const components = document.components as Json;
      components.parameters = { WebhookId: (((webhooks['order.completed'] as Json).post as Json).parameters as Json[])[0] };
      for (const event of ['order.completed', 'order.created']) (((webhooks[event] as Json).post as Json).parameters as Json[])[0] = { $ref: '#/components/parameters/WebhookId' };
    }
    const report = diffContracts(oldTwice, twice);
    expect(report.counts.breaking).toBe(2);
    const text = formatReport(report);
    expect(text.match(/^BREAKING/gm)).toHaveLength(1);
    expect(text).toContain('BREAKING  event order.completed delivery header webhook-id\n    and 1 more: event order.created delivery header webhook-id');
    expect(text).toContain('at #/components/parameters/WebhookId/required');
  });
});
