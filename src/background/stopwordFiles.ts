/**
 * The stop-word lists in the extension: the build packages each language's list as `stopwords/<lang>.json`
 * (vite.config.ts) instead of bundling them, and the worker fetches a list the first time an article needs it.
 * A service worker may not use import(), and fetching the extension's own files needs no permission.
 */
import { setStopwordLoader } from '../core/text/stopwords';
import { extensionUrl } from '../shared/browser';

export function useFetchedStopwords(): void {
  setStopwordLoader(async (lang) => {
    const res = await fetch(extensionUrl(`stopwords/${lang}.json`));
    if (!res.ok) throw new Error(`stop words ${lang}: HTTP ${res.status}`);
    const list = (await res.json()) as unknown;
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) throw new Error(`stop words ${lang}: not a list of words`);
    return list as string[];
  });
}
