/**
 * One fixture pair per rule of the compatibility policy (spec/README.md): old spec, new spec and the
 * classification the policy gives the change, checked against `diffContracts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffContracts, type Classification } from '../../src/compat/index.js';
import { fixturePairs } from './fixture-pairs.js';

const pairs = fixturePairs();

function verdictOf(counts: Record<Classification, number>): Classification {
  return counts.breaking > 0 ? 'breaking' : counts.unclassified > 0 ? 'unclassified' : 'compatible';
}

describe('the compatibility policy, rule by rule', () => {
  it.each(pairs.map((pair) => [pair.name, pair] as const))('%s', (_, pair) => {
    const report = diffContracts(pair.old, pair.new);
    const summary = report.changes.map((change) => `${change.classification} ${change.rule}: ${change.where}: ${change.message}`);
    expect(verdictOf(report.counts), `${pair.policy}\n${summary.join('\n')}`).toBe(pair.expect.verdict);
    const rules = report.changes.map((change) => change.rule);
    for (const rule of pair.expect.rules) expect(rules, `${pair.policy}\n${summary.join('\n')}`).toContain(rule);
    // something must have been found: a fixture whose change the check does not see proves nothing
    expect(report.changes.length).toBeGreaterThan(0);
  });

  it('has a fixture pair for every part of the policy in spec/README.md', () => {
    const readme = readFileSync(new URL('../../spec/README.md', import.meta.url), 'utf8');
    const policy = readme.slice(readme.indexOf('## Compatibility policy'));
    // each part of the policy, and the word its fixtures' descriptions start with
    const parts: [string, string[]][] = [
      ['### Requests (what clients send)', ['Requests:']],
      ['### Responses and delivered events', ['Responses:', 'Deliveries:']],
      ['### Write-only secrets', ['Write-only:']],
      ['**By meaning, whichever keyword it comes from**', ['OIDC:']],
      ['### Paths, operations, parameters, status codes, media types, headers', ['Paths:', 'Operations:', 'Status codes:', 'Media types:', 'Headers:', 'Security:']],
      ['### Documentation', ['Documentation:']],
      ['**unclassified**', ['Unclassified:']],
    ];
    for (const [heading, prefixes] of parts) {
      expect(policy, heading).toContain(heading);
      for (const prefix of prefixes) expect(pairs.some((pair) => pair.policy.startsWith(prefix)), prefix).toBe(true);
    }
    // the shapes the issue names, each with a pair of its own
    for (const name of ['oidc-if-then-tightened', 'oidc-one-of-tightened', 'oidc-restructured-same-bodies', 'write-only-lost', 'secret-in-response',
      'event-payload-field-removed', 'event-type-added', 'delivery-signature-header-removed', 'response-header-removed', 'retry-after-removed',
      'response-header-became-optional', 'request-restructured-same-bodies',
      // each keyword the policy names for "by meaning", and each request clause it lists
      'request-property-names-added', 'request-not-added', 'request-property-became-false', 'request-header-required-added',
      'request-pattern-loosened', 'request-format-loosened', 'request-format-changed', 'openapi-version-changed']) {
      expect(pairs.map((pair) => pair.name)).toContain(name);
    }
  });

  it('finds evidence for a tightened if/then that structure calls an annotation: a body valid before, refused now', () => {
    const pair = pairs.find((candidate) => candidate.name === 'oidc-if-then-tightened')!;
    const [change] = diffContracts(pair.old, pair.new).changes.filter((candidate) => candidate.rule === 'request-value-refused');
    expect(change?.evidence).toMatchObject({ acceptedBy: 'old', value: { oidc_auth_method: 'client_secret' } });
    expect((change?.evidence?.value as Record<string, unknown>).oidc_scope).toBeUndefined();
    expect(change?.evidence?.refusal).toContain("must have required property 'oidc_scope'");
    expect(change?.details).toContain('#/components/schemas/OidcRules/allOf/0/then/required: added "oidc_scope"');
  });

  it('catches a tightened bound that no example reaches, by generating values at the bounds either version names', () => {
    const pair = pairs.find((candidate) => candidate.name === 'request-bound-tightened')!;
    const [change] = diffContracts(pair.old, pair.new).changes;
    expect(change).toMatchObject({ classification: 'breaking', evidence: { fromExamples: false, acceptedBy: 'old' } });
    const url = (change!.evidence!.value as Record<string, string>).url!;
    expect(url.length).toBeGreaterThan(1000);
    expect(url.length).toBeLessThanOrEqual(2048);
  });
});
