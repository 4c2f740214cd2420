import { describe, expect, it } from 'vitest';
import { IMAGE_CAPS, ImageBudget, keptSize, type ImageCaps } from '../../../../src/core/images/caps';

const small: ImageCaps = { ...IMAGE_CAPS, maxImagesPerArticle: 3, maxArticleBytes: 1000, maxTotalBytes: 5000 };

describe('image budget', () => {
  it('keeps images until the article has its count', () => {
    const b = new ImageBudget(0, small);
    expect([b.admit(10), b.admit(10), b.admit(10), b.admit(10)].map((r) => r.ok)).toEqual([true, true, true, false]);
    expect(b.admit(1)).toEqual({ ok: false, cap: 'article-count' });
    expect(b.keptCount).toBe(3);
    expect(b.full).toBe(true);
  });

  it('refuses an image past the article\'s bytes but still takes a smaller one after it', () => {
    const b = new ImageBudget(0, small);
    expect(b.admit(700).ok).toBe(true);
    expect(b.admit(400)).toEqual({ ok: false, cap: 'article-bytes' });
    expect(b.admit(300).ok).toBe(true);
    expect(b.keptBytes).toBe(1000);
  });

  it('counts what every other article keeps against the total', () => {
    const b = new ImageBudget(4600, small);
    expect(b.admit(300).ok).toBe(true);
    expect(b.admit(200)).toEqual({ ok: false, cap: 'total-bytes' });
    expect(new ImageBudget(5000, small).full).toBe(true);
  });
});

describe('kept size', () => {
  it('scales the longest side down to the cap and keeps the proportions', () => {
    expect(keptSize(4000, 3000, 1280)).toEqual({ width: 1280, height: 960 });
    expect(keptSize(600, 9000, 1280)).toEqual({ width: 85, height: 1280 });
    expect(keptSize(640, 480, 1280)).toEqual({ width: 640, height: 480 });
  });
});
