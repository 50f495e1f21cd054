/**
 * The scenarios of the mock and of the MSW handlers: which answer a request asks for (`Prefer: code=…,
 * example=…, dynamic=…, delay=…`, or the `__code` / `__example` / `__dynamic` / `__delay` query
 * parameters), checked against what the operation documents, so that an unknown status or example is a 404
 * that lists what exists. Loads no file: `scenariosOf` takes the spec document.
 * @module
 */
import type { SpecNode } from '../spec/bundled-spec.js';
import { resolveRef } from '../spec/resolve-ref.js';
import type { SpecRoute } from '../spec/routes.js';
import type { ValidationIssue } from '../validation/messages.js';
import { DEFAULT_PROBLEM_TYPE_BASE, invalidParameters, type Problem } from '../validation/problem.js';

/** The longest latency `Prefer: delay=<ms>` adds, in milliseconds. */
export const MAX_DELAY_MS = 30_000;

/** What a request asks the mock to answer. */
export interface Scenario {
  /** the status to answer; the operation's success status when absent */
  code?: number;
  /** the named example of that status */
  example?: string;
  /** generated data instead of the examples; the mock's default when absent */
  dynamic?: boolean;
  /** milliseconds to wait before answering */
  delayMs: number;
}

/** The statuses an operation documents, each with its named examples, and its success status. */
export interface OperationScenarios {
  success: number;
  /** documented status → its example names, in the spec's order */
  statuses: Map<number, string[]>;
}

/**
 * Every operation's documented statuses and examples, read from a spec document.
 * @example
 * scenariosOf(spec).get('listWebhooks')?.statuses.get(200) // ['page', 'empty']
 */
export function scenariosOf(spec: SpecNode): Map<string, OperationScenarios> {
  const result = new Map<string, OperationScenarios>();
  const paths = spec.paths as Record<string, SpecNode>;
  for (const [, rawItem] of Object.entries(paths)) {
    const item = resolveRef<SpecNode>(spec, rawItem);
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']) {
      const operation = item[method] as SpecNode | undefined;
      if (operation === undefined) continue;
      const statuses = new Map<number, string[]>();
      for (const [status, rawResponse] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
        if (!/^\d{3}$/.test(status)) continue;
        const response = resolveRef<SpecNode>(spec, rawResponse);
        const names = Object.values((response.content ?? {}) as Record<string, SpecNode>).flatMap((media) => Object.keys((media.examples ?? {}) as object));
        statuses.set(Number(status), [...new Set(names)]);
      }
      const success = [...statuses.keys()].filter((status) => status >= 200 && status < 300).sort((a, b) => a - b)[0] ?? 200;
      result.set(String(operation.operationId), { success, statuses });
    }
  }
  return result;
}

/** One preference of a Prefer header (RFC 7240): its name, lower-cased, and value. */
function preferences(header: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const element of header.split(',')) {
    // parameters after ";" qualify a preference; none of the mock's preferences takes any
    const [head = ''] = element.split(';');
    const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s"]*)))?\s*$/s.exec(head);
    if (match === null) continue;
    const name = match[1]!.toLowerCase();
    // RFC 7240 §2: a preference given more than once counts the first time
    if (!found.has(name)) found.set(name, match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? '');
  }
  return found;
}

const STATUS = /^[1-5][0-9]{2}$/;
const DELAY = /^(?:0|[1-9][0-9]{0,5})$/;

/** A scenario read from a request, or the 400 problem for a preference the mock cannot read. */
export type ScenarioRead = { ok: true; scenario: Scenario } | { ok: false; problem: Problem };

/**
 * Reads the scenario a request asks for. The Prefer header wins, preference by preference; the
 * `__code`, `__example`, `__dynamic` and `__delay` query parameters fill in what it does not say.
 * Preferences the mock does not know are ignored (RFC 7240).
 * @example
 * readScenario('code=429, delay=800', new URLSearchParams(), '/v1/webhooks') // { ok: true, scenario: { code: 429, delayMs: 800 } }
 */
export function readScenario(prefer: string | undefined, query: URLSearchParams, instance: string): ScenarioRead {
  const header = prefer === undefined ? new Map<string, string>() : preferences(prefer);
  const errors: ValidationIssue[] = [];
  const read = (name: string): { value: string; pointer: string; label: string } | undefined => {
    const fromHeader = header.get(name);
    if (fromHeader !== undefined) return { value: fromHeader, pointer: '/Prefer', label: `Prefer: ${name}` };
    const fromQuery = query.getAll(`__${name}`);
    if (fromQuery.length > 1) {
      errors.push({ pointer: `/__${name}`, message: `__${name} must be given at most once` });
      return undefined;
    }
    return fromQuery[0] === undefined ? undefined : { value: fromQuery[0], pointer: `/__${name}`, label: `__${name}` };
  };
  const scenario: Scenario = { delayMs: 0 };
  const code = read('code');
  if (code !== undefined) {
    if (STATUS.test(code.value)) scenario.code = Number(code.value);
    else errors.push({ pointer: code.pointer, message: `${code.label} must be an HTTP status code such as 404` });
  }
  const example = read('example');
  if (example !== undefined) {
    if (example.value !== '') scenario.example = example.value;
    else errors.push({ pointer: example.pointer, message: `${example.label} must name an example, such as example=unknown_field` });
  }
  const dynamic = read('dynamic');
  if (dynamic !== undefined) {
    if (dynamic.value === 'true' || dynamic.value === 'false') scenario.dynamic = dynamic.value === 'true';
    else errors.push({ pointer: dynamic.pointer, message: `${dynamic.label} must be true or false` });
  }
  const delay = read('delay');
  if (delay !== undefined) {
    if (DELAY.test(delay.value) && Number(delay.value) <= MAX_DELAY_MS) scenario.delayMs = Number(delay.value);
    else errors.push({ pointer: delay.pointer, message: `${delay.label} must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}` });
  }
  return errors.length === 0 ? { ok: true, scenario } : { ok: false, problem: invalidParameters(instance, errors) };
}

const listed = (items: readonly (string | number)[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

function scenarioNotFound(instance: string, detail: string): Problem {
  return { type: `${DEFAULT_PROBLEM_TYPE_BASE}scenario-not-found`, title: 'No such scenario', status: 404, detail, instance };
}

/**
 * The 404 problem when a scenario asks for a status the operation does not document, or an example the
 * status does not have; it lists what exists (and never repeats the asked-for example's name).
 * @example
 * checkScenario(listRoute, scenarios, { code: 500, delayMs: 0 }, '/v1/webhooks')?.detail
 * // 'listWebhooks documents no status 500; ask for one of 200, 400, 401, 429 and 503.'
 */
export function checkScenario(route: SpecRoute, all: Map<string, OperationScenarios>, scenario: Scenario, instance: string): Problem | undefined {
  const operation = all.get(route.operationId);
  if (operation === undefined) return undefined;
  const status = scenario.code ?? operation.success;
  const examples = operation.statuses.get(status);
  if (examples === undefined) {
    return scenarioNotFound(instance, `${route.operationId} documents no status ${status}; ask for one of ${listed([...operation.statuses.keys()])}.`);
  }
  if (scenario.example !== undefined && !examples.includes(scenario.example)) {
    return scenarioNotFound(
      instance,
      examples.length === 0
        ? `${route.operationId} ${status} has no named examples; leave out example=.`
        : `${route.operationId} ${status} has no example of that name; its examples are ${listed(examples)}.`,
    );
  }
  return undefined;
}
