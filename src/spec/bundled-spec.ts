/**
 * Finds the bundled contract (`generated/openapi.json`) from this module, so it is found both from the
 * sources and from the built package (`dist/src/spec/` → `dist/generated/`).
 * @module
 */
import { WebhooksContractError } from '../errors.js';

// Node's modules are fetched when a function runs, not imported: the routes built on this module also run in
// a browser (the MSW handlers), which passes them the spec and never reads a file
const fs = () => process.getBuiltinModule('node:fs');
const fileURLToPath = (url: URL) => process.getBuiltinModule('node:url').fileURLToPath(url);

/** The bundled spec's location. */
export const BUNDLED_SPEC_URL = new URL('../../generated/openapi.json', import.meta.url);

/**
 * The bundled spec's file path; throws when it is missing (run `npm run generate`).
 * @example
 * spawn(prism, ['mock', bundledSpecPath()]);
 */
export function bundledSpecPath(): string {
  const path = fileURLToPath(BUNDLED_SPEC_URL);
  if (!fs().existsSync(path)) {
    throw new WebhooksContractError('ERR_SPEC_MISSING', `The bundled spec is missing at ${path}: run "npm run generate".`);
  }
  return path;
}

/** A JSON object of the spec, loosely typed. */
export type SpecNode = Record<string, unknown>;

let cached: SpecNode | undefined;

/**
 * The bundled spec, parsed once.
 * @example
 * const { paths } = loadBundledSpec();
 */
export function loadBundledSpec(): SpecNode {
  cached ??= JSON.parse(fs().readFileSync(bundledSpecPath(), 'utf8')) as SpecNode;
  return cached;
}
