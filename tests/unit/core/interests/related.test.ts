import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedDoc } from '../../../../src/core/interests/related';

const doc = (url: string, title: string, summary: string, topics: string[]): RelatedDoc => ({
  url,
  title,
  summary,
  topicLabels: topics,
  topics: topics.map((t) => t.toLowerCase()),
  lang: 'en',
});

describe('related articles', () => {
  const current = doc('https://a.com/now', 'Central bank raises interest rates again', 'The central bank raised rates to fight inflation.', ['Central bank', 'Inflation']);
  const library = [
    doc('https://a.com/now', 'Central bank raises interest rates again', 'Same page.', ['Central bank', 'Inflation']),
    doc('https://b.com/1', 'Inflation cools as rates bite', 'Inflation fell after the central bank kept rates high.', ['Inflation', 'Central bank']),
    doc('https://b.com/2', 'Mortgage costs climb with interest rates', 'Higher interest rates push up mortgage payments.', ['Mortgages']),
    doc('https://c.com/3', 'Local team wins the cup final', 'The club won the final on penalties.', ['Football']),
    doc('https://c.com/4', 'New sourdough recipes for spring', 'Bakers share their favourite loaves.', ['Baking']),
    doc('https://c.com/5', 'Bond markets react to the rate decision', 'Bond yields rose after the central bank decision on rates.', ['Bonds', 'Central bank']),
  ];

  it('finds up to three on the same subject, best first, never the current page', () => {
    const out = relatedArticles(current, library).map((m) => m.doc.url);
    expect(out.length).toBeLessThanOrEqual(3);
    expect(out).not.toContain('https://a.com/now');
    expect(out[0]).toBe('https://b.com/1');
    expect(out).not.toContain('https://c.com/3');
    expect(out).not.toContain('https://c.com/4');
  });

  it('returns nothing when nothing is about the same thing', () => {
    expect(relatedArticles(current, library.slice(3, 5))).toEqual([]);
  });

  it('works on Chinese text', () => {
    const zh = doc('https://z.cn/0', '央行再次加息', '央行加息以应对通货膨胀。', ['央行', '通货膨胀']);
    const out = relatedArticles(zh, [
      { ...doc('https://z.cn/1', '通货膨胀回落', '央行维持高利率后通货膨胀回落。', ['通货膨胀']), lang: 'zh' },
      { ...doc('https://z.cn/2', '足球队夺冠', '球队在点球大战中获胜。', ['足球']), lang: 'zh' },
    ]);
    expect(out.map((m) => m.doc.url)).toEqual(['https://z.cn/1']);
  });
});
