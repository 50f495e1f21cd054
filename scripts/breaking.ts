/**
 * `npm run breaking`: compares the working tree's spec/ with the spec/ of a base commit under the
 * compatibility policy, and fails on a breaking change unless info.version's major number went up.
 * The base is `--base REF`; by default the merge-base with main on a branch, and on main itself the
 * spec as it was before the latest commit that changed it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { diffContracts } from '../src/compat/diff-contracts.js';
import { formatReport, reportExitCode } from '../src/compat/format-report.js';
import { loadContract } from '../src/compat/load-contract.js';
import { WebhooksContractError } from '../src/errors.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const SPEC_DIR = 'spec';
const MAIN_REFS = ['refs/heads/main', 'refs/remotes/origin/main'];
const MAX_GIT_OUTPUT = 64 * 1024 * 1024; // bytes: a whole spec/ folder read at once

export const BREAKING_USAGE = `Usage: npm run breaking [-- options]

  Compares spec/ in the working tree with spec/ at a base commit, under the compatibility policy of
  spec/README.md. Fails (exit 1) on a breaking change, unless the major number of info.version went up.

Options:
  --base <ref>   The commit to compare with (default: the merge-base with main on a branch; on main,
                 the commit before the latest one that changed spec/)
  --json         Print the report as JSON
  --strict       Fail on unclassified changes too
  --verbose      List documentation changes one by one
  -h, --help     Show this help
`;

/** The base could not be found or read: the message says what to do. Exit code 2. */
export class BaseError extends Error {
  override name = 'BaseError';
}

/** Runs git in a folder; resolves with its standard output, or undefined when it fails. */
async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return (await run('git', args, { cwd, maxBuffer: MAX_GIT_OUTPUT, encoding: 'utf8' })).stdout;
  } catch {
    return undefined;
  }
}

async function commitOf(cwd: string, ref: string): Promise<string | undefined> {
  return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim() || undefined;
}

async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}

const SHALLOW_HINT =
  'This clone is shallow, so the commit is not in it: fetch the history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) or pass --base with a commit you have.';

/** Where the comparison starts: a commit, how it was chosen, or the reason there is nothing to compare. */
export type Base = { commit: string; reason: string } | { commit?: undefined; reason: string };

/**
 * Picks the base commit. `--base` wins; on a branch, the merge-base with main; on main (or a detached
 * HEAD at main's commit, as CI checks it out), the first parent of the latest commit that changed spec/.
 */
export async function resolveBase(cwd: string, requested?: string): Promise<Base> {
  if (requested !== undefined) {
    const commit = await commitOf(cwd, requested);
    if (!commit) throw new BaseError(`--base ${requested} is not a commit of this repository.${(await isShallow(cwd)) ? ` ${SHALLOW_HINT}` : ''}`);
    return { commit, reason: `--base ${requested}` };
  }
  const head = await commitOf(cwd, 'HEAD');
  if (!head) throw new BaseError('This folder is not a git repository with a commit: pass two contracts to webhooks-contract diff instead.');
  const branch = (await git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']))?.trim();
  let mainRef: string | undefined;
  let mainCommit: string | undefined;
  for (const ref of MAIN_REFS) {
    mainCommit = await commitOf(cwd, ref);
    if (mainCommit) {
      mainRef = ref.replace(/^refs\/(heads|remotes)\//, '');
      break;
    }
  }
  const onMain = branch === 'main' || (branch === 'HEAD' && mainCommit === head);
  if (onMain) {
    // --first-parent: a merge into main counts as the commit that changed spec/, and its first parent is main before it
    const latest = (await git(cwd, ['log', '-1', '--first-parent', '--format=%H', '--', SPEC_DIR]))?.trim();
    if (!latest) return { reason: `no commit on main has changed ${SPEC_DIR}/ yet: nothing to compare with` };
    const parent = await commitOf(cwd, `${latest}^1`);
    if (!parent) {
      if (await isShallow(cwd)) throw new BaseError(`The commit before ${latest.slice(0, 12)} (the latest that changed ${SPEC_DIR}/) is needed. ${SHALLOW_HINT}`);
      return { reason: `${SPEC_DIR}/ first appears in ${latest.slice(0, 12)}, the first commit: nothing to compare with` };
    }
    return { commit: parent, reason: `main before ${latest.slice(0, 12)}, the latest commit that changed ${SPEC_DIR}/` };
  }
  if (!mainRef) throw new BaseError('There is no main branch here (neither main nor origin/main): pass --base <ref>.');
  const mergeBase = (await git(cwd, ['merge-base', 'HEAD', mainRef]))?.trim();
  if (!mergeBase) {
    throw new BaseError(`This branch and ${mainRef} have no common commit here. ${(await isShallow(cwd)) ? SHALLOW_HINT : 'Pass --base <ref>.'}`);
  }
  return { commit: mergeBase, reason: `the merge-base of ${branch === 'HEAD' ? 'HEAD' : branch} and ${mainRef}` };
}

/**
 * Writes the files of a folder as they are at a commit into `target`, and says whether the folder exists
 * there. Reads them from git's object store: the working tree, the index and the branch stay untouched.
 */
export async function materialiseFolder(cwd: string, commit: string, folder: string, target: string): Promise<boolean> {
  const listing = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', folder]);
  if (listing === undefined) throw new BaseError(`Could not list ${folder}/ at ${commit.slice(0, 12)}.`);
  const blobs = listing
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [meta, path] = entry.split('\t') as [string, string];
      const [mode, type, sha] = meta.split(' ') as [string, string, string];
      return { mode, type, sha, path };
    })
    // symbolic links and submodules are not spec files
    .filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
  if (blobs.length === 0) return false;
  const contents = await readBlobs(cwd, blobs.map((blob) => blob.sha));
  for (const blob of blobs) {
    const file = join(target, blob.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents.get(blob.sha)!);
  }
  return true;
}

/** Reads blobs with one `git cat-file --batch`. */
async function readBlobs(cwd: string, shas: string[]): Promise<Map<string, Buffer>> {
  const output = await new Promise<Buffer>((resolvePromise, reject) => {
    const child = execFile('git', ['cat-file', '--batch'], { cwd, encoding: 'buffer', maxBuffer: MAX_GIT_OUTPUT }, (error, stdout) =>
      error ? reject(new BaseError(`git cat-file failed: ${error.message}`)) : resolvePromise(stdout),
    );
    child.stdin?.end(`${[...new Set(shas)].join('\n')}\n`);
  });
  const blobs = new Map<string, Buffer>();
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(0x0a, offset);
    const [sha, , size] = output.subarray(offset, lineEnd).toString('utf8').split(' ') as [string, string, string];
    const start = lineEnd + 1;
    const end = start + Number(size);
    blobs.set(sha, output.subarray(start, end));
    offset = end + 1; // the newline after each object
  }
  return blobs;
}

/** Where `runBreaking` writes and which repository it reads. */
export interface BreakingIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** the repository's folder (default: this repository) */
  cwd?: string;
}

/**
 * Runs the check; resolves with the exit code: 0 compatible (or an announced major version), 1 breaking,
 * 2 wrong usage or no base to compare with.
 */
export async function runBreaking(args: readonly string[], io: BreakingIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      options: {
        base: { type: 'string' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.err(`npm run breaking: ${(error as Error).message}\n\n${BREAKING_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(BREAKING_USAGE);
    return 0;
  }
  const cwd = resolve(io.cwd ?? ROOT);
  const workdir = mkdtempSync(join(tmpdir(), 'webhooks-contract-base-'));
  try {
    const base = await resolveBase(cwd, values.base);
    if (!base.commit) {
      io.out(`npm run breaking: ${base.reason}.`);
      return 0;
    }
    if (!(await materialiseFolder(cwd, base.commit, SPEC_DIR, workdir))) {
      io.out(`npm run breaking: ${SPEC_DIR}/ does not exist at ${base.commit.slice(0, 12)} (${base.reason}): everything in it is new, nothing to compare with.`);
      return 0;
    }
    const [before, after] = await Promise.all([
      loadContract(join(workdir, SPEC_DIR), { resolveFrom: cwd }),
      loadContract(join(cwd, SPEC_DIR), { resolveFrom: cwd }),
    ]);
    const report = diffContracts(before, after);
    const options = { allowMajor: true, strict: values.strict, verbose: values.verbose };
    const code = reportExitCode(report, options);
    if (values.json) io.out(JSON.stringify({ base: { commit: base.commit, reason: base.reason }, exitCode: code, ...report }, null, 2));
    else io.out(`Comparing ${SPEC_DIR}/ at ${base.commit.slice(0, 12)} (${base.reason}) with the working tree.\n\n${formatReport(report, options)}`);
    return code;
  } catch (error) {
    if (error instanceof BaseError || error instanceof WebhooksContractError) {
      io.err(`npm run breaking: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    rmSync(workdir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runBreaking(process.argv.slice(2), { out: (text) => console.log(text), err: (text) => console.error(text) });
}
