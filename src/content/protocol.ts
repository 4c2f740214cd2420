/**
 * What the injected scripts leave on the page's isolated world and what they return.
 *
 * The extractor is injected as a file whose last statement runs it (the build appends
 * `globalThis.__lede.runInjected()`, see scripts/vite-completion-value.ts), so one scripting.executeScript call
 * both installs it and returns the outcome as the script's completion value: one round trip to the page instead
 * of two, on the popup's critical path. Reading the selection instead of the article is asked for by setting
 * `__ledeUseSelection` in the same isolated world first.
 */
import type { Article } from '../core/types';

export type ExtractOutcome = (
  | { kind: 'article'; article: Article }
  | { kind: 'pdf' }
  | { kind: 'loading' }
  | { kind: 'error'; code: 'not-article' | 'extraction-failed'; message: string; hasSelection: boolean }
) & {
  /** Time spent in the page, in ms (for the speed benchmark's breakdown). */
  ms?: number;
};

export interface LedeContentApi {
  /** Extracts the article (or the selection when `__ledeUseSelection` is set, which it clears). */
  runInjected?: () => ExtractOutcome;
  highlight?: (text: string) => boolean;
  clearHighlight?: () => void;
}

declare global {
  var __lede: LedeContentApi | undefined;
  /** Set by the worker just before injecting the extractor when the reader asked to use the selected text. */
  var __ledeUseSelection: boolean | undefined;
}

export function contentApi(): LedeContentApi {
  globalThis.__lede ??= {};
  return globalThis.__lede;
}

/** The statement the build appends to the injected extractor (kept here so the worker and the build agree). */
export const RUN_INJECTED = 'globalThis.__lede.runInjected();';
