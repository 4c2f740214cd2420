import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/firefox/**/*.test.ts'],
    environment: 'node',
    // One browser at a time: Firefox's processes share the machine's two cores.
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 60000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/firefox.json' }]] : ['default'],
  },
});
