import { defineConfig } from '@playwright/test';

// One worker: each test launches a Chromium with the extension, and CI machines have 2 cores.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results/artifacts',
});
