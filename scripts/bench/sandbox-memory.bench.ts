/**
 * The sandbox's memory under many distinct tokens: each token is an account seeded on first use, and the
 * sandbox keeps at most its cap of them (the least recently used forgotten). 100,000 tokens, one request
 * each, in process (`inject`); the RSS after the first 1,000 (the cap filled) is the baseline the later
 * figures are read against. Nothing here gates CI.
 */
import { buildSandbox } from '../../src/server/server.js';

const TOKENS = 100_000;
const MARKS = new Set([1_000, 10_000, 25_000, 50_000, 75_000, 100_000]);

const rssMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().rss / 1024 / 1024;
};

export async function run(): Promise<void> {
  const sandbox = await buildSandbox({ log: false, delivery: { autoStart: false } });
  const rows: string[] = [];
  let baseline = 0;
  const started = Date.now();
  try {
    for (let index = 1; index <= TOKENS; index++) {
      const answer = await sandbox.app.inject({ method: 'GET', url: '/v1/webhooks?limit=1', headers: { authorization: `Bearer bench-token-${index}` } });
      if (answer.statusCode !== 200) throw new Error(`token ${index}: ${answer.statusCode} ${answer.body}`);
      if (!MARKS.has(index)) continue;
      const mb = rssMb();
      if (index === 1_000) baseline = mb;
      rows.push(`| ${index.toLocaleString('en')} | ${mb.toFixed(0)} MB | ${(mb / baseline).toFixed(2)}× |`);
    }
  } finally {
    await sandbox.close();
  }
  console.log('| distinct tokens | RSS | against 1,000 tokens |\n|---:|---:|---:|');
  console.log(rows.join('\n'));
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s; the sandbox keeps 1,000 accounts by default)`);
}
