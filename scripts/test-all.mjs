#!/usr/bin/env node
/**
 * `npm test`: every test, unit and end to end (Chromium, then Firefox ESR), each part as `npm run test:<part>`
 * runs it, in less wall time than one after the other. Nothing is skipped or shortened: only the order changes.
 *
 *   1. The unit tests run while the builds the end-to-end suites load are made (scripts/build-fresh.mjs: skipped
 *      when nothing they read changed). A build waits on its own work much of the time, and so do the tests.
 *   2. Then Chromium's suite and Firefox's, side by side: each drives one browser at a time, mostly waiting on it.
 *   3. Then the huge pages in Chromium, alone: the popup must answer a page of 100,000 nested elements within the
 *      worker's 10 s, which a second browser working beside it on two cores can push past (seen here).
 *
 * Each part's output is printed whole when it ends (not interleaved), then one line per part with its time, and
 * the exit code is non-zero when any part failed.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const results = [];

/** Runs one part with its output captured; resolves with its exit code. */
function part(name, cmd, args) {
  const t0 = performance.now();
  console.log(`== ${name}: started (${cmd} ${args.join(' ')})`);
  return new Promise((done) => {
    // The parts write to a pipe: keep their colours when this script writes to a terminal (not in CI's logs).
    const color = process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : undefined);
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...(color && { FORCE_COLOR: color }) } });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      const ms = performance.now() - t0;
      process.stdout.write(`\n== ${name}: output\n`);
      process.stdout.write(Buffer.concat(out));
      console.log(`== ${name}: ${status === 0 ? 'passed' : `FAILED (exit ${status})`} in ${seconds(ms)}`);
      results.push({ name, status, ms });
      done(status);
    });
    child.on('error', (err) => {
      console.error(`== ${name}: could not start: ${err.message}`);
      results.push({ name, status: 1, ms: performance.now() - t0 });
      done(1);
    });
  });
}

const vitest = (config) => ['vitest', 'run', ...(config ? ['--config', config] : [])];

const builds = (async () => {
  const chromium = await part('build for Chromium (dist/e2e)', 'node', ['scripts/build-fresh.mjs', 'e2e']);
  const firefox = await part('builds for Firefox (dist/firefox, dist/e2e-firefox)', 'node', ['scripts/build-fresh.mjs', 'e2e-firefox']);
  return { chromium, firefox };
})();
const unit = part('unit', 'npx', vitest(null));

const HUGE = 'tests/e2e/attack-huge-pages.test.ts';
const built = await builds;
await unit;
await Promise.all([
  built.chromium === 0 ? part('end to end, Chromium', 'npx', [...vitest('vitest.e2e.config.ts'), '--exclude', HUGE]) : null,
  built.firefox === 0 ? part('end to end, Firefox', 'npx', vitest('vitest.firefox.config.ts')) : null,
]);
if (built.chromium === 0) {
  process.env.LEDE_E2E_REPORT = 'test-results/e2e-huge.json';
  await part('end to end, Chromium: huge pages, alone', 'npx', [...vitest('vitest.e2e.config.ts'), HUGE]);
}

console.log('\n== npm test, part by part (wall time of each; parts overlap)');
for (const r of results) console.log(`${r.status === 0 ? 'ok    ' : 'FAILED'} ${seconds(r.ms).padStart(8)}  ${r.name}`);
console.log(`${' '.repeat(6)} ${seconds(performance.now() - started).padStart(8)}  in all`);
process.exit(results.some((r) => r.status !== 0) ? 1 : 0);
