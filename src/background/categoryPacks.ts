/**
 * The category packs in the service worker. A worker may not use import() (the HTML spec forbids it in
 * service workers), so the default loader of core/topics/category.ts cannot run here; the packs are packaged
 * as plain files instead and fetched from the extension itself on first use. Nothing of them is in the
 * worker's startup bundle, and fetching the extension's own files needs no permission.
 */
import { setCategoryPackLoader, type PackFile } from '../core/topics/category';
import enUrl from '../core/topics/packs/category-en.json?url';
import zhUrl from '../core/topics/packs/category-zh.json?url';
import jaUrl from '../core/topics/packs/category-ja.json?url';
import deUrl from '../core/topics/packs/category-de.json?url';
import frUrl from '../core/topics/packs/transfer-fr.json?url';
import esUrl from '../core/topics/packs/transfer-es.json?url';
import ptUrl from '../core/topics/packs/transfer-pt.json?url';

const URLS: Record<PackFile, string> = {
  en: enUrl,
  zh: zhUrl,
  ja: jaUrl,
  de: deUrl,
  'transfer-fr': frUrl,
  'transfer-es': esUrl,
  'transfer-pt': ptUrl,
};

export function useFetchedCategoryPacks(): void {
  setCategoryPackLoader(async (file) => {
    const res = await fetch(URLS[file]);
    if (!res.ok) throw new Error(`category pack ${file}: HTTP ${res.status}`);
    return (await res.json()) as unknown;
  });
}
