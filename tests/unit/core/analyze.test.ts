import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { summarize } from '../../../src/core/summarize/tldr';
import { generateFaq } from '../../../src/core/faq/generate';
import { extractTopics } from '../../../src/core/topics/keyphrases';
import type { Article } from '../../../src/core/types';
import { fixtureArticle } from './faq/fixtures';

/** The same article with its headings turned into nothing: the FAQ then comes from templates only. */
function withoutHeadings(article: Article): Article {
  const blocks = article.blocks.filter((b) => b.kind !== 'h');
  return { ...article, blocks, text: blocks.map((b) => b.text).join('\n\n') };
}

describe('analyze', () => {
  const cases: [string, Article, string][] = [
    ['English with question headings', fixtureArticle('article-en.txt', 'en'), 'en'],
    ['English without headings', withoutHeadings(fixtureArticle('article-en.txt', 'en')), 'en'],
    ['Chinese', fixtureArticle('article-zh.txt', 'zh'), 'zh'],
  ];

  // analyze() splits each block into sentences once and shares the result between the stages: what the reader
  // gets must be exactly what each stage gives on its own.
  for (const [name, article, lang] of cases) {
    it(`gives the TL;DR, FAQ and topics each stage gives alone (${name})`, () => {
      const a = analyze(article);
      expect(a.lang).toBe(lang);
      expect(a.tldr).toEqual(summarize(article, lang));
      expect(a.faq).toEqual(generateFaq(article, lang));
      expect(a.topics).toEqual(extractTopics(article, lang));
      expect(a.tldr.sentences.length).toBeGreaterThan(0);
      expect(a.faq.length).toBeGreaterThan(0);
    });
  }

  it('gives the same analysis twice (nothing is kept between analyses)', () => {
    const article = fixtureArticle('article-en.txt', 'en');
    expect(analyze(article)).toEqual(analyze(article));
  });
});
