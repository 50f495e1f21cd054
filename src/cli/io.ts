/**
 * What every command of the `webhooks-contract` command line shares: where it writes, what it reads, what
 * stops it, and the error that means "the command was called the wrong way".
 * @module
 */

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

/** The command line could not be understood; the message says what to change. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
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
