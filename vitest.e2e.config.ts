import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Firefox has its own run (vitest.firefox.config.ts), after its own builds.
    exclude: ['tests/e2e/firefox/**'],
    environment: 'node',
    // One browser at a time: the suites share the machine's two cores with Chromium's processes.
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
    // `npm test` runs the huge pages on their own (scripts/test-all.mjs), with their own report.
    reporters: process.env.CI ? ['default', ['json', { outputFile: process.env.LEDE_E2E_REPORT ?? 'test-results/e2e.json' }]] : ['default'],
  },
});
