/**
 * `createWebhooksHandlers`: MSW request handlers for every operation of the contract, built from the spec
 * (an operation added to it is served with no code change). Each request is judged with the library's own
 * checks, as the mock judges it; a request that keeps the contract gets the spec's named example of the
 * answer it asks for (`Prefer: code=…, example=…, delay=…`), or, in the stateful mode, the sandbox's
 * answer from memory.
 * @module
 */
import { http, type HttpHandler } from 'msw';
import { WebhooksContractError } from '../errors.js';
import { allowHeader } from '../spec/routes.js';
import { methodNotAllowed, notFound, problemInstance } from '../validation/problem.js';
import { MAX_DELAY_MS } from '../http/scenario.js';
import { declaredHeaders, exampleResponse, jsonResponse, problemResponse } from './answers.js';
import { contractOperations, type ContractOperation } from './contract.js';
import { judgeRequest, type JudgedRequest } from './judge-request.js';
import { createMemoryState, type MemoryState } from './memory-state.js';
import { resolveOverride, type DocumentedStatus, type OperationId, type SuccessStatus, type WebhooksOverride } from './override.js';

/** What `createWebhooksHandlers` takes. */
export interface WebhooksHandlersOptions {
  /**
   * where the app calls the API, without `/v1` (as the client's `baseUrl`), such as `https://api.example.com`;
   * without it, the handlers answer the API's paths on any origin
   */
  baseUrl?: string;
  /** keep what requests create, change and delete, in memory, with the sandbox's semantics (default false: answer from the examples) */
  stateful?: boolean;
  /** milliseconds every answer waits (0 to 30,000; default 0); a request's `Prefer: delay=…` takes its place */
  delayMs?: number;
}

/** The handlers, to spread into `setupServer(...)` or `setupWorker(...)`, with the state's reset and typed overrides. */
export interface WebhooksHandlers extends Array<HttpHandler> {
  /** Forgets what the stateful mode kept: every token starts again from the spec's examples. Does nothing when stateless. */
  reset(): void;
  /**
   * A handler that answers one operation as you say, for `server.use(…)`: the example merged with `body`
   * (typed by the operation's response), or another documented `status` with its example. Requests are
   * still judged first, so an invalid one gets its 4xx.
   * @example
   * server.use(handlers.override('getWebhook', { body: { url: 'https://hooks.example.com/renamed' } }));
   * server.use(handlers.override('listWebhooks', { status: 503 }));
   */
  override<Op extends OperationId, Status extends DocumentedStatus<Op> = SuccessStatus<Op>>(operationId: Op, answer?: WebhooksOverride<Op, Status>): HttpHandler;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A template's path as a regular expression source, one segment per parameter, no capture groups (MSW would decode them). */
const templateSource = (template: string) =>
  template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : escapeRegExp(part)))
    .join('');

function fail(message: string): never {
  throw new WebhooksContractError('ERR_MSW_OPTIONS', message);
}

/** The base URL's origin and path (no trailing slash), checked. */
function readBaseUrl(baseUrl: string | undefined): { origin: string; path: string } | undefined {
  if (baseUrl === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return fail(`baseUrl must be an absolute URL such as "https://api.example.com" (got "${baseUrl}")`);
  }
  if (!/^https?:$/.test(url.protocol)) fail(`baseUrl must start with https:// or http://, not ${url.protocol}`);
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/v1$/.test(path)) fail(`baseUrl must not end with /v1 (every path starts with it): use "${url.origin}${path.slice(0, -3)}"`);
  return { origin: url.origin, path };
}

const wait = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

type Decide = (operation: ContractOperation, judged: JudgedRequest, instance: string) => Response;

/**
 * Creates MSW handlers for every operation of the Webhooks API contract.
 * @example
 * import { setupServer } from 'msw/node';
 * import { createWebhooksHandlers } from 'webhooks-contract/msw';
 *
 * const handlers = createWebhooksHandlers({ baseUrl: 'https://api.example.com', stateful: true });
 * const server = setupServer(...handlers);
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
 * afterEach(() => { server.resetHandlers(); handlers.reset(); });
 * afterAll(() => server.close());
 */
export function createWebhooksHandlers(options: WebhooksHandlersOptions = {}): WebhooksHandlers {
  if (typeof options !== 'object' || options === null) fail('createWebhooksHandlers takes an options object, such as { baseUrl: "https://api.example.com" }');
  const base = readBaseUrl(options.baseUrl);
  const defaultDelayMs = options.delayMs ?? 0;
  if (!Number.isInteger(defaultDelayMs) || defaultDelayMs < 0 || defaultDelayMs > MAX_DELAY_MS) fail(`delayMs must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}`);
  const state: MemoryState | undefined = options.stateful === true ? createMemoryState() : undefined;
  const operations = contractOperations();
  const origin = base === undefined ? '[a-z][a-z0-9+.-]*://[^/]+' : escapeRegExp(base.origin + base.path);
  const matcher = (pathSource: string) => new RegExp(`^${origin}${pathSource}$`);

  /** The API path of a URL (the base URL's path taken off), or `undefined` when it is not under it. */
  const apiPath = (url: URL): string | undefined => {
    if (base === undefined) return url.pathname;
    return url.pathname.startsWith(`${base.path}/`) ? url.pathname.slice(base.path.length) : undefined;
  };

  /** Judges a request for an operation and answers it after the delay; `undefined` lets MSW try the next handler. */
  async function handle(operation: ContractOperation, request: Request, decide: Decide): Promise<Response | undefined> {
    const url = new URL(request.url);
    const pathname = apiPath(url);
    if (pathname === undefined || !operation.route.pattern.test(pathname)) return undefined;
    const instance = problemInstance(pathname);
    const verdict = await judgeRequest(operation.route, operation.scenarios, request, { pathname, instance, query: url.searchParams });
    if ('problem' in verdict) {
      await wait(verdict.delayMs || defaultDelayMs);
      return problemResponse(verdict.problem, verdict.headers);
    }
    await wait(verdict.scenario.delayMs || defaultDelayMs);
    return decide(operation, verdict, instance);
  }

  /** The answer of the contract: the asked-for example, or the state's answer in the stateful mode. */
  const answer: Decide = (operation, judged, instance) => {
    const { scenario } = judged;
    if (state && scenario.code === undefined && scenario.example === undefined) {
      const kept = state.answer(operation.route, { token: judged.token ?? '', instance, values: judged.values, body: judged.body });
      if (kept) return 'problem' in kept ? problemResponse(kept.problem) : jsonResponse(kept.status, kept.body, 'application/json', kept.headers);
    }
    return exampleResponse(operation, scenario.code ?? operation.scenarios.success, scenario.example);
  };

  const methodOf = (operation: ContractOperation) => operation.route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const handlers: HttpHandler[] = [...operations.values()].map((operation) =>
    http[methodOf(operation)](matcher(templateSource(operation.route.template)), ({ request }) => handle(operation, request, answer)),
  );

  // each path once more, for what no operation has: HEAD (answered as GET), OPTIONS and the 405 of another method
  const byTemplate = new Map<string, ContractOperation[]>();
  for (const operation of operations.values()) byTemplate.set(operation.route.template, [...(byTemplate.get(operation.route.template) ?? []), operation]);
  for (const [template, onPath] of byTemplate) {
    const allowed = onPath.map((operation) => operation.route.method);
    handlers.push(
      http.all(matcher(templateSource(template)), async ({ request }) => {
        const pathname = apiPath(new URL(request.url));
        if (pathname === undefined) return undefined;
        const get = onPath.find((operation) => operation.route.method === 'GET');
        if (request.method === 'HEAD' && get) {
          const full = await handle(get, new Request(request.url, { method: 'GET', headers: request.headers }), answer);
          return full && new Response(null, { status: full.status, headers: full.headers });
        }
        if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: allowHeader(allowed) } });
        return problemResponse(methodNotAllowed(problemInstance(pathname), allowed), { Allow: allowHeader(allowed) });
      }),
    );
  }

  // and any other path of the API: its 404, rather than a request MSW lets through to the network
  const prefixes = [...new Set([...byTemplate.keys()].map((template) => template.split('/')[1]!))].map(escapeRegExp);
  handlers.push(
    http.all(base === undefined ? new RegExp(`^${origin}/(?:${prefixes.join('|')})(?:/.*)?$`) : new RegExp(`^${origin}(?:/.*)?$`), ({ request }) => {
      const pathname = apiPath(new URL(request.url)) ?? new URL(request.url).pathname;
      return problemResponse(notFound(problemInstance(pathname)));
    }),
  );

  return Object.assign(handlers, {
    reset: () => state?.reset(),
    override<Op extends OperationId, Status extends DocumentedStatus<Op> = SuccessStatus<Op>>(operationId: Op, override: WebhooksOverride<Op, Status> = {}): HttpHandler {
      const operation = operations.get(operationId);
      if (operation === undefined) fail(`the contract has no operation ${String(operationId)}; it has ${[...operations.keys()].join(', ')}`);
      const resolved = resolveOverride(operation, override as { status?: number; example?: string; body?: object; headers?: Record<string, string> });
      const documented = operation.answers.get(resolved.status)!;
      return http[methodOf(operation)](
        matcher(templateSource(operation.route.template)),
        ({ request }) =>
          handle(operation, request, () => jsonResponse(resolved.status, resolved.body, documented.mediaType, { ...declaredHeaders(operation, documented, resolved.body), ...resolved.headers })),
        { once: override.once === true },
      );
    },
  });
}
