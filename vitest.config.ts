import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'components/**/*.test.ts',
      'entrypoints/**/*.test.ts',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['tests/unit/i18n-setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
