import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article, Block } from '../../../../src/core/types';

/** Reads a fixture article: "# " title, "## " headings, one paragraph a line. */
export function fixtureArticle(name: string, lang: string): Article {
  const lines = readFileSync(resolve(__dirname, '../../../fixtures/faq', name), 'utf8').split('\n').filter((l) => l.trim());
  const title = lines[0]!.replace(/^# /, '');
  const blocks: Block[] = lines.slice(1).map((l) => (l.startsWith('## ') ? { kind: 'h', level: 2, text: l.slice(3) } : { kind: 'p', text: l }));
  return {
    url: `https://example.test/${name}`,
    title,
    byline: null,
    siteName: null,
    lang,
    dir: 'ltr',
    publishedTime: null,
    excerpt: null,
    text: blocks.map((b) => b.text).join('\n\n'),
    blocks,
    html: '',
    signals: { tldr: null, faq: [], canonicalUrl: null, keywords: [], section: null, image: null },
  };
}

/** The page highlights an answer by finding it in the text with whitespace ignored. */
export function inText(answer: string, text: string): boolean {
  const fold = (s: string) => s.replace(/\s+/g, '');
  return fold(text).includes(fold(answer));
}
