/**
 * A validator answers `{ ok: false, … }` for any input, whatever its size: no regular expression runs
 * on a string longer than its schema allows (a 10,000,000-character url used to overflow V8's stack).
 */
import { describe, expect, it } from 'vitest';
import { validateEvent, validateReceivedEvent, validateWebhookCreate, validateWebhookUpdate } from '../../src/validation/index.js';
import * as examples from '../../generated/examples.js';
import { bundledSpec } from '../support/spec.js';
import { clientSecretCreate } from '../support/bodies.js';

/** Ten million characters overflowed V8's stack in ajv-formats' uri check; checking one takes about 0.4 s. */
const HUGE = 10_000_000;
/** Past every maxLength, far cheaper: enough to show one message per field. */
const LONG = 100_000;
const huge = (prefix = '', length = HUGE) => `${prefix}${'a'.repeat(length - prefix.length)}`;

describe('a string of ten million characters', () => {
  it('in url gets one message from validateWebhookCreate, not RangeError: Maximum call stack size exceeded', () => {
    expect(validateWebhookCreate({ url: huge('https://'), enabled_events: ['*'] })).toEqual({
      ok: false,
      errors: [{ pointer: '/url', message: 'url must be at most 2048 characters long, such as https://hooks.example.com/webhooks' }],
    });
  });

  it.each(['url', 'secret', 'include', 'oidc_client_id', 'oidc_client_secret', 'oidc_token_endpoint', 'oidc_resource_uri', 'oidc_scope'])(
    'in %s is refused by the create and the update validators, one message for the field (shown with 100,000)',
    (field) => {
      const value = huge(field.endsWith('_uri') || field.endsWith('endpoint') || field === 'url' ? 'https://' : '', LONG);
      for (const result of [validateWebhookCreate({ ...clientSecretCreate, [field]: value }), validateWebhookUpdate({ [field]: value })]) {
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.errors.map((e) => e.pointer)).toEqual([`/${field}`]);
      }
    },
  );

  it('in an event is refused by the strict and the lenient event validators', () => {
    const event = { ...examples.BusinessApprovedEvent, data: { object: { ...examples.BusinessApprovedEvent.data.object, tin: { tin: huge('', LONG), type: 'ein' } } } };
    expect(validateEvent(event).ok).toBe(false);
    expect(validateReceivedEvent(event).ok).toBe(false);
  });
});

describe('the schemas that check a string with a regular expression', () => {
  /** Every schema object below `node`, with where it is. */
  function* schemasIn(node: unknown, where: string): Generator<[string, Record<string, unknown>]> {
    if (Array.isArray(node)) for (const [i, child] of node.entries()) yield* schemasIn(child, `${where}/${i}`);
    else if (node && typeof node === 'object') {
      yield [where, node as Record<string, unknown>];
      for (const [key, child] of Object.entries(node)) if (!['examples', 'example', 'x-faker', 'x-error-messages', 'enum', 'const'].includes(key)) yield* schemasIn(child, `${where}/${key}`);
    }
  }
  /** A pattern that can repeat (+, *, {n,}) once escapes are left out; such a one can backtrack over a long input. */
  const repeats = (pattern: string) => /[+*]|\{\d+,\}/.test(pattern.replace(/\\./g, ''));
  const UNBOUNDED_FORMATS = ['uri', 'uri-reference', 'iri', 'iri-reference', 'email', 'hostname', 'regex'];

  it('bound its length with maxLength, so that the check never runs on more (property names aside)', () => {
    const unbounded: string[] = [];
    for (const [where, schema] of schemasIn(bundledSpec.components.schemas, '#/components/schemas')) {
      if (where.includes('/propertyNames')) continue;
      const regex = (typeof schema.pattern === 'string' && repeats(schema.pattern)) || UNBOUNDED_FORMATS.includes(schema.format as string);
      if (regex && typeof schema.maxLength !== 'number') unbounded.push(where);
    }
    expect(unbounded).toEqual([]);
  });
});
