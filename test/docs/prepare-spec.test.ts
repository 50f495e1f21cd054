/**
 * The docs render a restatement of the create body's OIDC branches (Redoc 3.0.1 cannot render `false`
 * schemas): it must say exactly what the contract says.
 */
import { describe, expect, it } from 'vitest';
import { prepareSpecForDocs } from '../../scripts/docs/prepare-spec.js';
import { validateWebhookCreate, validateWebhookUpdate } from '../../src/validation/index.js';
import { bundledSpec } from '../support/spec.js';

type Json = Record<string, unknown>;
type Branch = { title: string; properties: Record<string, Json>; required: string[] };

const docsSpec = prepareSpecForDocs(bundledSpec);
const schemas = bundledSpec.components.schemas;
const docsSchemas = docsSpec.components.schemas;

function hasFalseProperty(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasFalseProperty);
  if (!node || typeof node !== 'object') return false;
  return Object.entries(node).some(
    ([key, value]) =>
      (key === 'properties' && Object.values(value as Json).includes(false)) || hasFalseProperty(value),
  );
}

describe('the spec the docs render', () => {
  it('is a copy: the bundled spec is not changed', () => {
    const before = JSON.stringify(bundledSpec);
    prepareSpecForDocs(bundledSpec);
    expect(JSON.stringify(bundledSpec)).toBe(before);
  });

  it('differs only in the create and update bodies and the schemas that forbid fields', () => {
    const { components: docsComponents, ...docsRest } = docsSpec;
    const { components, ...rest } = bundledSpec;
    expect(docsRest).toEqual(rest);
    expect({ ...docsComponents, schemas: undefined }).toEqual({ ...components, schemas: undefined });
    const changed = Object.keys(schemas).filter((name) => JSON.stringify(schemas[name]) !== JSON.stringify(docsSchemas[name]));
    expect(changed.sort()).toEqual(['OidcOff', 'WebhookCreate', 'WebhookUpdate']);
  });

  it('has no false property schema left, which Redoc 3.0.1 cannot render', () => {
    expect(hasFalseProperty(bundledSpec)).toBe(true);
    expect(hasFalseProperty(docsSpec)).toBe(false);
  });
});

describe('each branch of the create body in the docs', () => {
  const branches = (docsSchemas.WebhookCreate as { oneOf: Branch[] }).oneOf;
  const examples = bundledSpec.components.examples as Record<string, { value: Json }>;
  // a valid value for every create field, taken from the spec's own examples
  const validValue: Json = { ...examples.WebhookCreatePrivateKeyJwt!.value, ...examples.WebhookCreateClientSecret!.value };
  const createFields = Object.keys(schemas.WebhookCreate!.properties as Json);

  const methodOf = (branch: Branch) => (branch.properties.oidc_auth_method?.allOf as Json[] | undefined)?.[1]?.const;
  const bodyWith = (branch: Branch, fields: string[]) => {
    const body = Object.fromEntries(fields.map((field) => [field, validValue[field]]));
    return 'oidc_auth_method' in body ? { ...body, oidc_auth_method: methodOf(branch) } : body;
  };

  it('keeps the three OIDC shapes of the contract, in order', () => {
    expect(branches.map((branch) => branch.title)).toEqual(['Without OIDC', 'OIDC: client_secret', 'OIDC: private_key_jwt']);
    expect(branches.map(methodOf)).toEqual([undefined, 'client_secret', 'private_key_jwt']);
  });

  it.each(branches.map((branch) => [branch.title, branch] as const))('%s lists exactly the fields it accepts', (_, branch) => {
    const listed = Object.keys(branch.properties);
    const full = bodyWith(branch, listed);
    expect(validateWebhookCreate(full)).toMatchObject({ ok: true });
    for (const field of listed) {
      const { [field]: _omitted, ...without } = full;
      const result = validateWebhookCreate(without);
      expect(result.ok, `${branch.title} without ${field}`).toBe(!branch.required.includes(field));
    }
    for (const field of createFields.filter((name) => !listed.includes(name))) {
      expect(validateWebhookCreate({ ...full, [field]: validValue[field] }).ok, `${branch.title} with ${field}`).toBe(false);
    }
  });
});

describe('each branch of the update body in the docs', () => {
  const branches = (docsSchemas.WebhookUpdate as { oneOf: Branch[] }).oneOf;
  const value: Json = {
    url: 'https://hooks.example.com/webhooks',
    enabled_events: ['order.created'],
    secret: 'a-new-secret-of-thirty-chars!!',
    include: '*',
    disabled_at: null,
    oidc_client_id: 'client',
    oidc_client_secret: 'client-secret',
    oidc_token_endpoint: 'https://idp.example.com/oauth2/token',
    oidc_resource_uri: 'api://app',
    oidc_scope: 'openid',
    oidc_access_token_ttl_seconds: 3600,
  };
  const updateFields = Object.keys(schemas.WebhookUpdate!.properties as Json);
  /** the method a branch sets: its const, null for the removal, nothing for "unchanged" */
  const methodOf = (branch: Branch): Json => {
    const method = (branch.properties.oidc_auth_method?.allOf as Json[] | undefined)?.[1];
    if (method === undefined) return {};
    return { oidc_auth_method: method.type === 'null' ? null : method.const };
  };

  it('keeps the four shapes of an update', () => {
    expect(branches.map((branch) => branch.title)).toEqual(['OIDC method unchanged', 'Switch to client_secret', 'Switch to private_key_jwt', 'Remove OIDC']);
  });

  it.each(branches.map((branch) => [branch.title, branch] as const))('%s lists exactly the fields it accepts', (_, branch) => {
    const listed = Object.keys(branch.properties).filter((field) => field !== 'oidc_auth_method');
    for (const field of updateFields.filter((name) => name !== 'oidc_auth_method')) {
      const accepted = validateWebhookUpdate({ ...methodOf(branch), [field]: value[field] }).ok;
      expect(accepted, `${branch.title} with ${field}`).toBe(listed.includes(field));
    }
  });
});
