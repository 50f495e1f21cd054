import { describe, expect, it } from 'vitest';
import { validators, type SchemaName } from '../../generated/validators.js';
import { validateSchema } from '../../src/validation/index.js';
import { deref, namedExamples, specOperations } from '../support/spec.js';

const examples = namedExamples();

describe('spec examples', () => {
  it.each(examples.map((e) => [`${e.operationId} ${e.where} "${e.name}"`, e] as const))(
    '%s passes its generated validator',
    (_, example) => {
      const result = validateSchema(example.schemaName as SchemaName, example.value);
      expect(result).toEqual({ ok: true, value: example.value });
    },
  );

  it('has a named example for every request and response body', () => {
    for (const { id, operation } of specOperations()) {
      const bodies: [string, unknown][] = [['request', operation.requestBody]];
      for (const [status, response] of Object.entries(operation.responses as object)) bodies.push([status, response]);
      for (const [where, body] of bodies) {
        const content = deref<{ content?: Record<string, { examples?: object }> } | undefined>(body)?.content ?? {};
        for (const [mediaType, media] of Object.entries(content)) {
          expect(Object.keys(media.examples ?? {}), `${id} ${where} ${mediaType}`).not.toHaveLength(0);
        }
      }
    }
  });

  it('shows createWebhook with each OIDC method and with ["*"]', () => {
    const requests = examples.filter((e) => e.operationId === 'createWebhook' && e.where === 'request');
    const values = requests.map((e) => e.value as { oidc_auth_method?: string; enabled_events: string[] });
    expect(values.some((v) => v.oidc_auth_method === 'client_secret')).toBe(true);
    expect(values.some((v) => v.oidc_auth_method === 'private_key_jwt')).toBe(true);
    expect(values.some((v) => v.oidc_auth_method === undefined && v.enabled_events.join() === '*')).toBe(true);
  });

  it('has an example for every documented error status', () => {
    const statuses = new Set<string>();
    for (const { operation } of specOperations()) {
      for (const status of Object.keys(operation.responses as object)) if (/^[45]\d\d$/.test(status)) statuses.add(status);
    }
    expect([...statuses].sort()).toEqual(['400', '401', '404', '406', '409', '413', '415', '422', '429', '503']);
    for (const status of statuses) {
      const problems = examples.filter((e) => e.where === status && e.mediaType === 'application/problem+json');
      expect(problems.length, `examples for ${status}`).toBeGreaterThan(0);
      for (const problem of problems) expect((problem.value as { status: number }).status).toBe(Number(status));
    }
  });

  it('rejects a changed example, so the check above can fail', () => {
    const example = examples.find((e) => e.schemaName === 'Webhook');
    expect(example).toBeDefined();
    expect(validators.Webhook({ ...(example!.value as object), secret: 'leaked-secret-value' })).toBe(false);
  });
});
