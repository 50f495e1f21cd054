/**
 * The rule catalogue of an OpenAPI 3.1 document, built by walking it (never by listing operations by
 * hand): for each operation, every keyword of its request body schema and of each parameter's schema, each
 * documented response's media type, schema and headers, a problem's own `status` member, its security,
 * and content negotiation. Rules no case can exercise say why.
 * @module
 */
import { loadBundledSpec, type SpecNode } from '../../spec/bundled-spec.js';
import { resolveRef } from '../../spec/resolve-ref.js';
import { pointerOf, type ContractRule } from './rule.js';
import { schemaRules } from './schema-rules.js';

/** The HTTP methods an OpenAPI path item may hold. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation as the catalogue reads it. */
export interface CatalogueOperation {
  operationId: string;
  method: string;
  path: string;
  /** its pointer in the document */
  pointer: string;
  node: SpecNode;
}

/** Statuses a runner cannot bring about on purpose, and why. */
const UNREACHABLE_STATUSES: Record<string, string> = {
  '429': 'a 429 needs more requests than the rate limit allows; the runner never floods a server on purpose (it waits a 429 out once)',
  '503': 'a 503 needs the server (or its database) to be unavailable, which the runner cannot bring about',
  '409': 'a 409 needs an account at its webhook limit (or an event id already published); the runner does not fill an account',
};

/** Every operation of a document, in its order. */
export function catalogueOperations(spec: SpecNode = loadBundledSpec()): CatalogueOperation[] {
  const found: CatalogueOperation[] = [];
  for (const [path, raw] of Object.entries((spec.paths ?? {}) as Record<string, unknown>)) {
    const item = resolveRef<SpecNode>(spec, raw);
    for (const method of METHODS) {
      const node = item[method] as SpecNode | undefined;
      if (node === undefined || typeof node.operationId !== 'string') continue;
      found.push({ operationId: node.operationId, method: method.toUpperCase(), path, pointer: pointerOf('paths', path, method), node });
    }
  }
  return found;
}

/** The pointer a `$ref` names, or the given one when the value is not a reference. */
function refPointer(value: unknown, fallback: string): string {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' && ref.startsWith('#') ? ref.slice(1) : fallback;
}

function requestRules(spec: SpecNode, operation: CatalogueOperation): ContractRule[] {
  const body = resolveRef<SpecNode | undefined>(spec, operation.node.requestBody);
  const bodyPointer = refPointer(operation.node.requestBody, `${operation.pointer}/requestBody`);
  const rules: ContractRule[] = [];
  const json = (body?.content as Record<string, SpecNode> | undefined)?.['application/json'];
  if (json?.schema !== undefined) {
    const status = '422' in ((operation.node.responses ?? {}) as object) ? '422' : '400';
    rules.push(...schemaRules(spec, json.schema, { operationId: operation.operationId, area: 'body', status, pointer: `${bodyPointer}/content/application~1json/schema`, field: '' }));
  }
  const item = resolveRef<SpecNode>(spec, (spec.paths as Record<string, unknown>)[operation.path]);
  const parameters = [...((item.parameters ?? []) as unknown[]), ...((operation.node.parameters ?? []) as unknown[])];
  parameters.forEach((raw, index) => {
    const parameter = resolveRef<SpecNode>(spec, raw);
    const pointer = refPointer(raw, `${operation.pointer}/parameters/${index}`);
    const field = `/${String(parameter.name)}`;
    const where = { operationId: operation.operationId, area: 'parameter' as const, status: '400', pointer: `${pointer}/schema`, field };
    const own = schemaRules(spec, parameter.schema, where).map((rule): ContractRule => ({
      ...rule,
      ruleClass: `${String(parameter.in)} ${rule.ruleClass}`,
      condition: String(parameter.in),
      // what arrives in a path, a query or a header is text: a string type cannot be broken there
      ...(rule.keyword === 'type' && rule.value === 'string' ? { notApplicable: `a ${String(parameter.in)} parameter's value is always a string` } : {}),
    }));
    // a path parameter always has a value: without its segment the request is for another path
    if (parameter.required === true && parameter.in !== 'path') own.push({ id: `${operation.operationId} ${pointer}/required ${field}`, operationId: operation.operationId, area: 'parameter', ruleClass: `${parameter.in} required`, keyword: 'required', pointer: `${pointer}/required`, field, sentence: `${String(parameter.name)} is required`, status: '400', condition: String(parameter.in) });
    rules.push(...own);
  });
  return rules;
}

function responseRules(spec: SpecNode, operation: CatalogueOperation): ContractRule[] {
  const rules: ContractRule[] = [];
  for (const [status, raw] of Object.entries((operation.node.responses ?? {}) as Record<string, unknown>)) {
    const response = resolveRef<SpecNode>(spec, raw);
    const pointer = refPointer(raw, `${operation.pointer}/responses/${status}`);
    const base = { operationId: operation.operationId, area: 'response' as const, status, ...(UNREACHABLE_STATUSES[status] === undefined ? {} : { notApplicable: UNREACHABLE_STATUSES[status] }) };
    const content = (response.content ?? {}) as Record<string, SpecNode>;
    const mediaTypes = Object.keys(content);
    rules.push({ ...base, id: `${operation.operationId} ${status} media-type`, ruleClass: 'media type', keyword: 'content', pointer: mediaTypes.length === 0 ? pointer : `${pointer}/content`, field: '', sentence: mediaTypes.length === 0 ? `a ${status} has no body` : `a ${status} is ${mediaTypes.join(' or ')}`, value: mediaTypes });
    for (const [mediaType, media] of Object.entries(content)) {
      if (media.schema === undefined) continue;
      const schemaPointer = refPointer(media.schema, `${pointer}/content/${mediaType.replaceAll('/', '~1')}/schema`);
      const name = schemaPointer.split('/').at(-1);
      rules.push({ ...base, id: `${operation.operationId} ${status} schema`, ruleClass: 'response schema', keyword: 'schema', pointer: schemaPointer, field: '', sentence: `a ${status} body is a valid ${name}` });
      if (mediaType === 'application/problem+json') {
        rules.push({ ...base, id: `${operation.operationId} ${status} problem-status`, ruleClass: 'problem status member', keyword: 'status', pointer: `${schemaPointer}/properties/status`, field: '/status', sentence: `a problem's status member is the HTTP status it came with, ${status} (RFC 9457, section 3.1.2)` });
      }
    }
    for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, unknown>)) {
      const headerPointer = refPointer(header, `${pointer}/headers/${name}`);
      const required = resolveRef<SpecNode>(spec, header).required === true;
      rules.push({ ...base, id: `${operation.operationId} ${status} header ${name}`, ruleClass: 'response header', keyword: 'header', pointer: headerPointer, field: name, sentence: `a ${status} ${required ? 'carries' : 'may carry'} ${name}, valid against its schema` });
    }
  }
  return rules;
}

function accessRules(spec: SpecNode, operation: CatalogueOperation): ContractRule[] {
  const own = operation.node.security as Record<string, unknown>[] | undefined;
  const security = own ?? (spec.security as Record<string, unknown>[] | undefined) ?? [];
  const pointer = own === undefined ? '/security' : `${operation.pointer}/security`;
  const schemes = security.flatMap((requirement) => Object.keys(requirement));
  const rules: ContractRule[] = [];
  const base = { operationId: operation.operationId, pointer };
  if (schemes.length === 0) {
    const success = Object.keys((operation.node.responses ?? {}) as object).find((status) => status.startsWith('2')) ?? '2XX';
    rules.push({ ...base, id: `${operation.operationId} security public`, area: 'security', ruleClass: 'security', keyword: 'security', field: 'Authorization', sentence: 'the operation is public: it is answered without any credential', status: success });
  } else {
    const scheme = schemes[0]!;
    const described = resolveRef<SpecNode>(spec, ((spec.components as SpecNode | undefined)?.securitySchemes as SpecNode | undefined)?.[scheme]);
    const spelling = described?.type === 'http' ? `Authorization: ${String(described.scheme).replace(/^./, (first) => first.toUpperCase())} <${scheme}>` : scheme;
    for (const [kind, sentence] of [
      ['missing', `a request without ${spelling} is a 401, whatever its body`],
      ['other-scheme', `a request with another Authorization scheme (Basic) is a 401`],
      ['empty', 'a request whose Bearer token is empty is a 401'],
      ['unknown', 'a request with a token the server never issued is a 401'],
      ['spelling-allowed', `the scheme is case-insensitive (RFC 9110, section 11.1): ${spelling.replace(/^Authorization: (\w+)/, (_, name: string) => `Authorization: ${name.toLowerCase()}`)} is accepted`],
      ['spelling-refused', 'a credential RFC 9110 does not allow (the token after "Bearer:" instead of a space) is a 401'],
    ] as const) {
      // the allowed spelling is the one rule here a server must accept: it is about the operation's success
      const status = kind === 'spelling-allowed' ? (Object.keys((operation.node.responses ?? {}) as object).find((code) => code.startsWith('2')) ?? '2XX') : '401';
      rules.push({ ...base, id: `${operation.operationId} security ${kind}`, area: 'security', ruleClass: `security ${kind}`, keyword: 'security', field: 'Authorization', sentence, status, value: scheme });
    }
  }
  const responses = (operation.node.responses ?? {}) as Record<string, unknown>;
  if ('406' in responses) {
    const pointer = refPointer(responses['406'], `${operation.pointer}/responses/406`);
    rules.push({ ...base, id: `${operation.operationId} accept`, area: 'negotiation', ruleClass: 'content negotiation', keyword: 'accept', pointer, field: 'Accept', sentence: 'a request whose Accept allows neither application/json nor application/problem+json is a 406 (RFC 9110, section 12.5.1)', status: '406' });
    const success = Object.keys(responses).find((status) => status.startsWith('2')) ?? '2XX';
    rules.push({
      ...base,
      id: `${operation.operationId} accept-allowed`,
      area: 'negotiation',
      ruleClass: 'content negotiation allowed',
      keyword: 'accept',
      pointer,
      field: 'Accept',
      sentence: 'a request whose Accept allows application/json only through a range and a q-value (application/*;q=0.8, text/html;q=0.1) is answered, not refused (RFC 9110, section 12.5.1)',
      status: success,
      // its case is a valid request: for an operation that writes it would change what other cases read
      ...(operation.method === 'GET' ? {} : { notApplicable: 'its case would be a valid write (an update or a delete of the webhook other cases read); the GET operations test how Accept is read, and this operation\'s 406 rule is tested' }),
    });
  }
  return rules;
}

/**
 * Every rule of every operation of a document, without duplicates (a rule reached both directly and through
 * a `oneOf` branch is kept as the applicable one).
 * @example
 * ruleCatalogue().filter((rule) => rule.operationId === 'createWebhook' && rule.keyword === 'maxLength').map((rule) => rule.field)
 * // ['/url', '/secret', …]
 */
export function ruleCatalogue(spec: SpecNode = loadBundledSpec()): ContractRule[] {
  if (spec === loadBundledSpec() && cached !== undefined) return cached;
  const byId = new Map<string, ContractRule>();
  for (const operation of catalogueOperations(spec)) {
    for (const rule of [...requestRules(spec, operation), ...responseRules(spec, operation), ...accessRules(spec, operation)]) {
      const seen = byId.get(rule.id);
      if (seen === undefined || (seen.notApplicable !== undefined && rule.notApplicable === undefined)) byId.set(rule.id, rule);
    }
  }
  const rules = [...byId.values()];
  if (spec === loadBundledSpec()) cached = rules;
  return rules;
}

let cached: ContractRule[] | undefined;
