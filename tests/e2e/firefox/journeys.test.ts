/**
 * The journeys in Firefox ESR, in one browser with the Firefox e2e build (one launch costs seconds on two shared
 * cores): the popup on a news page with its own TL;DR and FAQ and on a page without an article, click-to-highlight
 * and the ask box; then saving from the popup, the library (again after a reload), the offline copy, a Pocket
 * import and the options page. Pages written for the tests; the seed page of the corpora in addition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { ElementHandle, Page } from 'puppeteer-core';
import { CORPORA, REPO, hasCorpora, serveStatic, type StaticServer } from '../helpers';
import {
  launchFirefox,
  navigateExtensionPage,
  openExtensionPage,
  openPopupOn,
  popupState,
  reloadExtensionPage,
  texts,
  until,
  type FirefoxLede,
} from './helpers';

const highlighted = () => {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede');
  return h ? [...h][0]!.toString() : '';
};

const PAGES = ['/fixtures/en-news-tldr-faq.html', '/demo/demo-article.html'];
const LIBRARY = 'src/library/index.html';
const LIBRARY_READY = '.lib[data-state="ready"][data-indexed="true"]';

let ff: FirefoxLede;
let server: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-firefox-import-'));
  server = await serveStatic({
    '/fixtures/': join(REPO, 'tests/fixtures/pages'),
    '/demo/': join(REPO, 'docs'),
    ...(hasCorpora ? { '/seed/': join(CORPORA, 'seed') } : {}),
  });
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('popup in Firefox', () => {
  it("shows a news page's own TL;DR, its FAQ and its topics", async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/fixtures/en-news-tldr-faq.html`);
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.$eval('[data-testid="article-title"]', (e) => e.textContent)).toContain('electric fleet');
    expect(await popup.$eval('[data-testid="tldr"]', (e) => e.getAttribute('data-source'))).toBe('page');
    expect(await popup.$eval('[data-testid="tldr"]', (e) => e.textContent)).toContain('three battery-powered ferries');
    const questions = await texts(popup, '[data-testid="faq-question"]');
    expect(questions.join(' | ')).toContain('When will the electric ferries start running?');
    expect(questions.join(' | ')).toContain('Will fares go up?');
    expect((await texts(popup, '[data-testid="topics"] [data-testid="topic"]')).length).toBeGreaterThan(0);
    await page.close();
    await popup.close();
  });

  it('says a sign-in page is not an article, and shows no TL;DR', async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/fixtures/not-article-login.html`);
    expect(await popupState(popup)).toBe('not-article');
    expect(await popup.$('[data-testid="tldr"]')).toBeNull();
    await page.close();
    await popup.close();
  });

  it('highlights a TL;DR sentence in the page without changing its DOM, and answers a typed question', async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/demo/demo-article.html`);
    expect(await popupState(popup)).toBe('ready');
    const sentence = await popup.$eval('[data-testid="tldr"] button.passage', (e) => e.textContent ?? '');
    expect(sentence.length).toBeGreaterThan(20);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await popup.click('[data-testid="tldr"] button.passage');
    const squash = (s: string) => s.replace(/\s+/g, ' ').slice(0, 30);
    expect(squash(await until(() => page.evaluate(highlighted), (h) => h.length > 0))).toBe(squash(sentence));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    await popup.type('[data-testid="ask-input"]', 'How much did the pilot cost?');
    await popup.click('[data-testid="ask-submit"]');
    const best = '[data-testid="ask-answer"] button.passage';
    const answer = await until(
      () => popup.$eval(best, (e) => e.textContent ?? '').catch(() => ''),
      (t) => t.includes('$3,800'),
    );
    expect(answer).toContain('$3,800');
    await popup.click(best);
    expect(await until(() => page.evaluate(highlighted), (h) => h.includes('$3,800'))).toContain('$3,800');
    await page.close();
    await popup.close();
  });

  it.runIf(hasCorpora)('shows the seed article with its own TL;DR and its four Chinese FAQ entries (corpus)', async () => {
    const { popup, page } = await openPopupOn(ff, `${server.origin}/seed/seed-article.html`);
    expect(await popupState(popup)).toBe('ready');
    expect(await popup.$eval('[data-testid="article-title"]', (e) => e.textContent)).toContain('Yann LeCun Raises $1 Billion');
    expect(await popup.$eval('[data-testid="tldr"]', (e) => e.getAttribute('data-source'))).toBe('page');
    const questions = await texts(popup, '[data-testid="faq-question"]');
    expect(questions).toHaveLength(4);
    expect(questions.every((q) => /[\u4e00-\u9fff]/.test(q))).toBe(true);
    await page.close();
    await popup.close();
  });
});

describe('library, import and options in Firefox', () => {
  const titles = (page: Page) => texts(page, '[data-testid="library-item"] .lib-title');

  it('saves two pages from the popup and follows a topic', async () => {
    for (const path of PAGES) {
      const { popup, page } = await openPopupOn(ff, `${server.origin}${path}`);
      expect(await popupState(popup)).toBe('ready');
      await popup.click('[data-testid="save-button"]');
      await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
      if (path.startsWith('/demo/')) {
        // Riverton: a topic of this page only, so that "My topics" shows this page alone.
        await popup.$$eval('[data-testid="topics"] [data-testid="topic"]', (chips) =>
          (chips.find((c) => c.textContent?.includes('Riverton'))?.querySelector('[data-testid="topic-follow"]') as HTMLElement | null)?.click(),
        );
        await popup.waitForSelector('[data-testid="topic"][data-state="follow"]', { timeout: 5000 });
      }
      await popup.close();
      await page.close();
    }
  });

  it('lists them after a reload, filters by "My topics", searches and opens the offline copy', async () => {
    const page = await openExtensionPage(ff, LIBRARY, LIBRARY_READY);
    const all = await titles(page);
    expect(all).toHaveLength(2);
    await reloadExtensionPage(ff, page, LIBRARY_READY);
    expect((await titles(page)).sort()).toEqual([...all].sort());

    const demo = all.find((t) => t.includes('Seed Packets'))!;
    expect(demo).toBeDefined();
    await page.click('[data-testid="topic-filter"]');
    expect(await titles(page)).toEqual([demo]);
    await page.click('[data-testid="topic-filter"]');

    // Typed key by key, the list passes through each prefix's results: wait for the one "ferry" gives, not for
    // the first list of one title (a prefix may match the other article alone).
    const ferry = all.filter((t) => t !== demo);
    await page.type('[data-testid="search"]', 'ferry');
    expect(await until(() => titles(page), (t) => JSON.stringify(t) === JSON.stringify(ferry))).toEqual(ferry);

    await page.click('[data-testid="library-item"] .lib-title');
    await page.waitForSelector('[data-testid="reader-body"]');
    expect(await page.$$eval('[data-testid="reader-body"] p', (ps) => ps.length)).toBeGreaterThan(2);
    expect(await page.$eval('[data-testid="reader-body"]', (e) => e.textContent)).toContain('Porthwen');
    expect(await page.$$('[data-testid="reader-body"] script')).toHaveLength(0);
    await page.close();
  });

  it('imports a Pocket zip through the file picker, and the articles appear in the list', async () => {
    const fixtures = join(REPO, 'tests/fixtures/import');
    const file = join(dir, 'pocket-export.zip');
    writeFileSync(
      file,
      zipSync({
        'part_000000.csv': new Uint8Array(readFileSync(join(fixtures, 'pocket.csv'))),
        'part_000001.csv': new Uint8Array(readFileSync(join(fixtures, 'pocket-nocursor.csv'))),
      }),
    );
    const page = await openExtensionPage(ff, LIBRARY, '[data-testid="import-file"]');
    const input = (await page.$('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await page.waitForSelector('[data-testid="import-preview"]');
    expect(await page.$eval('[data-testid="import-total"]', (e) => e.textContent)).toBe('6');
    await page.click('[data-testid="import-confirm"]');
    await page.waitForSelector('[data-testid="import-done"]', { timeout: 20_000 });
    expect(await page.$eval('[data-testid="import-done"]', (e) => e.textContent)).toContain('6 new');
    const items = await until(() => texts(page, '[data-testid="library-item"]'), (t) => t.join('\n').includes('Launch window opens'));
    expect(items.join('\n')).toContain('Launch window opens');
    await page.close();
  });

  it('the options page keeps an excluded site across a reload', async () => {
    const page = await openExtensionPage(ff, 'src/options/index.html', '#hist-title');
    await page.type('section[aria-labelledby="hist-title"] input[type="text"]', 'news.example');
    await page.click('section[aria-labelledby="hist-title"] button[type="submit"]');
    const listed = () => texts(page, 'section[aria-labelledby="hist-title"] li');
    expect((await until(listed, (l) => l.length > 0)).join(' ')).toContain('news.example');
    await navigateExtensionPage(ff, page, 'src/options/index.html', '#hist-title');
    expect((await until(listed, (l) => l.length > 0)).join(' ')).toContain('news.example');
    await page.close();
  });
});
