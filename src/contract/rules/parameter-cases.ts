/**
 * A case for each rule of a parameter: a value that breaks that rule and no other, as the parameter check
 * servers built on this library make (`checkParameters`) judges it.
 * @module
 */
import type { SpecParameter, SpecRoute } from '../../spec/routes.js';
import { checkParameters } from '../../validation/parameters.js';
import type { CaseSearch } from './body-cases.js';
import type { ContractRule } from './rule.js';

/** A valid id, for the path segments a case does not break. */
const SOME_UUID = '3f0c1d2e-8a4b-4c6d-9e7f-0a1b2c3d4e5f';

/** The parameter value a case sends, and the parameter it is for. */
export interface ParameterCase {
  parameter: SpecParameter;
  value: string;
}

function valuesFor(rule: ContractRule): string[] {
  const limit = Number(rule.value);
  switch (rule.keyword) {
    case 'type':
      return ['not-a-number', '1.5', '0x10', '1e2'];
    case 'minimum':
      return [String(limit - 1)];
    case 'maximum':
      return [String(limit + 1)];
    case 'minLength':
      return [limit <= 1 ? '' : 'k'.repeat(limit - 1)];
    case 'maxLength':
      return ['k'.repeat(limit + 1)];
    case 'pattern':
    case 'format':
    case 'enum':
      return ['not-a-uuid', '3f0c1d2e8a4b4c6d9e7f0a1b2c3d4e5f', 'has space', 'é', '\u007f'];
    case 'required':
      return [];
    default:
      return [];
  }
}

/**
 * Looks for a value of one parameter that breaks exactly this rule.
 * @example
 * parameterCase(rule, routeOf('listWebhooks')) // { found: { body: { parameter, value: '101' }, pointer: '/limit', message: 'limit must be at most 100' } }
 */
export function parameterCase(rule: ContractRule, route: SpecRoute): CaseSearch {
  const name = rule.field.slice(1);
  const parameter = route.parameterList.find((candidate) => candidate.name === name && candidate.in === rule.condition);
  if (parameter === undefined) return { missing: `the route has no ${rule.condition ?? ''} parameter ${name}` };
  for (const value of valuesFor(rule)) {
    if (parameter.in === 'path' && value === '') continue;
    const pathname = route.template.replace(/\{([^}]+)\}/g, (_, segment: string) => encodeURIComponent(segment === name && parameter.in === 'path' ? value : SOME_UUID));
    const query = new URLSearchParams(parameter.in === 'query' ? { [name]: value } : {});
    const headers = parameter.in === 'header' ? { [name.toLowerCase()]: value } : {};
    const checked = checkParameters(route, { pathname, query, headers });
    if (checked.ok || checked.errors.length !== 1 || checked.errors[0]!.pointer !== rule.field) continue;
    return { found: { body: { parameter, value } satisfies ParameterCase, pointer: rule.field, message: checked.errors[0]!.message } };
  }
  return { missing: `none of the values the runner tries breaks ${rule.keyword} alone` };
}
