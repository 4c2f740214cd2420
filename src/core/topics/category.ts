/**
 * The article's broad section (see taxonomy.ts), or null when none fits. One model ("pack") per language
 * with training data (English, Chinese, Japanese, German). French, Spanish and Portuguese are read with the
 * English pack through a hand-written transfer lexicon (packs/transfer-<lang>.json); any other language with
 * the English pack as it is (names and shared words carry over, and the threshold keeps guesses out). Packs
 * are loaded on first use, not bundled into the worker's startup code: `loadCategoryPack(lang)` before
 * `classify`. How the packs were trained and what they score: docs/category.md.
 */
import type { Category } from '../types';
import {
  categoryFeatures,
  decide,
  decodeModel,
  predict,
  type Prediction,
  type CategoryModel,
  type CategoryModelFile,
  type TransferLexicon,
} from './category-engine';

/** Trained models. */
export const CATEGORY_PACKS = ['en', 'zh', 'ja', 'de'] as const;
export type CategoryPack = (typeof CATEGORY_PACKS)[number];
/** Languages read with the English model through a transfer lexicon. */
export const TRANSFER_LANGS = ['fr', 'es', 'pt'] as const;
export type TransferLang = (typeof TRANSFER_LANGS)[number];
/** A file under packs/: a model (category-<pack>.json) or a lexicon (transfer-<lang>.json). */
export type PackFile = CategoryPack | `transfer-${TransferLang}`;

/** A transfer lexicon's file. */
export interface TransferFile {
  base: 'en';
  lang: string;
  lexicon: Record<string, string>;
}

/** Reads a pack file's JSON. The default is a dynamic import; the service worker, where import() is not allowed, fetches. */
export type CategoryPackLoader = (file: PackFile) => Promise<unknown>;

const importPack: CategoryPackLoader = async (file) => {
  const files: Record<PackFile, () => Promise<{ default: unknown }>> = {
    en: () => import('./packs/category-en.json'),
    zh: () => import('./packs/category-zh.json'),
    ja: () => import('./packs/category-ja.json'),
    de: () => import('./packs/category-de.json'),
    'transfer-fr': () => import('./packs/transfer-fr.json'),
    'transfer-es': () => import('./packs/transfer-es.json'),
    'transfer-pt': () => import('./packs/transfer-pt.json'),
  };
  return (await files[file]()).default;
};

let loader: CategoryPackLoader = importPack;
const models = new Map<CategoryPack, CategoryModel>();
const lexicons = new Map<TransferLang, TransferLexicon>();
const loading = new Map<string, Promise<boolean>>();

/** Replaces how pack files are read (the worker fetches its packaged files); forgets what was loaded. */
export function setCategoryPackLoader(next: CategoryPackLoader): void {
  loader = next;
  models.clear();
  lexicons.clear();
  loading.clear();
}

/** The primary language subtag, lower case ('zh-Hant-TW' -> 'zh'). */
function primary(lang: string): string {
  return ((lang || 'en').split(/[-_]/)[0] ?? '').toLowerCase() || 'en';
}

/** The model that reads `lang`: its own where there is one, else English. */
export function packFor(lang: string): CategoryPack {
  const p = primary(lang);
  return (CATEGORY_PACKS as readonly string[]).includes(p) ? (p as CategoryPack) : 'en';
}

function transferFor(lang: string): TransferLang | null {
  const p = primary(lang);
  return (TRANSFER_LANGS as readonly string[]).includes(p) ? (p as TransferLang) : null;
}

/** Loads one file once; a failed read is forgotten so the next call tries again. */
function once(key: string, read: () => Promise<void>): Promise<boolean> {
  let p = loading.get(key);
  if (!p) {
    p = read().then(
      () => true,
      () => {
        loading.delete(key);
        return false;
      },
    );
    loading.set(key, p);
  }
  return p;
}

/**
 * Loads what `classify` needs for `lang` (its model, and its transfer lexicon if it has one), each once;
 * resolves true when ready. A failed read resolves false (classify then answers null) and is tried again
 * next time, so one bad moment does not cost the section for good.
 */
export async function loadCategoryPack(lang: string): Promise<boolean> {
  const pack = packFor(lang);
  const t = transferFor(lang);
  const model = models.has(pack)
    ? Promise.resolve(true)
    : once(pack, async () => {
        models.set(pack, decodeModel((await loader(pack)) as CategoryModelFile));
      });
  const lexicon =
    t === null || lexicons.has(t)
      ? Promise.resolve(true)
      : once(`transfer-${t}`, async () => {
          const file = (await loader(`transfer-${t}`)) as TransferFile;
          lexicons.set(t, new Map(Object.entries(file.lexicon)));
        });
  const [m, l] = await Promise.all([model, lexicon]);
  return m && l;
}

/** Whether classify can answer for `lang` now. */
export function categoryPackReady(lang: string): boolean {
  const t = transferFor(lang);
  return models.has(packFor(lang)) && (t === null || lexicons.has(t));
}

/**
 * Classifies `text` (title and body) into one taxonomy id with a calibrated probability. Null for text too
 * short to judge, text the model recognises too little of, anything below the calibrated threshold, and
 * when the language's pack is not loaded yet (loadCategoryPack).
 */
export function classify(text: string, lang: string): Category | null {
  const m = models.get(packFor(lang));
  const p = explainCategory(text, lang);
  return m && p ? decide(m, p) : null;
}

/** The model's reading before the threshold (best label, probability, evidence), for benchmarks; null when not loaded. */
export function explainCategory(text: string, lang: string): Prediction | null {
  const m = models.get(packFor(lang));
  if (!m) return null;
  const t = transferFor(lang);
  const lexicon = t ? lexicons.get(t) : undefined;
  if (t && !lexicon) return null;
  return predict(m, categoryFeatures(text, primary(lang), lexicon));
}
