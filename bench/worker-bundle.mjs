#!/usr/bin/env node
/**
 * The worker's startup bundle: every file the background script loads before it runs (its static imports,
 * followed to the end), in bytes and gzipped, the largest first. What loads later on demand (fetched packs and
 * lists, dynamic chunks) is not counted. Usage: node bench/worker-bundle.mjs [dist/chrome] (build it first).
 */
import { readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = resolve(process.argv[2] ?? 'dist/chrome');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const entries = manifest.background?.service_worker
  ? [manifest.background.service_worker]
  : (manifest.background?.scripts ?? []);
if (entries.length === 0) throw new Error(`${dir}/manifest.json names no background script`);

// Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` (minified or not).
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

const seen = new Map();
function visit(file) {
  if (seen.has(file)) return;
  const code = readFileSync(join(dir, file));
  seen.set(file, code);
  for (const [, spec] of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    visit(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
  }
}
for (const entry of entries) visit(entry);

const rows = [...seen].map(([file, code]) => ({ file, bytes: code.length, gzip: gzipSync(code).length }));
rows.sort((a, b) => b.bytes - a.bytes);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
console.log(`worker startup bundle of ${relative(process.cwd(), dir) || dir}: ${rows.length} files`);
for (const r of rows) console.log(`${kb(r.bytes)} ${kb(r.gzip)} gz  ${r.file}`);
const total = rows.reduce((s, r) => s + r.bytes, 0);
const gz = rows.reduce((s, r) => s + r.gzip, 0);
console.log(`${kb(total)} ${kb(gz)} gz  total`);
