/**
 * The worker's short memory of recent clicks: complete analyses by URL (so reopening the popup on the same page
 * answers at once) and the last extracted articles with their HTML (so Save can keep an offline copy without
 * reading the page again). Only caches: a worker restart loses them and nothing else.
 */
import type { Analysis, Article } from '../core/types';
import { hashText } from '../core/text/hash';
import { LruMap } from './lru';

/** Complete analyses by URL, checked against the article's content hash before use. */
const analyses = new LruMap<string, Analysis>(50);
/** Raw article HTML per URL, kept briefly so Save can store an offline copy without re-extracting. */
const extracted = new LruMap<string, Article>(10);

export function lastExtracted(url: string): Article | undefined {
  return extracted.get(url);
}

/** Keeps a complete analysis and its article for the next click and for Save. */
export function remember(article: Article, analysis: Analysis): void {
  analyses.set(article.url, analysis);
  extracted.set(article.url, article);
}

/** A complete analysis made earlier, if any (the content hash is checked by the caller). */
export function rememberedAnalysis(url: string): Analysis | undefined {
  return analyses.get(url);
}

/** The analysis cached for this article, unless the reader asked for the selection (always analysed afresh). */
export function cachedAnalysis(article: Article, useSelection: boolean): Analysis | undefined {
  const cached = analyses.get(article.url);
  return cached && !useSelection && cached.contentHash === hashText(article.text) ? cached : undefined;
}
