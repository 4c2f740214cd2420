import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  // Unit tests see the benchmark hooks, as the e2e build does (vite.config.ts).
  define: { __BENCH_HOOKS__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Two cores here and in CI: more workers only contend.
    maxWorkers: 2,
    testTimeout: 20000,
    // In CI also write a JSON report, from which .ci/run prints one plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
});
