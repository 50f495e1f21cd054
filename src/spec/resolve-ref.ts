/**
 * Follows the local `$ref`s of the bundled spec (`#/components/...`): one implementation for the
 * generators, the mock and the tests.
 * @module
 */
import { unescapePointerToken } from './json-pointer.js';
import { WebhooksContractError } from '../errors.js';

type Node = Record<string, unknown>;

/**
 * The value a local reference points to, following references until a value that is not one.
 * Values that are not references come back as they are.
 * @example
 * resolveRef(spec, { $ref: '#/components/responses/NotFound' }).description
 */
export function resolveRef<T = Node>(document: unknown, value: unknown): T {
  let node = value as Node | undefined;
  const seen = new Set<string>();
  while (node && typeof node === 'object' && typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (!ref.startsWith('#/')) throw new WebhooksContractError('ERR_SPEC_INVALID', `only local references can be resolved here: ${ref}`);
    if (seen.has(ref)) throw new WebhooksContractError('ERR_SPEC_INVALID', `the reference ${ref} points to itself`);
    seen.add(ref);
    node = ref
      .slice(2)
      .split('/')
      .reduce<Node | undefined>((parent, key) => parent?.[unescapePointerToken(key)] as Node | undefined, document as Node);
    if (node === undefined) throw new WebhooksContractError('ERR_SPEC_INVALID', `the reference ${ref} points to nothing`);
  }
  return node as T;
}
