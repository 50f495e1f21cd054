/**
 * A valid request to any operation of a document, with no knowledge of the API behind it: its first
 * named example body (or one generated from the body schema), each path parameter and each required
 * query or header parameter given a value generated from its schema.
 * @module
 */
import fc from 'fast-check';
import type { SpecNode } from '../../spec/bundled-spec.js';
import { requestExamples, routeOf } from '../inputs.js';
import type { RequestParts } from '../requests.js';
import type { OperationContract } from '../response-contract.js';
import { generatedBases } from '../rules/body-cases.js';
import { validArbitrary } from '../schema/arbitrary.js';

/**
 * The parts of a valid request to an operation of the document.
 * @example
 * genericValidParts(spec, contracts.get('createWidget')!, 1) // { body: { json: { name: 'round one', kind: 'round' } } }
 */
export function genericValidParts(spec: SpecNode, contract: OperationContract, seed: number): RequestParts {
  const path: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const parameter of routeOf(contract.operationId, spec).parameterList) {
    if (parameter.in !== 'path' && !parameter.required) continue;
    const value = String(fc.sample(validArbitrary(parameter.schema, spec), { numRuns: 1, seed })[0]);
    if (parameter.in === 'path') path[parameter.name] = value;
    else if (parameter.in === 'query') query[parameter.name] = value;
    else headers[parameter.name] = value;
  }
  const parts: RequestParts = {
    ...(Object.keys(path).length === 0 ? {} : { path }),
    ...(Object.keys(query).length === 0 ? {} : { query }),
    ...(Object.keys(headers).length === 0 ? {} : { headers }),
  };
  if (contract.requestSchema === undefined) return parts;
  const body = requestExamples(contract, seed, spec)[0]?.body ?? generatedBases(contract.requestSchema, spec, 1)[0];
  return body === undefined ? parts : { ...parts, body: { json: body } };
}
