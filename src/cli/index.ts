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
    summary: 'Start the reference server of the API on SQLite (API keys, encrypted secrets, durable writes).',
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
`;

/**
 * Runs the command line and resolves with the exit code: 0 done, 1 failed, 2 used the wrong way.
 * Long-running commands (`mock`, `serve`, `sandbox`) resolve only once stopped through `io.stop`.
 * @example
 * process.exitCode = await runCli(['mock', '--port', '5000'], { out: console.log, err: console.error, env: process.env, stop: signal });
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
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
    if (entry === undefined) throw new UsageError(`unknown command "${command}"`);
    const run = await entry.load();
    return await run(rest, io);
  } catch (error) {
    // by name as well: the bundled serve and sandbox commands throw their own copy of the class
    if (error instanceof UsageError || (error instanceof Error && error.name === 'UsageError')) {
      io.err(`webhooks-contract: ${error.message}\nRun "webhooks-contract --help" for the commands and options.`);
      return 2;
    }
    // a command that could not do its work says why in its own words (a setting, a port, a missing package);
    // recognised by its brand, as the bundled serve and sandbox commands carry their own copy of the class
    if (isWebhooksContractError(error)) {
      io.err(`webhooks-contract: ${error.message}`);
      return 1;
    }
    throw error;
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
