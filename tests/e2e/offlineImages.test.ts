/**
 * The offline copy's images, in Chromium, as a reader meets them: an article with pictures on an image host
 * (a local server standing in for the site's CDN) is saved from the popup; its reader view opens with placeholders
 * and makes no request outside the extension; "Load images" keeps them (downscaled; an SVG and an HTML page
 * served as an image are refused and said so); with the image host stopped, the reopened copy still shows them;
 * "Remove images" frees the space.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';
import { imageArticle, startImageHost, type ImageHost } from './imageHost';

describe('an offline copy keeps its images when the reader asks', () => {
  let lede: LedeBrowser;
  let site: StaticServer;
  let images: ImageHost;
  let dir: string;
  let articleUrl = '';
  /** Requests from extension pages to anything but the extension. */
  const leaks: string[] = [];
  const canaries: string[] = [];

  beforeAll(async () => {
    images = await startImageHost();
    dir = mkdtempSync(join(tmpdir(), 'lede-images-'));
    writeFileSync(join(dir, 'quay.html'), imageArticle(images.origin));
    site = await serveStatic({ '/news/': dir });
    lede = await launchLede();
    lede.context.on('request', (req) => {
      let from = '';
      try {
        from = req.frame().url();
      } catch {
        return; // the worker's own requests: the image fetches the reader asked for
      }
      if (!from.startsWith('chrome-extension://')) return;
      const url = req.url();
      if (!url.startsWith(`chrome-extension://${lede.extensionId}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) leaks.push(`${url} from ${from}`);
    });
    lede.context.on('page', (page) =>
      page.on('console', (msg) => {
        if (msg.text().includes('PWNED-')) canaries.push(msg.text());
      }),
    );
  });
  afterAll(async () => {
    await lede?.close();
    await site?.close();
    await images?.close().catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function openReader(): Promise<Page> {
    const page = await lede.context.newPage();
    await page.goto(`chrome-extension://${lede.extensionId}/src/library/index.html#/read/${encodeURIComponent(articleUrl)}`);
    await page.waitForSelector('[data-testid="reader-body"] .lede-image, [data-testid="reader-body"] .lede-kept-image', { timeout: 20_000 });
    return page;
  }

  const keptImages = (page: Page) =>
    page.$$eval('[data-testid="reader-body"] img.lede-kept-image', (imgs) =>
      (imgs as HTMLImageElement[]).map((i) => ({ alt: i.alt, scheme: new URL(i.src).protocol, width: i.naturalWidth, height: i.naturalHeight, complete: i.complete })),
    );

  it('saves the article; its reader view shows placeholders and asks nothing of the image host', async () => {
    const { popup, page } = await openPopupOn(lede, `${site.origin}/news/quay.html`);
    expect(await popupState(popup)).toBe('ready');
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
    articleUrl = page.url();
    await popup.close();
    await page.close();
    images.hits.length = 0;

    const reader = await openReader();
    expect(await reader.locator('[data-testid="reader-body"] .lede-image').count()).toBe(4);
    expect(await reader.locator('[data-testid="reader-body"] img').count()).toBe(0);
    expect(await reader.getAttribute('[data-testid="reader-images"]', 'data-state')).toBe('idle');
    await reader.waitForTimeout(300);
    expect(images.hits).toEqual([]);
    expect(leaks).toEqual([]);
    await reader.close();
  });

  it('"Load images" keeps the pictures downscaled and says which could not be kept', async () => {
    const reader = await openReader();
    const button = reader.locator('[data-testid="reader-load-images"]');
    expect(await button.textContent()).toBe('Load images');
    // Keyboard: the button is reached and pressed like any other.
    await button.focus();
    await reader.keyboard.press('Enter');
    await reader.waitForSelector('[data-testid="reader-images"][data-state="partial"]', { timeout: 30_000 });
    await expect.poll(async () => (await keptImages(reader)).filter((i) => i.complete && i.width > 0).length, { timeout: 10_000 }).toBe(2);
    const kept = await keptImages(reader);
    expect(kept.map((i) => [i.alt, i.scheme, i.width, i.height])).toEqual([
      ['The quay at dawn', 'blob:', 1280, 640],
      ['A crane', 'blob:', 320, 240],
    ]);
    // The SVG and the page posing as a PNG keep their placeholders.
    expect(await reader.locator('[data-testid="reader-body"] .lede-image').count()).toBe(2);
    const status = (await reader.textContent('[data-testid="reader-images"]')) ?? '';
    expect(status).toContain('2 of 4 images kept offline');
    expect(status).toMatch(/1 could not be loaded/);
    expect(status).toMatch(/1 SVG image/);
    expect(images.hits.sort()).toEqual(['/img/chart.svg', '/img/crane.png', '/img/fake.png', '/img/harbour.png']);
    expect(leaks).toEqual([]);
    expect(canaries).toEqual([]);
    await reader.close();
  });

  it('with the image host gone, the reopened copy still shows its images, and asks for nothing', async () => {
    await images.close();
    images.hits.length = 0;
    const reader = await openReader();
    await expect.poll(async () => (await keptImages(reader)).filter((i) => i.complete && i.width > 0).length, { timeout: 10_000 }).toBe(2);
    expect(await reader.getAttribute('[data-testid="reader-images"]', 'data-state')).toBe('kept');
    expect(await reader.textContent('[data-testid="reader-images"]')).toMatch(/Images of all offline copies: \d+/);
    expect(leaks).toEqual([]);

    // "Remove images" frees the space: placeholders again, nothing left in the database.
    await reader.click('[data-testid="reader-remove-images"]');
    await reader.waitForSelector('[data-testid="reader-images"][data-state="idle"]');
    expect(await reader.locator('[data-testid="reader-body"] .lede-image').count()).toBe(4);
    const stored = await reader.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('lede');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const count = req.result.transaction('images').objectStore('images').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(stored).toBe(0);
    expect(leaks).toEqual([]);
    await reader.close();
  });
});
