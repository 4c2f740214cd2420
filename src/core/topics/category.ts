/**
 * The article's broad section (see taxonomy.ts), or null when the text does not say clearly enough. The
 * weights are imported as JSON so they are bundled into the service worker: no request, no storage.
 * How the model was trained and what it scores: docs/category.md.
 */
import type { Category } from '../types';
import modelFile from './category-model.json';
import { categoryFeatures, decide, decodeModel, predict, type CategoryModel, type CategoryModelFile } from './category-engine';

let model: CategoryModel | null = null;

/** Decoded on first use: pages that never classify don't pay for it. */
function loaded(): CategoryModel {
  model ??= decodeModel(modelFile as CategoryModelFile);
  return model;
}

/** The primary subtag the model was trained with: Chinese variants segment as 'zh', the rest as given. */
function segmentLang(lang: string): string {
  const primary = (lang || 'en').split(/[-_]/)[0]!.toLowerCase();
  return primary || 'en';
}

/**
 * Classifies `text` (title and body) into one taxonomy id with a calibrated probability. Returns null for
 * text too short to judge, text the model recognises too little of (gibberish, a language it has no data
 * for) and anything below the calibrated confidence threshold: no section is better than a wrong one.
 */
export function classify(text: string, lang: string): Category | null {
  const m = loaded();
  return decide(m, predict(m, categoryFeatures(text, segmentLang(lang))));
}
