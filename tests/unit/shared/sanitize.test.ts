// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../src/shared/sanitize';

describe('sanitizeArticleHtml', () => {
  const base = 'https://news.example.com/2026/story';
  const dirty = `
    <h2 onclick="steal()">Heading</h2>
    <p>Text with <a href="/other">a relative link</a> and <a href="javascript:alert(1)">a trap</a>.</p>
    <script>alert(1)</script>
    <img src="img/photo.jpg" onerror="steal()" alt="Photo">
    <form action="https://evil.example/"><input name="q"><button>Go</button></form>
    <iframe src="https://evil.example/frame"></iframe>
    <p style="position:fixed">Styled</p>`;
  const clean = sanitizeArticleHtml(dirty, base);
  const doc = new DOMParser().parseFromString(clean, 'text/html');

  it('drops scripts, event handlers, forms, iframes and javascript: links', () => {
    expect(doc.querySelector('script, form, input, button, iframe, [onclick], [onerror], [style]')).toBeNull();
    expect(clean).not.toContain('javascript:');
    expect(clean).not.toContain('steal');
  });

  it('keeps the text, and images and links as absolute remote URLs', () => {
    expect(doc.querySelector('h2')?.textContent).toBe('Heading');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://news.example.com/2026/img/photo.jpg');
    const link = doc.querySelector('a[href]');
    expect(link?.getAttribute('href')).toBe('https://news.example.com/other');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.body.textContent).toContain('a trap');
  });
});
