/**
 * What the injected scripts leave on the page's isolated world and what they return. The extension injects
 * a script file once, then calls the function it installed (scripting.executeScript with `func`): two small
 * steps instead of passing arguments through globals.
 */
import type { Article } from '../core/types';

export type ExtractOutcome =
  | { kind: 'article'; article: Article }
  | { kind: 'pdf' }
  | { kind: 'loading' }
  | { kind: 'error'; code: 'not-article' | 'extraction-failed'; message: string; hasSelection: boolean };

export interface LedeContentApi {
  extract?: (useSelection: boolean) => ExtractOutcome;
  highlight?: (text: string) => boolean;
  clearHighlight?: () => void;
}

declare global {
  var __lede: LedeContentApi | undefined;
}

export function contentApi(): LedeContentApi {
  globalThis.__lede ??= {};
  return globalThis.__lede;
}
