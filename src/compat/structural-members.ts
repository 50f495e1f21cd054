/**
 * The structural check's rules for what changed inside a parameter or a response (status, media type,
 * header), each change pointed at where the spec declares it (its component, when it is one).
 * @module
 */
import type { Diff } from 'api-smart-diff';
import { DELIVERY_STATUS } from './comparable-document.js';
import { added, change, documentation, DOCUMENTATION_KEYS, valueAt, type Located } from './structural-diffs.js';
import { atPointer, follow, isObject, pointerOf, pointerToken, type Json } from './schema-walk.js';
import type { ContractChange } from './types.js';

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

/** The change of one parameter of an operation (or delivery header of an event). */
export function parameterChange(
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

/** The change of one response of an operation (or the payload and headers of an event). */
export function responseChange(
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
