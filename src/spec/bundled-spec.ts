/**
 * Finds the bundled contract (`generated/openapi.json`) from this module, so it is found both from the
 * sources and from the built package (`dist/src/spec/` → `dist/generated/`).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WebhooksContractError } from '../errors.js';

/** The bundled spec's location. */
export const BUNDLED_SPEC_URL = new URL('../../generated/openapi.json', import.meta.url);

/**
 * The bundled spec's file path; throws when it is missing (run `npm run generate`).
 * @example
 * spawn(prism, ['mock', bundledSpecPath()]);
 */
export function bundledSpecPath(): string {
  const path = fileURLToPath(BUNDLED_SPEC_URL);
  if (!existsSync(path)) {
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
  cached ??= JSON.parse(readFileSync(bundledSpecPath(), 'utf8')) as SpecNode;
  return cached;
}
