import { describe, expect, it } from 'vitest';
import { generateFaq } from '../../../../src/core/faq/generate';
import { fixtureArticle, inText } from './fixtures';

describe('generateFaq (English)', () => {
  const article = fixtureArticle('article-en.txt', 'en');
  const faq = generateFaq(article, 'en');
  const find = (re: RegExp) => faq.find((f) => re.test(f.question));

  it('asks 3 to 5 questions, each ending with a question mark and answered verbatim from the article', () => {
    expect(faq.length).toBeGreaterThanOrEqual(3);
    expect(faq.length).toBeLessThanOrEqual(5);
    for (const f of faq) {
      expect(f.question).toMatch(/\?$/);
      expect(f.source).toBe('generated');
      expect(inText(f.answer, article.text)).toBe(true);
    }
  });

  it("turns the article's question-shaped headings into questions answered by their section", () => {
    const why = find(/^Why is the flood wall needed now\?$/);
    expect(why?.answer).toMatch(/because sea levels/);
  });

  it('answers a who-question with a sentence naming the person and their role', () => {
    const who = find(/^Who is /);
    expect(who?.question).toBe('Who is Maria Delgado?');
    expect(who?.answer).toMatch(/Maria Delgado, the city's chief resilience officer/);
  });

  it('answers a cost question with a sentence holding the amount', () => {
    const cost = find(/cost|How much/);
    expect(cost?.answer).toMatch(/\$240 million/);
  });

  it('asks what a defined term is, answered by its definition', () => {
    expect(find(/^What is a living shoreline\?$/)?.answer).toMatch(/^A living shoreline is a barrier/);
  });

  it('never answers with a byline, a caption-like line or a pull quote', () => {
    for (const f of faq) {
      expect(f.answer).not.toMatch(/^By |^Photo:|^"This is the most important vote/);
    }
  });

  it('never uses one sentence to answer two questions', () => {
    expect(new Set(faq.map((f) => f.answer)).size).toBe(faq.length);
  });
});

describe('generateFaq (Chinese)', () => {
  const article = fixtureArticle('article-zh.txt', 'zh');
  const faq = generateFaq(article, 'zh');

  it('asks Chinese questions ending with ？ answered verbatim', () => {
    expect(faq.length).toBeGreaterThanOrEqual(3);
    for (const f of faq) {
      expect(f.question).toMatch(/[？?]$/);
      expect(f.question).toMatch(/[\u4e00-\u9fff]/);
      expect(inText(f.answer, article.text)).toBe(true);
    }
  });

  it('matches questions to answers: a reason for why, an amount for how much, a definition for what', () => {
    expect(faq.find((f) => f.question.startsWith('为什么'))?.answer).toMatch(/因为/);
    expect(faq.find((f) => /多少/.test(f.question))?.answer).toMatch(/24亿元/);
    expect(faq.find((f) => f.question === '什么是生态海岸线？')?.answer).toMatch(/^生态海岸线是一种/);
  });
});

describe('generateFaq on thin material', () => {
  it('asks nothing rather than weak questions when nothing is question-worthy', () => {
    expect(generateFaq(fixtureArticle('article-plain.txt', 'en'), 'en')).toEqual([]);
  });

  it('asks only question headings in a language without templates', () => {
    const de = fixtureArticle('article-en.txt', 'de');
    de.blocks = [
      { kind: 'p', text: 'Der Stadtrat hat am Dienstag den Bau einer Mauer am Hafen beschlossen.' },
      { kind: 'p', text: 'Die Stadtbaurätin Maria Delgado ist eine erfahrene Ingenieurin aus Hamburg.' },
      { kind: 'h', level: 2, text: 'Warum wird die Mauer jetzt gebaut?' },
      { kind: 'p', text: 'Die Mauer wird jetzt gebaut, weil der Meeresspiegel schneller steigt als erwartet.' },
    ];
    de.text = de.blocks.map((b) => b.text).join('\n\n');
    const faq = generateFaq(de, 'de');
    expect(faq.map((f) => f.question)).toEqual(['Warum wird die Mauer jetzt gebaut?']);
  });
});
