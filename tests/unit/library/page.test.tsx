// @vitest-environment jsdom
/**
 * The library page as the reader uses it, on fake-indexeddb: real repositories, real rendering, keys and clicks.
 */
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Storage imports the settings module, which uses the extension APIs: give it the fake browser.
vi.mock('../../../src/shared/browser', async (importOriginal) => {
  const { fakeBrowser } = await import('@webext-core/fake-browser');
  return { ...(await importOriginal<object>()), browser: fakeBrowser };
});

import { App } from '../../../src/library/App';
import { getArticle, saveArticle, setExplicit } from '../../../src/storage';
import type { Analysis, Topic } from '../../../src/core/types';
import { analysis, content, freshDb } from '../storage/helpers';

const kp = (label: string, score = 1): Topic => ({ label, kind: 'keyphrase', score });

async function save(url: string, title: string, topics: Topic[], extra: Partial<Analysis> = {}, html = '<p>Body.</p>', now = Date.now()) {
  await saveArticle(
    { content: content(url, title, `${title}. ${extra.tldr?.sentences.join(' ') ?? ''}`), analysis: analysis(topics, null, extra), html },
    { now },
  );
}

let root: HTMLElement;

async function until<T>(fn: () => T | null | undefined | false, timeout = 4000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - start > timeout) throw new Error(`timed out; page shows: ${root.textContent?.slice(0, 400)}`);
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

const titles = () => [...root.querySelectorAll('[data-testid="library-item"] .lib-title')].map((a) => a.textContent);
const press = (key: string) => act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const click = (el: Element | null) => act(() => (el as HTMLElement).click());
const type = (q: string) =>
  act(() => {
    const input = root.querySelector<HTMLInputElement>('[data-testid="search"]')!;
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

beforeEach(async () => {
  await freshDb();
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

async function openLibrary() {
  await act(() => render(<App locale="en" />, root));
  await until(() => root.querySelector('.lib[data-indexed="true"]'));
}

describe('library page', () => {
  it('says how to fill an empty library', async () => {
    await openLibrary();
    expect(root.querySelector('[data-testid="empty-state"]')?.textContent).toContain('Nothing saved yet');
    await click(root.querySelector('[data-testid="tab-history"]'));
    expect(root.querySelector('[data-testid="empty-state"]')?.textContent).toContain('No history yet');
  });

  describe('with three saved articles', () => {
    beforeEach(async () => {
      const t0 = Date.UTC(2026, 2, 1);
      await save('https://a.example/fusion', 'Fusion plasma record', [kp('Fusion'), kp('Energy')], { tldr: { source: 'extractive', sentences: ['A tokamak ran for six minutes.'] }, readingMinutes: 6 }, undefined, t0);
      await save('https://b.example/rates', 'Rates held steady', [kp('Inflation')], { tldr: { source: 'extractive', sentences: ['The bank waited.'] } }, undefined, t0 + 1000);
      await save('https://c.example/ai', '人工智能诊断肺部结节', [kp('人工智能')], { lang: 'zh', tldr: { source: 'extractive', sentences: ['新模型更早发现结节。'] } }, undefined, t0 + 2000);
      await setExplicit({ label: 'Energy', kind: 'keyphrase' }, 'follow');
      await openLibrary();
    });

    it('shows an article saved elsewhere (the popup, another tab) without a reload, and counts it', async () => {
      expect(root.textContent).toContain('3 articles');
      await save('https://d.example/whales', 'Whales sing in dialects', [kp('Whales')], {}, undefined, Date.UTC(2026, 2, 2));
      await until(() => titles().includes('Whales sing in dialects'));
      expect(titles()[0]).toBe('Whales sing in dialects');
      expect(root.textContent).toContain('4 articles');
    });

    it('lists them newest first with site, reading time, TL;DR line and topics', () => {
      expect(titles()).toEqual(['人工智能诊断肺部结节', 'Rates held steady', 'Fusion plasma record']);
      const fusion = root.querySelectorAll('[data-testid="library-item"]')[2]!;
      expect(fusion.textContent).toContain('Example');
      expect(fusion.textContent).toContain('6 min read');
      expect(fusion.textContent).toContain('A tokamak ran for six minutes.');
      expect([...fusion.querySelectorAll('[data-testid="topic"]')].map((c) => c.textContent)).toEqual(['Fusion', 'Energy']);
    });

    it('searches the text in English and Chinese, and "My topics" keeps the followed ones', async () => {
      await type('tokam');
      expect(titles()).toEqual(['Fusion plasma record']);
      await type('结节');
      expect(titles()).toEqual(['人工智能诊断肺部结节']);
      await type('');
      await click(root.querySelector('[data-testid="topic-filter"]'));
      expect(titles()).toEqual(['Fusion plasma record']);
      await click(root.querySelector('[data-testid="topic-filter"]'));
      expect(titles()).toHaveLength(3);
    });

    it('a topic chip filters to that topic until cleared', async () => {
      const chip = [...root.querySelectorAll('[data-testid="topic"]')].find((c) => c.textContent === 'Inflation')!;
      await click(chip);
      expect(titles()).toEqual(['Rates held steady']);
      expect(root.querySelector('[data-testid="active-topic"]')?.textContent).toContain('Inflation');
      await click(root.querySelector('[data-testid="active-topic"] button'));
      expect(titles()).toHaveLength(3);
    });

    it('j moves the selection, e archives it with undo, # deletes it with undo', async () => {
      await press('j');
      expect(root.querySelector('.lib-row.is-selected .lib-title')?.textContent).toBe('Rates held steady');
      await press('e');
      await until(() => titles().length === 2);
      expect((await getArticle('https://b.example/rates'))?.status).toBe('archived');
      await click(root.querySelector('[data-testid="tab-archive"]'));
      expect(titles()).toEqual(['Rates held steady']);
      await click(root.querySelector('[data-testid="undo"]'));
      await until(() => titles().length === 0);
      expect((await getArticle('https://b.example/rates'))?.status).toBe('unread');

      await click(root.querySelector('[data-testid="tab-saved"]'));
      await press('#');
      await until(() => titles().length === 2);
      expect(await getArticle('https://c.example/ai')).toBeUndefined();
      await click(root.querySelector('[data-testid="undo"]'));
      await until(() => titles().length === 3);
      expect((await getArticle('https://c.example/ai'))?.title).toBe('人工智能诊断肺部结节');
    });

    it('e archives the row the reader just clicked, even when the key comes before the next frame', async () => {
      // As a fast reader (or a test driver) does: the click's render is on screen, the key follows at once,
      // before Preact has run the effects of that render.
      const fusion = [...root.querySelectorAll('[data-testid="library-item"]')].find((r) => r.textContent?.includes('Fusion plasma record'))!;
      (fusion.querySelector('.lib-meta') as HTMLElement).click();
      for (let i = 0; i < 5; i++) await Promise.resolve();
      expect(root.querySelector('.lib-row.is-selected .lib-title')?.textContent).toBe('Fusion plasma record');
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true }));
      await until(() => titles().length === 2);
      expect((await getArticle('https://a.example/fusion'))?.status).toBe('archived');
      expect((await getArticle('https://c.example/ai'))?.status).toBe('unread');
    });

    it('typing j or e in the search box types, it does not move or archive', async () => {
      const input = root.querySelector<HTMLInputElement>('[data-testid="search"]')!;
      await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true })));
      expect((await getArticle('https://c.example/ai'))?.status).toBe('unread');
      expect(root.querySelector('[data-testid="undo-bar"]')).toBeNull();
    });
  });

  it('the reader view shows the offline copy sanitized, with the TL;DR panel and a link to the original', async () => {
    const raw =
      '<p onclick="alert(1)">Safe paragraph.</p><script>window.pwned = 1</script><a href="javascript:alert(2)">x</a><iframe src="https://evil.example"></iframe>' +
      '<figure><img src="https://img.example/harbour.jpg" srcset="https://img.example/h2.jpg 2x" alt="The harbour at dawn"></figure>';
    await save('https://d.example/raw', 'Raw page', [kp('Security')], { tldr: { source: 'extractive', sentences: ['Sanitize before rendering.'] } }, raw);
    location.hash = `#/read/${encodeURIComponent('https://d.example/raw')}`;
    await act(() => render(<App locale="en" />, root));
    const body = await until(() => root.querySelector('[data-testid="reader-body"]'));
    // Rendered as HTML (a paragraph element), not as escaped markup.
    expect(body.querySelector('p')?.textContent).toBe('Safe paragraph.');
    expect(body.innerHTML).not.toMatch(/onclick|<script|javascript:|<iframe/i);
    expect(root.querySelector('[data-testid="tldr"]')?.textContent).toContain('Sanitize before rendering.');
    expect(root.querySelector<HTMLAnchorElement>('[data-testid="reader-original"]')?.href).toBe('https://d.example/raw');
    // The image is not fetched: a placeholder names it instead.
    expect(body.querySelector('img, [src], [srcset]')).toBeNull();
    expect(body.querySelector('.lede-image')?.textContent).toContain('The harbour at dawn');
    // Display sanitizes; storage keeps the copy as saved (untrusted), so no save path can claim it is clean.
    expect((await getArticle('https://d.example/raw'))?.html).toBe(raw);
  });
});
