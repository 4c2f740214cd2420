// Prints one plain closing line for the whole run ("N passed, N failed"), from Vitest's JSON reports: the unit
// run, the Chromium end-to-end runs (the huge pages have their own, see scripts/test-all.mjs) and the Firefox one
// (and the corpus suite, when it ran). A run of npm test that
// never wrote its report (a build failed first) is counted as one failure, so that the line never looks cleaner
// than the run was. The failing tests are named last, with the first lines of their errors, because the tail of
// a CI log is what a reader sees first (and sometimes all they see).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
const failures = [];
const optional = new Set(['test-results/corpus.json']);
for (const file of ['test-results/unit.json', 'test-results/e2e.json', 'test-results/e2e-huge.json', 'test-results/firefox.json', ...optional]) {
  if (!existsSync(file) && optional.has(file)) continue;
  if (!existsSync(file)) {
    missing.push(file);
    failed += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  for (const f of r.testResults ?? [])
    for (const a of f.assertionResults ?? [])
      if (a.status === 'failed') {
        const message = (a.failureMessages ?? []).join('\n').split('\n').slice(0, 6).join('\n    ');
        failures.push(`${file}: ${a.fullName}\n    ${message}`);
      }
  // A file that failed before any test ran (an import error, a hook) has no failed assertion to name.
  for (const f of r.testResults ?? [])
    if (f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
      failures.push(`${file}: ${f.name}\n    ${(f.message ?? '').split('\n').slice(0, 6).join('\n    ')}`);
}
if (failures.length) console.log(`failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
if (missing.length) console.error(`no report from ${missing.join(', ')}: that run did not finish`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
