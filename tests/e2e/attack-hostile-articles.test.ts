/**
 * Hostile articles through every path that shows or keeps article HTML, in Chromium: the popup, Save, and the
 * library's reader view (saved from the popup, and rows whose stored HTML was never through Readability, as an
 * imported file or an old profile could hold). All requests are logged: the extension's pages must make none
 * to anything but the extension, must run none of the payloads' script, and must log no CSP violation noise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';
import { hostileArticle, payloads, type Payload } from './attack/payloads';

interface Beacon {
  origin: string;
  hits: string[];
  close(): Promise<void>;
}

/** A local server standing in for a third-party host: it records every request it gets. */
async function startBeacon(): Promise<Beacon> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const ARTICLES = 5;

describe('hostile articles in the popup, Save and the reader view', () => {
  let lede: LedeBrowser;
  let server: StaticServer;
  let beacon: Beacon;
  let dir: string;
  let all: Payload[];
  /** Requests made by extension pages to anything but the extension. */
  const leaks: string[] = [];
  /** Console lines from extension pages: payload canaries and CSP reports. */
  const canaries: string[] = [];
  const cspNoise: string[] = [];
  let extensionRequests = 0;
  let pageHits = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lede-hostile-'));
    beacon = await startBeacon();
    all = payloads(beacon.origin);
    for (let i = 0; i < ARTICLES; i++) {
      const part = all.filter((_, j) => j % ARTICLES === i);
      writeFileSync(join(dir, `story-${i}.html`), hostileArticle(`Harbour quay goes electric, part ${i + 1}`, part));
    }
    server = await serveStatic({ '/news/': dir });
    lede = await launchLede();
    lede.context.on('request', (req) => {
      let from = '';
      try {
        from = req.frame().url();
      } catch {
        from = req.serviceWorker()?.url() ?? '';
      }
      if (!from.startsWith('chrome-extension://')) return;
      extensionRequests++;
      if (!req.url().startsWith(`chrome-extension://${lede.extensionId}/`)) leaks.push(`${req.url()} from ${from}`);
    });
    lede.context.on('page', watch);
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
    await beacon?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function watch(page: Page) {
    page.on('console', (msg) => {
      if (!page.url().startsWith('chrome-extension://')) return;
      const text = msg.text();
      if (text.includes('PWNED-')) canaries.push(text);
      if (/Content Security Policy|violates/i.test(text)) cspNoise.push(text);
    });
  }

  async function pwnedIn(page: Page): Promise<number> {
    return page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);
  }

  const savedUrls: string[] = [];

  it(`has payloads of every category (${'handler, svg-mathml, mutation, clobbering, js-url, fetch'})`, () => {
    for (const c of ['handler', 'svg-mathml', 'mutation', 'clobbering', 'js-url', 'fetch']) expect(all.filter((p) => p.category === c).length).toBeGreaterThan(5);
  });

  it('opens and saves each hostile article from the popup: no script runs, nothing leaves the extension', async () => {
    for (let i = 0; i < ARTICLES; i++) {
      const { popup, page } = await openPopupOn(lede, `${server.origin}/news/story-${i}.html`);
      expect(await popupState(popup)).toBe('ready');
      await popup.click('[data-testid="save-button"]');
      await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
      expect(await pwnedIn(popup)).toBe(0);
      savedUrls.push(page.url());
      await popup.close();
      await page.close();
    }
    expect(canaries).toEqual([]);
    expect(leaks).toEqual([]);
  });

  it('reads every saved hostile article, and raw hostile rows, in the reader view with zero requests out', async () => {
    const library = await lede.context.newPage();
    await library.goto(`chrome-extension://${lede.extensionId}/src/library/index.html`);
    await library.waitForSelector('.lib[data-state="ready"]', { timeout: 20_000 });
    // Rows as an imported file could hold them: every payload, never through Readability.
    const raw = ['handler', 'svg-mathml', 'mutation', 'clobbering', 'js-url', 'fetch'].map((category) => ({
      url: `https://hostile.example/raw-${category}`,
      html: all.filter((p) => p.category === category).map((p) => `<p>Paragraph before ${p.id}.</p>${p.html}`).join('\n'),
    }));
    await library.evaluate(async (rows) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('lede');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('articles', 'readwrite');
      for (const r of rows) {
        tx.objectStore('articles').put({
          url: r.url, host: 'hostile.example', title: `Raw ${r.url}`, byline: null, siteName: null, lang: 'en', dir: null,
          publishedTime: null, excerpt: null, text: 'Raw hostile row.', html: r.html, analysis: null, topics: [], category: null,
          tags: [], status: 'unread', saved: true, favourite: false, savedAt: 1, readAt: null, visitedAt: 1, progress: 0,
          contentHash: '', updatedAt: 1,
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, raw);

    // Only extension pages are open from here on: any hit on the beacon is a leak. (While the hostile pages were
    // open in their tabs they hit it themselves: proof the fetch payloads are live.)
    pageHits = beacon.hits.length;
    beacon.hits.length = 0;
    const urls = [...savedUrls, ...raw.map((r) => r.url)];
    let shown = 0;
    for (const url of urls) {
      await library.goto(`chrome-extension://${lede.extensionId}/src/library/index.html#/read/${encodeURIComponent(url)}`);
      const body = await library.waitForSelector('[data-testid="reader-body"]', { timeout: 10_000 });
      const text = (await body.textContent()) ?? '';
      // Unclosed foreign content may swallow what follows it in a raw row; the text before it is always there.
      expect(text, url).toMatch(/harbour authority|Paragraph before/);
      // Give lazy loads, animations, autofocus and refreshes their chance; hover the whole body.
      await library.mouse.move(400, 300);
      await library.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await library.waitForTimeout(400);
      expect(await pwnedIn(library)).toBe(0);
      expect(await library.locator('[data-testid="reader-body"] :is(img, video, audio, iframe, object, embed, svg, math, [style], [srcset], [src])').count()).toBe(0);
      shown++;
    }
    await library.close();
    console.log(
      `hostile articles: ${all.length} payloads (${ARTICLES} pages via popup+save, ${raw.length} raw rows), ${shown} reader views, ` +
        `${extensionRequests} requests from extension pages, ${leaks.length} outside the extension, ${beacon.hits.length} beacon hits (the pages themselves: ${pageHits}), ` +
        `${canaries.length} script executions, ${cspNoise.length} CSP console messages`,
    );
    expect(shown).toBe(urls.length);
    expect(pageHits).toBeGreaterThan(10);
    expect(beacon.hits).toEqual([]);
    expect(leaks).toEqual([]);
    expect(canaries).toEqual([]);
    expect(cspNoise).toEqual([]);
  });

  it('"Load images" on the saved hostile articles fetches only what their <img> elements name, from the worker', async () => {
    // The addresses an <img> of the payloads names (src, srcset, data-src): the only ones Load images may fetch.
    const named = new Set<string>();
    for (const p of all) {
      for (const tag of p.html.match(/<img\b[^>]*>/g) ?? []) {
        for (const m of tag.matchAll(/\b(?:src|srcset|data-src)="([^"]*)"/g)) {
          for (const part of m[1]!.split(',')) {
            const u = part.trim().split(/\s+/)[0] ?? '';
            if (u.startsWith(beacon.origin)) named.add(u.slice(beacon.origin.length));
          }
        }
      }
    }
    beacon.hits.length = 0;
    const leaksBefore = leaks.length;
    const library = await lede.context.newPage();
    let loaded = 0;
    for (const url of savedUrls) {
      await library.goto(`chrome-extension://${lede.extensionId}/src/library/index.html#/read/${encodeURIComponent(url)}`);
      await library.waitForSelector('[data-testid="reader-body"]', { timeout: 10_000 });
      const button = library.locator('[data-testid="reader-load-images"]');
      if (!(await button.count())) continue;
      await button.click();
      await library.waitForSelector('[data-testid="reader-images"]:not([data-state="loading"]):not([data-state="idle"])', { timeout: 30_000 });
      await library.waitForTimeout(200);
      expect(await pwnedIn(library)).toBe(0);
      // Whatever came back (the beacon answers 204, nothing an image), nothing of it is in the page.
      expect(await library.locator('[data-testid="reader-body"] :is(video, audio, iframe, object, embed, svg, math, [style], [srcset])').count()).toBe(0);
      loaded++;
    }
    await library.close();
    // The worker's fetches are the ones the reader asked for; the page itself still reaches nothing.
    const during = leaks.splice(leaksBefore);
    const fromWorker = during.filter((l) => / from chrome-extension:\/\/[^/]+\/service-worker-loader\.js$/.test(l));
    const fromPages = during.filter((l) => !fromWorker.includes(l));
    console.log(
      `hostile articles, Load images: ${loaded} copies, ${beacon.hits.length} image requests (${fromWorker.length} seen from the worker), ` +
        `${fromPages.length} requests from extension pages outside the extension, ${canaries.length} script executions`,
    );
    expect(loaded).toBeGreaterThan(0);
    expect(beacon.hits.length).toBeGreaterThan(0);
    expect(beacon.hits.filter((h) => !named.has(h))).toEqual([]);
    expect(fromWorker.map((l) => new URL(l.split(' from ')[0]!).pathname).filter((h) => !named.has(h))).toEqual([]);
    expect(fromPages).toEqual([]);
    expect(leaks).toEqual([]);
    expect(canaries).toEqual([]);
    expect(cspNoise).toEqual([]);
  });
});
