/**
 * The structural half of the check: `api-smart-diff` finds and classifies changes of operations,
 * parameters, request bodies, status codes, media types and headers. Deliveries (`webhooks:`) are shown
 * to it as operations whose response is the event (payload and delivery headers), so that its response
 * rules apply to what receivers read. Schemas are left out of what it compares: the semantic check
 * decides them.
 * @module
 */
import { apiCompare, type Diff } from 'api-smart-diff';
import { comparableDocument } from './comparable-document.js';
import { added, change, documentation, DOCUMENTATION_KEYS, expand, locate, TYPE_OF } from './structural-diffs.js';
import { parameterChange, responseChange } from './structural-members.js';
import { isObject, pointerOf, type Json } from './schema-walk.js';
import type { ContractChange } from './types.js';

/**
 * Runs api-smart-diff over both versions and turns each difference outside a schema into a change of
 * the policy's words; differences inside schemas come back as details for the semantic check.
 */
export function structuralChanges(oldDocument: Json, newDocument: Json): ContractChange[] {
  // api-smart-diff rewrites the documents it is given (it merges allOf, lifts oneOf, moves parameters)
  const before = comparableDocument(oldDocument);
  const after = comparableDocument(newDocument);
  const { diffs } = apiCompare(before, after);
  const changes: ContractChange[] = [];
  for (const diff of diffs.flatMap(expand)) {
    const classified = classify(diff, before, after, added(diff) ? newDocument : oldDocument);
    if (classified) changes.push(classified);
  }
  return changes;
}

function classify(diff: Diff, before: Json, after: Json, original: Json): ContractChange | undefined {
  const path = diff.path;
  const [section] = path;
  const type = TYPE_OF[diff.type] ?? 'unclassified';
  const description = diff.description?.replace(/\s+/g, ' ').trim();
  if (section === 'components' || section === 'security') return undefined;
  if (section !== 'paths') return topLevel(diff, type);
  const located = locate(path);
  if (!located) {
    // api-smart-diff reports a renamed path template (`{id}` → `{webhookId}`) on `paths` itself
    return change({
      classification: type,
      rule: 'path-template',
      where: 'paths',
      pointer: '#/paths',
      message: description || 'a path template changed',
    });
  }
  const rest = path.slice(3);
  const side = added(diff) ? after : before;
  const where = (suffix: string): string => `${located.owner}${suffix}`;
  const pointer = (...keys: (string | number)[]): string => pointerOf([...located.specKeys, ...keys]);
  if (path.length <= 3) {
    const what = path.length === 2 ? 'path' : located.isEvent ? 'event' : 'operation';
    if (located.isEvent) {
      return change({
        classification: added(diff) ? 'compatible' : 'breaking',
        rule: added(diff) ? 'event-added' : 'event-removed',
        where: located.owner,
        pointer: pointer(),
        message: added(diff)
          ? 'a new event type: receivers that ignore types they do not know are unaffected'
          : 'the event type is no longer delivered: receivers waiting for it never get it again',
      });
    }
    return change({
      classification: type,
      rule: added(diff) ? `${what}-added` : diff.action === 'remove' ? `${what}-removed` : `${what}-changed`,
      where: located.owner,
      pointer: pointer(),
      message: added(diff)
        ? `a new ${what}`
        : diff.action === 'remove'
          ? `the ${what} was removed: clients calling it are refused`
          : description || `the ${what} changed`,
    });
  }
  const [area, ...inner] = rest;
  if (area === 'operationId') {
    return change({
      classification: 'breaking',
      rule: 'operation-id-changed',
      where: located.owner,
      pointer: pointer('operationId'),
      message: `the operationId changed from "${String(diff.before)}" to "${String(diff.after)}": SDKs generated from the spec name their methods after it`,
    });
  }
  if (area === 'deprecated') {
    return change({ classification: 'compatible', rule: 'deprecated', where: located.owner, pointer: pointer('deprecated'), message: diff.after === true ? 'now deprecated' : 'no longer deprecated' });
  }
  if (area === 'parameters') return parameterChange(diff, located, inner, side, type, description, original);
  if (area === 'requestBody') {
    const [key, media, sub] = inner;
    if (key === 'content' && typeof media === 'string' && sub === 'schema') return undefined;
    if (key === 'content' && inner.length === 2 && typeof media === 'string') {
      return change({
        classification: type,
        rule: added(diff) ? 'request-media-type-added' : 'request-media-type-removed',
        where: where(` request body (${media})`),
        pointer: pointer('requestBody', 'content', media),
        message: added(diff) ? `the request body may also be sent as ${media}` : `the request body can no longer be sent as ${media}`,
      });
    }
    if (inner.length === 0) {
      const required = isObject(diff.after) && diff.after.required === true;
      return change({
        classification: type,
        rule: added(diff) ? 'request-body-added' : 'request-body-removed',
        where: where(' request body'),
        pointer: pointer('requestBody'),
        message: added(diff) ? (required ? 'a required request body was added: requests without it are refused' : 'an optional request body was added') : 'the request body was removed',
      });
    }
    if (key === 'required') {
      return change({
        classification: diff.after === true ? 'breaking' : 'compatible',
        rule: 'request-body-required',
        where: where(' request body'),
        pointer: pointer('requestBody', 'required'),
        message: diff.after === true ? 'the request body became required: requests without one are refused' : 'the request body became optional',
      });
    }
    return documentation(diff, where(' request body'), pointer('requestBody', ...inner));
  }
  if (area === 'responses') return responseChange(diff, located, inner, type, description, original);
  if (area === 'security') return undefined;
  if (typeof area === 'string' && (DOCUMENTATION_KEYS.has(area) || area.startsWith('x-'))) {
    return documentation(diff, located.owner, pointer(...rest));
  }
  return change({ classification: type, rule: 'operation-changed', where: located.owner, pointer: pointer(...rest), message: description || `${String(area)} changed` });
}

function topLevel(diff: Diff, type: ContractChange['classification']): ContractChange {
  const [section] = diff.path;
  const pointer = pointerOf(diff.path);
  if (section === 'servers' && (diff.path.includes('description') || (diff.action === 'add' && diff.path.length === 2))) {
    return change({ classification: 'compatible', rule: diff.action === 'add' ? 'server-added' : 'documentation', where: 'servers', pointer, message: diff.action === 'add' ? 'a new server' : 'documentation changed' });
  }
  if (section === 'servers') {
    return change({
      classification: 'unclassified',
      rule: 'servers',
      where: 'servers',
      pointer,
      message: 'the servers changed: hosts are where the contract is served, not part of its shape; clients configured with a removed URL need the new one',
    });
  }
  if (section === 'openapi' || section === 'jsonSchemaDialect') {
    return change({
      classification: 'unclassified',
      rule: section === 'openapi' ? 'openapi-version' : 'json-schema-dialect',
      where: String(section),
      pointer,
      message: `${String(section)} ${diff.before === undefined ? 'was added' : diff.after === undefined ? 'was removed' : 'changed'} (${diff.before === undefined ? 'none' : JSON.stringify(diff.before)} → ${diff.after === undefined ? 'none' : JSON.stringify(diff.after)}): it changes how every schema is read`,
    });
  }
  if (section === 'info' || section === 'tags' || section === 'externalDocs' || String(section).startsWith('x-')) {
    return change({ classification: 'compatible', rule: 'documentation', where: String(section), pointer, message: `documentation ${diff.action === 'add' ? 'added' : diff.action === 'remove' ? 'removed' : 'changed'}` });
  }
  return change({ classification: type, rule: 'document-changed', where: String(section), pointer, message: diff.description ?? `${String(section)} changed` });
}
