/**
 * Validating a create body with the precompiled validators, against three baselines measured in the
 * same run: Ajv compiling the same schema at run time, JSON.parse of the same body (a floor), and,
 * for start-up, importing the precompiled module against compiling the validators when a process starts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { validators } from '../../generated/validators.js';
import { ajvOptions, EXTENSION_KEYWORDS, schemaRef, toJsonSchema } from '../validators-codegen.js';

const ROOT = resolve(import.meta.dirname, '../..');
const STARTUP_RUNS = 15;
const ROUNDS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `script` in fresh Node processes and returns the median of the milliseconds each prints. */
function startupMs(script: string): number {
  const times: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i += 1) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    times.push(Number(out.trim()));
  }
  return median(times);
}

/** The throughput cases, run by plain Node on the built package (dist/), as users run it. */
const THROUGHPUT_SCRIPT = (options: { rounds: number; schemaDoc: string; ajvOptions: unknown; keywords: string[]; ref: string }) => `
  import { readFileSync } from 'node:fs';
  import { Bench } from 'tinybench';
  import { Ajv2020 } from 'ajv/dist/2020.js';
  import addFormats from 'ajv-formats';
  import { validateWebhookCreate as precompiled } from './dist/generated/validators.js';
  import { WebhookCreateClientSecret } from './dist/generated/examples.js';
  import { validateWebhookCreate as readable } from './dist/src/validation/index.js';
  const ajv = new Ajv2020(${JSON.stringify(options.ajvOptions)});
  addFormats(ajv);
  for (const keyword of ${JSON.stringify(options.keywords)}) ajv.addKeyword({ keyword });
  ajv.addSchema(JSON.parse(readFileSync(${JSON.stringify(options.schemaDoc)}, 'utf8')));
  const runtime = ajv.getSchema(${JSON.stringify(options.ref)});
  const text = JSON.stringify(WebhookCreateClientSecret);
  const body = JSON.parse(text);
  const { oidc_client_secret, ...invalid } = body;
  if (!precompiled(body) || !runtime(body) || precompiled(invalid) || runtime(invalid) || readable(invalid).ok) {
    throw new Error('the validators under test disagree about the benchmark bodies');
  }
  const cases = [
    ['JSON.parse of the body (floor)', () => JSON.parse(text)],
    ['runtime-compiled Ajv (baseline)', () => runtime(body)],
    ['precompiled validator', () => precompiled(body)],
    ['readable validateWebhookCreate (valid)', () => readable(body)],
    ['runtime-compiled Ajv (invalid body)', () => runtime(invalid)],
    ['precompiled validator (invalid body)', () => precompiled(invalid)],
    ['readable validateWebhookCreate (invalid, explained)', () => readable(invalid)],
  ];
  // short rounds in rotated order: this machine's speed drifts by a third between seconds, so ratios
  // are taken within each round (every case against the baseline of the same round), then the median
  const samples = Object.fromEntries(cases.map(([name]) => [name, { hz: [], mean: [] }]));
  for (let round = 0; round < ${options.rounds}; round += 1) {
    const bench = new Bench({ time: 300, warmupTime: 100 });
    for (const [name, fn] of [...cases.slice(round % cases.length), ...cases.slice(0, round % cases.length)]) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      samples[task.name].hz.push(task.result.hz);
      samples[task.name].mean.push(task.result.mean);
    }
  }
  console.log(JSON.stringify({ bytes: text.length, names: cases.map(([name]) => name), samples }));
`;

export async function run(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const doc = JSON.parse(readFileSync(join(ROOT, 'generated', 'openapi.json'), 'utf8')) as Record<string, unknown>;
  const schemaDoc = join(mkdtempSync(join(tmpdir(), 'bench-')), 'schemas.json');
  writeFileSync(schemaDoc, JSON.stringify(toJsonSchema(doc)));

  const script = THROUGHPUT_SCRIPT({
    rounds: ROUNDS,
    schemaDoc,
    ajvOptions: ajvOptions({ explain: false, source: false }),
    keywords: EXTENSION_KEYWORDS,
    ref: schemaRef('WebhookCreate'),
  });
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  const { bytes, names, samples } = JSON.parse(output) as {
    bytes: number;
    names: string[];
    samples: Record<string, { hz: number[]; mean: number[] }>;
  };
  const hz = (name: string) => median(samples[name]!.hz);
  const BASELINE = 'runtime-compiled Ajv (baseline)';
  const FLOOR = 'JSON.parse of the body (floor)';
  /** the median over rounds of this case's speed relative to another case in the same round */
  const ratio = (name: string, to: string) => median(samples[name]!.hz.map((value, round) => value / samples[to]!.hz[round]!));
  console.log(`Create body (${bytes} bytes, the client_secret example), built package, ${process.version}, ${ROUNDS} rounds:\n`);
  console.log('| case | ops/s (median) | mean | × runtime Ajv | × JSON.parse |');
  console.log('|---|---:|---:|---:|---:|');
  for (const name of names) {
    const mean = median(samples[name]!.mean);
    console.log(
      `| ${name} | ${Math.round(hz(name)).toLocaleString('en-US')} | ${(mean * 1000).toFixed(2)} µs | ${ratio(name, BASELINE).toFixed(2)} | ${ratio(name, FLOOR).toFixed(2)} |`,
    );
  }
  console.log('\nRatios are medians of per-round ratios, each case against the baseline run in the same round.');

  // each script runs in a fresh process, after a first import of an empty file that warms up Node's
  // module loader (its first file import costs about 5 ms whatever the file), so that only the work of
  // the case itself is timed; a second empty file shows what is left of the loader's own cost
  const emptyDir = mkdtempSync(join(tmpdir(), 'bench-empty-'));
  const [warmFile, emptyFile] = ['warm.mjs', 'empty.mjs'].map((name) => {
    const file = join(emptyDir, name);
    writeFileSync(file, 'export default 1;\n');
    return pathToFileURL(file).href;
  });
  const warm = `await import(${JSON.stringify(warmFile)}); const t = performance.now();`;
  const loaderMs = startupMs(`${warm} await import(${JSON.stringify(emptyFile)}); console.log(performance.now() - t);`);
  const importMs = startupMs(`${warm} await import('./generated/validators.js'); console.log(performance.now() - t);`);
  const compileScript = (names: string[]) => `${warm}
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    const { readFileSync } = await import('node:fs');
    const ajv = new Ajv2020(${JSON.stringify(ajvOptions({ explain: false, source: false }))});
    addFormats(ajv);
    for (const keyword of ${JSON.stringify(EXTENSION_KEYWORDS)}) ajv.addKeyword({ keyword });
    ajv.addSchema(JSON.parse(readFileSync(${JSON.stringify(schemaDoc)}, 'utf8')));
    for (const name of ${JSON.stringify(names)}) ajv.getSchema('${schemaRef('')}' + name);
    console.log(performance.now() - t);`;
  const compileOne = startupMs(compileScript(['WebhookCreate']));
  const compileAll = startupMs(compileScript(Object.keys(validators)));
  console.log(`\nStart-up, median of ${STARTUP_RUNS} fresh processes (module loader warmed up first):\n`);
  console.log('| case | ms | × import |');
  console.log('|---|---:|---:|');
  console.log(`| import an empty file (what is left of the loader's own cost) | ${loaderMs.toFixed(1)} | ${(loaderMs / importMs).toFixed(2)} |`);
  console.log(`| import generated/validators.js (${Object.keys(validators).length} schemas, fast + explain) | ${importMs.toFixed(1)} | 1.00 |`);
  console.log(`| import Ajv, compile WebhookCreate at start-up | ${compileOne.toFixed(1)} | ${(compileOne / importMs).toFixed(2)} |`);
  console.log(`| import Ajv, compile every body schema at start-up | ${compileAll.toFixed(1)} | ${(compileAll / importMs).toFixed(2)} |`);
}
