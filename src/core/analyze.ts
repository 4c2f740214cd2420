import type { Analysis, Article, FaqItem, Tldr } from './types';
import { detectLanguage, stopwordLanguagesFor } from './text/language';
import { loadStopwords } from './text/stopwords';
import { countWords, minutesOf, textCounts } from './text/readingTime';
import { summarize } from './summarize/tldr';
import { extractTopics } from './topics/keyphrases';
import { classify, loadCategoryPack } from './topics/category';
import { sectionFromHints } from './topics/sectionHints';
import { generateFaq } from './faq/generate';
import { normalizePageFaq } from './faq/pageFaqText';
import { hashText } from './text/hash';
import { clip, withSharedSentences, type SentenceCache } from './text/segment';

/** The category is set by the title and the lead; the classifier reads no more than this (see category-engine). */
const CATEGORY_CHARS = 8000;

/** What the popup paints first: the header's figures and the TL;DR (see analyzeInTwo). */
export type LeadAnalysis = Pick<Analysis, 'lang' | 'wordCount' | 'readingMinutes' | 'tldr' | 'contentHash'>;

/** An analysis in two steps: the lead at once, the rest when `complete` is called (once). */
export interface TwoStepAnalysis {
  lead: LeadAnalysis;
  complete(): Analysis;
}

/**
 * Article -> Analysis, the whole local engine. Pure and synchronous: the worker, the pages and the command
 * line all call this (or analyzeInTwo), so what the benchmarks measure is what the reader sees.
 */
export function analyze(article: Article): Analysis {
  return analyzeInTwo(article).complete();
}

/**
 * analyze() once the category pack of the article's language is loaded (packs load on demand, see
 * topics/category.ts): what the command line and benchmarks call. Without the pack, analyze() gives no section.
 */
export async function analyzeComplete(article: Article): Promise<Analysis> {
  await prepareLead(article);
  const two = analyzeInTwo(article);
  await loadCategoryPack(two.lead.lang);
  return two.complete();
}

/**
 * Loads what analyzeInTwo reads for this article before it can run: the stop-word lists its language detection
 * and analysis may use (in the extension each list loads on first use, see text/stopwords.ts; in Node all are
 * bundled and this resolves at once). Resolves false when a list could not be read; analyzeInTwo then throws.
 */
export function prepareLead(article: Article): Promise<boolean> {
  return loadStopwords(stopwordLanguagesFor(article.text, article.lang));
}

/** Loads what `complete` needs for an article in `lang` (its category pack); resolves false when it could not. */
export function prepareComplete(lang: string): Promise<boolean> {
  return loadCategoryPack(lang);
}

/**
 * The worker answers the popup with the lead (language, counts, TL;DR) and completes the FAQ, topics and
 * category a moment later, so the TL;DR does not wait for them. The TL;DR, the FAQ and the topics split the same
 * blocks into sentences: both steps share one cache, so each block is split once.
 */
export function analyzeInTwo(article: Article): TwoStepAnalysis {
  const sentences: SentenceCache = new Map();
  const lead = withSharedSentences(() => leadOf(article), sentences);
  return { lead, complete: () => withSharedSentences(() => completeOf(article, lead), sentences) };
}

function leadOf(article: Article): LeadAnalysis {
  const lang = detectLanguage(article.text, article.lang);
  // One pass gives both the word count (spaced scripts) and the reading time.
  const counts = textCounts(article.text);
  const wordCount = countWords(article.text, lang, counts);

  // The page's own TL;DR wins: the author wrote it for this article.
  const pageTldr = (article.signals.tldr ?? []).map((s) => s.trim()).filter(Boolean);
  const tldr: Tldr = pageTldr.length > 0 ? { source: 'page', sentences: pageTldr } : summarize(article, lang);
  return { lang, wordCount, readingMinutes: minutesOf(counts), tldr, contentHash: hashText(article.text) };
}

/** Score given to the site's own filing: an editor's choice, surer than the classifier's usual answer. */
const HINTED_SCORE = 0.95;

/** The site's own section when it names one Lede knows, else the classifier's. */
function categoryOf(article: Article, lang: string): Analysis['category'] {
  const hinted = sectionFromHints(article.signals.sectionHints ?? (article.signals.section ? [article.signals.section] : []));
  if (hinted) return { label: hinted, score: HINTED_SCORE };
  // A prefix, not the whole text: concatenating a 400,000-word page only to read its start copies it all.
  return classify(`${article.title}\n${clip(article.text, CATEGORY_CHARS)}`, lang);
}

/** The FAQ (the page's own wins), the topics and the category, in the Analysis' field order. */
function completeOf(article: Article, lead: LeadAnalysis): Analysis {
  const { lang } = lead;
  const pageFaq = normalizePageFaq(article.signals.faq);
  const faq: FaqItem[] =
    pageFaq.length > 0 ? pageFaq.map((e) => ({ ...e, source: 'page' })) : generateFaq(article, lang);
  return {
    lang,
    wordCount: lead.wordCount,
    readingMinutes: lead.readingMinutes,
    tldr: lead.tldr,
    faq,
    topics: extractTopics(article, lang),
    category: categoryOf(article, lang),
    contentHash: lead.contentHash,
  };
}
