/**
 * The offline copy's images in Firefox ESR (its background is an event page, not a service worker: another
 * fetch, another canvas encoder): save an article whose pictures are on their own host, read it with no request
 * out, press "Load images", see them kept downscaled, and see them again with the host stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../helpers';
import { imageArticle, startImageHost, type ImageHost } from '../imageHost';
import { EXTENSION_ORIGIN, launchFirefox, openExtensionPage, openPopupOn, popupState, until, type FirefoxLede } from './helpers';

describe('an offline copy keeps its images in Firefox', () => {
  let ff: FirefoxLede;
  let site: StaticServer;
  let images: ImageHost;
  let dir: string;
  let articleUrl = '';
  const leaks: string[] = [];

  beforeAll(async () => {
    images = await startImageHost();
    dir = mkdtempSync(join(tmpdir(), 'lede-ff-images-'));
    writeFileSync(join(dir, 'quay.html'), imageArticle(images.origin));
    site = await serveStatic({ '/news/': dir });
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await site?.close();
    await images?.close().catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function watch(page: Page) {
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(`${EXTENSION_ORIGIN}/`) && !url.startsWith('blob:')) leaks.push(`${url} from ${page.url()}`);
    });
  }

  async function openReader(): Promise<Page> {
    const page = await openExtensionPage(ff, `src/library/index.html#/read/${encodeURIComponent(articleUrl)}`, '[data-testid="reader-body"] :is(.lede-image, .lede-kept-image)');
    watch(page);
    return page;
  }

  const shownImages = (page: Page) =>
    page.$$eval('[data-testid="reader-body"] img.lede-kept-image', (imgs) =>
      (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth > 0).map((i) => [i.alt, new URL(i.src).protocol, i.naturalWidth, i.naturalHeight]),
    );

  it('saves the article and reads it with placeholders, asking nothing of the image host', async () => {
    const { popup, page } = await openPopupOn(ff, `${site.origin}/news/quay.html`);
    expect(await popupState(popup)).toBe('ready');
    await popup.click('[data-testid="save-button"]');
    await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
    articleUrl = page.url();
    await popup.close();
    await page.close();
    images.hits.length = 0;

    const reader = await openReader();
    expect(await reader.$$eval('[data-testid="reader-body"] .lede-image', (els) => els.length)).toBe(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(images.hits).toEqual([]);
    expect(leaks).toEqual([]);
    await reader.close();
  });

  it('"Load images" keeps the two pictures downscaled; the host stopped, they are still there', async () => {
    const reader = await openReader();
    await reader.click('[data-testid="reader-load-images"]');
    await reader.waitForSelector('[data-testid="reader-images"][data-state="partial"]', { timeout: 30_000 });
    const kept = await until(() => shownImages(reader), (v) => v.length === 2);
    expect(kept).toEqual([
      ['The quay at dawn', 'blob:', 1280, 640],
      ['A crane', 'blob:', 320, 240],
    ]);
    expect(images.hits.sort()).toEqual(['/img/chart.svg', '/img/crane.png', '/img/fake.png', '/img/harbour.png']);
    await reader.close();

    await images.close();
    const again = await openReader();
    expect(await until(() => shownImages(again), (v) => v.length === 2)).toHaveLength(2);
    expect(leaks).toEqual([]);
    await again.close();
  });
});
