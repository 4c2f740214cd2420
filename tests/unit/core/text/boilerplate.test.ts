import { describe, expect, it } from 'vitest';
import { boilerplateKind, isBoilerplate, isBoilerplateBlock, stripDateline } from '../../../../src/core/text/boilerplate';

describe('boilerplateKind', () => {
  it.each([
    ['By Maria Lopez', 'byline'],
    ['Contact columnist Ann Reyes at areyes@example-news.com.', 'email'],
    ['https://www.example.org/2024/03/story-about-bridges', 'url'],
    ['示例中文站2016年10月14日07:17', 'dateline'],
    ['Updated March 3, 2024 6:40 PM ET', 'dateline'],
    ['童話の森 > きょうのお話 > …', 'breadcrumb'],
    ['Home > World > Europe', 'breadcrumb'],
    ['Image 1 of 5', 'gallery'],
    ['Photo 3/12', 'gallery'],
    ['Want more stories like this? Sign up here.', 'cta'],
    ['Sign In / Home / Local / Sports / Weather / Real Estate', 'navigation'],
    ['[Docs] [txt|pdf] [Tracker]', 'navigation'],
    ['Html markup produced by somemarkup 1.2', 'signoff'],
    ['Reporting by Jane Roe; Editing by Tom Poe', 'signoff'],
    ['Share this article: Facebook Twitter Email', 'share'],
    ['Related stories', 'related'],
    ['Read more: The council votes on the budget', 'related'],
    ['Advertisement', 'ad'],
    ['Photo: A crowd outside the station', 'credit'],
    ['[The Daily Review]', 'credit'],
  ])('%s -> %s', (text, kind) => {
    expect(boilerplateKind(text, 'en')).toBe(kind);
  });

  it.each([
    'The council approved the budget on May 5, after a three-hour debate.',
    'He died on May 5.',
    'Prices rose 3% in March, the fastest pace in a year, the statistics office said.',
    'The a/b/c/d test split users into four groups.',
    'Powered by solar panels, the car crossed the desert in four days.',
    '3 of 5 respondents said they would vote again.',
    '政府周二宣布，将在2025年前投入100亿元用于铁路建设。',
    'Watchdog groups said the rules were too weak.',
  ])('keeps the article sentence %s', (text) => {
    expect(isBoilerplate(text, 'en')).toBe(false);
  });

  it('never classifies a long paragraph', () => {
    const para = `${'The committee heard evidence from residents. '.repeat(30)}Image 1 of 5`;
    expect(boilerplateKind(para, 'en')).toBeNull();
  });

  it('returns quickly on hostile input', () => {
    const hostile = ['(left'.repeat(200), 'a@'.repeat(500), ' / '.repeat(300), '1 of '.repeat(200), 'By '.repeat(300)];
    const t0 = performance.now();
    for (const h of hostile) boilerplateKind(h, 'en');
    // A budget no linear scan of 1,000 characters comes near; a backtracking blow-up takes seconds.
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('isBoilerplateBlock', () => {
  const ctx = { title: 'A title', byline: 'Jane Roe' };
  it('drops the byline repeated as a block, keeps code and long paragraphs', () => {
    expect(isBoilerplateBlock('By Jane Roe', 'p', ctx)).toBe(true);
    expect(isBoilerplateBlock('Image 1 of 5', 'p', ctx)).toBe(true);
    expect(isBoilerplateBlock('https://example.org/x', 'pre', ctx)).toBe(false);
    expect(isBoilerplateBlock('The bridge reopened on Monday after two years of repairs.', 'p', ctx)).toBe(false);
  });
});

describe('stripDateline', () => {
  it.each([
    ['WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.', 'The Senate passed the bill on Tuesday.'],
    ['(AP) — About a dozen people were hurt in the crash.', 'About a dozen people were hurt in the crash.'],
    ['NEW YORK — Stocks fell sharply on Friday.', 'Stocks fell sharply on Friday.'],
  ])('%s', (input, out) => {
    expect(stripDateline(input)).toBe(out);
  });
});
