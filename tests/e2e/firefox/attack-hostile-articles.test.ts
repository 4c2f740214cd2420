/**
 * The hostile articles of the Chromium suite (tests/e2e/attack/payloads.ts) in Firefox ESR: each page opened in
 * the popup and saved, then read back in the library's reader view. Every payload that would fetch points at a
 * local beacon standing in for a third-party host, and every request an extension page makes is logged: while
 * only extension pages are open, nothing may reach the beacon or leave the extension, and no payload may run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { serveStatic, type StaticServer } from '../helpers';
import { hostileArticle, payloads, type Payload } from '../attack/payloads';
import { EXTENSION_ORIGIN, launchFirefox, openExtensionPage, openPopupOn, popupState, type FirefoxLede } from './helpers';

const ARTICLES = 5;

describe('hostile articles in Firefox: popup, Save and the reader view', () => {
  let ff: FirefoxLede;
  let server: StaticServer;
  let beacon: Server;
  let beaconOrigin: string;
  const hits: string[] = [];
  let dir: string;
  let all: Payload[];
  const leaks: string[] = [];
  const canaries: string[] = [];
  let extensionRequests = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lede-ff-hostile-'));
    beacon = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(204);
      res.end();
    });
    await new Promise<void>((r) => beacon.listen(0, '127.0.0.1', r));
    beaconOrigin = `http://127.0.0.1:${(beacon.address() as { port: number }).port}`;
    all = payloads(beaconOrigin);
    for (let i = 0; i < ARTICLES; i++) {
      writeFileSync(join(dir, `story-${i}.html`), hostileArticle(`Harbour quay goes electric, part ${i + 1}`, all.filter((_, j) => j % ARTICLES === i)));
    }
    server = await serveStatic({ '/news/': dir });
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    beacon?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Logs an extension page's requests and console lines (canaries) from now on (attached once the page has loaded). */
  function watch(page: Page) {
    page.on('request', (req) => {
      extensionRequests++;
      if (!req.url().startsWith(`${EXTENSION_ORIGIN}/`)) leaks.push(`${req.url()} from ${page.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.text().includes('PWNED-')) canaries.push(msg.text());
    });
  }

  const pwnedIn = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);
  const savedUrls: string[] = [];

  it('opens and saves each hostile article from the popup: no script runs', async () => {
    for (let i = 0; i < ARTICLES; i++) {
      const { popup, page } = await openPopupOn(ff, `${server.origin}/news/story-${i}.html`);
      watch(popup);
      expect(await popupState(popup)).toBe('ready');
      await popup.click('[data-testid="save-button"]');
      await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
      expect(await pwnedIn(popup)).toBe(0);
      savedUrls.push(page.url());
      await popup.close();
      await page.close();
    }
    expect(canaries).toEqual([]);
  });

  it('reads every saved hostile article in the reader view with zero requests out', async () => {
    // Only extension pages are open from here on: any hit on the beacon is a leak. (The hostile pages in their
    // own tabs hit it themselves: proof the fetch payloads are live.)
    const pageHits = hits.length;
    hits.length = 0;
    let shown = 0;
    for (const url of savedUrls) {
      const reader = await openExtensionPage(ff, `src/library/index.html#/read/${encodeURIComponent(url)}`, '[data-testid="reader-body"]');
      watch(reader);
      const text = await reader.$eval('[data-testid="reader-body"]', (e) => e.textContent ?? '');
      expect(text, url).toMatch(/harbour authority/);
      await reader.mouse.move(400, 300);
      await reader.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await new Promise((r) => setTimeout(r, 400));
      expect(await pwnedIn(reader)).toBe(0);
      expect(await reader.$$eval('[data-testid="reader-body"] :is(img, video, audio, iframe, object, embed, svg, math, [style], [srcset], [src])', (els) => els.length)).toBe(0);
      await reader.close();
      shown++;
    }
    console.log(
      `firefox hostile articles: ${all.length} payloads in ${ARTICLES} pages via popup+save, ${shown} reader views, ${extensionRequests} requests from extension pages once loaded, ` +
        `${leaks.length} outside the extension, ${hits.length} beacon hits (the pages themselves: ${pageHits}), ${canaries.length} script executions`,
    );
    expect(shown).toBe(savedUrls.length);
    expect(pageHits).toBeGreaterThan(10);
    expect(hits).toEqual([]);
    expect(leaks).toEqual([]);
    expect(canaries).toEqual([]);
  });
});
