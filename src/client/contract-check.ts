/**
 * The client's opt-in contract check: every response is compared with the spec (status documented,
 * media type, required headers, body schema) using the precompiled validators.
 * @module
 */
import { operations, type SchemaName } from '../../generated/validators.js';
import { validateSchema } from '../validation/validate.js';
import type { ValidationIssue } from '../validation/messages.js';
import type { ContractViolation } from './contract-violation.js';

type OperationContract = (typeof operations)[keyof typeof operations];
type ResponseContract = { schema: string | null; mediaType: string | null; headers: readonly string[] };

const byMethodAndPath = new Map<string, [string, OperationContract]>(
  Object.entries(operations).map(([id, op]) => [`${op.method.toUpperCase()} ${op.path}`, [id, op]]),
);

function documentedResponse(op: OperationContract, status: number): ResponseContract | undefined {
  const responses = op.responses as Record<string, ResponseContract>;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

/**
 * Checks one response against its operation's contract (documented status, required headers, media
 * type, body schema); an empty list means it conforms. `path` is the spec's path template.
 * @example
 * const violations = await checkResponse('GET', '/v1/webhooks/{id}', await fetch(url));
 */
export async function checkResponse(method: string, path: string, response: Response): Promise<ContractViolation[]> {
  const found = byMethodAndPath.get(`${method.toUpperCase()} ${path}`);
  if (!found) return [];
  const [operationId, op] = found;
  const status = response.status;
  const violation = (message: string, errors: ValidationIssue[] = []): ContractViolation => ({
    operationId,
    method: method.toUpperCase(),
    path,
    status,
    message,
    errors,
  });
  const expected = documentedResponse(op, status);
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
