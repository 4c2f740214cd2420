/**
 * The read-later journey in a real browser: save three pages from the popup, follow a topic, then in the
 * library filter by "My topics", search, read the offline copy, archive one, restart the browser with the same
 * profile and find everything where it was. Pages written for the tests (tests/fixtures/pages, docs/).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO, launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';

const PAGES = ['/demo/demo-article.html', '/fixtures/en-news-tldr-faq.html', '/fixtures/jsonld-faq.html'];
/** The page whose topic is followed, known by a word of its title. */
const FOLLOWED = /Seed Packets/;

describe('library in Chromium', () => {
  let lede: LedeBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({ '/fixtures/': join(REPO, 'tests/fixtures/pages'), '/demo/': join(REPO, 'docs') });
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  const libraryUrl = () => `chrome-extension://${lede.extensionId}/src/library/index.html`;

  async function openLibrary(): Promise<Page> {
    const page = await lede.context.newPage();
    await page.goto(libraryUrl());
    await page.waitForSelector('.lib[data-state="ready"][data-indexed="true"]', { timeout: 20_000 });
    return page;
  }

  const titles = (page: Page) => page.locator('[data-testid="library-item"] .lib-title').allTextContents();

  async function search(page: Page, q: string) {
    await page.fill('[data-testid="search"]', q);
  }

  it('saves three pages from the popup and follows a topic', async () => {
    for (const path of PAGES) {
      const { popup, page } = await openPopupOn(lede, `${server.origin}${path}`);
      expect(await popupState(popup)).toBe('ready');
      await popup.click('[data-testid="save-button"]');
      await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
      if (path.startsWith('/demo/')) {
        const chip = popup.locator('[data-testid="topics"] [data-testid="topic"]', { hasText: /Riverton/ }).first();
        await chip.locator('[data-testid="topic-follow"]').click();
        await popup.waitForSelector('[data-testid="topic"][data-state="follow"]', { timeout: 5000 });
      }
      await popup.close();
      await page.close();
    }
  });

  it('lists them, filters by "My topics", searches and opens the offline copy', async () => {
    const page = await openLibrary();
    const all = await titles(page);
    expect(all).toHaveLength(3);
    const seedTitle = all.find((t) => FOLLOWED.test(t));
    expect(seedTitle).toBeDefined();

    await page.click('[data-testid="topic-filter"]');
    expect(await titles(page)).toEqual([seedTitle]);
    await page.click('[data-testid="topic-filter"]');
    expect(await titles(page)).toHaveLength(3);

    // A distinctive word from another article's title finds it, and not the seed article.
    const other = all.find((t) => t !== seedTitle)!;
    const word = other.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
    await search(page, word.toLowerCase());
    await expect.poll(() => titles(page)).toContain(other);
    expect(await titles(page)).not.toContain(seedTitle);
    await search(page, 'packets');
    await expect.poll(() => titles(page)).toEqual([seedTitle]);
    await search(page, '');

    await page.locator('[data-testid="library-item"] .lib-title', { hasText: FOLLOWED }).click();
    await page.waitForSelector('[data-testid="reader-body"]');
    const body = (await page.textContent('[data-testid="reader-body"]')) ?? '';
    // Rendered as the article's elements, not as markup shown as text.
    expect(await page.locator('[data-testid="reader-body"] p').count()).toBeGreaterThan(2);
    expect(body).not.toContain('<div');
    expect(body).toContain('Riverton');
    expect(await page.locator('[data-testid="reader-body"] script').count()).toBe(0);
    expect(await page.locator('[data-testid="tldr"]').count()).toBe(1);
    await page.click('[data-testid="reader-back"]');
    await page.waitForSelector('[data-testid="library-item"]');

    // Full text: a word from the opening of the body that no title carries still finds the article.
    const inTitles = all.join(' ').toLowerCase();
    const bodyWord = body
      .slice(0, 1200)
      .split(/[^\p{L}]+/u)
      .find((w) => w.length >= 8 && !inTitles.includes(w.toLowerCase()));
    expect(bodyWord).toBeDefined();
    await search(page, bodyWord!);
    await expect.poll(() => titles(page)).toContain(seedTitle);
    await page.close();
  });

  it('archives one with the keyboard, and everything survives a browser restart', async () => {
    let page = await openLibrary();
    const all = await titles(page);
    const target = all.find((t) => !FOLLOWED.test(t))!;
    await page.locator('[data-testid="library-item"]', { hasText: target }).locator('.lib-meta').click();
    await page.keyboard.press('e');
    await expect.poll(() => titles(page)).toHaveLength(2);
    await page.click('[data-testid="tab-archive"]');
    expect(await titles(page)).toEqual([target]);
    await page.close();

    const profile = lede.userDataDir;
    await lede.close({ keepProfile: true });
    lede = await launchLede({ userDataDir: profile });

    page = await openLibrary();
    expect((await titles(page)).sort()).toEqual(all.filter((t) => t !== target).sort());
    await page.click('[data-testid="tab-archive"]');
    expect(await titles(page)).toEqual([target]);
    await page.click('[data-testid="tab-saved"]');
    await page.click('[data-testid="topic-filter"]');
    expect(await titles(page)).toEqual(all.filter((t) => FOLLOWED.test(t)));
    await page.close();
  });
});
