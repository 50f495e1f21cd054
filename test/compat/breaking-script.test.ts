/**
 * `npm run breaking` in throwaway git repositories: which base it picks on a branch, on main and after a
 * merge, the major version marker, shallow clones, and reading an old spec/ from git without touching the
 * working tree.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialiseFolder, runBreaking } from '../../scripts/breaking.js';
import { fixturePairs, FIXTURES_DIR } from './fixture-pairs.js';

type Json = Record<string, unknown>;

let root: string;
// structural changes only: these tests are about which commits are compared, and stay quick
const pair = fixturePairs().find((candidate) => candidate.name === 'operation-removed')!;
const compatiblePair = fixturePairs().find((candidate) => candidate.name === 'operation-added')!;

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

/** A new repository with one commit holding `files`. */
function repository(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  commit(dir, files, 'first');
  return dir;
}

function commit(dir: string, files: Record<string, string>, message: string): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

function spec(document: Json, version?: string): Record<string, string> {
  const copy = structuredClone(document);
  if (version) (copy.info as Json).version = version;
  return { 'spec/openapi.json': JSON.stringify(copy, null, 2) };
}

async function breaking(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runBreaking(args, { cwd, out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'webhooks-contract-breaking-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm run breaking', () => {
  it('on a branch, compares the working tree with the merge-base with main, not with main as it moved on', async () => {
    const dir = repository('branch', spec(pair.old));
    const branchPoint = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'spec/openapi.json'), JSON.stringify(pair.new));
    const uncommitted = await breaking(dir);
    expect(uncommitted.code).toBe(1);
    expect(uncommitted.out).toContain(`Comparing spec/ at ${branchPoint.slice(0, 12)} (the merge-base of feature and main) with the working tree.`);
    expect(uncommitted.out).toContain('BREAKING  GET /v1/webhooks/{id}');
    // main moves on with the same break: the branch is still judged against where it started
    git(dir, 'stash', '-q');
    git(dir, 'checkout', '-q', 'main');
    commit(dir, spec(pair.new), 'main removes the operation too');
    git(dir, 'checkout', '-q', 'feature');
    git(dir, 'stash', 'pop', '-q');
    expect((await breaking(dir)).out).toContain(`at ${branchPoint.slice(0, 12)} (the merge-base of feature and main)`);
    // a compatible change passes
    writeFileSync(join(dir, 'spec/openapi.json'), JSON.stringify(compatiblePair.new));
    const compatible = await breaking(dir);
    expect(compatible.code).toBe(0);
    expect(compatible.out).toContain('No breaking change.');
  });

  it('on main, compares with main before the latest commit that changed spec/, whatever came after it', async () => {
    const dir = repository('main', spec(pair.old));
    const breakingCommit = commit(dir, spec(pair.new), 'remove an operation');
    commit(dir, { 'README.md': 'later, unrelated\n' }, 'docs only');
    const { code, out } = await breaking(dir);
    expect(code).toBe(1);
    expect(out).toContain(`(main before ${breakingCommit.slice(0, 12)}, the latest commit that changed spec/)`);
  });

  it('on main after a merge, takes the merge as the change: its first parent is the base', async () => {
    const dir = repository('merge', spec(pair.old));
    const before = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', '-b', 'topic');
    commit(dir, spec(pair.new), 'break');
    // the branch's last commit alone is compatible: only the merge as a whole shows the break
    const last = structuredClone(pair.new);
    ((last.info as Json).description as unknown) = 'documented';
    commit(dir, spec(last), 'then document it');
    git(dir, 'checkout', '-q', 'main');
    commit(dir, { 'README.md': 'meanwhile\n' }, 'main moves on');
    git(dir, 'merge', '-q', '--no-ff', '-m', 'merge topic', 'topic');
    const merge = git(dir, 'rev-parse', 'HEAD');
    const { code, out } = await breaking(dir);
    expect(code).toBe(1);
    expect(out).toContain(`(main before ${merge.slice(0, 12)}, the latest commit that changed spec/)`);
    expect(out).not.toContain(before.slice(0, 12) + ' (');
  });

  it('lets a break through only with a major version bump, and says so', async () => {
    const dir = repository('major', spec(pair.old));
    commit(dir, spec(pair.new, '2.0.0'), 'v2 removes an operation');
    const { code, out } = await breaking(dir);
    expect(code).toBe(0);
    expect(out).toContain('1 breaking change let through by the major version bump of info.version (1.0.0 → 2.0.0).');
  });

  it('takes --base, and refuses one that is not a commit', async () => {
    const dir = repository('base', spec(pair.old));
    const first = git(dir, 'rev-parse', 'HEAD');
    commit(dir, spec(compatiblePair.new), 'add an operation');
    commit(dir, spec(pair.new), 'remove one');
    expect((await breaking(dir, '--base', first)).code).toBe(1);
    const unknown = await breaking(dir, '--base', 'no-such-ref');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--base no-such-ref is not a commit of this repository.');
    expect((await breaking(dir, '--colour')).code).toBe(2);
  });

  it('has nothing to compare when spec/ is new, on a branch or in the first commit', async () => {
    const dir = repository('new-spec', { 'README.md': 'no spec yet\n' });
    git(dir, 'checkout', '-q', '-b', 'add-spec');
    commit(dir, spec(pair.old), 'add the spec');
    const branch = await breaking(dir);
    expect(branch.code).toBe(0);
    expect(branch.out).toContain('spec/ does not exist at');
    const first = repository('first-commit', spec(pair.old));
    const only = await breaking(first);
    expect(only.code).toBe(0);
    expect(only.out).toContain('the first commit: nothing to compare with');
  });

  it('in a shallow clone without the base, stops with what to fetch instead of passing silently', async () => {
    const source = repository('shallow-source', spec(pair.old));
    commit(source, spec(pair.new), 'remove an operation');
    const clone = join(root, 'shallow-clone');
    git(root, 'clone', '-q', '--depth', '1', `file://${source}`, clone);
    const { code, err } = await breaking(clone);
    expect(code).toBe(2);
    expect(err).toContain('This clone is shallow');
    expect(err).toContain('fetch-depth: 0');
    // a full clone has what it needs
    const full = join(root, 'full-clone');
    git(root, 'clone', '-q', `file://${source}`, full);
    expect((await breaking(full)).code).toBe(1);
  });

  it('reads spec/ at a commit from git, byte for byte, leaving the working tree, index and branch alone', async () => {
    const dir = repository('materialise', {});
    cpSync(join(FIXTURES_DIR, 'folder/old'), join(dir, 'spec'), { recursive: true });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'yaml spec');
    const at = git(dir, 'rev-parse', 'HEAD');
    writeFileSync(join(dir, 'spec/openapi.yaml'), 'changed in the working tree\n');
    const target = join(root, 'materialised');
    expect(await materialiseFolder(dir, at, 'spec', target)).toBe(true);
    const files = (folder: string): string[] =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
        .sort();
    expect(files(join(target, 'spec'))).toEqual(files(join(FIXTURES_DIR, 'folder/old')));
    for (const file of files(join(target, 'spec'))) {
      expect(readFileSync(join(target, 'spec', file))).toEqual(readFileSync(join(FIXTURES_DIR, 'folder/old', file)));
    }
    expect(readFileSync(join(dir, 'spec/openapi.yaml'), 'utf8')).toBe('changed in the working tree\n');
    expect(git(dir, 'status', '--porcelain')).toBe('M spec/openapi.yaml');
    expect(await materialiseFolder(dir, at, 'nothing-here', join(root, 'empty'))).toBe(false);
  });
});
