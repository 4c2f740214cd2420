import { describe, expect, it } from 'vitest';
import {
  MAX_TOKENS,
  categoryFeatures,
  categoryTokens,
  decodeIds,
  encodeIds,
} from '../../../../src/core/topics/category-engine';

describe('category features', () => {
  it('reads pre-tokenised training headlines and real page text the same way', () => {
    expect(categoryTokens("Smith's team wins the U.S. Open", 'en')).toEqual(
      categoryTokens("smith 's team wins the u.s. open", 'en'),
    );
  });

  it('drops bare numbers', () => {
    expect(categoryTokens('Scores 3-1 at 7:30 on 12.5% turnout', 'en')).toEqual(['scores', 'turnout']);
  });

  it('drops function words, so long prose is judged by its content words', () => {
    expect(categoryTokens('The minister said that the budget would be cut by the government', 'en')).toEqual([
      'minister',
      'budget',
      'cut',
      'government',
    ]);
  });

  it('segments Chinese into words, not one run', () => {
    const t = categoryTokens('苹果公司发布了新款手机', 'zh');
    expect(t.length).toBeGreaterThan(2);
    expect(t.join('')).toBe('苹果公司发布了新款手机');
  });

  it('caps the tokens considered on a long page', () => {
    const long = 'storm rain wind '.repeat(20000);
    expect(categoryTokens(long, 'en').length).toBeLessThanOrEqual(MAX_TOKENS);
    expect(categoryFeatures(long, 'en').tokens).toBeLessThanOrEqual(MAX_TOKENS);
  });

  it('is L2-normalised so length does not inflate scores', () => {
    for (const text of ['rain falls', 'heavy rain falls on the city again and again '.repeat(30)]) {
      const fv = categoryFeatures(text, 'en');
      const norm = Math.sqrt(fv.values.reduce((s, v) => s + v * v, 0));
      expect(norm).toBeCloseTo(1, 5);
    }
  });

  it('round-trips the compact id encoding', () => {
    const ids = [0, 1, 127, 128, 300, 16383, 16384, 1048575];
    expect(decodeIds(encodeIds(ids))).toEqual(ids);
  });
});
