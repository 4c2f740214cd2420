import { describe, expect, it } from 'vitest';
import { isOnSite, normalizeSite, normalizeUrl, siteOf } from '../../../src/core/url';

describe('normalizeUrl', () => {
  it('gives the same key for the same article reached through tracking links', () => {
    const base = 'https://news.example.com/2026/03/story';
    const variants = [
      'https://NEWS.Example.com/2026/03/story',
      'https://news.example.com/2026/03/story/',
      'https://news.example.com/2026/03/story#comments',
      'https://news.example.com:443/2026/03/story?utm_source=newsletter&utm_medium=email',
      'https://news.example.com/2026/03/story?fbclid=abc123',
      'https://news.example.com/2026/03/story?gclid=x&mc_cid=y&mc_eid=z',
    ];
    for (const v of variants) expect(normalizeUrl(v)).toBe(base);
  });

  it('keeps parameters that select content, in order', () => {
    expect(normalizeUrl('https://example.com/article?id=42&utm_campaign=x&page=2')).toBe('https://example.com/article?id=42&page=2');
  });

  it('keeps the root slash and non-default ports', () => {
    expect(normalizeUrl('http://example.com')).toBe('http://example.com/');
    expect(normalizeUrl('http://example.com:8080/a/')).toBe('http://example.com:8080/a');
    expect(normalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
  });

  it('refuses what is not an http(s) URL', () => {
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('chrome://extensions')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
});

describe('sites', () => {
  it('matches subdomains of an excluded site but not look-alikes', () => {
    expect(isOnSite('https://www.nytimes.com/a', 'nytimes.com')).toBe(true);
    expect(isOnSite('https://cooking.nytimes.com/a', 'https://www.nytimes.com/')).toBe(true);
    expect(isOnSite('https://notnytimes.com/a', 'nytimes.com')).toBe(false);
  });
  it('normalises what the reader types', () => {
    expect(normalizeSite('  WWW.Example.COM/path ')).toBe('example.com');
    expect(normalizeSite('hello')).toBe('');
    expect(siteOf('https://www.example.org/x')).toBe('example.org');
  });
});
