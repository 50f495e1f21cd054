/**
 * Where a server's busy time went, from a V8 CPU profile: each sample's frame put in a category (SQLite,
 * Fastify, logging, our code by room, Node's internals), positions in a bundle mapped back to their sources.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

/** Source maps of the bundled files, by URL: profile positions in a bundle are mapped back to the source they came from. */
const sourceMaps = new Map<string, SourceMap | null>();

function originalUrl(frame: ProfileNode['callFrame']): string {
  if (!frame.url.startsWith('file://')) return frame.url;
  let map = sourceMaps.get(frame.url);
  if (map === undefined) {
    const path = `${fileURLToPath(frame.url)}.map`;
    map = existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null;
    sourceMaps.set(frame.url, map);
  }
  if (map === null || frame.lineNumber < 0) return frame.url;
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string };
  return entry.originalSource === undefined ? frame.url : new URL(entry.originalSource, frame.url).href;
}

/** Where a profile sample's time went, by the frame it was taken in. */
function categoryOf(frame: ProfileNode['callFrame']): string {
  const { functionName } = frame;
  const url = originalUrl(frame);
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return 'V8/native, unattributed';
  if (/better-sqlite3/.test(url) || (url === '' && ['run', 'get', 'all', 'iterate', 'exec', 'transaction', 'pragma'].includes(functionName))) return 'SQLite (better-sqlite3)';
  if (/node_modules\/(pino|@pinojs|sonic-boom|fast-redact|pino-std-serializers|quick-format-unescaped|on-exit-leak-free|safe-stable-stringify)/.test(url)) return 'logging (pino)';
  if (/node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|fast-querystring|toad-cache|process-warning|abstract-logging|rfdc|safe-regex2|ret)\//.test(url)) return 'Fastify';
  if (/generated\/validators\.js/.test(url)) return 'precompiled validators';
  if (/\/src\/delivery\//.test(url) || /ipaddr\.js/.test(url)) return 'SSRF guard';
  if (/\/src\/server\//.test(url)) return 'server code';
  // the store's own code: statements, and turning rows into the values the server reads
  if (/\/src\/store\//.test(url)) return 'store code';
  if (/\/src\/(validation|spec)\//.test(url)) return 'shared checks (parameters, body)';
  if (url.startsWith('node:') || url.startsWith('internal') || url === 'node:internal') {
    if (/_http|http_|node:http/.test(url)) return 'Node HTTP parsing and writing';
    if (/net|stream|socket|tcp/.test(url)) return 'Node sockets and streams';
    if (/dns/.test(url)) return 'DNS lookup (SSRF guard)';
    if (/crypto/.test(url)) return 'crypto (API key digest, sealing)';
    return 'other Node internals';
  }
  if (url === '' && /^(stringify|parse)$/.test(functionName)) return 'JSON';
  if (url === '' && /writev?|writeBuffer|writeUtf8String|writeLatin1String|shutdown/.test(functionName)) return 'Node sockets and streams';
  if (url === '' && /randomUUID|createCipheriv|createDecipheriv|update|final|digest|randomFill|Cipheriv|getAuthTag/.test(functionName)) return 'crypto (API key digest, sealing)';
  if (url === '') return `native: ${functionName || '(anonymous)'}`;
  return 'other JavaScript';
}

/** Where a profile's busy time went: the share per category, largest first, and the share of all samples that were busy. */
export interface ProfileSummary {
  shares: [string, number][];
  busy: number;
}

function readProfile(path: string): ProfileNode[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[] }).nodes;
}

/** The share of busy time per category in a .cpuprofile, largest first, and the share of all samples that were busy. */
export function summariseProfile(path: string): ProfileSummary {
  const totals = new Map<string, number>();
  let busy = 0;
  let all = 0;
  for (const node of readProfile(path)) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    all += hits;
    const category = categoryOf(node.callFrame);
    if (category === 'idle') continue;
    busy += hits;
    totals.set(category, (totals.get(category) ?? 0) + hits);
  }
  return { shares: [...totals].map(([category, hits]) => [category, hits / busy] as [string, number]).sort((a, b) => b[1] - a[1]), busy: busy / all };
}

/**
 * The `count` functions with the most self time, as `name (source file, category)` with their share of busy
 * samples: what a category's share is made of.
 */
export function topFrames(path: string, count: number): [string, number][] {
  const totals = new Map<string, number>();
  let busy = 0;
  for (const node of readProfile(path)) {
    const hits = node.hitCount ?? 0;
    const category = categoryOf(node.callFrame);
    if (hits === 0 || category === 'idle') continue;
    busy += hits;
    const source = originalUrl(node.callFrame).replace(/^.*\/(node_modules|src|generated)\//, '$1/').replace(/^file:\/\/.*\//, '');
    const key = `${node.callFrame.functionName || '(anonymous)'} (${source || 'native'}, ${category})`;
    totals.set(key, (totals.get(key) ?? 0) + hits);
  }
  return [...totals].map(([key, hits]) => [key, hits / busy] as [string, number]).sort((a, b) => b[1] - a[1]).slice(0, count);
}
