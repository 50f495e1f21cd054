import { describe, expect, it } from 'vitest';
import { applyWebhookUpdate, type WebhookConfig } from '../../src/validation/index.js';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate } from '../support/bodies.js';

const clientSecret: WebhookConfig = { ...clientSecretCreate, enabled_events: ['business.created'], secret: 'signing-secret-0001' };
const privateKeyJwt: WebhookConfig = { ...privateKeyJwtCreate, enabled_events: ['business.created'], oidc_scope: 'api://app/.default' };
const plain: WebhookConfig = { ...minimalCreate, enabled_events: ['*'] };

describe('applyWebhookUpdate', () => {
  it.each<[string, WebhookConfig, unknown, WebhookConfig]>([
    ['changes only the fields present', clientSecret, { url: 'https://new.example.com/in' }, { ...clientSecret, url: 'https://new.example.com/in' }],
    ['disables and re-enables', plain, { disabled_at: '2026-11-03T12:00:00Z' }, { ...plain, disabled_at: '2026-11-03T12:00:00Z' }],
    ['re-enables with null', { ...plain, disabled_at: '2026-11-03T12:00:00Z' }, { disabled_at: null }, plain],
    ['removes an optional OIDC setting with null', privateKeyJwt, { oidc_scope: null }, privateKeyJwtCreate],
    [
      'removes the whole OIDC configuration, stored secret included',
      clientSecret,
      { oidc_auth_method: null },
      { url: clientSecret.url, enabled_events: clientSecret.enabled_events, secret: 'signing-secret-0001' },
    ],
    [
      'switches to private_key_jwt and discards the stored client secret',
      clientSecret,
      { oidc_auth_method: 'private_key_jwt' },
      (() => {
        const { oidc_client_secret: _discarded, ...rest } = clientSecret;
        return { ...rest, oidc_auth_method: 'private_key_jwt' } as WebhookConfig;
      })(),
    ],
    [
      'switches to client_secret with the secret in the same update',
      privateKeyJwt,
      { oidc_auth_method: 'client_secret', oidc_client_secret: 'new-client-secret' },
      { ...privateKeyJwt, oidc_auth_method: 'client_secret', oidc_client_secret: 'new-client-secret' } as WebhookConfig,
    ],
    [
      'adds OIDC to a plain webhook when the update brings every required field',
      plain,
      { oidc_auth_method: 'private_key_jwt', oidc_client_id: 'c', oidc_token_endpoint: 'https://idp.example.com/t', oidc_access_token_ttl_seconds: 600 },
      { ...plain, oidc_auth_method: 'private_key_jwt', oidc_client_id: 'c', oidc_token_endpoint: 'https://idp.example.com/t', oidc_access_token_ttl_seconds: 600 },
    ],
  ])('%s', (_, current, patch, want) => {
    const before = structuredClone(current);
    expect(applyWebhookUpdate(current, patch)).toEqual({ ok: true, value: want });
    expect(current).toEqual(before);
  });

  it.each<[string, WebhookConfig, unknown, { pointer: string; message: string }[]]>([
    [
      'rejects switching to client_secret without a client secret',
      privateKeyJwt,
      { oidc_auth_method: 'client_secret' },
      [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is required when oidc_auth_method is "client_secret" (after this update)' }],
    ],
    [
      'rejects OIDC fields on a webhook without OIDC',
      plain,
      { oidc_scope: 'api://app/.default' },
      [
        {
          pointer: '/oidc_scope',
          message: 'oidc_scope needs oidc_auth_method: set oidc_auth_method to "client_secret" or "private_key_jwt", or remove oidc_scope (after this update)',
        },
      ],
    ],
    [
      'rejects a client secret on a private_key_jwt webhook',
      privateKeyJwt,
      { oidc_client_secret: 'x' },
      [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt" (after this update)' }],
    ],
    [
      'reports the patch\'s own errors without merging',
      clientSecret,
      { enabled_events: [], colour: 'blue' },
      [
        { pointer: '/colour', message: 'colour is not a known field' },
        { pointer: '/enabled_events', message: 'enabled_events must list at least one event type, such as ["order.created"], or ["*"] for all events' },
      ],
    ],
  ])('%s', (_, current, patch, want) => {
    const result = applyWebhookUpdate(current, patch);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : [...result.errors].sort((a, b) => a.pointer.localeCompare(b.pointer))).toEqual(want);
  });
});
