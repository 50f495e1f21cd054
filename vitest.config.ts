import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // the receiver recipes (test/receiver/recipes/) import the package by its name, as the README shows them
  resolve: { alias: { 'webhooks-contract/receiver': fileURLToPath(new URL('./src/receiver/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. Most files here spend
    // their time waiting on a process they started (a mock, a server, a browser, npm), so two run side by side.
    maxWorkers: 2,
    // Vitest's default of 5 s per test (10 s per hook) is a timed assertion in disguise: a test that spawns
    // a process or builds a TypeScript program takes that long on a busy machine. A hang still fails.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // a folder for the run's one Postgres server, started by the first file that needs it, stopped at the end
    globalSetup: ['test/support/postgres-global.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
