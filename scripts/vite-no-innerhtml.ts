/**
 * Lede's bundles never assign HTML strings to `innerHTML`: Firefox's add-on linter (web-ext lint) flags every
 * such assignment, and it offers no way to vouch for library code. Three libraries do it; each site is rewritten
 * to a DOM-API equivalent, and the build fails if any assignment of a non-literal survives in the output
 * (so a library upgrade that moves code cannot silently bring one back).
 *
 *  - Readability restores its page cache and unwraps <noscript> images by parsing HTML: patches/ (patch-package,
 *    applied on npm install) copies the nodes instead, so the CLI, the tests and the benchmarks run the same code.
 *  - Preact's `dangerouslySetInnerHTML` renders as text: Lede never uses it (article HTML goes through
 *    DOMPurify's DOM output), so no page of Lede can inject HTML through it.
 *  - DOMPurify's fallback for browsers whose DOMParser fails fails closed (an empty document) instead.
 */
import type { Plugin } from 'vite';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Patch {
  file: RegExp;
  find: RegExp;
  replace: string;
  /** How many times the pattern must match in the file it applies to. */
  count: number;
}

export const PATCHES: Patch[] = [
  {
    file: /[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/,
    find: /(\w)\.innerHTML=(\w)\.__html/,
    replace: '$1.textContent=$2.__html',
    count: 1,
  },
  {
    file: /[\\/]dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    find: /doc\.documentElement\.innerHTML = IS_EMPTY_INPUT \? emptyHTML : dirtyPayload;/,
    replace: "doc.documentElement.textContent = '';",
    count: 1,
  },
];

/** An assignment of something other than a string literal to innerHTML / outerHTML. */
export const UNSAFE_ASSIGNMENT = /\.(?:inner|outer)HTML\s*=(?!=)\s*(?![`"'][^`"']*[`"'])/;

function applyPatches(code: string, path: string, patches: Patch[]): string {
  let out = code;
  for (const patch of patches.filter((p) => p.file.test(path))) {
    const global = new RegExp(patch.find.source, 'g');
    const found = out.match(global)?.length ?? 0;
    if (found !== patch.count) {
      throw new Error(
        `lede-no-innerhtml: expected ${patch.count} match(es) of ${patch.find} in ${path}, found ${found}; update scripts/vite-no-innerhtml.ts`,
      );
    }
    out = out.replace(global, patch.replace);
  }
  return out;
}

function* jsFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* jsFiles(p);
    else if (p.endsWith('.js')) yield p;
  }
}

export function noInnerHtml(): Plugin {
  return {
    name: 'lede-no-innerhtml',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      const out = applyPatches(code, path, PATCHES);
      return out === code ? null : { code: out, map: null };
    },
    // Checked on disk after everything is written, injected scripts included.
    closeBundle() {
      const outDir = this.environment?.config.build.outDir;
      if (!outDir) return;
      for (const file of jsFiles(outDir)) {
        const code = readFileSync(file, 'utf8');
        const m = UNSAFE_ASSIGNMENT.exec(code);
        if (m) {
          throw new Error(`lede-no-innerhtml: ${file} assigns HTML: …${code.slice(Math.max(0, m.index - 80), m.index + 60)}…`);
        }
      }
    },
  };
}
