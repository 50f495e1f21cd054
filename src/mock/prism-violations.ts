/**
 * Reads the violations Prism reports in its `sl-violations` header and words those about path and query
 * parameters the way the library words body rules ("limit must be at most 100").
 * @module
 */
import type { SchemaError } from '../../generated/validators.js';
import { describeErrors, type ValidationIssue } from '../validation/messages.js';
import type { SpecRoute } from '../spec/routes.js';

/** One violation as Prism reports it. */
export interface PrismViolation {
  /** such as `["request", "query", "limit"]` or `["response", "body", "data", "0", "url"]` */
  location: string[];
  severity: string;
  /** the JSON Schema keyword, or an HTTP status for security and media-type problems */
  code: string | number;
  message: string;
}

/**
 * The violations in an `sl-violations` header; none when it is absent or truncated by Prism.
 * @example
 * parseViolations(response.headers['sl-violations'])
 */
export function parseViolations(header: string | string[] | undefined): PrismViolation[] {
  if (typeof header !== 'string') return [];
  try {
    const parsed = JSON.parse(header) as unknown;
    return Array.isArray(parsed) ? (parsed as PrismViolation[]) : [];
  } catch {
    // Prism cuts long headers and prefixes them with "Too many violations!"
    return [];
  }
}

const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header']);
const LIMIT_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems']);

/** Ajv's parameters for a keyword, rebuilt from the parameter's schema (Prism's header drops them). */
function keywordParams(keyword: string, schema: Record<string, unknown> | undefined): Record<string, unknown> {
  if (schema === undefined) return {};
  if (LIMIT_KEYWORDS.has(keyword)) return { limit: schema[keyword] };
  if (keyword === 'format') return { format: schema.format };
  if (keyword === 'type') return { type: schema.type };
  if (keyword === 'enum') return { allowedValues: schema.enum };
  if (keyword === 'pattern') return { pattern: schema.pattern };
  return {};
}

/**
 * One `{ pointer, message }` per parameter rule Prism found broken; body and response violations are left out.
 * @example
 * explainParameterViolations(listRoute, [{ location: ['request', 'query', 'limit'], code: 'maximum', … }])
 * // [{ pointer: '/limit', message: 'limit must be at most 100' }]
 */
export function explainParameterViolations(route: SpecRoute, violations: readonly PrismViolation[]): ValidationIssue[] {
  const errors: SchemaError[] = [];
  for (const { location, code, message } of violations) {
    const [side, where, name] = location;
    if (side !== 'request' || where === undefined || !PARAMETER_LOCATIONS.has(where) || name === undefined) continue;
    const schema = route.parameters.get(`${where}:${name}`);
    const keyword = String(code);
    const known = schema !== undefined && (LIMIT_KEYWORDS.has(keyword) || ['format', 'type', 'enum', 'pattern'].includes(keyword));
    errors.push({
      instancePath: `/${name}`,
      schemaPath: '',
      keyword: known ? keyword : 'x-prism',
      params: keywordParams(keyword, schema),
      // describeErrors has no sentence for a keyword it does not know; keep Prism's, without its prefix
      ...(known ? {} : { parentSchema: { 'x-error-messages': { 'x-prism': `{field} ${message.replace(/^Request \w+ parameter \S+ /, '')}` } } }),
    });
  }
  return describeErrors(errors);
}
