/**
 * What generated/ is generated from, and a hash of it: `npm run generate` records the hash in
 * generated/inputs.sha256, and `npm start` compares it to decide whether to regenerate. Contents, not
 * timestamps: a fresh clone writes files in any order, and comparing hashes costs milliseconds where
 * generating costs seconds. Plain JavaScript, so that `npm start` reads it without compiling anything.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The files and folders generated/ depends on, relative to the repository's root. */
export const GENERATOR_INPUTS = [
  'spec',
  'scripts/generate.ts',
  'scripts/validators-codegen.ts',
  'scripts/validators',
  'scripts/examples-codegen.ts',
  'scripts/named-forms-codegen.ts',
  'scripts/generated-inputs.mjs',
  'src/spec/resolve-ref.ts',
  'src/spec/json-pointer.ts',
];

/** The file in generated/ that records the hash of the inputs it was generated from. */
export const INPUTS_HASH_FILE = 'inputs.sha256';

/** Every file under `path`, sorted. */
function filesUnder(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/**
 * The SHA-256 of every input file's path and content (line endings made LF, so a Windows checkout
 * hashes alike).
 * @param {string} root the repository's root
 * @returns {string}
 */
export function hashGeneratorInputs(root) {
  const hash = createHash('sha256');
  for (const input of GENERATOR_INPUTS) {
    for (const file of filesUnder(join(root, input))) {
      hash.update(`${relative(root, file).split(sep).join('/')}\0`);
      hash.update(readFileSync(file, 'utf8').replaceAll('\r\n', '\n'));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/**
 * Whether generated/ was generated from other inputs than those in the tree now (or lacks its record).
 * @param {string} root the repository's root
 * @returns {boolean}
 */
export function isGeneratedStale(root) {
  let recorded;
  try {
    recorded = readFileSync(join(root, 'generated', INPUTS_HASH_FILE), 'utf8').trim();
  } catch {
    return true;
  }
  return recorded !== hashGeneratorInputs(root);
}
