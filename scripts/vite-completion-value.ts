/**
 * Makes the injected extractor return its outcome as the script's completion value.
 *
 * @crxjs builds `src/content/extract.ts?iife` as `(function(){ ... })();`, whose completion value is undefined, so
 * the worker needed a second scripting.executeScript call (a `func`) to run what the file installed. Appending one
 * expression statement after the IIFE makes `executeScript({ files })` return the outcome directly: one round trip
 * to the page on every toolbar click instead of two. The build fails if the file is missing, so a change in how
 * @crxjs names it cannot silently cost the popup its article.
 */
import type { Plugin } from 'vite';
import { RUN_INJECTED } from '../src/content/protocol.ts';

export function completionValue(fileName = 'src/content/extract.js'): Plugin {
  return {
    name: 'lede:completion-value',
    apply: 'build',
    generateBundle: {
      // After @crxjs's IIFE step (an enforce:'post' plugin) has emitted the file.
      order: 'post',
      handler(_options, bundle) {
        const asset = bundle[fileName];
        if (!asset) this.error(`lede:completion-value: ${fileName} was not emitted; the extractor would return nothing`);
        const tail = `\n${RUN_INJECTED}\n`;
        if (asset.type === 'asset') {
          const source = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          asset.source = source.trimEnd() + tail;
        } else {
          asset.code = asset.code.trimEnd() + tail;
        }
      },
    },
  };
}
