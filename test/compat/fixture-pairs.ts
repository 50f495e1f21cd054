/**
 * Reads the compatibility fixtures: each names a base spec (`fixtures/bases/`), the JSON Patch that makes
 * the old spec from it (when the base is not the old spec already), the patch that makes the new one,
 * and the classification the policy gives the change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Classification } from '../../src/compat/index.js';
import { unescapePointerToken } from '../../src/spec/json-pointer.js';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

type Json = Record<string, unknown>;

/** One JSON Patch operation (RFC 6902), the three kinds the fixtures use. */
interface PatchOperation {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: unknown;
}

export interface FixturePair {
  name: string;
  /** the policy rule the pair illustrates, as spec/README.md words it */
  policy: string;
  old: Json;
  new: Json;
  expect: { verdict: Classification; rules: string[] };
}

function applyPatch(document: Json, operations: readonly PatchOperation[]): Json {
  const copy = structuredClone(document);
  for (const { op, path, value } of operations) {
    const keys = path.slice(1).split('/').map(unescapePointerToken);
    const last = keys.pop()!;
    let parent: unknown = copy;
    for (const key of keys) parent = (parent as Record<string, unknown>)[key];
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (op === 'add') parent.splice(index, 0, structuredClone(value));
      else if (op === 'remove') parent.splice(index, 1);
      else parent[index] = structuredClone(value);
    } else {
      const object = parent as Record<string, unknown>;
      if (op === 'remove') {
        if (!(last in object)) throw new Error(`${path} does not exist`);
        delete object[last];
      } else object[last] = structuredClone(value);
    }
  }
  return copy;
}

function readJson(path: string): Json {
  return JSON.parse(readFileSync(path, 'utf8')) as Json;
}

/** Every fixture pair, by name. */
export function fixturePairs(): FixturePair[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const entry = readJson(`${FIXTURES_DIR}${file}`) as {
        policy: string;
        base: string;
        old?: PatchOperation[];
        new: PatchOperation[];
        expect: FixturePair['expect'];
      };
      const old = applyPatch(readJson(`${FIXTURES_DIR}bases/${entry.base}.json`), entry.old ?? []);
      return { name: file.replace(/\.json$/, ''), policy: entry.policy, old, new: applyPatch(old, entry.new), expect: entry.expect };
    });
}
