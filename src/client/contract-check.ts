/**
 * The client's opt-in contract check: every response is compared with the spec (status documented,
 * media type, required headers, body schema) using the precompiled validators.
 * @module
 */
import type { Middleware } from 'openapi-fetch';
import { operations, type SchemaName } from '../../generated/validators.js';
import { WebhooksContractError } from '../errors.js';
import { validateSchema } from '../validation/validate.js';
import type { ValidationIssue } from '../validation/messages.js';

/** One way a response broke the contract. */
export interface ContractViolation {
  operationId: string;
  method: string;
  /** the spec's path template, such as `/v1/webhooks/{id}` */
  path: string;
  status: number;
  /** what is wrong, in a sentence */
  message: string;
  /** for a body that does not match its schema: each broken rule */
  errors: ValidationIssue[];
}

/**
 * Thrown by a client created with `checkResponses: true` when a response breaks the contract.
 * @example
 * try { await client.GET('/v1/webhooks') } catch (e) { if (e instanceof ContractViolationError) console.log(e.violations) }
 */
export class ContractViolationError extends WebhooksContractError {
  readonly violations: ContractViolation[];

  constructor(violations: ContractViolation[]) {
    const [first] = violations;
    const summary = violations.map((v) => `${v.message}${v.errors.map((e) => `\n  - ${e.pointer || '(body)'}: ${e.message}`).join('')}`);
    super(
      'ERR_CONTRACT_VIOLATION',
      `${first ? `${first.method} ${first.path} → ${first.status}` : 'response'} breaks the contract:\n${summary.join('\n')}`,
    );
    this.violations = violations;
  }
}

type OperationContract = (typeof operations)[keyof typeof operations];
type ResponseContract = { schema: string | null; mediaType: string | null; headers: readonly string[] };

const byMethodAndPath = new Map<string, [string, OperationContract]>(
  Object.entries(operations).map(([id, op]) => [`${op.method.toUpperCase()} ${op.path}`, [id, op]]),
);

function documentedResponse(op: OperationContract, status: number): ResponseContract | undefined {
  const responses = op.responses as Record<string, ResponseContract>;
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

/** Checks one response against its operation's contract; an empty list means it conforms. */
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

/** Middleware that checks each response and hands violations to `report`. */
export function contractCheckMiddleware(report: (violations: ContractViolation[]) => void): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      const violations = await checkResponse(request.method, schemaPath, response);
      if (violations.length > 0) report(violations);
      return undefined;
    },
  };
}
