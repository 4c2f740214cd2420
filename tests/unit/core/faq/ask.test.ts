import { describe, expect, it } from 'vitest';
import { ask, createAskIndex } from '../../../../src/core/faq/ask';
import { questionType } from '../../../../src/core/faq/answerType';
import { stem } from '../../../../src/core/faq/terms';
import { fixtureArticle, inText } from './fixtures';

describe('ask (English)', () => {
  const article = fixtureArticle('article-en.txt', 'en');

  it('answers with sentences quoted from the article, best first, scores 0..1, at most 3', () => {
    const answers = ask(article, 'Why is the wall needed?', 'en');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.length).toBeLessThanOrEqual(3);
    expect(answers[0]!.text).toMatch(/because sea levels/);
    for (const a of answers) {
      expect(inText(a.text, article.text)).toBe(true);
      expect(a.score).toBeGreaterThan(0);
      expect(a.score).toBeLessThanOrEqual(1);
    }
    expect(answers.map((a) => a.score)).toEqual([...answers.map((a) => a.score)].sort((x, y) => y - x));
  });

  it('puts a sentence with a date first for "when", an amount for "how much", a name for "who"', () => {
    expect(ask(article, 'When will construction begin?', 'en')[0]!.text).toMatch(/in March/);
    expect(ask(article, 'How much money was raised?', 'en')[0]!.text).toMatch(/\$240 million/);
    expect(ask(article, 'Who leads the project?', 'en')[0]!.text).toMatch(/Maria Delgado/);
  });

  it('matches inflected forms ("approve" finds "approved")', () => {
    expect(ask(article, 'Did the council approve the wall?', 'en')[0]!.text).toMatch(/council on Tuesday approved/);
  });

  it('quotes the sentence before one that leans on it ("She said...")', () => {
    const a = ask(article, 'Which vote was the most important in a decade?', 'en')[0]!;
    expect(a.text).toMatch(/^Maria Delgado.*She said the vote/);
  });

  it('never answers with a heading, and honours the limit', () => {
    const answers = ask(article, 'Why is the flood wall needed now?', 'en', { limit: 5 });
    expect(answers.some((a) => a.text === 'Why the flood wall is needed now')).toBe(false);
    expect(ask(article, 'wall', 'en', { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for a question with no word in the article', () => {
    expect(ask(article, 'What about volcanoes?', 'en')).toEqual([]);
  });

  it('gives the same answers from a prebuilt index', () => {
    const index = createAskIndex(article, 'en');
    expect(ask(index, 'Why is the wall needed?', 'en')).toEqual(ask(article, 'Why is the wall needed?', 'en'));
  });
});

describe('ask (Chinese)', () => {
  const article = fixtureArticle('article-zh.txt', 'zh');
  it('answers Chinese questions by character overlap and answer type', () => {
    expect(ask(article, '工程什么时候开工？', 'zh')[0]!.text).toBe('工程计划于明年三月开工，预计需要三年完成。');
    expect(ask(article, '筹集了多少资金？', 'zh')[0]!.text).toMatch(/24亿元/);
    expect(ask(article, '谁负责这个项目？', 'zh')[0]!.text).toMatch(/李明/);
    for (const a of ask(article, '为什么要修建防洪墙？', 'zh')) expect(inText(a.text, article.text)).toBe(true);
  });
});

describe('question analysis', () => {
  it('knows what a question asks for', () => {
    expect(questionType('When did the war end?')).toBe('time');
    expect(questionType('How many people live there?')).toBe('number');
    expect(questionType('Who wrote the report?')).toBe('person');
    expect(questionType('Where is the plant?')).toBe('place');
    expect(questionType('Why did prices rise?')).toBe('reason');
    expect(questionType('什么时候开工？')).toBe('time');
    expect(questionType('票价是多少？')).toBe('number');
  });

  it('stems inflections together but leaves short words alone', () => {
    expect(stem('approved')).toBe(stem('approve'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('running')).toBe(stem('runs'));
    expect(stem('gas')).toBe('gas');
  });
});
