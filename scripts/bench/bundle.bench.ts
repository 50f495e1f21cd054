/**
 * Browser bundle sizes (esbuild, minified ESM, browser platform) of the client and the validators, beside
 * bare openapi-fetch bundled the same way in the same run. test/client/browser-bundle.test.ts asserts
 * the budgets on the same figures.
 */
import { BUNDLE_CASES, bundleSize, VALIDATORS_MODULE_BEFORE_BYTES } from './bundle-sizes.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run(): Promise<void> {
  const sizes = new Map<string, { bytes: number; gzipBytes: number }>();
  for (const [key, bundle] of Object.entries(BUNDLE_CASES)) sizes.set(key, await bundleSize(bundle));
  const baseline = sizes.get('openapiFetch')!;
  console.log('| bundle | minified | gzipped | × bare openapi-fetch (minified) |');
  console.log('|---|---:|---:|---:|');
  for (const [key, bundle] of Object.entries(BUNDLE_CASES)) {
    const { bytes, gzipBytes } = sizes.get(key)!;
    console.log(`| ${bundle.name} | ${kb(bytes)} (${bytes} B) | ${kb(gzipBytes)} | ${(bytes / baseline.bytes).toFixed(2)} |`);
  }
  const client = Math.max(sizes.get('client')!.bytes, sizes.get('clientSplit')!.bytes);
  const one = sizes.get('validateWebhookCreate')!.bytes;
  console.log(`\nBudgets: the client ≤ 2 × bare openapi-fetch: ${(client / baseline.bytes).toFixed(2)} ×.`);
  console.log(
    `validateWebhookCreate alone ≤ 25 % of the whole validators module before it was split (${kb(VALIDATORS_MODULE_BEFORE_BYTES)}): ` +
      `${((100 * one) / VALIDATORS_MODULE_BEFORE_BYTES).toFixed(1)} % (${((100 * one) / sizes.get('validatorsModule')!.bytes).toFixed(1)} % of today's, which also holds the receivers' validators).`,
  );
}
