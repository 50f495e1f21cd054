/**
 * The contract check (`webhooks-contract/contract-check`): compares a response with the spec (status
 * documented, required headers, media type, body schema) using the precompiled validators. Pass it to
 * the client as `checkResponses: contractCheck`, or call `checkResponse` on any `Response`.
 * @module
 */
import { operations, type SchemaName } from '../../generated/validators.js';
import { ContractViolationError, type ContractCheck, type ContractViolation } from './contract-violation.js';
import type { ValidationIssue } from './messages.js';
import { validateSchema } from './validate.js';

export { ContractViolationError, type ContractCheck, type ContractViolation } from './contract-violation.js';

type OperationContract = (typeof operations)[keyof typeof operations];
type ResponseContract = { schema: string | null; mediaType: string | null; headers: readonly string[] };

interface Route {
  operationId: string;
  method: string;
  template: string;
  /** matches a concrete path of this template */
  pattern: RegExp;
  operation: OperationContract;
}

let routes: Route[] | undefined;

/** Every operation with a pattern for its concrete paths; templates with fewer parameters first. */
function allRoutes(): Route[] {
  routes ??= Object.entries(operations)
    .map(([operationId, operation]) => ({
      operationId,
      method: operation.method.toUpperCase(),
      template: operation.path,
      pattern: new RegExp(
        `^${operation.path
          .split(/\{[^}]+\}/)
          .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      ),
      operation,
    }))
    .sort((a, b) => a.template.split('{').length - b.template.split('{').length);
  return routes;
}

/** The path part of a template, a concrete path or a full URL. */
function pathOf(path: string): string {
  const pathname = /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ? new URL(path).pathname : path;
  return pathname.split(/[?#]/)[0]!;
}

function documentedResponse(op: OperationContract, status: number): ResponseContract | undefined {
  const responses = op.responses as Record<string, ResponseContract>;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

/**
 * Checks one response against its operation's contract (documented status, required headers, media
 * type, body schema); an empty list means it conforms. `path` is the spec's path template, a concrete
 * path (`/v1/webhooks/3f0c…`) or the request's URL. A method and path the contract does not have is
 * itself a violation.
 * @example
 * const violations = await checkResponse('GET', '/v1/webhooks/3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f', await fetch(url));
 */
export async function checkResponse(method: string, path: string, response: Response): Promise<ContractViolation[]> {
  const upper = method.toUpperCase();
  const pathname = pathOf(path);
  const candidates = allRoutes().filter((route) => route.template === pathname || route.pattern.test(pathname));
  const route = candidates.find((candidate) => candidate.method === upper);
  const status = response.status;
  const violation = (message: string, errors: ValidationIssue[] = []): ContractViolation => ({
    operationId: route?.operationId ?? null,
    method: upper,
    path: route?.template ?? pathname,
    status,
    requestId: response.headers.get('x-request-id'),
    message,
    errors,
  });
  if (!route) {
    const methods = [...new Set(candidates.map((candidate) => candidate.method))];
    return [
      violation(
        methods.length > 0
          ? `${upper} ${candidates[0]!.template} is not an operation of the contract (it has ${methods.join(', ')})`
          : `no operation of the contract has the path ${pathname}`,
      ),
    ];
  }
  const { operationId, operation } = route;
  const expected = documentedResponse(operation, status);
  if (!expected) return [violation(`status ${status} is not documented for ${operationId}`)];
  const violations: ContractViolation[] = [];
  for (const header of expected.headers) {
    if (!response.headers.has(header)) violations.push(violation(`the ${header} header is missing`));
  }
  const text = await response.clone().text();
  if (expected.schema === null) {
    if (text.length > 0) violations.push(violation(`status ${status} must have no body`));
    return violations;
  }
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== expected.mediaType) {
    violations.push(violation(`the content type is ${contentType ?? 'missing'}; the contract says ${expected.mediaType}`));
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...violations, violation('the body is not valid JSON')];
  }
  const result = validateSchema(expected.schema as SchemaName, body);
  if (!result.ok) violations.push(violation(`the body is not a valid ${expected.schema}`, result.errors));
  return violations;
}

/**
 * The contract check built from the spec, for `createWebhooksClient({ checkResponses: contractCheck })`.
 * @example
 * import { contractCheck } from 'webhooks-contract/contract-check';
 * const client = createWebhooksClient({ baseUrl, apiKey, checkResponses: contractCheck });
 */
export const contractCheck: ContractCheck = /* @__PURE__ */ Object.freeze({
  checkResponse,
  reportViolations(violations: ContractViolation[]): void {
    throw new ContractViolationError(violations);
  },
});
