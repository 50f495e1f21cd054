/**
 * The check on this repository's own contract: unchanged it reports nothing, and the restructuring the
 * type work does (enabled_events and the update body restated for the types, accepting the same bodies)
 * must not fail `npm run breaking` on main.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffContracts } from '../../src/compat/index.js';

type Json = Record<string, unknown>;

function contract(): Json & { components: { schemas: Record<string, Json> } } {
  return JSON.parse(readFileSync(new URL('../../generated/openapi.json', import.meta.url), 'utf8')) as Json & { components: { schemas: Record<string, Json> } };
}

describe('the check on the contract itself', () => {
  it('finds nothing between the contract and itself', () => {
    expect(diffContracts(contract(), contract()).changes).toEqual([]);
  });

  it('passes a restructuring that accepts the same bodies, and says it checked them', () => {
    const restructured = contract();
    const { schemas } = restructured.components;
    // enabled_events as ["*"] or a list of event types, instead of items + if/then
    schemas.EnabledEvents = {
      title: 'EnabledEvents',
      oneOf: [
        { type: 'array', minItems: 1, maxItems: 1, items: { const: '*' } },
        { type: 'array', minItems: 1, maxItems: 100, uniqueItems: true, items: { $ref: '#/components/schemas/EventType' } },
      ],
    };
    // an update names at least one field: the same as minProperties: 1 on a closed object
    const update = schemas.WebhookUpdate!;
    update.anyOf = Object.keys(update.properties as Json).map((name) => ({ required: [name] }));
    // fewer samples than the default: the full contract is large, and a restructure shows in a few dozen
    const report = diffContracts(contract(), restructured, { samples: 60 });
    expect(report.counts).toMatchObject({ breaking: 0, unclassified: 0 });
    const requests = report.changes.filter((change) => change.where.endsWith('request body (application/json)'));
    expect(requests.map((change) => [change.where, change.rule])).toEqual([
      ['PATCH /v1/webhooks/{id} request body (application/json)', 'request-same-values'],
      ['POST /v1/webhooks request body (application/json)', 'request-same-values'],
    ]);
    expect(requests[1]?.message).toMatch(/restructured: accepts the same request bodies as before \(\d{2,} checked both ways\)/);
    // generating and checking the samples is CPU-bound: about 3 s alone, more on a busy runner, and the
    // time is no part of what is checked
  }, 60_000);
});
