/**
 * The service worker stopped at a random moment during a save, an import of 5,000 rows and a bookmark mirror, then
 * the database and the bookmark folders checked for half rows, duplicates and losses. Shared by the e2e suite (a
 * few runs) and `npm run bench:attack` (many runs, figures printed).
 *
 * The stop is the DevTools protocol's `ServiceWorker.stopAllWorkers` (what Chrome does to an idle worker, but at any
 * moment); for the import, which runs in the library page, also that page closed mid-write (`pageClosed`).
 */
import type { Page } from 'playwright-core';
import { normalizeUrl } from '../../../src/core/url';
import type { ArticleRecord } from '../../../src/storage/types';
import type { LedeBrowser } from '../helpers';

export type StopHow = 'stopAllWorkers' | 'pageClosed';
export type Scenario = 'save' | 'import' | 'mirror';

export interface RunFigures {
  scenario: Scenario;
  how: StopHow;
  /** ms between starting the operation and the stop. */
  delayMs: number;
  /** Rows in the database right after the stop (an import cut short has fewer than it will). */
  rowsAtStop: number;
  /** Bookmarks in Lede's folders right after the stop (mirror runs: a first mirror cut short has fewer). */
  bookmarksAtStop?: number;
  /** Rows in the database after the run settled. */
  rows: number;
  /** Whether the worker really stopped (the DevTools protocol reported it `stopped`). */
  stopped: boolean;
  /** Rows missing a field a complete row of that kind has. */
  halfRows: number;
  /** Bookmarks for one URL beyond the first, in Lede's folders. */
  duplicates: number;
  /** Rows there before the run and gone after; saved rows without their bookmark; imported rows missing after the retry. */
  losses: number;
}

const extPage = (lede: LedeBrowser, path: string) => `chrome-extension://${lede.extensionId}/${path}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A blank tab kept open through a run: headless Chromium quits when its last tab closes, which a run that closes
 * the page doing the work could otherwise cause.
 */
async function keepBrowserOpen(lede: LedeBrowser): Promise<void> {
  if (!lede.context.pages().some((p) => p.url() === 'about:blank')) await lede.context.newPage();
}

/** An extension page with nothing running: the place to read the database and the bookmarks from. */
async function controlPage(lede: LedeBrowser): Promise<Page> {
  const page = await lede.context.newPage();
  // Just after the worker stops, the extension's pages can be refused for a moment.
  for (let i = 0; ; i++) {
    try {
      await page.goto(extPage(lede, 'src/options/index.html'));
      return page;
    } catch (err) {
      if (i >= 50) throw err;
      await sleep(200);
    }
  }
}

/** Stops the worker; resolves true once the protocol reported Lede's worker `stopped`. */
export async function stopWorker(lede: LedeBrowser): Promise<boolean> {
  const page = await controlPage(lede);
  const cdp = await lede.context.newCDPSession(page);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    if (e.versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${lede.extensionId}/`) && v.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; i < 20 && !stopped; i++) await sleep(100);
  await cdp.detach();
  await page.close();
  return stopped;
}

/** Every row of the articles table, read with the plain IndexedDB API (never creating the database). */
export async function readRows(lede: LedeBrowser): Promise<ArticleRecord[]> {
  const page = await controlPage(lede);
  try {
    return await page.evaluate(async () => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'lede')) return [];
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('lede');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      try {
        return await new Promise<ArticleRecord[]>((ok, fail) => {
          const req = db.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () => ok(req.result as ArticleRecord[]);
          req.onerror = () => fail(req.error);
        });
      } finally {
        db.close();
      }
    });
  } finally {
    await page.close();
  }
}

/** URLs (normalised) of the bookmarks in Lede's folders, one entry per bookmark. */
async function bookmarkUrls(lede: LedeBrowser): Promise<string[]> {
  const page = await controlPage(lede);
  try {
    const urls = await page.evaluate(async () => {
      const roots = (await chrome.bookmarks.search({ title: 'Lede' })).filter((n) => !n.url);
      const out: string[] = [];
      for (const root of roots) {
        // A stack, not a nested function: tsx would wrap one in a __name() the page does not have.
        const stack = await chrome.bookmarks.getSubTree(root.id);
        while (stack.length) {
          const n = stack.pop()!;
          if (n.url) out.push(n.url);
          stack.push(...(n.children ?? []));
        }
      }
      return out;
    });
    return urls.map((u) => normalizeUrl(u) ?? u);
  } finally {
    await page.close();
  }
}

/** A row is whole when every field a reader sees is there with its type; a saved row carries its save time. */
export function isHalfRow(r: ArticleRecord, needsContent: boolean): boolean {
  const whole =
    typeof r.url === 'string' &&
    typeof r.host === 'string' &&
    typeof r.title === 'string' &&
    r.title.length > 0 &&
    typeof r.text === 'string' &&
    typeof r.html === 'string' &&
    Array.isArray(r.topics) &&
    Array.isArray(r.tags) &&
    (r.status === 'unread' || r.status === 'archived') &&
    typeof r.updatedAt === 'number' &&
    (!r.saved || typeof r.savedAt === 'number') &&
    (!needsContent || (r.text.length > 0 && r.html.length > 0 && r.analysis !== null));
  return !whole;
}

async function setMirror(lede: LedeBrowser, on: boolean): Promise<void> {
  const page = await controlPage(lede);
  const toggle = page.locator('[data-testid="sync-toggle"]');
  for (let i = 0; i < 100 && !(await toggle.isEnabled()); i++) await sleep(100);
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await page.waitForSelector(`[data-testid="sync-status"][data-state="${on ? 'on' : 'off'}"]`, { timeout: 120_000 });
  await page.close();
}

/**
 * Waits (up to `timeoutMs`) for the mirror to match the saved rows after a stop: the woken worker's start-up
 * reconcile finishes what the stopped run left. Returns the duplicates and missing bookmarks it still finds then.
 */
async function settleMirror(lede: LedeBrowser, saved: Set<string>, timeoutMs: number): Promise<{ duplicates: number; missing: number }> {
  // Opening the options page asks the worker for its status, which wakes it.
  const wake = await controlPage(lede);
  const end = Date.now() + timeoutMs;
  let figures = { duplicates: 0, missing: 0 };
  for (;;) {
    const urls = await bookmarkUrls(lede);
    const seen = new Set(urls);
    figures = { duplicates: urls.length - seen.size, missing: [...saved].filter((u) => !seen.has(u)).length };
    if ((figures.duplicates === 0 && figures.missing === 0) || Date.now() > end) break;
    await sleep(1000);
  }
  await wake.close();
  return figures;
}

function random(min: number, max: number): number {
  return Math.round(min + Math.random() * (max - min));
}

// ---- save ----

/** An article page written for this suite: enough text for Lede to answer with a TL;DR and a save button. */
export function articlePage(n: number): string {
  const para = (i: number) =>
    `<p>The harbour council met on day ${n} to weigh plan ${i} for the flood walls. Engineers said section ${i} would need ${n + i} more pumps before the spring tides, and residents asked who would pay for the work along the eastern quay.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour council story ${n}</title></head><body><main><article><h1>Harbour council story ${n}</h1>${Array.from({ length: 12 }, (_, i) => para(i)).join('')}</article></main></body></html>`;
}

/**
 * Saves `url` from the popup and stops the worker `delayMs` after the click. Checks: the row is absent or whole;
 * every row saved before is still there and whole; with the mirror on, each saved row has exactly one bookmark.
 */
export async function saveRun(lede: LedeBrowser, url: string, how: StopHow, delayMs: number, mirror: boolean): Promise<RunFigures> {
  await keepBrowserOpen(lede);
  const before = await readRows(lede);
  const page = await lede.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await (async () => {
    const ctl = await controlPage(lede);
    const id = await ctl.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, page.url());
    await ctl.close();
    return id;
  })();
  const popup = await lede.context.newPage();
  await popup.goto(extPage(lede, `src/popup/index.html?tab=${tabId}`));
  await popup.waitForSelector('[data-testid="save-button"]', { timeout: 20_000 });
  await popup.click('[data-testid="save-button"]');
  await sleep(delayMs);
  const stopped = await stopWorker(lede);
  await popup.close().catch(() => undefined);
  await page.close();
  return check(lede, 'save', how, delayMs, stopped, before, mirror, true);
}

async function check(
  lede: LedeBrowser,
  scenario: Scenario,
  how: StopHow,
  delayMs: number,
  stopped: boolean,
  before: ArticleRecord[],
  mirror: boolean,
  needsContent: boolean,
): Promise<RunFigures> {
  let rows = await readRows(lede);
  const rowsAtStop = rows.length;
  const byUrl = new Map(rows.map((r) => [r.url, r]));
  let losses = before.filter((r) => !byUrl.has(r.url) || (r.saved && !byUrl.get(r.url)!.saved)).length;
  let duplicates = 0;
  if (mirror) {
    const settled = await settleMirror(lede, new Set(rows.filter((r) => r.saved).map((r) => r.url)), 60_000);
    duplicates = settled.duplicates;
    losses += settled.missing;
    rows = await readRows(lede);
  }
  // Rows that were there before keep the shape they had (an imported link has no content); new ones must be whole.
  const had = new Set(before.map((r) => r.url));
  const halfRows = rows.filter((r) => isHalfRow(r, needsContent && !had.has(r.url))).length;
  return { scenario, how, delayMs, rowsAtStop, rows: rows.length, stopped, halfRows, duplicates, losses };
}

// ---- import ----

/** A Pocket export of `count` links, written for this suite. */
export function pocketCsv(count: number, batch: string): string {
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 0; i < count; i++) {
    lines.push(`"Imported story ${batch}-${i}",https://import${i % 40}.example/${batch}/story-${i},${1_700_000_000 + i},c${i},tag${i % 7},${i % 4 === 0 ? 'archive' : 'unread'}`);
  }
  return lines.join('\n') + '\n';
}

async function importFile(lede: LedeBrowser, file: string): Promise<Page> {
  const page = await lede.context.newPage();
  await page.goto(extPage(lede, 'src/library/index.html'));
  await page.waitForSelector('[data-testid="import-file"]', { state: 'attached', timeout: 20_000 });
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.waitForSelector('[data-testid="import-preview"]', { timeout: 60_000 });
  await page.click('[data-testid="import-confirm"]');
  return page;
}

/**
 * Imports `file` (a Pocket CSV of `count` links) and, `delayMs` after confirming, closes the library page doing it
 * (`pageClosed`) and stops the worker. Checks: no half rows and nothing there before lost; then the same file
 * imported again to the end leaves every one of its `count` links saved once.
 */
export async function importRun(lede: LedeBrowser, file: string, urls: string[], how: StopHow, delayMs: number): Promise<RunFigures> {
  await keepBrowserOpen(lede);
  const before = await readRows(lede);
  const page = await importFile(lede, file);
  await sleep(delayMs);
  if (how === 'pageClosed') await page.close();
  const stopped = await stopWorker(lede);
  await page.close().catch(() => undefined);
  const afterStop = await check(lede, 'import', how, delayMs, stopped, before, false, false);
  // The reader imports the file again: it must finish, with each link once.
  const again = await importFile(lede, file);
  await again.waitForSelector('[data-testid="import-done"]', { timeout: 180_000 });
  await again.close();
  const rows = await readRows(lede);
  const present = new Set(rows.filter((r) => r.saved).map((r) => r.url));
  const missing = urls.filter((u) => !present.has(normalizeUrl(u) ?? u)).length;
  return { ...afterStop, rows: rows.length, halfRows: Math.max(afterStop.halfRows, rows.filter((r) => isHalfRow(r, false)).length), losses: afterStop.losses + missing };
}

// ---- mirror ----

/**
 * Turns the mirror on over the saved rows (the first mirror bookmarks every one) and stops the worker `delayMs`
 * later; the woken worker must finish the run with each saved row bookmarked once. Leaves the mirror off and its
 * folders removed, ready for the next run.
 */
export async function mirrorRun(lede: LedeBrowser, how: StopHow, delayMs: number): Promise<RunFigures> {
  await keepBrowserOpen(lede);
  const before = await readRows(lede);
  const page = await controlPage(lede);
  const toggle = page.locator('[data-testid="sync-toggle"]');
  for (let i = 0; i < 100 && !(await toggle.isEnabled()); i++) await sleep(100);
  if (!(await toggle.isChecked())) await toggle.click();
  await sleep(delayMs);
  const stopped = await stopWorker(lede);
  await page.close().catch(() => undefined);
  const bookmarksAtStop = (await bookmarkUrls(lede)).length;
  const figures = { ...(await check(lede, 'mirror', how, delayMs, stopped, before, true, false)), bookmarksAtStop };
  await resetMirror(lede);
  return figures;
}

/** The mirror off and Lede's bookmark folders gone. */
export async function resetMirror(lede: LedeBrowser): Promise<void> {
  await setMirror(lede, false);
  const page = await controlPage(lede);
  await page.evaluate(async () => {
    for (const n of (await chrome.bookmarks.search({ title: 'Lede' })).filter((b) => !b.url)) await chrome.bookmarks.removeTree(n.id);
  });
  await page.close();
}

export { setMirror, random };
