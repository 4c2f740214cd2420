// @vitest-environment jsdom
/**
 * The reader view's images bar as the reader meets it: an offer that fetches nothing by itself, a declined
 * permission that fetches nothing, a load whose outcome (kept, failed, over the caps) is said and shown, and
 * Remove images giving the placeholders back. The worker's answer is faked; the database is fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', async (importOriginal) => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { ...(await importOriginal<object>()), browser: fakeBrowser };
});
const hosts = vi.hoisted(() => ({ granted: true, requested: [] as string[][], released: [] as string[][] }));
vi.mock('../../../src/library/imageHosts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  heldPatterns: async () => new Set<string>(),
  requestHosts: (patterns: string[]) => {
    hosts.requested.push(patterns);
    return Promise.resolve(hosts.granted);
  },
  releaseHosts: async (patterns: string[]) => {
    hosts.released.push(patterns);
  },
}));
const worker = vi.hoisted(() => ({ answer: null as null | ((req: { url: string; sources: string[] }) => Promise<unknown>), calls: 0 }));
vi.mock('../../../src/shared/messages', () => ({
  sendMessage: async (name: string, req: { url: string; sources: string[] }) => {
    if (name !== 'imgLoad' || !worker.answer) throw new Error(`unexpected message ${name}`);
    worker.calls++;
    return worker.answer(req);
  },
}));

import { ReaderImages } from '../../../src/library/ReaderImages';
import { sanitizeArticleWithImages, type ImageSlot } from '../../../src/shared/sanitize';
import { replaceArticleImages, saveArticle } from '../../../src/storage';
import { analysis, content, freshDb } from '../storage/helpers';

const URL_A = 'https://news.example.com/harbour';
const HTML = `<p>Quay.</p><img src="https://img.example.com/a.jpg" alt="Dawn"><p>Cranes.</p><img src="https://img.example.com/b.jpg" alt="Crane">
<img src="https://cdn.example.net/c.jpg" alt="Chart"><img src="data:image/png;base64,AAAA" alt="Inline">`;

let body: HTMLElement;
let bar: HTMLElement;
let slots: ImageSlot[];
let blobs = 0;

beforeEach(async () => {
  await freshDb();
  await saveArticle({ content: content(URL_A), analysis: analysis([]), html: HTML }, { now: 1 });
  hosts.granted = true;
  hosts.requested = [];
  hosts.released = [];
  worker.answer = null;
  worker.calls = 0;
  URL.createObjectURL = vi.fn(() => `blob:lede/${++blobs}`);
  URL.revokeObjectURL = vi.fn();
  body = document.createElement('div');
  bar = document.createElement('div');
  document.body.append(bar, body);
  const copy = sanitizeArticleWithImages(HTML, URL_A, { imageLabel: (alt) => `[image: ${alt}]` });
  body.append(copy.fragment);
  slots = copy.images;
  await act(() => render(<ReaderImages url={URL_A} locale="en" slots={slots} onError={(e) => { throw e; }} />, bar));
});
afterEach(() => {
  render(null, bar);
  body.remove();
  bar.remove();
});

async function until<T>(fn: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - start > timeout) throw new Error(`timed out; bar shows: ${bar.textContent}`);
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

const state = () => bar.querySelector('[data-testid="reader-images"]')?.getAttribute('data-state');
const click = (testid: string) => act(() => (bar.querySelector(`[data-testid="${testid}"]`) as HTMLElement).click());
const kept = () => [...body.querySelectorAll('img.lede-kept-image')].map((i) => (i as HTMLImageElement).alt);
const image = (src: string, bytes = 1000) => ({ src, type: 'image/webp', data: new ArrayBuffer(bytes), width: 640, height: 480, bytes });

describe('the images bar', () => {
  it('offers to load the fetchable images and fetches nothing by itself', async () => {
    await until(() => state() === 'idle');
    expect(bar.textContent).toContain("This article's 3 images are not kept offline.");
    expect(bar.querySelector('[data-testid="reader-load-images"]')?.textContent).toBe('Load images');
    expect(body.querySelectorAll('.lede-image')).toHaveLength(4);
    expect(worker.calls).toBe(0);
    expect(hosts.requested).toEqual([]);
  });

  it('when the reader declines the hosts, nothing is fetched and the bar says so', async () => {
    hosts.granted = false;
    await click('reader-load-images');
    await until(() => state() === 'denied');
    expect(hosts.requested).toEqual([['https://img.example.com/*', 'https://cdn.example.net/*']]);
    expect(worker.calls).toBe(0);
    expect(bar.textContent).toContain('Lede was not allowed to reach the sites that host the images');
  });

  it('shows what was kept, says what was not and why, and gives the hosts back', async () => {
    worker.answer = async (req) => {
      expect(req.sources).toEqual(['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg', 'https://cdn.example.net/c.jpg']);
      await replaceArticleImages(URL_A, [image(req.sources[0]!)]);
      return {
        ok: true,
        kept: 1,
        bytes: 1000,
        totalBytes: 1000,
        outcomes: [
          { src: req.sources[0], outcome: 'kept' },
          { src: req.sources[1], outcome: 'failed' },
          { src: req.sources[2], outcome: 'over-cap' },
        ],
      };
    };
    await click('reader-load-images');
    await until(() => state() === 'over-cap');
    await until(() => kept().length === 1);
    expect(kept()).toEqual(['Dawn']);
    expect(body.querySelector('img.lede-kept-image')?.getAttribute('src')).toMatch(/^blob:/);
    const text = bar.textContent ?? '';
    expect(text).toContain('1 of 3 images kept offline (1 kB)');
    expect(text).toContain('1 could not be loaded');
    expect(text).toContain('1 not kept: over the limit of 40 images and 5 MB per article, 200 MB for all offline copies.');
    expect(text).toMatch(/Images of all offline copies: 1 kB of 200 MB/);
    expect(hosts.released).toEqual([['https://img.example.com/*', 'https://cdn.example.net/*']]);
  });

  it('Remove images puts the placeholders back and frees the space', async () => {
    await replaceArticleImages(URL_A, [image('https://img.example.com/a.jpg'), image('https://img.example.com/b.jpg')]);
    // Reopened: the kept images show without any load.
    render(null, bar);
    await act(() => render(<ReaderImages url={URL_A} locale="en" slots={slots} onError={(e) => { throw e; }} />, bar));
    await until(() => kept().length === 2);
    expect(state()).toBe('kept');
    await click('reader-remove-images');
    await until(() => state() === 'idle' && kept().length === 0);
    expect(body.querySelectorAll('.lede-image')).toHaveLength(4);
    expect(URL.revokeObjectURL).toHaveBeenCalledTimes(2);
    expect(worker.calls).toBe(0);
  });
});
