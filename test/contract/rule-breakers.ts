/**
 * Forty-one more broken servers, each breaking one rule of the catalogue that none of the first eight
 * breaks: a proxy in front of the reference server that "accepts" a request breaking the rule (it
 * repairs the request before the server sees it, as a server that does not enforce the rule would accept
 * it), or changes one thing of an answer. Each names the rule (its coverage id) and what a run needs to
 * reach it (one operation, one phase).
 */
import { json, requestJson, withJson, type Breakage, type ProxiedRequest, type ProxiedResponse } from '../support/broken-proxies.js';

type Body = Record<string, unknown>;
type Reach = { operation: string; phase: string };

const RULES: Reach = { operation: 'createWebhook', phase: 'rule cases' };
const UPDATE_RULES: Reach = { operation: 'updateWebhook', phase: 'rule cases' };
const LIST_RULES: Reach = { operation: 'listWebhooks', phase: 'rule cases' };
const LIST_PROBES: Reach = { operation: 'listWebhooks', phase: 'authentication and methods' };

const pathOf = (request: ProxiedRequest) => request.path.split('?')[0]!;
const isCreate = (request: ProxiedRequest) => request.method === 'POST' && pathOf(request) === '/v1/webhooks';
const isUpdate = (request: ProxiedRequest) => request.method === 'PATCH' && /^\/v1\/webhooks\/[^/]+$/.test(pathOf(request));

/** A server that accepts bodies breaking a rule: `fix` makes them valid before the real server sees them. */
function acceptsBody(name: string, rule: string, reach: Reach, when: (request: ProxiedRequest) => boolean, fix: (body: Body) => Body | undefined): Breakage {
  return {
    name,
    rule,
    reach,
    caughtBy: 'negative_data_rejection',
    request: (request) => {
      if (!when(request)) return request;
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body.toString('utf8'));
      } catch {
        return request;
      }
      // a body that is not an object: the first item stands in for it (the body type rule not enforced)
      const body = Array.isArray(parsed) && rule.endsWith('WebhookCreate/type ') ? (parsed[0] as Body) : requestJson(request);
      const fixed = body === undefined ? undefined : fix(structuredClone(body));
      return fixed === undefined ? request : { ...request, body: Buffer.from(JSON.stringify(fixed)) };
    },
  };
}

/** A server that accepts a query parameter breaking a rule: `fix` replaces (or, returning undefined, drops) it. */
function acceptsQuery(name: string, rule: string, reach: Reach, parameter: string, bad: (value: string) => boolean, fix: (value: string) => string | undefined): Breakage {
  return {
    name,
    rule,
    reach,
    caughtBy: 'negative_data_rejection',
    request: (request) => {
      const [path, search = ''] = request.path.split('?');
      const query = new URLSearchParams(search);
      const value = query.get(parameter);
      if (value === null || !bad(value)) return request;
      const fixed = fix(value);
      if (fixed === undefined) query.delete(parameter);
      else query.set(parameter, fixed);
      return { ...request, path: `${path}${query.size === 0 ? '' : `?${query}`}` };
    },
  };
}

/** A server that ignores a header breaking a rule (drops it before the real server sees it). */
function ignoresHeader(name: string, rule: string, header: string, bad: (value: string) => boolean): Breakage {
  return {
    name,
    rule,
    reach: RULES,
    caughtBy: 'negative_data_rejection',
    request: (request) => {
      const value = request.headers[header];
      if (typeof value !== 'string' || !bad(value)) return request;
      const headers = { ...request.headers };
      delete headers[header];
      return { ...request, headers };
    },
  };
}

/** A server whose answers of one status change one way. */
function changesAnswer(name: string, rule: string, reach: Reach, caughtBy: string, when: (response: ProxiedResponse) => boolean, change: (response: ProxiedResponse) => ProxiedResponse): Breakage {
  return { name, rule, reach, caughtBy, response: (_, response) => (when(response) ? change(response) : response) };
}

const status = (code: number) => (response: ProxiedResponse) => response.status === code;
const changeProblem = (change: (problem: Body) => void) => (response: ProxiedResponse) => {
  const problem = json(response) as Body | undefined;
  if (problem === undefined) return response;
  change(problem);
  return withJson(response, problem);
};
const INCLUDE = /^(\*|identifiers|(addresses|names|people|registrations|tin|watchlist)( *, *(addresses|names|people|registrations|tin|watchlist))*)$/;
const EVENT_TYPES = ['business.created', 'business.updated', 'business.approved', 'business.rejected', 'order.created', 'order.completed'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isWhole = (value: unknown) => Number.isInteger(value);

/**
 * The rule breakers: each breaks exactly one rule the spec states.
 * @example
 * for (const breakage of ruleBreakers()) { const proxy = await startBrokenProxy(upstream, breakage); … }
 */
export function ruleBreakers(): Breakage[] {
  const create = (name: string, pointer: string, fix: (body: Body) => Body | undefined) => acceptsBody(name, `createWebhook ${pointer}`, RULES, isCreate, fix);
  return [
    create('a pattern not enforced (include)', '/components/schemas/Include/pattern /include', (body) => (typeof body.include === 'string' && !INCLUDE.test(body.include) && body.include.length <= 256 ? { ...body, include: '*' } : undefined)),
    create('a maxLength not enforced (url)', '/components/schemas/HttpsUrl/maxLength /url', (body) => (typeof body.url === 'string' && body.url.length > 2048 ? { ...body, url: body.url.slice(0, 2048) } : undefined)),
    create('a maxLength not enforced (include)', '/components/schemas/Include/maxLength /include', (body) => (typeof body.include === 'string' && body.include.length > 256 ? { ...body, include: '*' } : undefined)),
    create('an enum not enforced (oidc_auth_method)', '/components/schemas/OidcAuthMethod/enum /oidc_auth_method', (body) => (typeof body.oidc_auth_method === 'string' && !['client_secret', 'private_key_jwt'].includes(body.oidc_auth_method) ? (({ oidc_auth_method: _, ...rest }) => rest)(body) : undefined)),
    create('required not enforced (url)', '/components/schemas/WebhookCreate/required/0 /url', (body) => (body.url === undefined ? { ...body, url: 'https://filled-in.example.com/' } : undefined)),
    create('additionalProperties ignored', '/components/schemas/WebhookCreate/additionalProperties ', (body) => ('unknown_field' in body ? (({ unknown_field: _, ...rest }) => rest)(body) : undefined)),
    create('if/then ignored ("*" with other events)', '/components/schemas/EnabledEvents/then/maxItems /enabled_events', (body) => (Array.isArray(body.enabled_events) && body.enabled_events.includes('*') && body.enabled_events.length > 1 ? { ...body, enabled_events: ['*'] } : undefined)),
    create('a minLength not enforced (oidc_client_id)', '/components/schemas/OidcClientId/minLength /oidc_client_id', (body) => (body.oidc_client_id === '' ? { ...body, oidc_client_id: 'filled-in' } : undefined)),
    create('a minimum not enforced (token TTL)', '/components/schemas/OidcAccessTokenTtlSeconds/minimum /oidc_access_token_ttl_seconds', (body) => (isWhole(body.oidc_access_token_ttl_seconds) && (body.oidc_access_token_ttl_seconds as number) < 60 ? { ...body, oidc_access_token_ttl_seconds: 60 } : undefined)),
    create('a maximum not enforced (token TTL)', '/components/schemas/OidcAccessTokenTtlSeconds/maximum /oidc_access_token_ttl_seconds', (body) => (isWhole(body.oidc_access_token_ttl_seconds) && (body.oidc_access_token_ttl_seconds as number) > 86400 ? { ...body, oidc_access_token_ttl_seconds: 86400 } : undefined)),
    create('a type not enforced (token TTL)', '/components/schemas/OidcAccessTokenTtlSeconds/type /oidc_access_token_ttl_seconds', (body) => ('oidc_access_token_ttl_seconds' in body && typeof body.oidc_access_token_ttl_seconds !== 'number' ? { ...body, oidc_access_token_ttl_seconds: 3600 } : undefined)),
    create('uniqueItems not enforced', '/components/schemas/EnabledEvents/uniqueItems /enabled_events', (body) => (Array.isArray(body.enabled_events) && new Set(body.enabled_events).size < body.enabled_events.length ? { ...body, enabled_events: [...new Set(body.enabled_events)] } : undefined)),
    create('minItems not enforced', '/components/schemas/EnabledEvents/minItems /enabled_events', (body) => (Array.isArray(body.enabled_events) && body.enabled_events.length === 0 ? { ...body, enabled_events: ['*'] } : undefined)),
    create('a format not enforced (oidc_resource_uri)', '/components/schemas/OidcResourceUri/format /oidc_resource_uri', (body) => (typeof body.oidc_resource_uri === 'string' && !/^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(body.oidc_resource_uri) ? { ...body, oidc_resource_uri: 'api://filled-in' } : undefined)),
    create('propertyNames ignored (oidc_* without a method)', '/components/schemas/OidcRules/allOf/2/then/propertyNames ', (body) => (body.oidc_auth_method === undefined && Object.keys(body).some((key) => key.startsWith('oidc_')) ? Object.fromEntries(Object.entries(body).filter(([key]) => !key.startsWith('oidc_'))) : undefined)),
    create('a forbidden field let through (client secret with private_key_jwt)', '/components/schemas/OidcRules/allOf/1/then/properties/oidc_client_secret/not /oidc_client_secret', (body) => (body.oidc_auth_method === 'private_key_jwt' && 'oidc_client_secret' in body ? (({ oidc_client_secret: _, ...rest }) => rest)(body) : undefined)),
    create('a conditional required not enforced (token endpoint for client_secret)', '/components/schemas/OidcRules/allOf/0/then/required/2 /oidc_token_endpoint', (body) => (body.oidc_auth_method === 'client_secret' && body.oidc_token_endpoint === undefined ? { ...body, oidc_token_endpoint: 'https://idp.example.com/token' } : undefined)),
    create('anyOf not enforced (an unknown event type)', '/components/schemas/EnabledEventType/anyOf /enabled_events/-', (body) => (Array.isArray(body.enabled_events) && body.enabled_events.some((event) => event !== '*' && !EVENT_TYPES.includes(event as string)) ? { ...body, enabled_events: ['*'] } : undefined)),
    create('an if/then pattern not enforced (whsec_ secret)', '/components/schemas/WebhookSecret/then/pattern /secret', (body) => (typeof body.secret === 'string' && body.secret.startsWith('whsec_') && body.secret.length <= 256 ? (({ secret: _, ...rest }) => rest)(body) : undefined)),
    create('the body type not enforced (an array)', '/components/schemas/WebhookCreate/type ', (body) => body),
    acceptsBody('minProperties not enforced (an empty update)', 'updateWebhook /components/schemas/WebhookUpdate/minProperties ', UPDATE_RULES, isUpdate, (body) => (Object.keys(body).length === 0 ? { include: '*' } : undefined)),
    acceptsBody('oneOf not enforced (disabled_at)', 'updateWebhook /components/schemas/WebhookUpdate/properties/disabled_at/oneOf /disabled_at', UPDATE_RULES, isUpdate, (body) => ('disabled_at' in body && body.disabled_at !== null && (typeof body.disabled_at !== 'string' || Number.isNaN(Date.parse(body.disabled_at)) || !/Z|[+-]\d\d:\d\d$/.test(body.disabled_at)) ? { ...body, disabled_at: null } : undefined)),
    acceptsBody('a pattern not enforced on update only (http:// url)', 'updateWebhook /components/schemas/HttpsUrl/pattern /url', UPDATE_RULES, isUpdate, (body) => (typeof body.url === 'string' && body.url.length <= 2048 && !/^https:\/\/[^\s/?#@]+([/?#]\S*)?$/.test(body.url) ? { ...body, url: 'https://filled-in.example.com/' } : undefined)),
    acceptsQuery('a limit above its maximum accepted', 'listWebhooks /components/parameters/Limit/schema/maximum /limit', LIST_RULES, 'limit', (value) => Number(value) > 100, () => '100'),
    acceptsQuery('a limit below its minimum accepted', 'listWebhooks /components/parameters/Limit/schema/minimum /limit', LIST_RULES, 'limit', (value) => /^-?\d+$/.test(value) && Number(value) < 1, () => undefined),
    acceptsQuery('a limit that is not a whole number accepted', 'listWebhooks /components/parameters/Limit/schema/type /limit', LIST_RULES, 'limit', (value) => !/^\d+$/.test(value), () => undefined),
    acceptsQuery('a malformed cursor accepted', 'listWebhooks /components/schemas/WebhookId/format /starting_after', LIST_RULES, 'starting_after', (value) => !UUID.test(value), () => undefined),
    acceptsQuery('a delivery limit above its maximum accepted', 'listWebhookDeliveries /components/parameters/DeliveryLimit/schema/maximum /limit', { operation: 'listWebhookDeliveries', phase: 'rule cases' }, 'limit', (value) => Number(value) > 100, () => '100'),
    ignoresHeader('an Idempotency-Key over its maxLength ignored', 'createWebhook /components/parameters/IdempotencyKey/schema/maxLength /Idempotency-Key', 'idempotency-key', (value) => value.length > 255),
    ignoresHeader('an Idempotency-Key breaking its pattern ignored', 'createWebhook /components/parameters/IdempotencyKey/schema/pattern /Idempotency-Key', 'idempotency-key', (value) => value !== '' && !/^[\x21-\x7E]+$/.test(value)),
    changesAnswer('a wrong pointer in the problem', 'createWebhook /components/schemas/HttpsUrl/maxLength /url', RULES, 'negative_data_rejection', status(422), changeProblem((problem) => {
      for (const error of (problem.errors ?? []) as Body[]) error.pointer = `/body${String(error.pointer)}`;
    })),
    changesAnswer('a problem without its status member', 'listWebhooks 400 schema', LIST_RULES, 'response_schema_conformance', status(400), changeProblem((problem) => delete problem.status)),
    changesAnswer("a problem's status member that is not the answer's", 'createWebhook 422 problem-status', RULES, 'response_schema_conformance', status(422), changeProblem((problem) => (problem.status = 400))),
    changesAnswer('a declared header missing (X-Request-Id on a 400)', 'listWebhooks 400 header X-Request-Id', LIST_RULES, 'response_headers_conformance', status(400), (response) => (({ 'x-request-id': _, ...headers }) => ({ ...response, headers }))(response.headers)),
    changesAnswer('an error answered as application/json', 'listWebhooks 400 media-type', LIST_RULES, 'content_type_conformance', status(400), (response) => ({ ...response, headers: { ...response.headers, 'content-type': 'application/json' } })),
    changesAnswer('a 401 without its WWW-Authenticate challenge', 'listWebhooks 401 header WWW-Authenticate', LIST_PROBES, 'response_headers_conformance', status(401), (response) => (({ 'www-authenticate': _, ...headers }) => ({ ...response, headers }))(response.headers)),
    {
      name: 'the auth scheme matched case-sensitively (bearer refused)',
      rule: 'listWebhooks security spelling-allowed',
      reach: LIST_PROBES,
      caughtBy: 'positive_data_acceptance',
      request: (request) => {
        if (!String(request.headers.authorization ?? '').startsWith('bearer ')) return request;
        const body = Buffer.from(JSON.stringify({ type: 'https://api.example.com/problems/unauthorized', title: 'Unauthorized', status: 401 }));
        return { status: 401, headers: { 'content-type': 'application/problem+json', 'www-authenticate': 'Bearer realm="webhooks"', 'x-request-id': `req_case_${Math.random().toString(36).slice(2)}`, 'content-length': String(body.length) }, body };
      },
    },
    {
      name: 'a credential RFC 9110 does not allow accepted (Bearer:<key>)',
      rule: 'listWebhooks security spelling-refused',
      reach: LIST_PROBES,
      caughtBy: 'ignored_auth',
      request: (request) => {
        const authorization = String(request.headers.authorization ?? '');
        return authorization.startsWith('Bearer:') ? { ...request, headers: { ...request.headers, authorization: `Bearer ${authorization.slice(7)}` } } : request;
      },
    },
    {
      name: 'has_more true on a last page that is exactly full',
      reach: { operation: 'listWebhooks', phase: 'stateful flows' },
      caughtBy: 'paging_integrity',
      // a paging invariant, not a rule the schema states: the failure's reason names it
      named: /a last page exactly full/,
      response: (request, response) => {
        const limit = new URLSearchParams(request.path.split('?')[1] ?? '').get('limit');
        const page = json(response) as { data?: unknown[]; has_more?: unknown } | undefined;
        if (request.method !== 'GET' || pathOf(request) !== '/v1/webhooks' || response.status !== 200 || limit === null || page?.data?.length !== Number(limit)) return response;
        return withJson(response, { ...page, has_more: true });
      },
    },
    {
      name: 'Accept read literally (application/* refused)',
      rule: 'listWebhooks accept-allowed',
      reach: LIST_RULES,
      caughtBy: 'positive_data_acceptance',
      request: (request) => {
        const accept = String(request.headers.accept ?? '*/*');
        if (accept.includes('application/json') || accept.includes('*/*') || !accept.includes('application/*')) return request;
        const body = Buffer.from(JSON.stringify({ type: 'https://api.example.com/problems/not-acceptable', title: 'Not acceptable', status: 406 }));
        return { status: 406, headers: { 'content-type': 'application/problem+json', 'x-request-id': `req_accept_${Math.random().toString(36).slice(2)}`, 'content-length': String(body.length) }, body };
      },
    },
    {
      name: 'Accept ignored (no 406)',
      rule: 'listWebhooks accept',
      reach: LIST_RULES,
      caughtBy: 'negative_data_rejection',
      request: (request) => (({ accept: _, ...headers }) => ({ ...request, headers }))(request.headers),
    },
  ];
}
