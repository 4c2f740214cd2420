/**
 * Reading later in Firefox: save pages from the popup and follow a topic, find them in the library (and again after
 * a reload), read the offline copy, import a Pocket export, and the options page keeping a setting across a reload.
 * Pages written for the tests; nothing from the corpora.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { ElementHandle, Page } from 'puppeteer-core';
import { REPO, serveStatic, type StaticServer } from '../helpers';
import { launchFirefox, navigateExtensionPage, openExtensionPage, openPopupOn, popupState, reloadExtensionPage, texts, until, type FirefoxLede } from './helpers';

const PAGES = ['/fixtures/en-news-tldr-faq.html', '/demo/demo-article.html'];
const LIBRARY = 'src/library/index.html';
const LIBRARY_READY = '.lib[data-state="ready"][data-indexed="true"]';

describe('library and options in Firefox', () => {
  let ff: FirefoxLede;
  let server: StaticServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lede-firefox-import-'));
    server = await serveStatic({ '/fixtures/': join(REPO, 'tests/fixtures/pages'), '/demo/': join(REPO, 'docs') });
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

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

    await page.type('[data-testid="search"]', 'ferry');
    expect(await until(() => titles(page), (t) => t.length === 1)).toEqual(all.filter((t) => t !== demo));

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
