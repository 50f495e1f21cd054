/**
 * The rule catalogue reads any OpenAPI 3.1 document, not this API's operations by name: an operation added
 * to a copy of the bundled spec gets its rules (body keywords, parameter limits, responses, security) with
 * no code change, each pointing into that copy, and the coverage lists them. engine-generic.test.ts sends
 * its cases to a server for it.
 */
import { describe, expect, it } from 'vitest';
import { formatCoverageTable, ruleCatalogue } from '../../src/contract/index.js';
import { CoverageRecorder } from '../../src/contract/coverage.js';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';

function withWidgets(): Record<string, unknown> {
  const spec = structuredClone(loadBundledSpec()) as Record<string, any>;
  spec.components.schemas.WidgetCreate = {
    type: 'object',
    required: ['name'],
    properties: { name: { type: 'string', maxLength: 10, 'x-error-messages': { maxLength: '{field} must be at most 10 characters long' } }, kind: { enum: ['round', 'square'] }, size: { type: 'integer', minimum: 1 } },
    additionalProperties: false,
    dependentRequired: { size: ['kind'] },
  };
  spec.paths['/v1/widgets'] = {
    post: {
      operationId: 'createWidget',
      requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetCreate' } } } },
      parameters: [{ name: 'dry_run', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 1 } }],
      responses: {
        '201': { description: 'made', headers: { 'X-Request-Id': { $ref: '#/components/headers/RequestId' } }, content: { 'application/json': { schema: { type: 'object' } } } },
        '422': { $ref: '#/components/responses/CreateValidationFailed' },
      },
    },
  };
  return spec;
}

describe('an operation added to a copy of the spec', () => {
  const spec = withWidgets();
  const rules = ruleCatalogue(spec).filter((rule) => rule.operationId === 'createWidget');

  it('gets a rule for each keyword of its body, each parameter limit, each response and its security', () => {
    const shown = rules.map((rule) => `${rule.status} ${rule.ruleClass} ${rule.field} ${rule.pointer}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        '422 type  /components/schemas/WidgetCreate/type',
        '422 required /name /components/schemas/WidgetCreate/required/0',
        '422 maxLength /name /components/schemas/WidgetCreate/properties/name/maxLength',
        '422 enum /kind /components/schemas/WidgetCreate/properties/kind/enum',
        '422 minimum /size /components/schemas/WidgetCreate/properties/size/minimum',
        '422 additionalProperties  /components/schemas/WidgetCreate/additionalProperties',
        '422 dependentRequired /kind /components/schemas/WidgetCreate/dependentRequired/size/0',
        '400 query minimum /dry_run /paths/~1v1~1widgets/post/parameters/0/schema/minimum',
        '400 query maximum /dry_run /paths/~1v1~1widgets/post/parameters/0/schema/maximum',
        '201 media type  /paths/~1v1~1widgets/post/responses/201/content',
        '201 response header X-Request-Id /components/headers/RequestId',
        '422 problem status member /status /components/schemas/Problem/properties/status',
        '401 security missing Authorization /security',
      ]),
    );
    expect(rules.find((rule) => rule.keyword === 'maxLength')?.sentence).toBe('name must be at most 10 characters long');
    expect(rules.find((rule) => rule.keyword === 'dependentRequired')?.sentence).toBe('kind is required when size is present');
  });

  it('is listed by the coverage, its rules not yet exercised', () => {
    const coverage = new CoverageRecorder(ruleCatalogue(spec)).summary(new Set(['createWidget']));
    expect(coverage.applicable).toBe(rules.filter((rule) => rule.notApplicable === undefined).length);
    expect(coverage.exercised).toBe(0);
    expect(formatCoverageTable(coverage)).toMatch(/\ncreateWidget +422 +\d+ +0 +0 +\d+\n/);
  });

  it('leaves the bundled spec’s catalogue as it was', () => {
    expect(ruleCatalogue().some((rule) => rule.operationId === 'createWidget')).toBe(false);
  });
});
