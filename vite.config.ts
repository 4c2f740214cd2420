/**
 * One source manifest, three builds:
 *   npm run build          -> dist/chrome   (service worker background)
 *   npm run build:firefox  -> dist/firefox  (background scripts, browser_specific_settings.gecko)
 *   npm run build:e2e      -> dist/e2e      (Chrome build + host access to 127.0.0.1/localhost only, for tests:
 *                                            a toolbar click, which grants activeTab, cannot be scripted)
 *   npm run build:e2e:firefox -> dist/e2e-firefox (dist/firefox with the e2e manifest: scripts/e2e-firefox.mjs)
 * Locale catalogues are kept as one JSON fragment per feature in src/locales/<locale>/ and merged here into
 * _locales/<locale>/messages.json, so features never edit one shared file.
 */
import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { noInnerHtml } from './scripts/vite-no-innerhtml.ts';
import { injectedScriptsBuild } from './scripts/vite-injected.ts';
import { withE2eAccess } from './scripts/e2e-manifest.mjs';
import { mergedLocales } from './scripts/locales.ts';

export { mergedLocales };
import { STOPWORD_LANGUAGES } from './src/core/text/stopwordLanguages.ts';

const browserTarget = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
const e2e = process.env.E2E === '1';
const outDir = e2e ? (browserTarget === 'firefox' ? 'dist/e2e-firefox' : 'dist/e2e') : `dist/${browserTarget}`;
const root = import.meta.dirname;

type Manifest = Record<string, unknown> & { background?: Record<string, unknown> };

export const GECKO_ID = 'lede@lede-reader.org';

export function manifestFor(target: 'chrome' | 'firefox', forE2e: boolean): Manifest {
  const m = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Manifest;
  if (target === 'firefox') {
    const worker = (m.background as { service_worker: string }).service_worker;
    m.background = { scripts: [worker], type: 'module' };
    delete m.minimum_chrome_version;
    // Firefox's on-device ML (browser.trial.ml) is asked for at runtime, only when the reader picks it.
    m.optional_permissions = [...((m.optional_permissions as string[] | undefined) ?? []), 'trialML'];
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140 (the older ESR) has every API Lede uses; see docs/firefox.md for the list checked.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Android reads data_collection_permissions from 142 on; web-ext lint warns below that.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return forE2e ? (withE2eAccess(m) as Manifest) : m;
}

function locales(): Plugin {
  return {
    name: 'lede-locales',
    generateBundle() {
      for (const [locale, messages] of Object.entries(mergedLocales())) {
        this.emitFile({
          type: 'asset',
          fileName: `_locales/${locale}/messages.json`,
          source: JSON.stringify(messages, null, 1),
        });
      }
    },
  };
}

/**
 * Stop-word lists on first use: the worker's startup bundle holds none of them. The module that bundles them for
 * Node (src/core/text/stopwordLists.ts) is replaced by one that bundles nothing, and each language's list is
 * packaged as `stopwords/<lang>.json`, which src/background/stopwordFiles.ts fetches when an article needs it.
 */
function stopwordsOnDemand(): Plugin {
  const bundled = resolve(root, 'src/core/text/stopwordLists.ts');
  const none = resolve(root, 'src/core/text/noBundledStopwords.ts');
  return {
    name: 'lede-stopwords-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/stopwordLists') && !source.endsWith('/stopwordLists.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && posixPath(resolved.id) === posixPath(bundled) ? none : null;
    },
    generateBundle() {
      const lists = createRequire(import.meta.url)('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
      for (const lang of STOPWORD_LANGUAGES) {
        this.emitFile({ type: 'asset', fileName: `stopwords/${lang}.json`, source: JSON.stringify(lists[lang]) });
      }
    },
  };
}

/**
 * Small modules the pages and the worker share (messaging, strings, native APIs, the taxonomy, interest keys, AI
 * error codes, Vite's preload helper), with the popup's request: everything the popup's entry needs besides the
 * app, in one file. What the worker imports belongs here, not in `ui`: a module there makes the worker load
 * Preact and the popup's app at startup (28 KB, `npm run bench:worker-bundle`).
 */
const SHARED_CHUNK =
  /\/src\/shared\/(messages|i18n|browser)\.ts$|\/src\/popup\/(request|tabTarget)\.ts$|\/@webext-core\/messaging\/|\/zero-serialize-error\/|vite\/preload-helper|\/src\/core\/topics\/taxonomy\.ts$|\/src\/core\/interests\/profile\.ts$|\/src\/ai\/errors\.ts$/;
/** Preact and the components the pages render, the popup's app among them: the app loads as one file. */
const UI_CHUNK =
  /\/node_modules\/preact\/|\/src\/ui\/|\/src\/popup\/(App|mount|wholeAnalysis)\.tsx?$/;
const posixPath = (id: string) => id.replaceAll('\\', '/');

const pages = ['src/library/index.html', ...(e2e ? ['bench/extension/ping.html'] : [])].filter((p) =>
  existsSync(resolve(root, p)),
);

const define = {
  'import.meta.env.VITE_BROWSER': JSON.stringify(browserTarget),
  // Benchmark and test hooks (the `ping` message, timings on every answer): in the e2e build only.
  __BENCH_HOOKS__: JSON.stringify(e2e),
};

export default defineConfig({
  plugins: [
    noInnerHtml(),
    stopwordsOnDemand(),
    preact({ devToolsEnabled: false, prefreshEnabled: false }),
    crx({ manifest: manifestFor(browserTarget, e2e) as unknown as ManifestV3Export, browser: browserTarget }),
    locales(),
    injectedScriptsBuild(define),
  ],
  define,
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Extension code is read by store reviewers; keep it minified but with names for stack traces.
    minify: true,
    sourcemap: false,
    // Preload every chunk a page imports at once instead of discovering them module by module.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p.split('/')[1]!, resolve(root, p)])),
      // Required by chunk groups that do not pull their modules' dependencies in with them (below).
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Each file an extension page loads costs a round trip to the browser process (~5 ms on a busy machine),
        // and on two cores the popup's loading competes with the page being read. Two groups keep the popup at
        // three scripts, fetched in parallel (its entry, `shared`, `ui`), and one stylesheet; left to itself the
        // bundler made nine small chunks of modules the pages share. bench:speed: the click's own share fell by
        // ~11 ms. The library and options pages load a few KB of popup code they do not run; tests/e2e cover
        // that no page runs another's entry.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'shared', test: (id: string) => SHARED_CHUNK.test(posixPath(id)) },
            { name: 'ui', test: (id: string) => !id.endsWith('.css') && UI_CHUNK.test(posixPath(id)) },
          ],
        },
      },
    },
  },
});
