/**
 * The receiver stays tiny: bundled on its own, it holds its own modules and the error base class, and
 * imports nothing but node:crypto and node:buffer (no HTTP client, no validators, no dependency at all).
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the receiver entry point', () => {
  it('bundles without an HTTP client, validators or any package', async () => {
    const result = await build({
      entryPoints: ['src/receiver/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      metafile: true,
      minify: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs).sort();
    expect(inputs.filter((input) => !/^src\/receiver\/[a-z-]+\.ts$/.test(input))).toEqual(['src/errors.ts']);
    const [output] = Object.values(result.metafile.outputs);
    expect([...new Set(output!.imports.map((entry) => entry.path))].sort()).toEqual(['node:buffer', 'node:crypto']);
    // minified, the whole receiver is a few kilobytes
    expect(output!.bytes).toBeLessThan(12_000);
  });
});
