import { describe, expect, it } from 'vitest';
import { explainWebhookCreate, validateWebhookCreate as fastValidateWebhookCreate } from '../../generated/validators.js';
import { validateWebhookCreate, validateWebhookUpdate } from '../../src/validation/index.js';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate, without } from '../support/bodies.js';
import { oidcCreateMatrix, oidcUpdateMatrix } from '../support/oidc-matrix.js';

describe('OIDC rules on create', () => {
  it.each(oidcCreateMatrix.map((row) => [row.name, row] as const))('%s', (_, { given, want }) => {
    expect(validateWebhookCreate(given)).toEqual({ ok: false, errors: want });
    // the fast validator (oneOf and if/then together) reaches the same verdict
    expect(fastValidateWebhookCreate(given)).toBe(false);
  });

  it('names the if/then rule that was broken in the raw validator errors', () => {
    expect(explainWebhookCreate(without(clientSecretCreate, 'oidc_client_secret'))).toBe(false);
    expect(explainWebhookCreate.errors).toContainEqual(
      expect.objectContaining({
        keyword: 'required',
        params: { missingProperty: 'oidc_client_secret' },
        schemaPath: expect.stringMatching(/allOf\/0\/then\/required$/),
        parentSchema: expect.objectContaining({
          'x-error-messages': { required: '{field} is required when oidc_auth_method is "client_secret"' },
        }),
      }),
    );
  });

  it.each([
    ['client_secret with every field', clientSecretCreate],
    ['client_secret with scope and resource', { ...clientSecretCreate, oidc_scope: 'api://app/.default', oidc_resource_uri: 'api://app' }],
    ['private_key_jwt with every required field', privateKeyJwtCreate],
    ['private_key_jwt with scope', { ...privateKeyJwtCreate, oidc_scope: 'openid webhooks.receive' }],
    ['no OIDC at all', minimalCreate],
  ])('accepts %s', (_, body) => {
    expect(validateWebhookCreate(body)).toEqual({ ok: true, value: body });
  });

  it('never echoes a submitted secret in a message', () => {
    const secret = 'do-not-echo-this-secret-value';
    const result = validateWebhookCreate({ ...privateKeyJwtCreate, oidc_client_secret: secret, secret: 12 });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});

describe('OIDC rules a patch can break on its own', () => {
  it.each(oidcUpdateMatrix)('%s', (_, given, want) => {
    expect(validateWebhookUpdate(given)).toEqual({ ok: false, errors: want });
  });

  it.each([
    ['removing the OIDC configuration', { oidc_auth_method: null }],
    ['clearing optional OIDC settings and re-enabling', { oidc_scope: null, oidc_resource_uri: null, disabled_at: null }],
    ['adding a client secret alone (checked on the resulting webhook)', { oidc_client_secret: 'new-secret' }],
    ['disabling at a time', { disabled_at: '2026-11-03T12:00:00Z' }],
  ])('accepts %s', (_, body) => {
    expect(validateWebhookUpdate(body)).toEqual({ ok: true, value: body });
  });
});
