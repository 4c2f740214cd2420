/**
 * The article's broad section (see taxonomy.ts), or null when none fits. One model ("pack") per language
 * with training data (English, Chinese, Japanese, German); other languages read with the English pack,
 * through the shared vocabulary of names and the transfer lexicons of categoryLexicon.ts. Packs are loaded
 * on first use, not bundled into the worker's startup code: `loadCategoryPack(lang)` before `classify`.
 * How the packs were trained and what they score: docs/category.md.
 */
import type { Category } from '../types';
import { categoryFeatures, decide, decodeModel, predict, type CategoryModel, type CategoryModelFile } from './category-engine';

export const CATEGORY_PACKS = ['en', 'zh', 'ja', 'de'] as const;
export type CategoryPack = (typeof CATEGORY_PACKS)[number];

/** Reads a pack's weights file. The default is a dynamic import; the service worker, where import() is not allowed, fetches instead. */
export type CategoryPackLoader = (pack: CategoryPack) => Promise<CategoryModelFile>;

const importPack: CategoryPackLoader = async (pack) => {
  const files: Record<CategoryPack, () => Promise<{ default: unknown }>> = {
    en: () => import('./packs/category-en.json'),
    zh: () => import('./packs/category-zh.json'),
    ja: () => import('./packs/category-ja.json'),
    de: () => import('./packs/category-de.json'),
  };
  return (await files[pack]()).default as CategoryModelFile;
};

let loader: CategoryPackLoader = importPack;
const models = new Map<CategoryPack, CategoryModel>();
const loading = new Map<CategoryPack, Promise<boolean>>();

/** Replaces how packs are read (the worker fetches its own packaged files); forgets packs already loaded. */
export function setCategoryPackLoader(next: CategoryPackLoader): void {
  loader = next;
  models.clear();
  loading.clear();
}

/** The primary language subtag, lower case ('zh-Hant-TW' -> 'zh'). */
function primary(lang: string): string {
  return ((lang || 'en').split(/[-_]/)[0] ?? '').toLowerCase() || 'en';
}

/** The pack that reads `lang`: its own where there is one, else English (names and shared words transfer). */
export function packFor(lang: string): CategoryPack {
  const p = primary(lang);
  return (CATEGORY_PACKS as readonly string[]).includes(p) ? (p as CategoryPack) : 'en';
}

/**
 * Loads the pack for `lang` once; resolves true when it is ready. A failed read resolves false (classify
 * then answers null) and is tried again next time, so one bad moment does not cost the section for good.
 */
export function loadCategoryPack(lang: string): Promise<boolean> {
  const pack = packFor(lang);
  if (models.has(pack)) return Promise.resolve(true);
  let p = loading.get(pack);
  if (!p) {
    p = loader(pack).then(
      (file) => {
        models.set(pack, decodeModel(file));
        return true;
      },
      () => {
        loading.delete(pack);
        return false;
      },
    );
    loading.set(pack, p);
  }
  return p;
}

/** Whether classify can answer for `lang` now. */
export function categoryPackReady(lang: string): boolean {
  return models.has(packFor(lang));
}

/**
 * Classifies `text` (title and body) into one taxonomy id with a calibrated probability. Null for text too
 * short to judge, text the model recognises too little of, anything below the calibrated threshold, and
 * when the language's pack is not loaded yet (loadCategoryPack).
 */
export function classify(text: string, lang: string): Category | null {
  const m = models.get(packFor(lang));
  if (!m) return null;
  const p = primary(lang);
  return decide(m, predict(m, categoryFeatures(text, p)));
}
