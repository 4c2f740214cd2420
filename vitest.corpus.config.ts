import { defineConfig } from 'vitest/config';

/** `npm run test:corpus`: checks over ../shared/corpora that take minutes, kept out of the unit run. */
export default defineConfig({
  test: {
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 2,
    // A long page parses and extracts in a few seconds alone, several times that on a loaded machine.
    testTimeout: 120_000,
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/corpus.json' }]] : ['default'],
  },
});
