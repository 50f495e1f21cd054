/**
 * What every command of the `webhooks-contract` command line shares: where it writes, what it reads, what
 * stops it, how it reads its flags, and the error that means "the command was called the wrong way".
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { WebhooksContractError } from '../errors.js';

/** Where a command writes, what it reads, and what stops it: injected so tests can run it in-process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** aborted when the user asks to stop (Ctrl-C, SIGTERM) */
  stop: AbortSignal;
  /** where to resolve optional peer dependencies (Prism) from; defaults to this package */
  resolvePrismFrom?: string | URL;
}

/**
 * The command line could not be understood; the message says what to change, in one sentence. Exit code 2.
 * Recognised by its code (`ERR_USAGE`), so that a copy of this class in another bundle chunk counts too.
 */
export class UsageError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_USAGE', message);
  }
}

/** parseArgs' own errors, each as one sentence of ours (its messages run to two, with advice about `--`). */
function parseArgsMessage(error: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const flag = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${flag}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('argument missing') ? `${flag} needs a value` : `${flag} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${quoted}"`;
    default:
      return error.message.split(/\.\s/)[0]!.replace(/\.$/, '');
  }
}

/** The flags a command takes, as `parseArgs` describes them. */
export type FlagSpecs = NonNullable<ParseArgsConfig['options']>;

/** What `parseCommandLine` reads: the flags' values, typed from their specs, and the positionals. */
export type ParsedCommandLine<O extends FlagSpecs> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>;

/**
 * Reads a command's flags and positionals strictly (an unknown flag or a missing value is a usage error,
 * exit code 2, in `parseArgs`' own words).
 * @example
 * const { values, positionals } = parseCommandLine(args, { json: { type: 'boolean', default: false } });
 */
export function parseCommandLine<O extends FlagSpecs>(args: readonly string[], options: O): ParsedCommandLine<O> {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error & { code?: string }));
  }
}

/** One command: resolves with the process's exit code once it is done (or stopped). */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/**
 * Quotes a string for a POSIX shell, for the `curl` lines the commands print.
 * @example
 * shellQuote("it's") // 'it'\''s'
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
