#!/usr/bin/env node
/**
 * The `webhooks-contract` command: a thin dispatcher. Each command lives in its own module, loaded only
 * when it runs, so that `--help` or one command never pays for the others' start-up.
 * @module
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isWebhooksContractError } from '../errors.js';
import { VERSION } from '../version.js';
import { UsageError, type CliIo, type Command } from './io.js';

export type { CliIo } from './io.js';

/** One entry of the command table: what `--help` says of it, and how to load it. */
interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

/** Every command, in the order `--help` lists them. Add a command here and in its own module. */
const COMMANDS: Record<string, CommandEntry> = {
  mock: {
    summary: 'Start the local mock of the API (Prism behind a front layer); --proxy <url> checks your server.',
    load: async () => (await import('./mock.js')).runMockCommand,
  },
  test: {
    summary: 'Test your running server against the contract (--base-url <url>); exit 1 when it breaks it.',
    load: async () => (await import('./test.js')).runTestCommand,
  },
  diff: {
    summary: 'Compare two versions of the contract; exits 1 when a change breaks clients or receivers.',
    load: async () => (await import('./diff.js')).runDiffCommand,
  },
  serve: {
    summary: 'Start the reference server of the API on SQLite, or Postgres with DATABASE_URL (API keys, encrypted secrets, durable writes).',
    load: async () => (await import('./serve.js')).runServeCommand,
  },
  sandbox: {
    summary: 'Start the sandbox: the stateful mock, in memory, any bearer token its own account.',
    load: async () => (await import('./sandbox.js')).runSandboxCommand,
  },
  trigger: {
    summary: "Send the spec's sample of an event to your webhooks in a running sandbox, and see it delivered.",
    load: async () => (await import('./trigger.js')).runTriggerCommand,
  },
  idp: {
    summary: 'Start a local OpenID provider (client_secret and private_key_jwt) for deliveries with access tokens.',
    load: async () => (await import('../../mocks/identity-provider-cli.js')).runIdentityProviderCli,
  },
  receiver: {
    summary: 'Start a local webhook receiver that checks signatures and tokens; --sandbox registers it with one.',
    load: async () => (await import('../../mocks/local-receiver-cli.js')).runReceiverCli,
  },
};

/** The help text of `webhooks-contract`. */
export const USAGE = `Usage: webhooks-contract <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, entry]) => `  ${name.padEnd(10)} ${entry.summary}`)
  .join('\n')}

Run "webhooks-contract <command> --help" for a command's options.
  -h, --help   Show this help
  --version    Print the version
  --debug      Print the stack of an error too (or DEBUG=webhooks-contract)
`;

/** Whether the user asked for stacks: `--debug` anywhere before `--`, or `webhooks-contract` (or `*`) in DEBUG. */
function debugRequested(args: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const end = args.indexOf('--');
  if ((end === -1 ? args : args.slice(0, end)).includes('--debug')) return true;
  return (env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === '*' || name === 'webhooks-contract' || name === 'webhooks-contract:*');
}

/** The arguments without `--debug` (before `--`: after it, every argument is the command's own). */
function withoutDebug(args: readonly string[]): string[] {
  const end = args.indexOf('--');
  return end === -1 ? args.filter((arg) => arg !== '--debug') : [...args.slice(0, end).filter((arg) => arg !== '--debug'), ...args.slice(end)];
}

/** An error's message as one line: ours are one sentence already; another's may run on over several lines. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}

/**
 * Runs the command line and resolves with the exit code: 0 done, 1 failed, 2 used the wrong way.
 * Long-running commands (`mock`, `serve`, `sandbox`) resolve only once stopped through `io.stop`.
 * @example
 * process.exitCode = await runCli(['mock', '--port', '5000'], { out: console.log, err: console.error, env: process.env, stop: signal });
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const debug = debugRequested(args, io.env);
  const [command, ...rest] = withoutDebug(args);
  const stack = (error: unknown) => (debug && error instanceof Error && error.stack ? `\n${error.stack}` : '');
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(VERSION);
      return 0;
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (entry === undefined) throw new UsageError(`unknown command "${command.slice(0, 40)}"; the commands are ${Object.keys(COMMANDS).join(', ')}`);
    const run = await entry.load();
    return await run(rest, io);
  } catch (error) {
    // by code, never instanceof: the bundled commands carry their own copy of each error class
    if (isWebhooksContractError(error, 'ERR_USAGE')) {
      const help = command !== undefined && Object.hasOwn(COMMANDS, command) ? `webhooks-contract ${command} --help` : 'webhooks-contract --help';
      io.err(`webhooks-contract${command !== undefined && Object.hasOwn(COMMANDS, command) ? ` ${command}` : ''}: ${oneLine(error).replace(/[.!?]$/, '')}.\nRun "${help}" for the options.${stack(error)}`);
      return 2;
    }
    // a command that could not do its work says why in its own words (a setting, a port, a file, a package)
    if (isWebhooksContractError(error)) {
      io.err(`webhooks-contract: ${oneLine(error)}${stack(error)}`);
      return 1;
    }
    // not one of ours: a bug, or a failure nothing above foresaw; still one line, the stack on request
    io.err(`webhooks-contract: ${command ?? ''} failed: ${oneLine(error)}${debug ? stack(error) : ' (run again with --debug for the stack)'}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    // the bin is a symlink in node_modules/.bin; compare real paths
    return realpathSync(entry) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const controller = new AbortController();
  // the first Ctrl-C, SIGTERM or SIGHUP (terminal closed) stops cleanly; a second one ends the process at once
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => controller.abort());
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    env: process.env,
    stop: controller.signal,
  });
}
