/**
 * The scripts the worker injects into a tab (scripting.executeScript({ files })) are built by a plain second Vite
 * build per script, in library mode as one IIFE, after the extension's own bundle is written. They are files of
 * the extension that only the worker loads, so nothing is listed in `web_accessible_resources`: a web page cannot
 * fetch them (executeScript reads extension files whatever that list says).
 *
 * The extractor's build adds, after minification:
 *  - a last statement that runs it (RUN_INJECTED), so the injection's completion value is the outcome: one round
 *    trip to the page per toolbar click instead of an injection plus a `func` call;
 *  - V8's compile hint in front: every function of the extractor runs on every click, so compiling them all with
 *    the script saves parsing each twice. Engines that do not know the comment ignore it.
 */
import { build, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { INJECTED_SCRIPTS, RUN_INJECTED } from '../src/content/protocol.ts';
import { noInnerHtml } from './vite-no-innerhtml.ts';

/** https://v8.dev/blog/explicit-compile-hints */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export interface InjectedScript {
  /** Source file, relative to the repository root. */
  entry: string;
  /** Output path inside the extension (what the worker passes to executeScript). */
  fileName: string;
  banner?: string;
  footer?: string;
}

export const injectedScripts: InjectedScript[] = [
  { entry: 'src/content/extract.ts', fileName: INJECTED_SCRIPTS.extract, banner: COMPILE_HINT, footer: RUN_INJECTED },
  { entry: 'src/content/highlight.ts', fileName: INJECTED_SCRIPTS.highlight },
];

export async function buildInjected(root: string, outDir: string, define: Record<string, string>): Promise<void> {
  for (const script of injectedScripts) {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      define,
      // The same guarantee as the extension's bundle: no HTML string reaches innerHTML.
      plugins: [noInnerHtml()],
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        copyPublicDir: false,
        lib: {
          entry: resolve(root, script.entry),
          formats: ['iife'],
          // Required for IIFE output; the scripts export nothing, so no global of that name is created.
          name: 'lede',
          fileName: () => script.fileName,
        },
        rollupOptions: {
          output: {
            // postBanner/postFooter are added after minification, so the minifier cannot drop or reorder them.
            postBanner: script.banner,
            postFooter: script.footer,
          },
        },
      },
    });
  }
}

/** Runs the injected scripts' builds once the extension's bundle is on disk (emptyOutDir has run by then). */
export function injectedScriptsBuild(define: Record<string, string>): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'lede:injected-scripts',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await buildInjected(root, outDir, define);
    },
  };
}
