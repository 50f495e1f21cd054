/**
 * The structural half of the check: `api-smart-diff` finds and classifies changes of operations,
 * parameters, request bodies, status codes, media types and headers. Deliveries (`webhooks:`) are shown
 * to it as operations whose response is the event (payload and delivery headers), so that its response
 * rules apply to what receivers read. Schemas are left out of what it compares: the semantic check
 * decides them.
 * @module
 */
import { apiCompare, type Diff } from 'api-smart-diff';
import { comparableDocument, DELIVERY_STATUS, EVENT_PATH } from './comparable-document.js';
import { atPointer, follow, isObject, pointerOf, pointerToken, type Json } from './schema-walk.js';
import type { ContractChange } from './types.js';

/** Keys of an operation that only document it. */
const DOCUMENTATION_KEYS = new Set(['summary', 'description', 'tags', 'externalDocs', 'examples', 'example', 'title']);

/**
 * api-smart-diff reports a collection that appears or disappears whole (the first headers of a response,
 * the first parameters of an operation) as one change: the policy judges each member on its own.
 */
function expand(diff: Diff): Diff[] {
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


interface Located {
  /** `POST /v1/webhooks`, `event business.created` */
  owner: string;
  isEvent: boolean;
  /** the operation's keys in the spec: ['paths', '/v1/webhooks', 'post'] or ['webhooks', 'x', 'post'] */
  specKeys: (string | number)[];
}

function locate(path: readonly (string | number)[]): Located | undefined {
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

function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let node = document;
  for (const key of path) {
    node = follow(document, node, '#').node;
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[String(key)];
    else return undefined;
  }
  return follow(document, node, '#').node;
}

const TYPE_OF: Record<string, ContractChange['classification']> = {
  breaking: 'breaking',
  'non-breaking': 'compatible',
  annotation: 'compatible',
  deprecated: 'compatible',
  unclassified: 'unclassified',
};

function change(partial: Omit<ContractChange, 'source'>): ContractChange {
  return { ...partial, source: 'api-smart-diff' };
}

function added(diff: Diff): boolean {
  return diff.action === 'add';
}

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

/** Where a parameter is declared (its component, when it is one), and the key that changed in it. */
function parameterPointer(original: Json, located: Located, where: string, name: string, key: string | number | undefined): string {
  const operationPointer = pointerOf(located.specKeys);
  const itemPointer = pointerOf(located.specKeys.slice(0, -1));
  for (const listPointer of [`${operationPointer}/parameters`, `${itemPointer}/parameters`]) {
    const list = atPointer(original, listPointer);
    if (!Array.isArray(list)) continue;
    for (const [index, raw] of list.entries()) {
      const { node, pointer } = follow(original, raw, `${listPointer}/${index}`);
      const matches = isObject(node) && node.in === where && (where === 'header' ? String(node.name).toLowerCase() === name.toLowerCase() : node.name === name);
      if (matches) return key === undefined ? pointer : `${pointer}/${pointerToken(key)}`;
    }
  }
  return `${operationPointer}/parameters (${where} ${name})`;
}

/** Where a response header is declared (its component, when it is one), and the key that changed in it. */
function responseHeaderPointer(original: Json, located: Located, status: string, name: string, key: string | number | undefined): string {
  const { node: response, pointer: responsePointer } = follow(original, atPointer(original, pointerOf([...located.specKeys, 'responses', status])), pointerOf([...located.specKeys, 'responses', status]));
  const headers = isObject(response) && isObject(response.headers) ? response.headers : {};
  const headerName = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase()) ?? name;
  const { pointer } = follow(original, headers[headerName], `${responsePointer}/headers/${pointerToken(headerName)}`);
  return key === undefined ? pointer : `${pointer}/${pointerToken(key)}`;
}

function documentation(diff: Diff, where: string, pointer: string): ContractChange {
  return change({ classification: 'compatible', rule: 'documentation', where, pointer, message: `documentation ${diff.action === 'add' ? 'added' : diff.action === 'remove' ? 'removed' : 'changed'}` });
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

function parameterChange(
  diff: Diff,
  located: Located,
  inner: readonly (string | number)[],
  side: Json,
  type: ContractChange['classification'],
  description: string | undefined,
  original: Json,
): ContractChange | undefined {
  const [index, key] = inner;
  const parameter = valueAt(side, [...diff.path.slice(0, 4), index ?? 0]);
  if (!isObject(parameter)) return undefined;
  const name = String(parameter.name);
  const where = `${located.owner} ${String(parameter.in)} parameter ${name}`;
  const pointer = parameterPointer(original, located, String(parameter.in), name, key);
  if (key === 'schema' || key === 'content') return undefined;
  if (inner.length === 1) {
    const required = parameter.required === true || parameter.in === 'path';
    return change({
      classification: added(diff) ? (required ? 'breaking' : 'compatible') : 'breaking',
      rule: added(diff) ? (required ? 'required-parameter-added' : 'parameter-added') : 'parameter-removed',
      where,
      pointer,
      message: added(diff)
        ? required
          ? 'a new required parameter: requests without it are refused'
          : 'a new optional parameter'
        : 'the parameter was removed: requests that send it are refused or no longer heard',
    });
  }
  if (key === 'required') {
    const nowRequired = diff.after === true;
    return change({
      classification: nowRequired ? 'breaking' : 'compatible',
      rule: 'parameter-required',
      where,
      pointer,
      message: nowRequired ? 'the parameter became required: requests without it are refused' : 'the parameter became optional',
    });
  }
  if (typeof key === 'string' && (DOCUMENTATION_KEYS.has(key) || key.startsWith('x-') || key === 'deprecated')) {
    return documentation(diff, where, pointer);
  }
  return change({ classification: type, rule: 'parameter-changed', where, pointer, message: description || `its ${String(key)} changed` });
}

function responseChange(
  diff: Diff,
  located: Located,
  inner: readonly (string | number)[],
  type: ContractChange['classification'],
  description: string | undefined,
  original: Json,
): ContractChange | undefined {
  const [status, area, name, key] = inner;
  const delivery = located.isEvent && status === DELIVERY_STATUS;
  const statusWhere = delivery ? located.owner : `${located.owner} ${String(status)} response`;
  const statusKeys: (string | number)[] = delivery ? [] : ['responses', status ?? ''];
  if (inner.length === 1) {
    return change({
      classification: added(diff) ? 'compatible' : 'breaking',
      rule: added(diff) ? 'status-added' : 'status-removed',
      where: statusWhere,
      pointer: pointerOf([...located.specKeys, ...statusKeys]),
      message: added(diff)
        ? `a new response status ${String(status)}: clients read a status they do not know by its class`
        : `the response status ${String(status)} was removed: clients that handle it never see it again`,
    });
  }
  if (area === 'content' && typeof name === 'string') {
    if (key === 'schema') return undefined;
    const mediaPointer = delivery
      ? pointerOf([...located.specKeys, 'requestBody', 'content', name])
      : pointerOf([...located.specKeys, ...statusKeys, 'content', name]);
    if (inner.length === 3) {
      return change({
        classification: added(diff) ? 'compatible' : 'breaking',
        rule: added(diff) ? 'response-media-type-added' : 'response-media-type-removed',
        where: delivery ? `${located.owner} payload` : statusWhere,
        pointer: mediaPointer,
        message: added(diff) ? `may now also answer with ${name}` : `no longer answers with ${name}: consumers that read it lose it`,
      });
    }
    return documentation(diff, delivery ? `${located.owner} payload (${name})` : `${statusWhere} (${name})`, mediaPointer);
  }
  if (area === 'headers' && typeof name === 'string') {
    const headerWhere = delivery ? `${located.owner} delivery header ${name}` : `${statusWhere} header ${name}`;
    const headerPointer = delivery
      ? parameterPointer(original, located, 'header', name, key)
      : responseHeaderPointer(original, located, String(status), name, key);
    if (key === 'schema' || key === 'content') return undefined;
    if (inner.length === 3) {
      return change({
        classification: added(diff) ? 'compatible' : 'breaking',
        rule: added(diff) ? 'header-added' : 'header-removed',
        where: headerWhere,
        pointer: headerPointer,
        message: added(diff) ? 'a new header: consumers ignore headers they do not know' : 'the header was removed: consumers that read it lose it',
      });
    }
    if (key === 'required') {
      const nowRequired = diff.after === true;
      return change({
        classification: nowRequired ? 'compatible' : 'breaking',
        rule: 'header-required',
        where: headerWhere,
        pointer: headerPointer,
        message: nowRequired ? 'the header is now always sent' : 'the header became optional: consumers that rely on it may not get it',
      });
    }
    return documentation(diff, headerWhere, headerPointer);
  }
  if (area === 'description' || area === 'links' || (typeof area === 'string' && area.startsWith('x-'))) {
    return documentation(diff, statusWhere, pointerOf([...located.specKeys, ...statusKeys, String(area)]));
  }
  return change({ classification: type, rule: 'response-changed', where: statusWhere, pointer: pointerOf([...located.specKeys, ...statusKeys]), message: description || 'the response changed' });
}
