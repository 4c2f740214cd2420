/**
 * `src/storage` bundled as one script for `page.evaluate` in an extension page: benchmarks fill the extension's
 * database through the same repositories the pages use (exposed as `globalThis.__ledeBench`).
 */
import { build } from 'vite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export type BenchStorage = typeof import('../../src/storage/index');
export type BenchWindow = typeof globalThis & { __ledeBench: BenchStorage };

export async function storageBundle(): Promise<string> {
  // The entry lives outside the repo (nothing to clean up in the tree) and only imports the repositories.
  const dir = mkdtempSync(join(tmpdir(), 'lede-bench-entry-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, `import * as storage from ${JSON.stringify(join(ROOT, 'src/storage/index.ts'))};\n(globalThis as any).__ledeBench = storage;\n`);
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'LedeBenchStorage', fileName: () => 'storage.js' } },
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
  for (const o of Array.isArray(out) ? out : [out]) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('could not bundle src/storage for the benchmark');
}
