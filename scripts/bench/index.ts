/**
 * `npm run bench`: runs every benchmark in this folder (or those named on the command line) in one
 * process, one after another. Each prints its own table of ratios against a baseline measured in the
 * same run; nothing here gates CI.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.includes(basename(file, '.bench.ts')))
  .sort();

if (files.length === 0) {
  console.error(`no benchmark matches ${only.join(', ')}`);
  process.exit(1);
}
for (const file of files) {
  console.log(`\n## ${basename(file, '.bench.ts')}\n`);
  const bench = (await import(`./${file}`)) as { run: () => Promise<void> };
  await bench.run();
}
