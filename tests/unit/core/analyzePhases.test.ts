/**
 * The worker answers the popup with the first half of the analysis (the TL;DR) and sends the rest a moment
 * later. The reader must end up with exactly what one whole analysis gives, whichever way it was computed.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInTwo } from '../../../src/core/analyze';
import type { Article } from '../../../src/core/types';
import { fixtureArticle } from './faq/fixtures';

describe('analysis in two halves', () => {
  const cases: [string, Article][] = [
    ['English', fixtureArticle('article-en.txt', 'en')],
    ['Chinese', fixtureArticle('article-zh.txt', 'zh')],
  ];
  for (const [name, article] of cases) {
    it(`the lead then the rest equal one analysis (${name})`, () => {
      const whole = analyze(article);
      const { lead, complete } = analyzeInTwo(article);
      expect(lead).toEqual({
        lang: whole.lang,
        wordCount: whole.wordCount,
        readingMinutes: whole.readingMinutes,
        tldr: whole.tldr,
        contentHash: whole.contentHash,
      });
      expect(lead.tldr.sentences.length).toBeGreaterThan(0);
      const rest = complete();
      expect(rest).toEqual(whole);
      expect(rest.faq.length).toBeGreaterThan(0);
      expect(rest.topics.length).toBeGreaterThan(0);
    });
  }

  it("keeps the page's own TL;DR and FAQ when the page has them", () => {
    const base = fixtureArticle('article-en.txt', 'en');
    const article: Article = {
      ...base,
      signals: {
        ...base.signals,
        tldr: ['The council voted to keep the library open.'],
        faq: [{ question: 'When does it open?', answer: 'At nine every morning.' }],
      },
    };
    const { lead, complete } = analyzeInTwo(article);
    expect(lead.tldr).toEqual({ source: 'page', sentences: ['The council voted to keep the library open.'] });
    const rest = complete();
    expect(rest.faq.map((f) => [f.question, f.source])).toEqual([['When does it open?', 'page']]);
  });
});
