import { defineConfig } from '@playwright/test';

// One worker: each test launches a Chromium with the extension, and CI machines have 2 cores. The timeout leaves
// room for a busy 2-core machine (a hand-filled wizard takes ~40 s idle, 60 s+ when the cores are shared); speed
// is the benchmark's business, not the tests'.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results/artifacts',
});
