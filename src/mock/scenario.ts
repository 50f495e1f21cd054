/**
 * The mock's scenarios (`Prefer: code=…, example=…, dynamic=…, delay=…`), read and checked by
 * `src/http/scenario.ts`, which the MSW handlers share; here the bundled spec as their default, and the
 * Prefer header Prism is sent.
 * @module
 */
import { loadBundledSpec, type SpecNode } from '../spec/bundled-spec.js';
import { scenariosOf, type OperationScenarios, type Scenario } from '../http/scenario.js';

export { MAX_DELAY_MS, checkScenario, readScenario, type OperationScenarios, type Scenario, type ScenarioRead } from '../http/scenario.js';

/**
 * Every operation's documented statuses and examples, read from the bundled spec.
 * @example
 * operationScenarios().get('listWebhooks')?.statuses.get(200) // ['page', 'empty']
 */
export function operationScenarios(spec: SpecNode = loadBundledSpec()): Map<string, OperationScenarios> {
  return scenariosOf(spec);
}

/**
 * The Prefer header to send Prism for a scenario (delay is the front layer's, not Prism's).
 * @example
 * preferForPrism({ code: 404, example: 'webhook_not_found', delayMs: 0 }) // 'code=404, example=webhook_not_found'
 */
export function preferForPrism(scenario: Scenario): string | undefined {
  const parts: string[] = [];
  if (scenario.code !== undefined) parts.push(`code=${scenario.code}`);
  if (scenario.example !== undefined) parts.push(`example=${scenario.example}`);
  if (scenario.dynamic !== undefined) parts.push(`dynamic=${scenario.dynamic}`);
  return parts.length === 0 ? undefined : parts.join(', ');
}
