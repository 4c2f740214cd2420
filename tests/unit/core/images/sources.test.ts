import { describe, expect, it } from 'vitest';
import { chooseCandidate, httpUrl, imageSource, originPatternOf, parseSrcset } from '../../../../src/core/images/sources';

const BASE = 'https://news.example.com/2026/harbour/story.html';

describe('srcset', () => {
  it('reads width and density descriptors, and keeps commas that belong to a CDN URL', () => {
    expect(parseSrcset('a.jpg 480w, b.jpg 960w,c.jpg 1600w')).toEqual([
      { url: 'a.jpg', width: 480 },
      { url: 'b.jpg', width: 960 },
      { url: 'c.jpg', width: 1600 },
    ]);
    expect(parseSrcset('https://cdn.example/w_640,h_480/p.jpg 640w, https://cdn.example/w_1280,h_960/p.jpg 1280w')).toEqual([
      { url: 'https://cdn.example/w_640,h_480/p.jpg', width: 640 },
      { url: 'https://cdn.example/w_1280,h_960/p.jpg', width: 1280 },
    ]);
    expect(parseSrcset('one.jpg, two.jpg 2x')).toEqual([{ url: 'one.jpg' }, { url: 'two.jpg', density: 2 }]);
  });

  it('chooses the narrowest image at least as wide as the reader needs, else the widest', () => {
    const set = parseSrcset('s.jpg 320w, m.jpg 800w, l.jpg 1400w, xl.jpg 2400w');
    expect(chooseCandidate(set, 1280)?.url).toBe('l.jpg');
    expect(chooseCandidate(set, 700)?.url).toBe('m.jpg');
    expect(chooseCandidate(parseSrcset('s.jpg 320w, m.jpg 800w'), 1280)?.url).toBe('m.jpg');
  });

  it('with densities, takes the sharpest at most 2x', () => {
    expect(chooseCandidate(parseSrcset('a.jpg, b.jpg 2x, c.jpg 3x'))?.url).toBe('b.jpg');
    expect(chooseCandidate(parseSrcset('c.jpg 3x, d.jpg 4x'))?.url).toBe('c.jpg');
  });
});

describe('which address an image is loaded from', () => {
  it('resolves relative addresses against the article and drops fragments', () => {
    expect(imageSource({ src: '../img/quay.jpg#x' }, BASE)).toEqual({ url: 'https://news.example.com/2026/img/quay.jpg' });
  });

  it('prefers the srcset (and a lazy-loading srcset) to src', () => {
    expect(imageSource({ src: 'small.jpg', srcset: 'small.jpg 400w, big.jpg 1600w' }, BASE)).toEqual({ url: 'https://news.example.com/2026/harbour/big.jpg' });
    expect(imageSource({ src: 'data:image/gif;base64,R0lGOD', dataSrc: '/real.jpg' }, BASE)).toEqual({ url: 'https://news.example.com/real.jpg' });
    expect(imageSource({ srcset: 'data:image/gif;base64,AA 1x', dataSrcset: '/lazy-800.jpg 800w, /lazy-1600.jpg 1600w' }, BASE)).toEqual({
      url: 'https://news.example.com/lazy-1600.jpg',
    });
  });

  it('never fetches a data: URL, another scheme, or an address carrying credentials', () => {
    expect(imageSource({ src: 'data:image/svg+xml,<svg onload=alert(1)>' }, BASE)).toEqual({ skip: 'data-url' });
    expect(imageSource({ src: 'javascript:alert(1)' }, BASE)).toEqual({ skip: 'not-http' });
    expect(imageSource({ src: 'chrome-extension://abc/icons/icon-16.png' }, BASE)).toEqual({ skip: 'not-http' });
    expect(imageSource({ src: 'https://user:pw@img.example.com/a.jpg' }, BASE)).toEqual({ skip: 'not-http' });
    expect(imageSource({}, BASE)).toEqual({ skip: 'none' });
    expect(httpUrl('https://x.example/' + 'a'.repeat(5000), BASE)).toEqual({ skip: 'not-http' });
  });

  it('names the host permission an image needs', () => {
    expect(originPatternOf('https://img.example.com:8443/a/b.jpg?x=1')).toBe('https://img.example.com/*');
    expect(originPatternOf('ftp://img.example.com/a.jpg')).toBeNull();
  });
});
