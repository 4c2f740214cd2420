import type { Article, Block } from '../../../src/core/types';

/** A minimal Article around the given blocks, for engine tests. */
export function articleOf(blocks: Block[], title = '', lang: string | null = null, keywords: string[] = []): Article {
  return {
    url: 'https://example.test/a',
    title,
    byline: null,
    siteName: null,
    lang,
    dir: null,
    publishedTime: null,
    excerpt: null,
    text: blocks.map((b) => b.text).join('\n\n'),
    blocks,
    html: '',
    signals: { tldr: null, faq: [], canonicalUrl: null, keywords, section: null, image: null },
  };
}

export const p = (text: string): Block => ({ kind: 'p', text });
