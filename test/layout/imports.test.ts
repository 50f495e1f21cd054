/**
 * The layout's one rule a reader cannot see from the tree: no two modules of src/ import each other, not even
 * for a type or through a lazy import() (CONVENTIONS: a pair that does is one concept split badly).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/processes.js';

/** Every TypeScript module of src/ with the modules of src/ it imports (static, type-only, re-exports and import()). */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  for (const file of walk(join(ROOT, 'src')).filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))) {
    const source = readFileSync(file, 'utf8');
    const imported = new Set<string>();
    for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)'(\.{1,2}\/[^']+)'/gm)) {
      imported.add(relative(ROOT, resolve(dirname(file), match[1]!.replace(/\.js$/, '.ts'))));
    }
    graph.set(relative(ROOT, file), imported);
  }
  return graph;
}

describe('src/ imports', () => {
  it('reads the imports of every module (the graph is not empty, and sees a type-only import and an import())', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/receiver/sign.ts')).toContain('src/receiver/hmac.ts');
    expect(graph.get('src/mock/start-mock.ts')).toContain('src/mock/validation-proxy.ts');
  });

  it('has no two modules that import each other', () => {
    const graph = importGraph();
    const pairs: string[] = [];
    for (const [module, imports] of graph) {
      for (const other of imports) if (module < other && graph.get(other)?.has(module)) pairs.push(`${module} ↔ ${other}`);
    }
    expect(pairs).toEqual([]);
  });
});
