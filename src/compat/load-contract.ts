/**
 * Reads a contract for the check: a bundled JSON document as it is; a YAML file, a document that refers
 * to other files, or a spec folder bundled with Redocly's CLI (the bundler `npm run generate` uses), which
 * must be installed: it is an optional peer dependency.
 * @module
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { WebhooksContractError } from '../errors.js';
import { ContractInputError } from './diff-contracts.js';
import { isObject, type Json } from './schema-walk.js';

const run = promisify(execFile);

/** The Redocly CLI version this package is built and tested with. */
export const REDOCLY_VERSION = '2.77.0';

/** The install line a user needs for YAML and folders. */
export const REDOCLY_INSTALL_HINT = `npm install --save-dev @redocly/cli@${REDOCLY_VERSION}`;

/** A YAML file or a spec folder was given, and Redocly's CLI, which bundles them, is not installed. */
export class BundlerMissingError extends WebhooksContractError {
  constructor(path: string) {
    super(
      'ERR_BUNDLER_MISSING',
      `Reading ${path} needs bundling, which this check does with Redocly's CLI (an optional peer dependency): ` +
        `install it with "${REDOCLY_INSTALL_HINT}", or pass a bundled JSON file (such as the package's openapi.json).`,
    );
  }
}

/** Where the root document of a spec folder is. */
const ROOT_NAMES = ['openapi.yaml', 'openapi.yml', 'openapi.json'];

/** Options of `loadContract`. */
export interface LoadOptions {
  /** where to look for `@redocly/cli` first (a project folder); this package's own dependencies come next */
  resolveFrom?: string;
  /** the Redocly CLI script to bundle with, found by itself when not given; `false` bundles nothing */
  redoclyCli?: string | false;
}

function redoclyCli(options: LoadOptions): string | undefined {
  if (options.redoclyCli !== undefined) return options.redoclyCli === false ? undefined : options.redoclyCli;
  const bases = [options.resolveFrom ? join(resolve(options.resolveFrom), 'package.json') : undefined, import.meta.url].filter(
    (base): base is string => base !== undefined,
  );
  for (const base of bases) {
    try {
      const manifest = createRequire(base).resolve('@redocly/cli/package.json');
      const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin?: Record<string, string> }).bin?.redocly ?? 'bin/cli.js';
      return join(dirname(manifest), bin);
    } catch {
      // not installed from there; try the next place
    }
  }
  return undefined;
}

/**
 * Bundles an OpenAPI root document (YAML or JSON, with references to other files) into one document.
 * @example
 * const spec = await bundleSpec('spec/openapi.yaml');
 */
export async function bundleSpec(root: string, options: LoadOptions = {}): Promise<Json> {
  const cli = redoclyCli(options);
  if (!cli) throw new BundlerMissingError(root);
  const out = mkdtempSync(join(tmpdir(), 'webhooks-contract-bundle-'));
  try {
    const target = join(out, 'openapi.json');
    try {
      // from an empty folder: no redocly.yaml around changes how either version is bundled
      await run(process.execPath, [cli, 'bundle', resolve(root), '--output', target], {
        cwd: out,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const output = String((error as { stderr?: string }).stderr ?? '')
        .split('\n')
        .filter((line) => line.trim() !== '' && !/[╔║╚═]/.test(line))
        .slice(-8)
        .join('\n');
      throw new ContractInputError(`Could not bundle ${root}:\n${output}`);
    }
    return JSON.parse(readFileSync(target, 'utf8')) as Json;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Reads a contract from a bundled JSON file, a YAML file, or a spec folder (its `openapi.yaml`).
 * Throws `ContractInputError` when it cannot be read, `BundlerMissingError` when it needs Redocly.
 * @example
 * const [before, after] = await Promise.all([loadContract('old/openapi.json'), loadContract('spec')]);
 */
export async function loadContract(path: string, options: LoadOptions = {}): Promise<Json> {
  if (!existsSync(path)) throw new ContractInputError(`${path} does not exist.`);
  if (statSync(path).isDirectory()) {
    const root = ROOT_NAMES.map((name) => join(path, name)).find((candidate) => existsSync(candidate));
    if (!root) throw new ContractInputError(`${path} is a folder without ${ROOT_NAMES.join(', ')}: pass the spec folder or a bundled file.`);
    return loadContract(root, options);
  }
  if (!/\.json$/i.test(path)) return bundleSpec(path, options);
  const text = readFileSync(path, 'utf8');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ContractInputError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(document)) throw new ContractInputError(`${path} does not hold a JSON object.`);
  // a JSON root that still refers to other files is bundled like a YAML one
  return /"\$ref"\s*:\s*"(?!#)/.test(text) ? bundleSpec(path, options) : document;
}
