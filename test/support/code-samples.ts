/**
 * The code samples of the bundled spec (`x-codeSamples`), a type-checker for the TypeScript ones and a
 * reader for the curl ones.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { specOperations } from './spec.js';

/** One `x-codeSamples` entry with the operation it documents. */
export interface CodeSample {
  operationId: string;
  method: string;
  /** the path template, or the event type for an entry of `webhooks:` */
  path: string;
  isEvent: boolean;
  lang: string;
  label: string;
  source: string;
}

/** Every code sample of every operation and event, in spec order. */
export function codeSamples(): CodeSample[] {
  return specOperations().flatMap(({ id, method, path, isEvent, operation }) =>
    ((operation['x-codeSamples'] ?? []) as { lang: string; label?: string; source: string }[]).map((sample) => ({
      operationId: id,
      method,
      path,
      isEvent,
      lang: sample.lang,
      label: sample.label ?? sample.lang,
      source: sample.source,
    })),
  );
}

/** The compiler options a customer's project would use, with `webhooks-contract` mapped to src/. */
const SAMPLES_TSCONFIG = fileURLToPath(new URL('../../spec/code-samples/tsconfig.json', import.meta.url));

/** One type error in a sample, located in the sample's own lines. */
export interface SampleError {
  /** 1-based */
  line: number;
  message: string;
  /** the sample's line the error is on */
  text: string;
}

function describeDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n');
}

function compilerOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(SAMPLES_TSCONFIG, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(`cannot read ${SAMPLES_TSCONFIG}: ${describeDiagnostics([diagnostic])}`);
    },
  });
  if (!parsed || parsed.errors.length > 0) {
    throw new Error(`cannot read ${SAMPLES_TSCONFIG}: ${describeDiagnostics(parsed?.errors ?? [])}`);
  }
  return { ...parsed.options, noEmit: true };
}

/**
 * Type-checks each sample as its own module, all in one TypeScript program (one compile is much faster
 * than one per sample). Returns the type errors of each sample by name; an empty list means it compiles.
 */
export function typeCheckSamples(samples: readonly { name: string; source: string }[]): Map<string, SampleError[]> {
  const dir = mkdtempSync(join(tmpdir(), 'webhooks-code-samples-'));
  try {
    // the samples use top-level await, which TypeScript allows in ES modules only
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const files = new Map<string, { name: string; source: string }>();
    samples.forEach((sample, index) => {
      const file = join(dir, `sample-${index}.ts`);
      writeFileSync(file, sample.source);
      files.set(file, sample);
    });
    const program = ts.createProgram({ rootNames: [...files.keys()], options: compilerOptions() });
    const setup = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
    if (setup.length > 0) throw new Error(`the samples' compiler setup is broken:\n${describeDiagnostics(setup)}`);
    const errors = new Map<string, SampleError[]>();
    for (const [file, { name, source }] of files) {
      const sourceFile = program.getSourceFile(file);
      if (!sourceFile) throw new Error(`TypeScript did not load the sample ${name}`);
      const lines = source.split('\n');
      const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
      errors.set(
        name,
        diagnostics.map((diagnostic) => {
          const line = diagnostic.start === undefined ? 0 : sourceFile.getLineAndCharacterOfPosition(diagnostic.start).line;
          return {
            line: line + 1,
            message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
            text: lines[line]?.trim() ?? '',
          };
        }),
      );
    }
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a curl command in a shell sample does. */
export interface CurlCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** the `--data` text, or `@file` */
  data: string | undefined;
  /** which option carried the data */
  dataOption: string | undefined;
  /** shell variables the sample sets before the call */
  variables: Record<string, string>;
}

/** Splits shell text into commands of words: quotes, `\` line continuations, `$(...)`, `$VAR`, comments. */
function shellCommands(source: string, variables: Record<string, string>): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  const expand = (name: string) => variables[name] ?? `$${name}`;
  const text = source.replace(/\\\n/g, ' ');
  const endCommand = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
    if (words.length > 0) {
      const [first] = words;
      const assignment = words.length === 1 && first !== undefined ? /^([A-Za-z_]\w*)=(.*)$/s.exec(first) : null;
      if (assignment) variables[assignment[1]!] = assignment[2]!;
      commands.push(words);
    }
    words = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' || char === ';') endCommand();
    else if (char === ' ' || char === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === '#' && word === undefined) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (char === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else if (char === '"') {
      let value = '';
      for (i++; i < text.length && text[i] !== '"'; i++) {
        const match = /^\$(?:\{(\w+)\}|(\w+))/.exec(text.slice(i));
        if (text[i] === '\\' && i + 1 < text.length) value += text[++i];
        else if (match) {
          value += expand((match[1] ?? match[2])!);
          i += match[0].length - 1;
        } else value += text[i];
      }
      word = (word ?? '') + value;
    } else if (text.startsWith('$(', i)) {
      let depth = 0;
      const start = i;
      for (; i < text.length; i++) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) break;
      }
      word = (word ?? '') + text.slice(start, i + 1);
    } else if (char === '$' && /\w/.test(text[i + 1] ?? '')) {
      const name = /^\w+/.exec(text.slice(i + 1))![0];
      word = (word ?? '') + expand(name);
      i += name.length;
    } else word = (word ?? '') + char;
  }
  endCommand();
  return commands;
}

/** Reads the one curl call of a shell sample; throws when there is none, or more than one. */
export function readCurlCall(source: string): CurlCall {
  const variables: Record<string, string> = {};
  const calls = shellCommands(source, variables).filter(([command]) => command === 'curl');
  if (calls.length !== 1) throw new Error(`expected one curl call, found ${calls.length}`);
  const args = calls[0]!.slice(1);
  const call: CurlCall = { method: 'GET', url: '', headers: {}, data: undefined, dataOption: undefined, variables };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '-X' || arg === '--request') call.method = value();
    else if (arg === '-H' || arg === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      call.headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
    } else if (['-d', '--data', '--data-raw', '--data-binary'].includes(arg)) {
      call.dataOption = arg;
      call.data = value();
      if (call.method === 'GET') call.method = 'POST';
    } else if (arg.startsWith('-')) throw new Error(`the curl reader does not know ${arg}`);
    else if (call.url) throw new Error(`curl has two URLs: ${call.url} and ${arg}`);
    else call.url = arg;
  }
  return call;
}
