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
    // a folder for the run's one Postgres server, started by the first file that needs it, stopped at the end
    globalSetup: ['test/support/postgres-global.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
