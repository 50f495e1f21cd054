/**
 * Checks a request's path, query and header parameters against the schemas the spec declares for its
 * operation, worded like the body rules ("limit must be at most 100"). The mock's front layer and the
 * reference server both use it, so that both answer a bad parameter with the same `400`.
 * @module
 */
import type { SchemaError } from '../../generated/validators.js';
import type { SpecParameter, SpecRoute } from '../spec/routes.js';
import { describeErrors, type ValidationIssue } from './messages.js';
import { WebhooksContractError } from '../errors.js';

/** The schema keywords a parameter schema may use; `test/validation/parameters.test.ts` holds the spec to it. */
export const SUPPORTED_PARAMETER_KEYWORDS = new Set([
  'type',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  // annotations, which change nothing
  'title',
  'description',
  'default',
  'example',
  'examples',
  'x-error-messages',
]);

/** The formats a parameter schema may use, with the test Ajv (ajv-formats) applies to body fields. */
const FORMATS: Record<string, RegExp> = {
  uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
};

/** A whole number in decimal, as a query string spells one: no sign but minus, no exponent, no hex, no spaces. */
const DECIMAL_INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** The raw parts of a request the parameters are read from. */
export interface RequestParts {
  /** the path as requested, still percent-encoded, without the query */
  pathname: string;
  /** the query string's parameters */
  query: URLSearchParams;
  /** the request headers, names lower-cased (as Node and Fastify give them) */
  headers: Record<string, string | string[] | undefined>;
}

/** The parameters' values, converted to their schema's type; or the rules they broke. */
export type ParametersResult =
  | { ok: true; values: Record<string, string | number> }
  | { ok: false; errors: ValidationIssue[] };

type Value = string | number;

function error(parameter: SpecParameter, keyword: string, params: Record<string, unknown>, parentSchema: unknown = parameter.schema): SchemaError {
  return { instancePath: `/${parameter.name}`, schemaPath: '', keyword, params, parentSchema };
}

/** The first rule `raw` breaks, or its value converted to the schema's type. */
function checkValue(parameter: SpecParameter, raw: string): { value: Value } | { error: SchemaError } {
  const { schema } = parameter;
  let value: Value = raw;
  if (schema.type === 'integer') {
    const number = Number(raw);
    if (!DECIMAL_INTEGER.test(raw) || !Number.isSafeInteger(number)) return { error: error(parameter, 'type', { type: 'integer' }) };
    value = number;
  } else if (schema.type !== undefined && schema.type !== 'string') {
    throw new WebhooksContractError('ERR_SPEC_INVALID', `parameter ${parameter.name}: type ${String(schema.type)} is not supported`);
  }
  if (typeof schema.minimum === 'number' && (value as number) < schema.minimum) return { error: error(parameter, 'minimum', { limit: schema.minimum }) };
  if (typeof schema.maximum === 'number' && (value as number) > schema.maximum) return { error: error(parameter, 'maximum', { limit: schema.maximum }) };
  if (typeof value === 'string') {
    // lengths in code points, as JSON Schema counts them
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength) return { error: error(parameter, 'minLength', { limit: schema.minLength }) };
    if (typeof schema.maxLength === 'number' && length > schema.maxLength) return { error: error(parameter, 'maxLength', { limit: schema.maxLength }) };
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      return { error: error(parameter, 'pattern', { pattern: schema.pattern }) };
    }
    if (typeof schema.format === 'string') {
      const test = FORMATS[schema.format];
      if (test === undefined) throw new WebhooksContractError('ERR_SPEC_INVALID', `parameter ${parameter.name}: format ${schema.format} is not supported`);
      if (!test.test(value)) return { error: error(parameter, 'format', { format: schema.format }) };
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return { error: error(parameter, 'enum', { allowedValues: schema.enum }) };
  return { value };
}

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // a malformed escape (%zz) cannot be a valid value: keep it raw, and the schema says what is wrong
    return segment;
  }
}

/** A parameter given more than once (`?limit=1&limit=2`): which one to believe is not for the server to guess. */
const ONCE_SCHEMA = { 'x-error-messages': { 'x-once': '{field} must be given at most once' } };

/**
 * Checks every declared parameter of `route` in a request: path parameters, query parameters and header
 * parameters, each against its schema. Unknown query parameters are ignored, as most APIs do.
 * @example
 * const checked = checkParameters(route, { pathname: '/v1/webhooks', query: new URLSearchParams('limit=0x10'), headers: {} });
 * // { ok: false, errors: [{ pointer: '/limit', message: 'limit must be a whole number' }] }
 */
export function checkParameters(route: SpecRoute, request: RequestParts): ParametersResult {
  const errors: SchemaError[] = [];
  const values: Record<string, Value> = {};
  const segments = route.pattern.exec(request.pathname)?.slice(1) ?? [];
  for (const parameter of route.parameterList) {
    let raw: string | undefined;
    if (parameter.in === 'path') {
      const index = route.pathParameterNames.indexOf(parameter.name);
      const segment = index >= 0 ? segments[index] : undefined;
      raw = segment === undefined ? undefined : decodePathSegment(segment);
    } else if (parameter.in === 'query') {
      const all = request.query.getAll(parameter.name);
      if (all.length > 1) {
        errors.push(error(parameter, 'x-once', {}, ONCE_SCHEMA));
        continue;
      }
      raw = all[0];
    } else {
      const header = request.headers[parameter.name.toLowerCase()];
      if (Array.isArray(header)) {
        errors.push(error(parameter, 'x-once', {}, ONCE_SCHEMA));
        continue;
      }
      raw = header;
    }
    if (raw === undefined) {
      if (parameter.required) errors.push(error(parameter, 'required', {}));
      continue;
    }
    const checked = checkValue(parameter, raw);
    if ('error' in checked) errors.push(checked.error);
    else values[parameter.name] = checked.value;
  }
  return errors.length === 0 ? { ok: true, values } : { ok: false, errors: describeErrors(errors) };
}
