// `npm run build:cli`: bundles the command line (src/cli/lede.ts and the engine it runs) into dist/cli/lede.mjs, so
// `npx lede` starts without compiling TypeScript. Packages stay in node_modules (jsdom is loaded from there).
// bin/lede.mjs runs this itself when the bundle is missing or older than src/, so a fresh checkout works too.
import { build } from 'vite';
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
export const CLI_BUNDLE = join(root, 'dist/cli/lede.mjs');

export async function buildCli({ quiet = false } = {}) {
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  // Built beside the target and renamed into place: two commands starting at once never run a half-written file.
  const staging = mkdtempSync(join(dirname(CLI_BUNDLE), '.staging-'));
  try {
    await build({
      configFile: false,
      root,
      define: { __BENCH_HOOKS__: 'false' },
      logLevel: quiet ? 'error' : 'info',
      build: {
        ssr: resolve(root, 'src/cli/lede.ts'),
        outDir: staging,
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        copyPublicDir: false,
        rollupOptions: { output: { entryFileNames: 'lede.mjs', format: 'es' } },
      },
    });
    renameSync(join(staging, 'lede.mjs'), CLI_BUNDLE);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
