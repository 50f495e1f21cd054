/** The OIDC rule matrix: bodies that each break the OIDC rules one way, and the exact errors they get. */
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate, without } from './bodies.js';

const CS_REQUIRED = ['oidc_client_id', 'oidc_client_secret', 'oidc_token_endpoint', 'oidc_access_token_ttl_seconds'] as const;
const PKJ_REQUIRED = ['oidc_client_id', 'oidc_token_endpoint', 'oidc_access_token_ttl_seconds'] as const;
const NEEDS_METHOD = (field: string) =>
  `${field} needs oidc_auth_method: set oidc_auth_method to "client_secret" or "private_key_jwt", or remove ${field}`;

/** One body that breaks OIDC rules, and the errors it must get. */
export interface OidcRow {
  name: string;
  given: unknown;
  want: { pointer: string; message: string }[];
}

/** createWebhook bodies that break the OIDC rules, one rule (or one set of fields) per row. */
export const oidcCreateMatrix: OidcRow[] = [
  ...CS_REQUIRED.map((field) => ({
    name: `rejects a client_secret config without ${field}`,
    given: without(clientSecretCreate, field),
    want: [{ pointer: `/${field}`, message: `${field} is required when oidc_auth_method is "client_secret"` }],
  })),
  ...PKJ_REQUIRED.map((field) => ({
    name: `rejects a private_key_jwt config without ${field}`,
    given: without(privateKeyJwtCreate, field),
    want: [{ pointer: `/${field}`, message: `${field} is required when oidc_auth_method is "private_key_jwt"` }],
  })),
  {
    name: 'names every missing field of a client_secret config at once',
    given: { ...minimalCreate, oidc_auth_method: 'client_secret' },
    want: CS_REQUIRED.map((field) => ({
      pointer: `/${field}`,
      message: `${field} is required when oidc_auth_method is "client_secret"`,
    })),
  },
  {
    name: 'rejects oidc_client_secret with private_key_jwt',
    given: { ...privateKeyJwtCreate, oidc_client_secret: 'client-secret-value' },
    want: [
      {
        pointer: '/oidc_client_secret',
        message: 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"',
      },
    ],
  },
  ...['oidc_client_id', 'oidc_client_secret', 'oidc_token_endpoint', 'oidc_scope', 'oidc_resource_uri'].map((field) => ({
    name: `rejects ${field} without oidc_auth_method`,
    given: { ...minimalCreate, [field]: field === 'oidc_token_endpoint' || field === 'oidc_resource_uri' ? 'https://idp.example.com/t' : 'value' },
    want: [{ pointer: `/${field}`, message: NEEDS_METHOD(field) }],
  })),
  {
    name: 'rejects a whole OIDC config without oidc_auth_method, one message per field',
    given: without(clientSecretCreate, 'oidc_auth_method'),
    want: CS_REQUIRED.map((field) => ({ pointer: `/${field}`, message: NEEDS_METHOD(field) })),
  },
  {
    name: 'rejects oidc_access_token_ttl_seconds without oidc_auth_method',
    given: { ...minimalCreate, oidc_access_token_ttl_seconds: 3600 },
    want: [{ pointer: '/oidc_access_token_ttl_seconds', message: NEEDS_METHOD('oidc_access_token_ttl_seconds') }],
  },
  {
    name: 'rejects an unknown oidc_auth_method',
    given: { ...clientSecretCreate, oidc_auth_method: 'basic' },
    want: [{ pointer: '/oidc_auth_method', message: 'oidc_auth_method must be "client_secret" or "private_key_jwt"' }],
  },
  {
    name: 'rejects a null oidc_auth_method on create',
    given: { ...minimalCreate, oidc_auth_method: null },
    want: [{ pointer: '/oidc_auth_method', message: 'oidc_auth_method must be "client_secret" or "private_key_jwt"' }],
  },
  {
    name: 'rejects oidc_access_token_ttl_seconds given as a string',
    given: { ...clientSecretCreate, oidc_access_token_ttl_seconds: '3600' },
    want: [{ pointer: '/oidc_access_token_ttl_seconds', message: 'oidc_access_token_ttl_seconds must be a whole number of seconds, such as 3600' }],
  },
  {
    name: 'rejects a fractional oidc_access_token_ttl_seconds',
    given: { ...privateKeyJwtCreate, oidc_access_token_ttl_seconds: 3600.5 },
    want: [{ pointer: '/oidc_access_token_ttl_seconds', message: 'oidc_access_token_ttl_seconds must be a whole number of seconds, such as 3600' }],
  },
  {
    name: 'rejects an oidc_access_token_ttl_seconds below one minute',
    given: { ...privateKeyJwtCreate, oidc_access_token_ttl_seconds: 59 },
    want: [{ pointer: '/oidc_access_token_ttl_seconds', message: 'oidc_access_token_ttl_seconds must be at least 60 seconds, such as 3600' }],
  },
  {
    name: 'rejects a plain http token endpoint',
    given: { ...clientSecretCreate, oidc_token_endpoint: 'http://idp.example.com/token' },
    want: [
      {
        pointer: '/oidc_token_endpoint',
        // its own example: a token endpoint, not a webhook URL
        message: 'oidc_token_endpoint must be an absolute https:// URL without a user name or password, such as https://idp.example.com/oauth2/token',
      },
    ],
  },
];

const REMOVED_WITH_OIDC = (field: string) =>
  `${field} cannot be in an update that removes the OIDC configuration, which removes ${field} too: leave ${field} out, such as {"oidc_auth_method": null}`;

/** updateWebhook bodies that break an OIDC rule a patch can break on its own, as [name, given, want]. */
export const oidcUpdateMatrix: [string, unknown, OidcRow['want']][] = [
  [
    'rejects oidc_client_secret in a patch that switches to private_key_jwt',
    { oidc_auth_method: 'private_key_jwt', oidc_client_secret: 'x' },
    [{ pointer: '/oidc_client_secret', message: 'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"' }],
  ],
  [
    'rejects an OIDC field in the patch that removes the OIDC configuration',
    { oidc_auth_method: null, oidc_client_id: 'x' },
    [{ pointer: '/oidc_client_id', message: REMOVED_WITH_OIDC('oidc_client_id') }],
  ],
  [
    // the field is being removed, not set: the sentence must not say "set"
    'rejects removing an OIDC field in the patch that removes the OIDC configuration, without saying it is set',
    { oidc_auth_method: null, oidc_scope: null },
    [{ pointer: '/oidc_scope', message: REMOVED_WITH_OIDC('oidc_scope') }],
  ],
  ['rejects an empty patch', {}, [{ pointer: '', message: 'the update must change at least one field' }]],
  [
    'rejects a disabled_at that is not a date-time',
    { disabled_at: 'yesterday' },
    [{ pointer: '/disabled_at', message: 'disabled_at must be an RFC 3339 date-time such as 2026-11-02T09:30:00Z' }],
  ],
];
