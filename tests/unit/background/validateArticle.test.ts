import { describe, expect, it } from 'vitest';
import { LIMITS, validateArticle } from '../../../src/background/validateArticle';

const good = {
  url: 'https://evil.example/other',
  title: 'A title',
  byline: 'By Someone',
  siteName: 'Site',
  lang: 'en',
  dir: 'ltr',
  publishedTime: '2026-01-01',
  excerpt: 'Excerpt',
  text: 'Body text.',
  blocks: [{ kind: 'p', text: 'Body text.' }],
  html: '<p>Body text.</p>',
  signals: { tldr: ['Short.'], faq: [{ question: 'Q?', answer: 'A.' }], canonicalUrl: null, keywords: ['k'], section: null, image: null },
};

describe('validateArticle (content-script results are untrusted)', () => {
  it('keeps a well-formed article and takes the URL from the tab, not the page', () => {
    const a = validateArticle(good, 'https://news.example/story');
    expect(a?.url).toBe('https://news.example/story');
    expect(a?.signals.faq).toEqual([{ question: 'Q?', answer: 'A.' }]);
    expect(a?.blocks).toHaveLength(1);
  });

  it('rejects things that are not articles', () => {
    expect(validateArticle(null, 'https://x')).toBeNull();
    expect(validateArticle('text', 'https://x')).toBeNull();
    expect(validateArticle({ ...good, text: 42 }, 'https://x')).toBeNull();
    expect(validateArticle({ ...good, text: '   ' }, 'https://x')).toBeNull();
  });

  it('drops wrongly typed fields and unknown block kinds instead of passing them on', () => {
    const a = validateArticle(
      {
        ...good,
        title: { toString: () => 'x' },
        dir: 'sideways',
        blocks: [{ kind: 'script', text: 'alert(1)' }, { kind: 'h', text: 'Heading', level: 99 }, 'junk'],
        signals: { tldr: [1, 2], faq: [{ question: 'only a question' }], keywords: 'not a list' },
      },
      'https://x',
    );
    expect(a?.title).toBe('');
    expect(a?.dir).toBeNull();
    expect(a?.blocks).toEqual([{ kind: 'h', text: 'Heading' }]);
    expect(a?.signals.tldr).toBeNull();
    expect(a?.signals.faq).toEqual([]);
    expect(a?.signals.keywords).toEqual([]);
  });

  it('caps the size of a huge page', () => {
    const a = validateArticle({ ...good, text: 'x'.repeat(LIMITS.text + 10) }, 'https://x');
    expect(a?.text.length).toBe(LIMITS.text);
  });
});
