#!/usr/bin/env node
/**
 * Builds what the end-to-end suites load, unless the build on disk was made from the same inputs: a second
 * `npm test` with nothing changed skips the builds (tens of seconds on two cores), and one changed file in what
 * a build reads builds it again. The inputs are the files git knows under what the build reads (tracked or new,
 * not ignored), hashed by content, with the target; the hash of the last build is kept in dist/.stamps/.
 *
 *   node scripts/build-fresh.mjs e2e           -> dist/e2e (Chromium, the e2e build)
 *   node scripts/build-fresh.mjs e2e-firefox   -> dist/firefox and dist/e2e-firefox (scripts/e2e-firefox.mjs)
 *   --force builds whatever the stamps say.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const INPUTS = ['src', 'public', 'bench/extension', 'scripts', 'patches', 'manifest.json', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

const TARGETS = {
  e2e: { out: ['dist/e2e'], steps: [['npx', ['vite', 'build'], { E2E: '1' }]] },
  'e2e-firefox': {
    out: ['dist/firefox', 'dist/e2e-firefox'],
    steps: [
      ['npx', ['vite', 'build'], { BROWSER: 'firefox' }],
      ['node', ['scripts/e2e-firefox.mjs'], {}],
    ],
  },
};

/** The hash of every input file's path and content, or null when git cannot list them (then always build). */
function inputsHash(target) {
  let files;
  try {
    files = execFileSync('git', ['ls-files', '-z', '-c', '-o', '--exclude-standard', '--', ...INPUTS], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean)
      .sort();
  } catch {
    return null;
  }
  const hash = createHash('sha256').update(`${target}\n`);
  for (const file of files) {
    const path = resolve(root, file);
    // A file deleted but not yet staged is still listed: its absence is part of the inputs.
    hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : '\0deleted\0');
  }
  return hash.digest('hex');
}

const target = process.argv[2];
const spec = TARGETS[target];
if (!spec) {
  console.error(`usage: node scripts/build-fresh.mjs ${Object.keys(TARGETS).join('|')} [--force]`);
  process.exit(2);
}
const stampDir = resolve(root, 'dist/.stamps');
const stamp = resolve(stampDir, `${target}.sha256`);
const hash = inputsHash(target);
const built = spec.out.every((dir) => existsSync(resolve(root, dir, 'manifest.json')));
if (!process.argv.includes('--force') && hash && built && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  console.log(`${spec.out.join(' and ')}: up to date (same inputs as the last build)`);
  process.exit(0);
}
rmSync(stamp, { force: true });
for (const [cmd, args, env] of spec.steps) {
  const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
if (hash) {
  mkdirSync(stampDir, { recursive: true });
  writeFileSync(stamp, hash);
}
