import { defineConfig } from 'vitest/config';

// Vitest 5's error report calls Map.groupBy, which Node 20 (this machine's) lacks: without it a failing test
// crashes the reporter instead of showing why it failed.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<T, K>(items: Iterable<T>, key: (item: T, index: number) => K) {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

// The Firefox end-to-end suite (npm run test:firefox): one file at a time, each test with its own Firefox; the
// timeouts leave room for the shared 2-core machine, as playwright.config.ts does.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    retry: 0,
    reporters: ['verbose'],
  },
});
