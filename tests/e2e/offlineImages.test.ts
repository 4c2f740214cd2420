/**
 * The offline copy's images, in Chromium, as a reader meets them: an article with pictures on an image host
 * (a local server standing in for the site's CDN) is saved from the popup; its reader view opens with placeholders
 * and makes no request outside the extension; "Load images" keeps them (downscaled; an SVG and an HTML page
 * served as an image are refused and said so); with the image host stopped, the reopened copy still shows them;
 * "Remove images" frees the space.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** An RGB PNG of a diagonal gradient (a picture a reader would recognise has loaded, at a known size). */
function png(width: number, height: number): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 3] = (x * 255) / width;
      raw[row + 2 + x * 3] = (y * 255) / height;
      raw[row + 3 + x * 3] = 128;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

interface ImageHost {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

/** The article's image host: two pictures, an SVG with a script, and an HTML page that claims to be a PNG. */
async function startImageHost(): Promise<ImageHost> {
  const hits: string[] = [];
  const files: Record<string, [string, Buffer]> = {
    '/img/harbour.png': ['image/png', png(2000, 1000)],
    '/img/crane.png': ['image/png', png(320, 240)],
    '/img/chart.svg': ['image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="console.log(\'PWNED-svg\')"><rect width="10" height="10"/></svg>')],
    '/img/fake.png': ['image/png', Buffer.from('<!doctype html><script>console.log("PWNED-html")</script>')],
  };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    const file = files[path];
    if (!file) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0], 'content-length': file[1].length });
    res.end(file[1]);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function article(imageOrigin: string): string {
  const para = (n: number) =>
    `<p>The harbour board met on Tuesday to decide the future of the old quay, paragraph ${n}. Engineers described how the ` +
    `cranes would be replaced by electric ones over three winters, and how the fishing fleet would keep its berths while ` +
    `the work goes on. Residents asked about noise, traffic and the cost, which the board put at twelve million.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour quay goes electric</title></head><body>
<article><h1>Harbour quay goes electric</h1>
${para(1)}
<figure><img src="${imageOrigin}/img/harbour.png" alt="The quay at dawn" width="2000" height="1000"><figcaption>The quay at dawn.</figcaption></figure>
${para(2)}${para(3)}
<figure><img src="${imageOrigin}/img/crane.png" alt="A crane"><figcaption>One of the cranes.</figcaption></figure>
${para(4)}
<figure><img src="${imageOrigin}/img/chart.svg" alt="Cost chart"><figcaption>What it costs.</figcaption></figure>
${para(5)}
<figure><img src="${imageOrigin}/img/fake.png" alt="A map"><figcaption>The new berths.</figcaption></figure>
${para(6)}${para(7)}
</article></body></html>`;
}

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
    writeFileSync(join(dir, 'quay.html'), article(images.origin));
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
