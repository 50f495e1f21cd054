/**
 * Walks a JSON Schema of the bundled document and lists each constraint keyword it states as a rule, with
 * its pointer in the document and a sentence (the schema's own `x-error-messages` where it has one, else
 * one written from the keyword). References are followed, so a rule's pointer is where it is written.
 * Keywords inside an `if` are conditions, not rules; those inside a `oneOf` / `anyOf` branch are
 * alternatives, listed as not applicable on their own (the `oneOf` itself is the rule).
 * @module
 */
import type { SpecNode } from '../../spec/bundled-spec.js';
import { unescapePointerToken } from '../../spec/json-pointer.js';
import type { ContractRule, RuleArea } from './rule.js';

/** The keywords that constrain a value (annotations such as `description` or `examples` do not). */
const CONSTRAINTS = [
  'type', 'const', 'enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'minProperties', 'maxProperties', 'propertyNames', 'not', 'oneOf', 'anyOf',
] as const;

/** Where the walk is. */
interface Where {
  operationId: string;
  area: RuleArea;
  status: string;
  pointer: string;
  field: string;
  /** the messages a referring schema gives its target (siblings of `$ref` win over the target's own) */
  refMessages?: Record<string, string>;
  condition?: string;
  /** the pointer of the `oneOf` / `anyOf` this is a branch of */
  alternativeOf?: string;
}

function nodeAt(spec: SpecNode, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((node, token) => (node as Record<string, unknown> | undefined)?.[unescapePointerToken(token)], spec);
}

function fieldName(field: string): string {
  const name = field.split('/').filter((token) => token !== '' && token !== '-').at(-1);
  return name === undefined ? 'the request body' : unescapePointerToken(name);
}

const TYPE_WORDS: Record<string, string> = { string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false', array: 'an array', object: 'a JSON object', null: 'null' };

/** A sentence for a keyword without a message of its own. */
function writtenSentence(keyword: string, value: unknown, name: string): string {
  const show = (item: unknown) => JSON.stringify(item);
  switch (keyword) {
    case 'type':
      return `${name} must be ${[value].flat().map((type) => TYPE_WORDS[type as string] ?? String(type)).join(' or ')}`;
    case 'const':
      return `${name} must be ${show(value)}`;
    case 'enum':
      return `${name} must be one of ${(value as unknown[]).map(show).join(', ')}`;
    case 'pattern':
      return `${name} must match the pattern ${String(value)}`;
    case 'format':
      return `${name} must be a valid ${String(value)}`;
    case 'minLength':
      return `${name} must be at least ${String(value)} characters long`;
    case 'maxLength':
      return `${name} must be at most ${String(value)} characters long`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `${name} must be ${keyword === 'minimum' ? 'at least' : 'more than'} ${String(value)}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `${name} must be ${keyword === 'maximum' ? 'at most' : 'less than'} ${String(value)}`;
    case 'minItems':
      return `${name} must list at least ${String(value)} item${value === 1 ? '' : 's'}`;
    case 'maxItems':
      return `${name} must list at most ${String(value)} item${value === 1 ? '' : 's'}`;
    case 'uniqueItems':
      return `${name} must not list an item twice`;
    case 'minProperties':
      return `${name} must have at least ${String(value)} field${value === 1 ? '' : 's'}`;
    case 'required':
      return `${name} is required`;
    case 'dependentRequired':
      return `${name} is required when ${String(value)} is present`;
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `${name} may hold only the fields the contract declares`;
    case 'not':
    case 'false':
      return `${name} must not be sent here`;
    case 'propertyNames':
      return `${name} may not hold fields whose names break ${JSON.stringify(value)}`;
    default:
      return `${name} must keep the ${keyword} rule`;
  }
}

/** Collects the rules of one schema (and everything it refers to). */
export function schemaRules(spec: SpecNode, schema: unknown, where: Where, visiting: ReadonlySet<string> = new Set()): ContractRule[] {
  const rules: ContractRule[] = [];
  const add = (keyword: string, pointer: string, field: string, value: unknown, messages: Record<string, string>, extra: Partial<ContractRule> = {}) => {
    const named = keyword === 'required' || keyword === 'dependentRequired' ? fieldName(field) : fieldName(where.field);
    // these keywords are about fields other than the one walked: the message's {field} is any such field
    const pattern = ((value as { not?: { pattern?: string } } | undefined)?.not?.pattern);
    const name = keyword === 'propertyNames' ? `a field matching ${pattern ?? 'the rule'}` : keyword === 'additionalProperties' || keyword === 'unevaluatedProperties' ? 'unknown_field' : named;
    const own = messages[keyword];
    const sentence = own === undefined ? writtenSentence(keyword, value, name) : own.replaceAll('{field}', name);
    const ruleClass = `${where.condition === undefined ? '' : 'if/then '}${keyword}`;
    // a then's type that its if already requires cannot be broken: a value of another type never meets the if
    const condition = where.condition === undefined ? undefined : (nodeAt(spec, where.condition) as SpecNode | undefined);
    const implied = keyword === 'type' && condition !== undefined && JSON.stringify(condition.type) === JSON.stringify(value);
    rules.push({
      id: `${where.operationId} ${pointer} ${field}`,
      operationId: where.operationId,
      area: where.area,
      ruleClass,
      keyword,
      pointer,
      field,
      sentence,
      status: where.status,
      value,
      ...(where.condition === undefined ? {} : { condition: where.condition }),
      ...(where.alternativeOf === undefined ? {} : { notApplicable: `an alternative of the ${nodeAt(spec, where.alternativeOf) === undefined ? 'branch' : 'oneOf/anyOf'} at ${where.alternativeOf}: a value that breaks it alone may keep another branch; the ${where.alternativeOf.split('/').at(-1)} rule itself is tested` }),
      ...(implied ? { notApplicable: `the if at ${where.condition} already requires this type: a value of another type never meets it` } : {}),
      ...extra,
    });
  };
  if (schema === false) {
    add('false', where.pointer, where.field, false, {});
    return rules;
  }
  if (typeof schema !== 'object' || schema === null) return rules;
  const node = schema as SpecNode;
  const messages = { ...((node['x-error-messages'] ?? {}) as Record<string, string>), ...(where.refMessages ?? {}) };
  const child = (pointer: string, field: string, extra: Partial<Where> = {}): Where => ({ operationId: where.operationId, area: where.area, status: where.status, pointer, field, ...(where.condition === undefined ? {} : { condition: where.condition }), ...(where.alternativeOf === undefined ? {} : { alternativeOf: where.alternativeOf }), ...extra });
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#') && !visiting.has(node.$ref)) {
    const target = node.$ref.slice(1);
    rules.push(...schemaRules(spec, nodeAt(spec, target), { ...child(target, where.field), refMessages: messages }, new Set([...visiting, node.$ref])));
  }
  for (const keyword of CONSTRAINTS) {
    if (!(keyword in node)) continue;
    const explainedBeside = (keyword === 'oneOf' || keyword === 'anyOf') && node['x-explain-with'] === 'allOf';
    add(keyword, `${where.pointer}/${keyword}`, where.field, node[keyword], messages, explainedBeside
      ? { notApplicable: 'it restates the rules written one by one beside it (x-explain-with: allOf), and each of those is tested; a validator names those, not the oneOf' }
      : {});
    if (keyword === 'oneOf' || keyword === 'anyOf') {
      (node[keyword] as unknown[]).forEach((branch, index) => rules.push(...schemaRules(spec, branch, child(`${where.pointer}/${keyword}/${index}`, where.field, { alternativeOf: `${where.pointer}/${keyword}` }), visiting)));
    }
  }
  for (const keyword of ['additionalProperties', 'unevaluatedProperties'] as const) {
    if (node[keyword] === false) add(keyword, `${where.pointer}/${keyword}`, where.field, Object.keys((node.properties ?? {}) as object), messages);
  }
  ((node.required ?? []) as string[]).forEach((name, index) => add('required', `${where.pointer}/required/${index}`, `${where.field}/${name}`, name, messages));
  for (const [trigger, names] of Object.entries((node.dependentRequired ?? {}) as Record<string, string[]>)) {
    names.forEach((name, index) => add('dependentRequired', `${where.pointer}/dependentRequired/${trigger}/${index}`, `${where.field}/${name}`, trigger, messages));
  }
  for (const [name, sub] of Object.entries((node.properties ?? {}) as Record<string, unknown>)) {
    rules.push(...schemaRules(spec, sub, child(`${where.pointer}/properties/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`, `${where.field}/${name}`), visiting));
  }
  if (node.items !== undefined) rules.push(...schemaRules(spec, node.items, child(`${where.pointer}/items`, `${where.field}/-`), visiting));
  ((node.allOf ?? []) as unknown[]).forEach((sub, index) => rules.push(...schemaRules(spec, sub, child(`${where.pointer}/allOf/${index}`, where.field), visiting)));
  for (const branch of ['then', 'else'] as const) {
    if (node[branch] !== undefined && node.if !== undefined) rules.push(...schemaRules(spec, node[branch], child(`${where.pointer}/${branch}`, where.field, { condition: `${where.pointer}/if` }), visiting));
  }
  return rules;
}
