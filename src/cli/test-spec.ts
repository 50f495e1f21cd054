/**
 * Reads the OpenAPI 3.1 document `webhooks-contract test --spec FILE` tests against: a bundled JSON file as
 * it is, a YAML file or one with `$ref`s to other local files bundled as `webhooks-contract diff` bundles them.
 * @module
 */
import { BundlerMissingError, loadContract } from '../compat/load-contract.js';
import { ContractInputError } from '../compat/diff-contracts.js';
import { UsageError } from './io.js';

/** The last line of a bundler's complaint, which names the error and where it is. */
function reason(error: Error): string {
  const lines = error.message.split('\n').map((line) => line.trim().replace(/^- /, '')).filter((line) => line !== '');
  return (lines.at(-1) ?? 'unreadable').replace(/[.:]$/, '');
}

/**
 * Loads the `--spec` document, or throws a one-sentence `UsageError` saying why it cannot be used.
 * @example
 * const spec = await loadTestSpec('openapi.yaml');
 */
export async function loadTestSpec(file: string): Promise<Record<string, unknown>> {
  let document: unknown;
  try {
    document = await loadContract(file, { resolveFrom: process.cwd() });
  } catch (error) {
    if (error instanceof BundlerMissingError) throw new UsageError(error.message);
    if (error instanceof ContractInputError) {
      if (/does not exist\.$/.test(error.message)) throw new UsageError(`--spec ${file}: no such file; pass the path of an OpenAPI 3.1 document, such as --spec openapi.yaml`);
      throw new UsageError(`--spec ${file} is not valid YAML or JSON: ${reason(error).replace(/^.* is not valid JSON: /, '')}`);
    }
    throw error;
  }
  const version = (document as { openapi?: unknown }).openapi;
  if (typeof version !== 'string' || !/^3\.1\.\d+$/.test(version)) {
    throw new UsageError(`--spec ${file} is not an OpenAPI 3.1 document: its "openapi" field is ${version === undefined ? 'missing' : JSON.stringify(version)}, and the runner reads 3.1.x only`);
  }
  return document as Record<string, unknown>;
}
