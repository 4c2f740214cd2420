/**
 * What the injected scripts leave on the page's isolated world and what they return.
 *
 * The extractor is injected as a file whose last statement runs it (the build appends
 * `globalThis.__lede.runInjected()`, see scripts/vite-injected.ts), so one scripting.executeScript call
 * both installs it and returns the outcome as the script's completion value: one round trip to the page instead
 * of two, on the popup's critical path. Reading the selection instead of the article is asked for by setting
 * `__ledeUseSelection` in the same isolated world first.
 */
import type { Article } from '../core/types';

export type ExtractOutcome = (
  | { kind: 'article'; article: Article }
  | { kind: 'pdf' }
  | { kind: 'loading' }
  | { kind: 'error'; code: 'not-article' | 'extraction-failed' | 'too-large'; message: string; hasSelection: boolean }
) & {
  /** Time spent in the page, in ms (for the speed benchmark's breakdown). */
  ms?: number;
};

export interface LedeContentApi {
  /** Extracts the article (or the selection when `__ledeUseSelection` was just set; it clears it). */
  runInjected?: () => ExtractOutcome;
  highlight?: (text: string) => boolean;
  clearHighlight?: () => void;
}

declare global {
  var __lede: LedeContentApi | undefined;
  /**
   * When the worker asked for the selected text (Date.now() at the time), set just before it injects the
   * extractor. A time, not a flag: should that injection fail, a later click must not still read the selection.
   */
  var __ledeUseSelection: number | undefined;
}

export function contentApi(): LedeContentApi {
  globalThis.__lede ??= {};
  return globalThis.__lede;
}

/** Where the build writes the injected scripts inside the extension (scripts/vite-injected.ts). */
export const INJECTED_SCRIPTS = {
  extract: 'content/extract.js',
  highlight: 'content/highlight.js',
} as const;

/** The statement the build appends to the injected extractor (kept here so the worker and the build agree). */
export const RUN_INJECTED = 'globalThis.__lede.runInjected();';

/** How long a request for the selection stays good: the extractor is injected right after it is made. */
export const USE_SELECTION_TTL_MS = 5000;
