/**
 * The category packs in the service worker. A worker may not use import() (the HTML spec forbids it in
 * service workers), so the default loader of core/topics/category.ts cannot run here; the packs are packaged
 * as plain files instead and fetched from the extension itself on first use. Nothing of them is in the
 * worker's startup bundle, and fetching the extension's own files needs no permission.
 */
import { setCategoryPackLoader, type CategoryPack } from '../core/topics/category';
import type { CategoryModelFile } from '../core/topics/category-engine';
import enUrl from '../core/topics/packs/category-en.json?url';
import zhUrl from '../core/topics/packs/category-zh.json?url';
import jaUrl from '../core/topics/packs/category-ja.json?url';
import deUrl from '../core/topics/packs/category-de.json?url';

const URLS: Record<CategoryPack, string> = { en: enUrl, zh: zhUrl, ja: jaUrl, de: deUrl };

export function useFetchedCategoryPacks(): void {
  setCategoryPackLoader(async (pack) => {
    const res = await fetch(URLS[pack]);
    if (!res.ok) throw new Error(`category pack ${pack}: HTTP ${res.status}`);
    return (await res.json()) as CategoryModelFile;
  });
}
