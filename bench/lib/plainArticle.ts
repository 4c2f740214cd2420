/**
 * An Article from plain text, for benchmarks whose data sets hold text rather than pages. One `p` block per
 * paragraph; the caller decides what a paragraph is.
 */
import type { Article } from '../../src/core/types';
import { articleFromBlocks } from '../../src/core/articleFromText';

export function plainArticle(paragraphs: string[], title = '', lang: string | null = 'en'): Article {
  return articleFromBlocks(
    paragraphs.map((text) => ({ kind: 'p' as const, text })),
    { title, lang },
  );
}
