/**
 * Builds the API reference into dist/docs/: one static page rendered from the bundled spec by Redocly's
 * `build-docs` (Redoc) with its script inlined, so the page needs nothing from the network, and the
 * bundled spec beside it for download.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { patchPage, remoteResources } from './docs/patch-page.js';
import { prepareSpecForDocs } from './docs/prepare-spec.js';

const ROOT = resolve(import.meta.dirname, '..');
const BUNDLED_SPEC = join(ROOT, 'generated', 'openapi.json');
const PAGE_TEMPLATE = join(ROOT, 'scripts', 'docs', 'page.hbs');

/** Where `npm run docs` writes the site. */
export const DOCS_DIR = join(ROOT, 'dist', 'docs');

/**
 * The code sample tabs the page offers, in this order. An `x-codeSamples` entry shows only under the tab
 * whose label equals its own (test/docs/code-samples.test.ts checks that every sample has one).
 * `Payload` is Redoc's own tab: the request body (or event) example. A panel opens on the first tab it
 * has, so operations open on their TypeScript sample and events, whose samples have labels of their
 * own, on their payload.
 */
export const CODE_SAMPLE_LANGUAGES = [
  { lang: 'TypeScript', label: 'TypeScript (webhooks-contract)' },
  { lang: 'curl', label: 'curl' },
  { lang: 'payload', label: 'Payload' },
  { lang: 'TypeScript', label: 'Receiver (TypeScript)' },
  { lang: 'curl', label: 'Test delivery (curl)' },
] as const;

/** The name the downloadable spec has beside the page. */
export const SPEC_FILE_NAME = 'openapi.json';

/** Redoc's options (the `openapi` section of a Redocly config). */
const REDOC_OPTIONS = {
  codeSamples: { languages: CODE_SAMPLE_LANGUAGES },
  // event payloads and bodies are the point of this page: show examples fully expanded
  jsonSamplesExpandLevel: 'all',
  downloadUrls: [{ title: 'OpenAPI description (JSON)', url: SPEC_FILE_NAME }],
};

export interface BuiltDocs {
  /** the folder written */
  dir: string;
  /** the page */
  indexHtml: string;
  /** the page's size in bytes */
  bytes: number;
}

/** Builds the docs site into `dir` (emptied first), from generated/openapi.json. */
export function buildDocs(dir: string = DOCS_DIR): BuiltDocs {
  const bundled = JSON.parse(readFileSync(BUNDLED_SPEC, 'utf8')) as { info: { title: string; summary?: string } };
  const work = mkdtempSync(join(tmpdir(), 'webhooks-docs-'));
  try {
    const specForDocs = join(work, 'openapi.json');
    const page = join(work, 'index.html');
    writeFileSync(specForDocs, JSON.stringify(prepareSpecForDocs(bundled)));
    const redocly = join(ROOT, 'node_modules', '.bin', 'redocly');
    const run = spawnSync(
      redocly,
      [
        'build-docs',
        specForDocs,
        '--output',
        page,
        // embed Redoc instead of loading it from Redocly's CDN: the page must work offline
        '--inlineBundle',
        '--template',
        PAGE_TEMPLATE,
        '--title',
        `${bundled.info.title} reference`,
        `--templateOptions.description=${bundled.info.summary ?? bundled.info.title}`,
        '--openapi',
        JSON.stringify(REDOC_OPTIONS),
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    if (run.status !== 0) throw new Error(`redocly build-docs failed:\n${run.stdout}\n${run.stderr}`);

    const html = patchPage(readFileSync(page, 'utf8'));
    const remote = remoteResources(html);
    if (remote.length > 0) throw new Error(`the docs page would load remote resources:\n${remote.join('\n')}`);
    // the page reports usage to Redocly unless its options say otherwise
    if (!html.includes('"disableTelemetry":true')) throw new Error('the docs page was built with telemetry on');

    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const indexHtml = join(dir, 'index.html');
    writeFileSync(indexHtml, html);
    // the contract as it is, not the docs' restatement of it
    copyFileSync(BUNDLED_SPEC, join(dir, SPEC_FILE_NAME));
    return { dir, indexHtml, bytes: Buffer.byteLength(html) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const built = buildDocs();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${relative(ROOT, built.indexHtml)} (${Math.round(built.bytes / 1024)} KiB) in ${seconds} s`);
}
