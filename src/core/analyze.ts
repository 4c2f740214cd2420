import type { Analysis, Article, FaqItem, Tldr } from './types';
import { detectLanguage } from './text/language';
import { countWords, minutesOf, textCounts } from './text/readingTime';
import { summarize } from './summarize/tldr';
import { extractTopics } from './topics/keyphrases';
import { classify } from './topics/category';
import { generateFaq } from './faq/generate';
import { normalizePageFaq } from './faq/pageFaq';
import { hashText } from './text/hash';
import { clip, withSharedSentences } from './text/segment';

/** The category is set by the title and the lead; the classifier reads no more than this (see category-engine). */
const CATEGORY_CHARS = 8000;

/** What the popup paints first: the header's figures and the TL;DR (see analyzeLead). */
export type LeadAnalysis = Pick<Analysis, 'lang' | 'wordCount' | 'readingMinutes' | 'tldr' | 'contentHash'>;

/**
 * Article -> Analysis, the whole local engine. Pure and synchronous: the worker, the pages and the command
 * line all call this one function (or its two halves below), so what the benchmarks measure is what the reader sees.
 */
export function analyze(article: Article): Analysis {
  // The TL;DR, the FAQ and the topics split the same blocks into sentences: split each once per analysis.
  return withSharedSentences(() => completeAnalysis(article, analyzeLead(article)));
}

/**
 * The first half of analyze(): language, counts and the TL;DR. The worker answers the popup with this and
 * finishes the rest (completeAnalysis) a moment later, so the TL;DR does not wait for the FAQ, topics and category.
 */
export function analyzeLead(article: Article): LeadAnalysis {
  return withSharedSentences(() => {
    const lang = detectLanguage(article.text, article.lang);
    // One pass gives both the word count (spaced scripts) and the reading time.
    const counts = textCounts(article.text);
    const wordCount = countWords(article.text, lang, counts);

    // The page's own TL;DR wins: the author wrote it for this article.
    const pageTldr = (article.signals.tldr ?? []).map((s) => s.trim()).filter(Boolean);
    const tldr: Tldr = pageTldr.length > 0 ? { source: 'page', sentences: pageTldr } : summarize(article, lang);
    return { lang, wordCount, readingMinutes: minutesOf(counts), tldr, contentHash: hashText(article.text) };
  });
}

/** The second half of analyze(): the FAQ (the page's own wins), the topics and the category. */
export function completeAnalysis(article: Article, lead: LeadAnalysis): Analysis {
  return withSharedSentences(() => {
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
      // A prefix, not the whole text: concatenating a 400,000-word page only to read its start copies it all.
      category: classify(`${article.title}\n${clip(article.text, CATEGORY_CHARS)}`, lang),
      contentHash: lead.contentHash,
    };
  });
}
