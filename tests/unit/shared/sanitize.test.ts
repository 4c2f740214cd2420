// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticle, sanitizeArticleWithImages } from '../../../src/shared/sanitize';

const base = 'https://news.example.com/2026/story';
const opts = { imageLabel: (alt: string) => `[image: ${alt || 'none'}]` };

function clean(html: string): HTMLElement {
  const host = document.createElement('div');
  host.append(sanitizeArticle(html, base, opts));
  return host;
}

describe('sanitizeArticle', () => {
  const dirty = `
    <h2 onclick="steal()">Heading</h2>
    <p>Text with <a href="/other">a relative link</a>, <a href="#notes">an anchor</a> and <a href="javascript:alert(1)">a trap</a>.</p>
    <script>alert(1)</script>
    <img src="img/photo.jpg" srcset="img/big.jpg 2x" onerror="steal()" alt="Photo of the quay">
    <form action="https://evil.example/"><input name="q"><button>Go</button></form>
    <iframe src="https://evil.example/frame"></iframe>
    <p style="background:url(https://tracker.example/px.gif)" id="cookie" name="x">Styled</p>`;
  const out = clean(dirty);

  it('drops scripts, event handlers, forms, iframes, styles, ids and javascript: links', () => {
    expect(out.querySelector('script, form, input, button, iframe, [onclick], [onerror], [style], [id], [name]')).toBeNull();
    expect(out.innerHTML).not.toMatch(/javascript:|steal|tracker|evil/);
    expect(out.textContent).toContain('Styled');
  });

  it('keeps the text and links as absolute URLs opening in a new tab', () => {
    expect(out.querySelector('h2')?.textContent).toBe('Heading');
    const links = Array.from(out.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://news.example.com/other', null, null]);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(out.textContent).toContain('a trap');
  });

  it('replaces images with a placeholder that names them, so nothing is fetched', () => {
    expect(out.querySelector('img, [src], [srcset]')).toBeNull();
    expect(out.querySelector('.lede-image')?.textContent).toBe('[image: Photo of the quay]');
  });

  it('leaves no element that fetches: media, pictures, SVG, objects, link and meta refreshes', () => {
    const media = clean(`
      <video src="https://m.example/v.mp4" poster="https://m.example/p.jpg"><source src="https://m.example/v.webm"><track src="https://m.example/t.vtt"></video>
      <audio src="https://m.example/a.mp3" autoplay></audio>
      <picture><source srcset="https://m.example/p.avif"><img src="https://m.example/p.jpg" alt=""></picture>
      <svg><image href="https://m.example/s.png"/><use href="https://m.example/s.svg#x"/></svg>
      <object data="https://m.example/o.swf"></object><embed src="https://m.example/e.swf">
      <link rel="stylesheet" href="https://m.example/s.css"><meta http-equiv="refresh" content="0;url=https://m.example/">
      <style>@import url(https://m.example/i.css); p { background: url(https://m.example/b.png) }</style>
      <table background="https://m.example/t.png"><tr><td background="https://m.example/td.png">cell</td></tr></table>
      <p>After the media.</p>`);
    expect(media.innerHTML).not.toContain('m.example');
    expect(media.textContent).toContain('After the media.');
    expect(media.textContent).toContain('cell');
  });

  it('hands back where each image would be loaded from, beside the fragment and never in it', () => {
    const { fragment, images } = sanitizeArticleWithImages(
      `<figure><img src="img/quay-640.jpg" srcset="img/quay-640.jpg 640w, img/quay-1600.jpg 1600w" alt="The quay"><figcaption>Quay</figcaption></figure>
       <picture><source srcset="https://m.example/p.avif" type="image/avif"><img src="https://m.example/p.jpg" alt="Pier"></picture>
       <img src="data:image/svg+xml,%3Csvg onload='alert(1)'%3E" alt="Inline">
       <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/lazy/crane.jpg" alt="">
       <img src="javascript:alert(1)" alt="Trap">`,
      base,
      opts,
    );
    const host = document.createElement('div');
    host.append(fragment);
    expect(host.innerHTML).not.toMatch(/quay-|m\.example|data:|lazy|javascript/);
    expect(images.map((i) => [i.alt, i.source])).toEqual([
      ['The quay', 'https://news.example.com/2026/img/quay-1600.jpg'],
      ['Pier', 'https://m.example/p.jpg'],
      ['Inline', null],
      ['', 'https://news.example.com/lazy/crane.jpg'],
      ['Trap', null],
    ]);
    // Each slot is the placeholder in the fragment, in document order, ready to be swapped for a kept image.
    expect(images.map((i) => host.contains(i.placeholder))).toEqual([true, true, true, true, true]);
    expect(images[1]!.placeholder.textContent).toBe('[image: Pier]');
  });
});
