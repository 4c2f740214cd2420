/**
 * An Article from plain text, for benchmarks whose data sets hold text rather than pages. One `p` block per
 * paragraph; the caller decides what a paragraph is.
 */
import type { Article } from '../../src/core/types';

export function plainArticle(paragraphs: string[], title = '', lang: string | null = 'en'): Article {
  const blocks = paragraphs.map((text) => ({ kind: 'p' as const, text }));
  return {
    url: '',
    title,
    byline: null,
    siteName: null,
    lang,
    dir: null,
    publishedTime: null,
    excerpt: null,
    text: paragraphs.join('\n\n'),
    blocks,
    html: '',
    signals: { tldr: null, faq: [], canonicalUrl: null, keywords: [], section: null, image: null },
  };
}
