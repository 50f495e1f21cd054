/**
 * Reading api-smart-diff's differences for the structural check: a collection reported whole split
 * into its members, the operation or event a difference belongs to, and the change record every rule
 * of the policy fills in.
 * @module
 */
import type { Diff } from 'api-smart-diff';
import { EVENT_PATH } from './comparable-document.js';
import { follow, isObject } from './schema-walk.js';
import type { ContractChange } from './types.js';

/** Keys of an operation that only document it. */
export const DOCUMENTATION_KEYS = new Set(['summary', 'description', 'tags', 'externalDocs', 'examples', 'example', 'title']);

/**
 * api-smart-diff reports a collection that appears or disappears whole (the first headers of a response,
 * the first parameters of an operation) as one change: the policy judges each member on its own.
 */
export function expand(diff: Diff): Diff[] {
  if (diff.action !== 'add' && diff.action !== 'remove') return [diff];
  const path = diff.path;
  const [section, , , area, status, sub] = path;
  const collection =
    section === 'paths' &&
    ((area === 'parameters' && path.length === 4) ||
      (area === 'responses' && path.length === 4) ||
      (area === 'responses' && (sub === 'headers' || sub === 'content') && path.length === 6) ||
      (area === 'requestBody' && status === 'content' && path.length === 5));
  const value = diff.action === 'add' ? diff.after : diff.before;
  if (!collection || (typeof value !== 'object' || value === null)) return [diff];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.map((key) => ({
    ...diff,
    path: [...path, key],
    ...(diff.action === 'add' ? { after: (value as Record<string | number, unknown>)[key] } : { before: (value as Record<string | number, unknown>)[key] }),
  }));
}

/** The operation or event a difference belongs to. */
export interface Located {
  /** `POST /v1/webhooks`, `event business.created` */
  owner: string;
  isEvent: boolean;
  /** the operation's keys in the spec: ['paths', '/v1/webhooks', 'post'] or ['webhooks', 'x', 'post'] */
  specKeys: (string | number)[];
}

/** The operation or event of a difference's path, or undefined outside `paths`. */
export function locate(path: readonly (string | number)[]): Located | undefined {
  const [section, name, method] = path;
  if (section !== 'paths' || typeof name !== 'string') return undefined;
  const isEvent = name.startsWith(EVENT_PATH);
  const realName = isEvent ? name.slice(EVENT_PATH.length) : name;
  const verb = typeof method === 'string' ? method : '';
  return {
    owner: isEvent ? `event ${realName}` : `${verb.toUpperCase()} ${realName}`.trim(),
    isEvent,
    specKeys: isEvent ? ['webhooks', realName, ...(verb ? [verb] : [])] : ['paths', realName, ...(verb ? [verb] : [])],
  };
}

/** The value at a path of keys in a document, following local references on the way. */
export function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let node = document;
  for (const key of path) {
    node = follow(document, node, '#').node;
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[String(key)];
    else return undefined;
  }
  return follow(document, node, '#').node;
}

/** api-smart-diff's classification in the policy's words. */
export const TYPE_OF: Record<string, ContractChange['classification']> = {
  breaking: 'breaking',
  'non-breaking': 'compatible',
  annotation: 'compatible',
  deprecated: 'compatible',
  unclassified: 'unclassified',
};

/** A change found by this half of the check. */
export function change(partial: Omit<ContractChange, 'source'>): ContractChange {
  return { ...partial, source: 'api-smart-diff' };
}

/** Whether the difference adds what it names. */
export function added(diff: Diff): boolean {
  return diff.action === 'add';
}

/** A change of what only documents the contract: always compatible. */
export function documentation(diff: Diff, where: string, pointer: string): ContractChange {
  return change({ classification: 'compatible', rule: 'documentation', where, pointer, message: `documentation ${diff.action === 'add' ? 'added' : diff.action === 'remove' ? 'removed' : 'changed'}` });
}
