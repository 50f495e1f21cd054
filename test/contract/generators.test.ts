/**
 * The runner's inputs: every generated valid body passes the generated validators (all OIDC shapes among
 * them), every mutation breaks exactly the one rule it names, parameters and hostile bodies are what the
 * contract refuses, and write-only canaries are found however a server encodes them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as examples from '../../generated/examples.js';
import { CanaryRegistry } from '../../src/contract/canaries.js';
import { hostileBodies } from '../../src/contract/hostile.js';
import { parameterMutations, requestExamples, validQuery } from '../../src/contract/inputs.js';
import { operationContracts } from '../../src/contract/response-contract.js';
import { validArbitrary } from '../../src/contract/schema/arbitrary.js';
import { EXAMPLE_HOSTS } from '../../src/contract/schema/formats.js';
import { conjuncts, namedSchema, SchemaNotSupportedError } from '../../src/contract/schema/schema-node.js';
import { mutationsOf, pickMutation } from '../../src/contract/schema/mutations.js';
import { planObject, resolvePlans } from '../../src/contract/schema/object-plan.js';
import { loadBundledSpec } from '../../src/spec/bundled-spec.js';
import { applyWebhookUpdate } from '../../src/validation/apply-update.js';
import { validateSchema, validateWebhookCreate } from '../../src/validation/validate.js';
import { clientSecretCreate, minimalCreate, privateKeyJwtCreate } from '../support/bodies.js';

const spec = loadBundledSpec();
const contracts = operationContracts();
const RUNS = 200;

function isNormalisedReservedUrl(value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const url = new URL(value);
  return url.href === value && EXAMPLE_HOSTS.includes(url.hostname as (typeof EXAMPLE_HOSTS)[number]);
}

describe('valid bodies generated from the schemas', () => {
  it.each(['WebhookCreate', 'WebhookUpdate'] as const)('every generated %s passes the generated validator', (name) => {
    fc.assert(
      fc.property(validArbitrary(namedSchema(name)), (body) => {
        const result = validateSchema(name, body);
        if (!result.ok) throw new Error(`${JSON.stringify(body)} breaks ${JSON.stringify(result.errors)}`);
      }),
      { numRuns: RUNS, seed: 20_261 },
    );
  });

  it('covers each OIDC shape of the create body, and each way an update sets oidc_auth_method', () => {
    const creates = fc.sample(validArbitrary(namedSchema('WebhookCreate')), { numRuns: 300, seed: 5 }) as Record<string, unknown>[];
    expect(new Set(creates.map((body) => body.oidc_auth_method))).toEqual(new Set([undefined, 'client_secret', 'private_key_jwt']));
    expect(creates.some((body) => body.oidc_auth_method === 'client_secret' && typeof body.oidc_client_secret === 'string')).toBe(true);
    expect(creates.some((body) => body.oidc_auth_method === undefined && Object.keys(body).some((key) => key.startsWith('oidc_')))).toBe(false);
    const updates = fc.sample(validArbitrary(namedSchema('WebhookUpdate')), { numRuns: 300, seed: 5 }) as Record<string, unknown>[];
    expect(new Set(updates.map((body) => body.oidc_auth_method))).toEqual(new Set([undefined, null, 'client_secret', 'private_key_jwt']));
    // the update's rules as if/then alone (its oneOf is for the types): one plan per value oidc_auth_method can take
    const { oneOf: _types, ...rules } = namedSchema('WebhookUpdate', spec) as Record<string, unknown>;
    expect(resolvePlans(planObject(conjuncts(rules, spec), spec), spec)).toHaveLength(4);
  });

  it('reaches the bounds: the longest URL, the shortest and longest secrets, the TTL limits', () => {
    const creates = fc.sample(validArbitrary(namedSchema('WebhookCreate')), { numRuns: 600, seed: 9 }) as Record<string, unknown>[];
    expect(creates.some((body) => (body.url as string).length === 2048)).toBe(true);
    expect(creates.some((body) => (body.secret as string | undefined)?.length === 16)).toBe(true);
    expect(creates.some((body) => (body.secret as string | undefined)?.length === 256)).toBe(true);
    const ttls = creates.map((body) => body.oidc_access_token_ttl_seconds).filter((ttl) => ttl !== undefined);
    expect(ttls).toContain(60);
    expect(ttls).toContain(86_400);
    expect(creates.some((body) => (body.enabled_events as string[]).length > 1)).toBe(true);
  });

  it('writes URLs a server stores as they are, on reserved example hosts only (no IP literal, no localhost)', () => {
    fc.assert(
      fc.property(validArbitrary(namedSchema('WebhookCreate')), (body) => {
        const { url, oidc_token_endpoint: tokenEndpoint } = body as Record<string, unknown>;
        return isNormalisedReservedUrl(url) && isNormalisedReservedUrl(tokenEndpoint);
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it('makes every write-only value a canary the registry recognises', () => {
    const bodies = fc.sample(validArbitrary(namedSchema('WebhookCreate')), { numRuns: 200, seed: 11 }) as Record<string, unknown>[];
    const secrets = bodies.flatMap((body) => [body.secret, body.oidc_client_secret].filter((value): value is string => typeof value === 'string'));
    expect(secrets.length).toBeGreaterThan(100);
    for (const secret of secrets) expect(CanaryRegistry.canariesIn(JSON.stringify({ secret }))).toEqual([secret]);
    // random, not biased: no two cases share a canary
    expect(new Set(secrets.map((secret) => secret.slice(0, 16))).size).toBe(secrets.length);
  });

  it('only pairs a create and an update that a stateless server can take when told to filter', () => {
    const pairs = fc.sample(fc.tuple(validArbitrary(namedSchema('WebhookCreate')), validArbitrary(namedSchema('WebhookUpdate'))), { numRuns: 300, seed: 2 });
    const refused = pairs.filter(([create, patch]) => !applyWebhookUpdate(create as never, patch).ok);
    // enough of both kinds for the stateful check of update rules to have work
    expect(refused.length).toBeGreaterThan(20);
    expect(refused.length).toBeLessThan(280);
  });

  it('generates valid query parameters from their schemas', () => {
    for (const value of fc.sample(validQuery('listWebhooks'), { numRuns: 200, seed: 1 })) {
      if (value.limit !== undefined) expect(Number(value.limit)).toBeGreaterThanOrEqual(1);
      if (value.limit !== undefined) expect(Number(value.limit)).toBeLessThanOrEqual(100);
    }
  });

  it('refuses a schema it does not understand, naming the keyword', () => {
    expect(() => validArbitrary({ type: 'string', format: 'hostname' }, spec)).toThrow(SchemaNotSupportedError);
    expect(() => validArbitrary({ type: 'object', patternProperties: { '^x': { type: 'string' } } }, spec)).toThrow(/patternProperties/);
    expect(() => validArbitrary({ type: 'integer', multipleOf: 5 }, spec)).toThrow(/multipleOf/);
  });
});

describe('invalid bodies, one rule broken each', () => {
  const createRules = (body: Record<string, unknown>) => mutationsOf('WebhookCreate', body).map((mutation) => mutation.rule);

  it('breaks exactly the rule it names, by the validators', () => {
    for (const example of [...requestExamples(contracts.get('createWebhook')!, 1), ...requestExamples(contracts.get('updateWebhook')!, 1)]) {
      const schema = 'url' in example.body && 'enabled_events' in example.body ? 'WebhookCreate' : 'WebhookUpdate';
      for (const mutation of mutationsOf(schema, example.body)) {
        const result = validateSchema(schema, mutation.body);
        expect(result.ok, `${mutation.kind} of ${example.name}`).toBe(false);
        if (!result.ok) expect(result.errors).toEqual([{ pointer: mutation.pointer, message: mutation.rule }]);
      }
    }
  });

  it('covers each OIDC rule, missing fields, wrong types, unknown fields, bounds, formats and "*" mixed with events', () => {
    const rules = new Set([...createRules(minimalCreate), ...createRules(clientSecretCreate), ...createRules(privateKeyJwtCreate)]);
    for (const rule of [
      'oidc_client_secret is required when oidc_auth_method is "client_secret"',
      'oidc_token_endpoint is required when oidc_auth_method is "private_key_jwt"',
      'oidc_client_secret is only allowed when oidc_auth_method is "client_secret"; remove it for "private_key_jwt"',
      'oidc_client_id needs oidc_auth_method: set oidc_auth_method to "client_secret" or "private_key_jwt", or remove oidc_client_id',
      'url is required',
      'unknown_field is not a known field',
      'oidc_access_token_ttl_seconds must be at least 60 seconds, such as 3600',
      'oidc_access_token_ttl_seconds must be at most 86400 seconds (one day), such as 3600',
      'oidc_access_token_ttl_seconds must be a whole number of seconds, such as 3600',
      'url must be at most 2048 characters long, such as https://hooks.example.com/webhooks',
      'url must be an absolute https:// URL without a user name or password, such as https://hooks.example.com/webhooks',
      'enabled_events: "*" cannot be combined with other events; send ["*"] alone, or event types only, such as ["order.created"]',
      'enabled_events lists an event type more than once; list each once, such as ["business.created", "business.updated"]',
      'enabled_events must list at least one event type, such as ["order.created"], or ["*"] for all events',
      'oidc_auth_method must be "client_secret" or "private_key_jwt"',
      'the request body must be a JSON object',
    ]) {
      expect(rules, rule).toContain(rule);
    }
    expect(mutationsOf('WebhookUpdate', { disabled_at: null }).map((mutation) => mutation.rule)).toContain('the update must change at least one field');
  });

  it('picks a one-rule mutation for any generated body', () => {
    fc.assert(
      fc.property(validArbitrary(namedSchema('WebhookCreate')), fc.nat(), (body, choice) => {
        const mutation = pickMutation('WebhookCreate', body as Record<string, unknown>, choice);
        expect(mutation).toBeDefined();
        const result = validateWebhookCreate(mutation!.body);
        return !result.ok && result.errors.length === 1;
      }),
      { numRuns: 100, seed: 4 },
    );
  });

  it('breaks each parameter rule once, in the words of the parameter check', () => {
    const rules = (operationId: 'listWebhooks' | 'getWebhook' | 'createWebhook') => parameterMutations(operationId).map((mutation) => `${mutation.parameter.name}: ${mutation.rule}`);
    expect(rules('listWebhooks')).toEqual(
      expect.arrayContaining(['limit: limit must be a whole number', 'limit: limit must be at least 1', 'limit: limit must be at most 100', 'limit: limit must be given at most once', 'starting_after: starting_after must be a UUID']),
    );
    expect(new Set(rules('getWebhook'))).toEqual(new Set(['id: id must be a UUID']));
    // one sentence covers several rules of the key (empty, too long, a space): each is sent
    expect(parameterMutations('createWebhook').map((mutation) => mutation.value)).toEqual(['', 'has space', 'x'.repeat(256)]);
    expect(rules('createWebhook')).toEqual(expect.arrayContaining([expect.stringMatching(/^Idempotency-Key: Idempotency-Key must be 1 to 255 visible ASCII characters/)]));
  });

  it('builds hostile bodies that are what their names say', () => {
    const hostile = hostileBodies(examples.WebhookCreateWildcard as Record<string, unknown>);
    const byName = new Map(hostile.map((body) => [body.name, body]));
    expect(() => JSON.parse(byName.get('malformed JSON')!.body as string)).toThrow();
    expect((byName.get('a body over the 64 KiB limit')!.body as string).length).toBeGreaterThan(64 * 1024);
    expect(byName.get('a body over the 64 KiB limit, streamed without Content-Length')!.streamed).toBe(true);
    expect(Object.hasOwn(JSON.parse(byName.get('a __proto__ key')!.body as string) as object, '__proto__')).toBe(true);
    expect(byName.get('JSON without a Content-Type')!.contentType).toBeUndefined();
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(byName.get('a body that is not UTF-8')!.body as Uint8Array)).toThrow();
  });
});

describe('the canary search', () => {
  const secret = 'cnry0123456789abpadding';
  const registry = new CanaryRegistry();
  registry.remember(secret, 'oidc_client_secret');

  it.each([
    ['as it is', `{"leak":"${secret}"}`],
    ['in base64', Buffer.from(`client:${secret}`).toString('base64')],
    ['in base64', Buffer.from(`x${secret}`).toString('base64')],
    ['in base64url', Buffer.from(`xx${secret}?`).toString('base64url')],
    ['in hex', Buffer.from(`a${secret}`).toString('hex')],
    ['in hex (upper case)', Buffer.from(secret).toString('hex').toUpperCase()],
  ])('finds a secret written %s', (encoding, text) => {
    expect(registry.find(text)).toMatchObject({ field: 'oidc_client_secret', encoding: expect.stringMatching(/^in base64|^in hex|^as it is/) });
    expect(registry.find(text)!.encoding.startsWith(encoding.split(' ')[0]!)).toBe(true);
  });

  it('does not mistake another value for a canary', () => {
    expect(registry.find('cnry0123456789aX and cnry0123456789a')).toBeUndefined();
    expect(registry.find(Buffer.from('cnry0123x56789ab').toString('base64'))).toBeUndefined();
    expect(registry.find(Buffer.from('cnry0123x56789ab').toString('hex'))).toBeUndefined();
  });
});
