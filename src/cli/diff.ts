/**
 * `webhooks-contract diff OLD NEW`: every change between two versions of the contract, classified under
 * the compatibility policy; exits 1 when one is breaking.
 * @module
 */
import { diffContracts } from '../compat/diff-contracts.js';
import { formatReport, reportExitCode } from '../compat/format-report.js';
import { loadContract } from '../compat/load-contract.js';
import { WebhooksContractError } from '../errors.js';
import { UsageError, parseCommandLine, type CliIo } from './io.js';

/** The help text of `webhooks-contract diff`. */
export const DIFF_USAGE = `Usage: webhooks-contract diff <old> <new> [options]

  Compares two versions of the contract and classifies every change under the compatibility policy
  (spec/README.md): breaking, compatible or unclassified. Each of <old> and <new> is a bundled JSON file,
  a YAML file or a spec folder (YAML and folders are bundled with @redocly/cli, an optional peer dependency).

Options:
  --json          Print the report as JSON
  --allow-major   Let breaking changes through when the major number of info.version went up
  --strict        Fail on unclassified changes too
  --verbose       List documentation changes one by one
  -h, --help      Show this help

Exit codes: 0 nothing breaking, 1 breaking (or unclassified, with --strict), 2 wrong usage or unreadable input.
`;

/** What `diff` was asked to do. */
export interface DiffCommandOptions {
  old: string;
  new: string;
  json: boolean;
  allowMajor: boolean;
  strict: boolean;
  verbose: boolean;
}

/**
 * Parses the arguments after `diff`; `undefined` means help was asked for.
 * @example
 * parseDiffArguments(['old.json', 'spec', '--json']) // { old: 'old.json', new: 'spec', json: true, … }
 */
export function parseDiffArguments(args: readonly string[]): DiffCommandOptions | undefined {
  const { values, positionals } = parseCommandLine(args, {
    json: { type: 'boolean', default: false },
    'allow-major': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return undefined;
  if (positionals.length !== 2) {
    throw new UsageError(`diff takes two contracts, the old one then the new one (got ${positionals.length}): webhooks-contract diff old/openapi.json spec`);
  }
  const [before, after] = positionals as [string, string];
  return { old: before, new: after, json: values.json, allowMajor: values['allow-major'], strict: values.strict, verbose: values.verbose };
}

/**
 * Runs `webhooks-contract diff`; resolves with the exit code.
 * @example
 * process.exitCode = await runDiffCommand(['old.json', 'spec'], io);
 */
export async function runDiffCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseDiffArguments(args);
  if (!options) {
    io.out(DIFF_USAGE);
    return 0;
  }
  let report;
  try {
    // Redocly, when YAML or a folder needs it, is looked for in the project the command runs in first
    const [before, after] = await Promise.all([
      loadContract(options.old, { resolveFrom: process.cwd() }),
      loadContract(options.new, { resolveFrom: process.cwd() }),
    ]);
    report = diffContracts(before, after);
  } catch (error) {
    // unreadable input is the caller's to fix, like a wrong flag: exit 2, with what to do
    if (error instanceof WebhooksContractError) {
      io.err(`webhooks-contract diff: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const code = reportExitCode(report, options);
  if (options.json) {
    const verdict = report.counts.breaking > 0 ? (code === 0 ? 'breaking-allowed-by-major-version' : 'breaking') : code === 1 ? 'unclassified' : 'compatible';
    io.out(JSON.stringify({ verdict, exitCode: code, ...report }, null, 2));
  } else {
    io.out(formatReport(report, options));
  }
  return code;
}
