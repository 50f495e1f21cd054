/**
 * The layout's rules a reader cannot see from the tree (CONVENTIONS.md): no circle of imports among the
 * modules of src/, not even for a type or through a lazy import() (a circle is one concept split badly);
 * every import from a room below (the rooms' order is ROOM_LAYERS); and files of src/ and scripts/ within
 * 300 lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/processes.js';

/** The most lines a module should have. */
const MAX_LINES = 300;

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));

/** Every TypeScript module of src/ with the modules of src/ it imports (static, type-only, re-exports and import()). */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
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

/** The circles of a graph: its strongly connected components of more than one module (Tarjan). */
function circles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (module: string): void => {
    index.set(module, next);
    low.set(module, next++);
    stack.push(module);
    onStack.add(module);
    for (const other of graph.get(module) ?? []) {
      if (!graph.has(other)) continue;
      if (!index.has(other)) {
        visit(other);
        low.set(module, Math.min(low.get(module)!, low.get(other)!));
      } else if (onStack.has(other)) low.set(module, Math.min(low.get(module)!, index.get(other)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== module);
    if (component.length > 1) found.push(component.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return found;
}

/**
 * The rooms of src/ from the ground up (CONVENTIONS.md): a module imports from its own room or from a lower
 * layer, never from a room of its own layer or above. The top-level files are the ground (`errors.ts`,
 * `types.ts`, `version.ts`) and the package's entry (`index.ts`).
 */
const ROOM_LAYERS: readonly (readonly string[])[] = [
  ['errors.ts', 'types.ts', 'version.ts'],
  ['spec'],
  ['validation'],
  ['client', 'receiver', 'http'],
  ['msw', 'delivery', 'compat', 'contract'],
  ['store', 'mock'],
  ['server'],
  ['cli', 'index.ts'],
];

/** The room of a module of src/: its folder, or the file's name for a top-level file. */
const roomOf = (module: string): string => module.split('/')[1]!;
const rankOf = (room: string): number | undefined => {
  const layer = ROOM_LAYERS.findIndex((rooms) => rooms.includes(room));
  return layer === -1 ? undefined : layer;
};

/** Each import from one room to another that is not lower, in words. */
function upwardImports(graph: Map<string, Set<string>>): string[] {
  return [...graph].flatMap(([module, imported]) =>
    [...imported]
      .filter((other) => {
        const [from, to] = [roomOf(module), roomOf(other)];
        if (from === to) return false;
        const [fromRank, toRank] = [rankOf(from), rankOf(to)];
        return fromRank !== undefined && toRank !== undefined && toRank >= fromRank;
      })
      .map((other) => `${module} (${roomOf(module)}) imports ${other} (${roomOf(other)})`),
  );
}

describe('src/ imports', () => {
  it('reads the imports of every module (the graph is not empty, and sees a type-only import and an import())', () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/receiver/sign.ts')).toContain('src/receiver/hmac.ts');
    expect(graph.get('src/mock/start-mock.ts')).toContain('src/mock/validation-proxy.ts');
  });

  it('finds a circle when there is one, of two modules or of three', () => {
    const pair = new Map([['a', new Set(['b'])], ['b', new Set(['a'])], ['c', new Set(['a'])]]);
    const three = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    expect(circles(pair)).toEqual([['a', 'b']]);
    expect(circles(three)).toEqual([['a', 'b', 'c']]);
  });

  it('has no circle of imports', () => {
    expect(circles(importGraph())).toEqual([]);
  });

  it('finds an import that runs up the room order, and one between rooms of a layer', () => {
    const graph = new Map([
      ['src/store/a.ts', new Set(['src/server/b.ts', 'src/delivery/c.ts'])],
      ['src/client/d.ts', new Set(['src/http/e.ts', 'src/errors.ts'])],
    ]);
    expect(upwardImports(graph)).toEqual(['src/store/a.ts (store) imports src/server/b.ts (server)', 'src/client/d.ts (client) imports src/http/e.ts (http)']);
  });

  it('imports only from rooms below: the order of CONVENTIONS.md, each room in its layer', () => {
    const graph = importGraph();
    const unplaced = [...new Set([...graph.keys()].map(roomOf))].filter((room) => rankOf(room) === undefined);
    expect(unplaced, 'a new room: place it in ROOM_LAYERS').toEqual([]);
    expect(upwardImports(graph)).toEqual([]);
  });
});

describe('file lengths', () => {
  const lengths = new Map(
    ['src', 'scripts']
      .flatMap((folder) => walk(join(ROOT, folder)))
      .filter((path) => /\.(ts|mjs)$/.test(path) && !path.endsWith('.d.ts'))
      .map((path) => [relative(ROOT, path), readFileSync(path, 'utf8').split('\n').length - 1] as const),
  );

  it(`keeps every file of src/ and scripts/ within ${MAX_LINES} lines`, () => {
    const over = [...lengths].filter(([, lines]) => lines > MAX_LINES).map(([path, lines]) => `${path}: ${lines} lines (at most ${MAX_LINES}): split it by responsibility`);
    expect(over).toEqual([]);
  });
});
