/**
 * A stand-in for Prism's CLI, installed in a temporary folder where `resolvePrismCli` finds it: a tiny
 * HTTP server that answers like Prism's mock for listWebhooks and exits when told to, so that tests of
 * the mock's supervision do not wait for Prism's two-second start.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How each started stand-in behaves. */
export interface FakePrismOptions {
  /** after how many ms each process exits with code 3 (the n-th start's entry; the last repeats); never when absent */
  exitAfterMs?: (number | null)[];
  /** accept every request and never answer one (but the start-up probe): a Prism that hangs */
  hangs?: boolean;
}

/** A stand-in installed in a temporary folder. */
export interface FakePrism {
  /** pass as `resolveFrom` (or `resolvePrismFrom`) */
  resolveFrom: URL;
  remove(): void;
}

/**
 * Installs a stand-in Prism.
 * @example
 * const fake = installFakePrism({ exitAfterMs: [300] });
 * await startMockServer({ port: 0, resolveFrom: fake.resolveFrom });
 */
export function installFakePrism(options: FakePrismOptions = {}): FakePrism {
  const root = mkdtempSync(join(tmpdir(), 'fake-prism-'));
  const pkg = join(root, 'node_modules', '@stoplight', 'prism-cli');
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@stoplight/prism-cli', version: '5.14.2', bin: { prism: 'cli.cjs' } }));
  const counter = join(root, 'starts');
  writeFileSync(counter, '0');
  writeFileSync(
    join(pkg, 'cli.cjs'),
    `const http = require('node:http');
const fs = require('node:fs');
const args = process.argv.slice(2);
const starts = Number(fs.readFileSync(${JSON.stringify(counter)}, 'utf8')) + 1;
fs.writeFileSync(${JSON.stringify(counter)}, String(starts));
const plan = ${JSON.stringify(options.exitAfterMs ?? [null])};
const exitAfter = plan[Math.min(starts, plan.length) - 1];
http.createServer((request, response) => {
  if (request.method === 'OPTIONS') { response.writeHead(204); response.end(); return; }
  if (${options.hangs === true}) return;
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ object: 'list', data: [], has_more: false }));
}).listen(Number(args[args.indexOf('--port') + 1]), args[args.indexOf('--host') + 1]);
if (exitAfter !== null) setTimeout(() => process.exit(3), exitAfter);
`,
  );
  return { resolveFrom: pathToFileURL(join(root, 'index.js')), remove: () => rmSync(root, { recursive: true, force: true }) };
}
