/**
 * Builds the runner's requests: targets from the spec's path templates (ids always percent-encoded), the
 * API key's header, JSON bodies.
 * @module
 */
import type { OutgoingRequest } from './http.js';
import type { OperationContract } from './response-contract.js';
import type { Session } from './session.js';

/** Who the request says it is. */
export type Credential = 'api-key' | 'second-api-key' | 'none' | { authorization: string } | { spelling: string };

/** What a request to an operation is made of. */
export interface RequestParts {
  /** values of the path's parameters (`{ id }`), percent-encoded here */
  path?: Record<string, string>;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  /** a JSON value (serialised here) or raw text / bytes */
  body?: { json: unknown } | { raw: string | Uint8Array; contentType?: string };
  credential?: Credential;
}

/**
 * The target of an operation: its path with parameters filled in, and the query.
 * @example
 * targetOf('/v1/webhooks/{id}', { id: 'a b' }) // '/v1/webhooks/a%20b'
 */
export function targetOf(template: string, path: Record<string, string> = {}, query: Record<string, string | string[]> = {}): string {
  const pathname = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? ''));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const one of Array.isArray(value) ? value : [value]) search.append(name, one);
  const text = search.toString();
  return text === '' ? pathname : `${pathname}?${text}`;
}

/**
 * A request to an operation, with the API key unless told otherwise.
 * @example
 * buildRequest(session, contracts.get('createWebhook')!, { body: { json: { url, enabled_events: ['*'] } } })
 */
export function buildRequest(session: Session, contract: OperationContract, parts: RequestParts = {}, method = contract.method): OutgoingRequest {
  const credential = parts.credential ?? 'api-key';
  const headers: Record<string, string> = {};
  let credentialName: OutgoingRequest['credential'];
  if (credential === 'api-key') {
    Object.assign(headers, session.auth);
    credentialName = 'api-key';
  } else if (credential === 'second-api-key') {
    Object.assign(headers, session.secondAuth ?? {});
    credentialName = 'second-api-key';
  } else if (typeof credential === 'object' && 'spelling' in credential) {
    // the API key written another way (`bearer {key}`): reproductions write the spelling, never the key
    headers.Authorization = credential.spelling.replace('{key}', (session.auth.Authorization ?? '').replace(/^Bearer /, ''));
    credentialName = 'api-key';
  } else if (credential !== 'none') {
    headers.Authorization = credential.authorization;
  }
  let body: string | Uint8Array | undefined;
  if (parts.body !== undefined && 'json' in parts.body) {
    body = JSON.stringify(parts.body.json);
    headers['Content-Type'] = 'application/json';
  } else if (parts.body !== undefined) {
    body = parts.body.raw;
    if (parts.body.contentType !== undefined) headers['Content-Type'] = parts.body.contentType;
  }
  Object.assign(headers, parts.headers ?? {});
  return {
    method,
    target: targetOf(contract.path, parts.path, parts.query),
    headers,
    ...(body === undefined ? {} : { body }),
    ...(credentialName === undefined ? {} : { credential: credentialName }),
    ...(typeof credential === 'object' && 'spelling' in credential ? { credentialSpelling: credential.spelling } : {}),
  };
}
