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

/**
 * Article -> Analysis, the whole local engine. Pure and synchronous: the worker, the pages and the command
 * line all call this one function, so what the benchmarks measure is what the reader sees.
 */
export function analyze(article: Article): Analysis {
  // The TL;DR, the FAQ and the topics split the same blocks into sentences: split each once per analysis.
  return withSharedSentences(() => analyzeOnce(article));
}

function analyzeOnce(article: Article): Analysis {
  const lang = detectLanguage(article.text, article.lang);
  // One pass gives both the word count (spaced scripts) and the reading time.
  const counts = textCounts(article.text);
  const wordCount = countWords(article.text, lang, counts);

  // The page's own TL;DR and FAQ win: the author wrote them for this article.
  const pageTldr = (article.signals.tldr ?? []).map((s) => s.trim()).filter(Boolean);
  const tldr: Tldr = pageTldr.length > 0 ? { source: 'page', sentences: pageTldr } : summarize(article, lang);

  const pageFaq = normalizePageFaq(article.signals.faq);
  const faq: FaqItem[] =
    pageFaq.length > 0 ? pageFaq.map((e) => ({ ...e, source: 'page' })) : generateFaq(article, lang);

  return {
    lang,
    wordCount,
    readingMinutes: minutesOf(counts),
    tldr,
    faq,
    topics: extractTopics(article, lang),
    // A prefix, not the whole text: concatenating a 400,000-word page only to read its start copies it all.
    category: classify(`${article.title}\n${clip(article.text, CATEGORY_CHARS)}`, lang),
    contentHash: hashText(article.text),
  };
}
