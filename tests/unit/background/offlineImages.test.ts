/**
 * Keeping an offline copy's images, with the network and the codec faked: what the reader gets kept, refused and
 * counted when the sites answer with images, errors, markup, huge files and redirects.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadArticleImages, validSources, type Encoded, type ImageDeps } from '../../../src/background/offlineImages';
import { IMAGE_CAPS, type ImageCaps } from '../../../src/core/images/caps';
import { saveArticle } from '../../../src/storage/library';
import { deleteArticle, restoreDeleted } from '../../../src/storage/articles';
import { getArticleImages, getImageSet, imageTotals, removeArticleImages, sweepOrphanImages } from '../../../src/storage/images';
import { getDb } from '../../../src/storage/db';
import { analysis, content, freshDb } from '../storage/helpers';

beforeEach(freshDb);

const ARTICLE = 'https://news.example.com/harbour';
const OTHER = 'https://news.example.com/quay';

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
function png(width: number, height: number, padding = 0): Uint8Array {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, ...be32(width), ...be32(height), 8, 6, 0, 0, 0, ...new Array(padding).fill(0)]);
}

type Answer = { status?: number; body: Uint8Array | string; type?: string; url?: string; length?: number };

function fakeFetch(answers: Record<string, Answer | 'offline'>) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    const a = answers[url];
    if (!a || a === 'offline') throw new TypeError('Failed to fetch');
    const body = typeof a.body === 'string' ? new TextEncoder().encode(a.body) : a.body;
    const headers: Record<string, string> = { 'content-type': a.type ?? 'image/png' };
    if (a.length !== undefined) headers['content-length'] = String(a.length);
    const res = new Response(body as Uint8Array<ArrayBuffer>, { status: a.status ?? 200, headers });
    if (a.url) Object.defineProperty(res, 'url', { value: a.url });
    return res;
  });
  return { fn: fn as unknown as typeof fetch, calls };
}

/** Stands in for createImageBitmap + OffscreenCanvas: a kept image of `size` bytes at the kept dimensions. */
function fakeEncoder(size = 1000) {
  return vi.fn(async (_bytes: Uint8Array, dims: { width: number; height: number }, caps: ImageCaps): Promise<Encoded | 'too-large' | null> => {
    const scale = Math.min(1, caps.maxEdge / Math.max(dims.width, dims.height));
    return { data: new ArrayBuffer(size), type: 'image/webp', width: Math.round(dims.width * scale), height: Math.round(dims.height * scale) };
  });
}

async function save(url = ARTICLE) {
  await saveArticle({ content: content(url), analysis: analysis([]), html: '<p>Body</p><img src="a.png">' }, { now: 1 });
}

const img = (name: string) => `https://img.example.com/${name}`;

describe('loading an offline copy\'s images', () => {
  it('keeps every image downscaled, without cookies or referrer, and shows the figures', async () => {
    await save();
    const net = fakeFetch({ [img('a.png')]: { body: png(4000, 3000) }, [img('b.png')]: { body: png(640, 480) } });
    const keepAlive = vi.fn();
    const deps: ImageDeps = { fetch: net.fn, encode: fakeEncoder(2000), keepAlive };
    const report = await loadArticleImages(ARTICLE, [img('a.png'), img('b.png')], deps);
    expect(report).toMatchObject({ ok: true, kept: 2, bytes: 4000, totalBytes: 4000 });
    // The worker is kept alive as each image settles (a long load outlives Chrome's 30 s idle stop).
    expect(keepAlive).toHaveBeenCalledTimes(2);
    expect(net.calls.every((c) => c.init?.credentials === 'omit' && c.init?.referrerPolicy === 'no-referrer')).toBe(true);
    const rows = await getArticleImages(ARTICLE);
    expect(rows.map((r) => [r.src, r.width, r.height, r.type])).toEqual([
      [img('a.png'), 1280, 960, 'image/webp'],
      [img('b.png'), 640, 480, 'image/webp'],
    ]);
    expect(await getImageSet(ARTICLE)).toMatchObject({ count: 2, bytes: 4000 });
  });

  it('names what it could not keep: offline, an error page, HTML or SVG served as an image, a bomb, a huge file', async () => {
    await save();
    const answers: Record<string, Answer | 'offline'> = {
      [img('ok.png')]: { body: png(800, 600) },
      [img('offline.png')]: 'offline',
      [img('404.png')]: { status: 404, body: 'not found', type: 'text/html' },
      [img('page.png')]: { body: '<!doctype html><script>steal()</script>', type: 'image/png' },
      [img('vector.svg')]: { body: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', type: 'image/svg+xml' },
      [img('bomb.png')]: { body: png(50_000, 50_000) },
      // Declares its length over the cap: refused unread.
      [img('huge.jpg')]: { body: png(100, 100), length: 4096 },
      // Declares nothing and streams past the cap.
      [img('streamed.png')]: { body: png(100, 100, 2048) },
    };
    const net = fakeFetch(answers);
    const caps: ImageCaps = { ...IMAGE_CAPS, maxSourceBytes: 1024 };
    const encode = fakeEncoder();
    const report = await loadArticleImages(ARTICLE, Object.keys(answers), { fetch: net.fn, encode, caps });
    if (!report.ok) throw new Error('load failed');
    expect(Object.fromEntries(report.outcomes.map((o) => [o.src.split('/').pop(), o.outcome]))).toEqual({
      'ok.png': 'kept',
      'offline.png': 'failed',
      '404.png': 'failed',
      'page.png': 'not-image',
      'vector.svg': 'svg',
      'bomb.png': 'too-large',
      'huge.jpg': 'too-large',
      'streamed.png': 'too-large',
    });
    // Only the one real image of a sane size was ever decoded.
    expect(encode).toHaveBeenCalledTimes(1);
    expect((await getArticleImages(ARTICLE)).map((r) => r.src)).toEqual([img('ok.png')]);
  });

  it('keeps nothing from a redirect that ends outside http(s), and nothing the codec cannot decode', async () => {
    await save();
    const net = fakeFetch({
      [img('moved.png')]: { body: png(10, 10), url: 'chrome-extension://abcdef/icons/icon-16.png' },
      [img('broken.png')]: { body: png(10, 10) },
      [img('cdn.png')]: { body: png(10, 10), url: 'https://cdn.example.net/cdn.png' },
    });
    const encode = vi.fn(async () => null);
    const report = await loadArticleImages(ARTICLE, [img('moved.png'), img('broken.png')], { fetch: net.fn, encode });
    expect(report.ok && report.outcomes.map((o) => o.outcome)).toEqual(['failed', 'not-image']);
    const followed = await loadArticleImages(ARTICLE, [img('cdn.png')], { fetch: net.fn, encode: fakeEncoder() });
    expect(followed.ok && followed.outcomes.map((o) => o.outcome)).toEqual(['kept']);
  });

  it('stops at the caps, keeping the first images of the copy, and counts other articles against the total', async () => {
    await save();
    await save(OTHER);
    const answers = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [img(`${i}.png`), { body: png(100, 100) }]));
    const sources = Object.keys(answers);
    const caps: ImageCaps = { ...IMAGE_CAPS, maxImagesPerArticle: 4, maxArticleBytes: 3000, maxTotalBytes: 4500 };
    const net = fakeFetch(answers);
    const first = await loadArticleImages(ARTICLE, sources, { fetch: net.fn, encode: fakeEncoder(1000), caps });
    expect(first.ok && first.outcomes.map((o) => o.outcome)).toEqual(['kept', 'kept', 'kept', 'over-cap', 'over-cap', 'over-cap']);
    // Past the article's count the rest are not even fetched.
    expect(net.calls).toHaveLength(4);
    const second = await loadArticleImages(OTHER, sources, { fetch: net.fn, encode: fakeEncoder(1000), caps });
    expect(second).toMatchObject({ ok: true, kept: 1, bytes: 1000, totalBytes: 4000 });
    expect((await imageTotals()).bytes).toBe(4000);
  });

  it('replaces an article\'s images on a second load instead of adding to them', async () => {
    await save();
    const net = fakeFetch({ [img('a.png')]: { body: png(10, 10) }, [img('b.png')]: { body: png(10, 10) } });
    await loadArticleImages(ARTICLE, [img('a.png'), img('b.png')], { fetch: net.fn, encode: fakeEncoder(100) });
    await loadArticleImages(ARTICLE, [img('b.png')], { fetch: net.fn, encode: fakeEncoder(100) });
    expect((await getArticleImages(ARTICLE)).map((r) => r.src)).toEqual([img('b.png')]);
    expect(await imageTotals()).toEqual({ articles: 1, bytes: 100 });
  });

  it('keeps nothing for an article that is not in the library, and fetches nothing for it', async () => {
    const net = fakeFetch({ [img('a.png')]: { body: png(10, 10) } });
    expect(await loadArticleImages(ARTICLE, [img('a.png')], { fetch: net.fn, encode: fakeEncoder() })).toEqual({ ok: false, error: 'no-article' });
    expect(net.calls).toHaveLength(0);
  });

  it('takes only http(s) sources from the page, each once', () => {
    expect(validSources([img('a.png'), img('a.png#x'), 'data:image/png;base64,AAAA', 'javascript:alert(1)', 7, 'file:///etc/passwd'])).toEqual([img('a.png')]);
    expect(validSources('not a list')).toEqual([]);
  });
});

describe('an article\'s images go with it', () => {
  async function loaded() {
    await save();
    const net = fakeFetch({ [img('a.png')]: { body: png(10, 10) } });
    await loadArticleImages(ARTICLE, [img('a.png')], { fetch: net.fn, encode: fakeEncoder(500) });
  }

  it('deleting the article deletes its images, and Undo brings them back', async () => {
    await loaded();
    const removed = await deleteArticle(ARTICLE);
    expect(await getDb().images.count()).toBe(0);
    expect(await imageTotals()).toEqual({ articles: 0, bytes: 0 });
    await restoreDeleted(removed!);
    expect((await getArticleImages(ARTICLE)).map((r) => r.bytes)).toEqual([500]);
    expect(await imageTotals()).toEqual({ articles: 1, bytes: 500 });
  });

  it('Remove images frees the space and keeps the article', async () => {
    await loaded();
    await removeArticleImages(ARTICLE);
    expect(await getDb().images.count()).toBe(0);
    expect(await getImageSet(ARTICLE)).toBeUndefined();
    expect(await getDb().articles.count()).toBe(1);
  });

  it('images left by an article removed another way (history cleared, an import) are swept', async () => {
    await loaded();
    await getDb().articles.delete(ARTICLE);
    expect(await sweepOrphanImages()).toBe(1);
    expect(await getDb().images.count()).toBe(0);
    expect(await imageTotals()).toEqual({ articles: 0, bytes: 0 });
  });
});
