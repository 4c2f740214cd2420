/**
 * The reading list through bookmark sync in a real Chromium (issue 18). The e2e build holds the `bookmarks`
 * permission from the start (a permission prompt cannot be clicked); the option is still off until the options
 * page turns it on. Bookmarks "arriving from sync" are made with the bookmarks API from the worker: the browser's
 * sync engine writes through the same bookmark model and fires the same events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { normalizeUrl } from '../../src/core/url';
import { CORPORA, hasCorpora, launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';

const suite = hasCorpora ? describe : describe.skip;
if (!hasCorpora) console.warn(`corpora not found at ${CORPORA}: skipping the bookmark sync end-to-end tests`);

const PAGES = ['/seed/seed-article.html', '/pages/nytimes-1/source.html', '/pages/bbc-1/source.html'];

interface Folders {
  unread: { id: string; url: string; title: string }[];
  archived: { id: string; url: string; title: string }[];
  ids: { root: string; unread: string; archived: string } | null;
  ledeFolders: number;
}

suite('reading list through bookmark sync in Chromium', () => {
  let lede: LedeBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic({ '/seed/': join(CORPORA, 'seed'), '/pages/': join(CORPORA, 'readability-pages') });
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });

  const pageUrl = (path: string) => `chrome-extension://${lede.extensionId}/${path}`;

  /** The Lede folders as the bookmark manager would show them. */
  const folders = () =>
    lede.worker.evaluate(async (): Promise<Folders> => {
      const lede = (await chrome.bookmarks.search({ title: 'Lede' })).filter((n) => !n.url);
      const root = lede[0];
      if (!root) return { unread: [], archived: [], ids: null, ledeFolders: 0 };
      const kids = await chrome.bookmarks.getChildren(root.id);
      const list = async (title: string) => {
        const f = kids.find((k) => k.title === title && !k.url);
        return f ? (await chrome.bookmarks.getChildren(f.id)).map((n) => ({ id: n.id, url: n.url!, title: n.title })) : [];
      };
      const ids = { root: root.id, unread: kids.find((k) => k.title === 'Read later')!.id, archived: kids.find((k) => k.title === 'Archive')!.id };
      return { unread: await list('Read later'), archived: await list('Archive'), ids, ledeFolders: lede.length };
    });

  async function openLibrary(): Promise<Page> {
    const page = await lede.context.newPage();
    await page.goto(pageUrl('src/library/index.html'));
    await page.waitForSelector('.lib[data-state="ready"]', { timeout: 20_000 });
    return page;
  }

  type Item = { url: string; status: string };

  /** One read of the Saved and Archive tabs of an open library page. */
  async function readTabs(page: Page): Promise<Item[]> {
    const out: Item[] = [];
    for (const tab of ['saved', 'archive']) {
      await page.click(`[data-testid="tab-${tab}"]`);
      await page.waitForSelector(`[data-testid="tab-${tab}"][aria-selected="true"]`);
      out.push(
        ...(await page.$$eval('[data-testid="library-item"]', (els) =>
          els.map((e) => ({ url: e.getAttribute('data-url')!, status: e.getAttribute('data-status')! })),
        )),
      );
    }
    return out.sort((a, b) => a.url.localeCompare(b.url) || a.status.localeCompare(b.status));
  }

  /**
   * Saved items by status, from a freshly opened library page. The two tabs are read one after the other, so a
   * sync pass landing in between would show an item in both: the tabs are read again until two reads agree.
   */
  async function libraryItems(): Promise<Item[]> {
    const page = await openLibrary();
    try {
      let last = await readTabs(page);
      for (let i = 0; i < 50; i++) {
        const again = await readTabs(page);
        if (JSON.stringify(again) === JSON.stringify(last)) return again;
        last = again;
      }
      throw new Error(`the library never settled; last read ${JSON.stringify(last)}`);
    } finally {
      await page.close();
    }
  }

  /** Library and bookmarks as one picture: each saved URL's state on either side. */
  async function bothSides() {
    const [lib, f] = [await libraryItems(), await folders()];
    const state = (s: string) => (s === 'archived' ? 'archived' : 'unread');
    return {
      library: lib.map((i) => `${i.url} ${state(i.status)}`).sort(),
      // A bookmark's URL may carry tracking parameters the library's key has not (core/url.ts).
      bookmarks: [...f.unread.map((b) => `${normalizeUrl(b.url)} unread`), ...f.archived.map((b) => `${normalizeUrl(b.url)} archived`)].sort(),
    };
  }

  /** Waits until library and bookmarks hold the same items in the same states, and returns that picture. */
  async function agreeing(message: string) {
    await expect
      .poll(
        async () => {
          const { library, bookmarks } = await bothSides();
          return JSON.stringify(library) === JSON.stringify(bookmarks) ? 'agree' : JSON.stringify({ library, bookmarks });
        },
        { timeout: 20_000, interval: 200, message },
      )
      .toBe('agree');
    return bothSides();
  }

  async function setOption(on: boolean) {
    const page = await lede.context.newPage();
    await page.goto(pageUrl('src/options/index.html'));
    const toggle = page.locator('[data-testid="sync-toggle"]');
    await expect.poll(() => toggle.isEnabled(), { timeout: 20_000, message: 'the sync option never became usable' }).toBe(true);
    if ((await toggle.isChecked()) !== on) await toggle.click();
    await page.waitForSelector(`[data-testid="sync-status"][data-state="${on ? 'on' : 'off'}"]`, { timeout: 30_000 });
    await page.close();
  }

  it('is off by default; turned on, saving three pages makes three bookmarks in Lede / Read later', async () => {
    expect((await folders()).ledeFolders).toBe(0);
    await setOption(true);
    const made = await folders();
    expect(made.ledeFolders).toBe(1);
    expect(made.unread).toEqual([]);

    for (const path of PAGES) {
      const { popup, page } = await openPopupOn(lede, `${server.origin}${path}`);
      expect(await popupState(popup)).toBe('ready');
      await popup.click('[data-testid="save-button"]');
      await popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
      await popup.close();
      await page.close();
    }
    await expect.poll(async () => (await folders()).unread.map((b) => new URL(b.url).pathname).sort(), { timeout: 10_000 }).toEqual(
      [...PAGES].sort(),
    );
    // Titles are the articles' titles, not their addresses.
    expect((await folders()).unread.every((b) => b.title && !b.title.startsWith('http'))).toBe(true);
  });

  it('bookmarks arriving in Read later join the library; a move to Archive archives; a removal can be undone', async () => {
    const { ids } = await folders();
    await lede.worker.evaluate(async (parentId: string) => {
      await chrome.bookmarks.create({ parentId, title: 'Saved on the phone', url: 'http://127.0.0.1:9/phone-story?utm_source=app' });
      await chrome.bookmarks.create({ parentId, title: 'Saved on the laptop', url: 'http://127.0.0.1:9/laptop-story' });
    }, ids!.unread);
    await expect
      .poll(async () => (await libraryItems()).map((i) => i.url), { timeout: 15_000, message: 'the two bookmarks from "sync" never joined the library' })
      .toEqual(expect.arrayContaining(['http://127.0.0.1:9/phone-story', 'http://127.0.0.1:9/laptop-story']));
    expect(await libraryItems()).toHaveLength(5);

    const laptop = (await folders()).unread.find((b) => b.url.endsWith('/laptop-story'))!;
    await lede.worker.evaluate(([id, parentId]) => chrome.bookmarks.move(id, { parentId }), [laptop.id, ids!.archived] as const);
    await expect
      .poll(async () => (await libraryItems()).find((i) => i.url.endsWith('/laptop-story'))?.status, {
        timeout: 15_000,
        message: 'the bookmark moved to Archive never archived its item',
      })
      .toBe('archived');

    const victim = (await folders()).unread.find((b) => b.url.includes('/seed/'))!;
    await lede.worker.evaluate((id: string) => chrome.bookmarks.remove(id), victim.id);
    await expect
      .poll(async () => (await libraryItems()).map((i) => i.url), { timeout: 15_000, message: 'the removed bookmark never took its item out of the list' })
      .not.toContain(victim.url);
    expect(await libraryItems()).toHaveLength(4);

    const page = await openLibrary();
    await page.click('[data-testid="sync-trash-undo"]');
    await expect
      .poll(() => page.locator('[data-testid="library-item"]').count(), { timeout: 15_000, message: 'Undo never put the item back in the list' })
      .toBe(4);
    await page.close();
    expect(await libraryItems()).toHaveLength(5);
    // Back in the list is back in the bookmarks, once.
    await expect
      .poll(async () => (await folders()).unread.filter((b) => b.url === victim.url).length, { timeout: 15_000, message: 'the item put back has no bookmark' })
      .toBe(1);
    await agreeing('after the Undo, library and bookmarks never agreed');
  });

  it('archiving in the library moves the bookmark', async () => {
    const target = (await folders()).unread.find((b) => b.url.includes('/bbc-1/'))!;
    const page = await openLibrary();
    // As a reader does: click the row, press e at once.
    await page.locator(`[data-testid="library-item"][data-url="${target.url}"] .lib-meta`).click();
    await page.keyboard.press('e');
    await page.waitForSelector(`[data-testid="library-item"][data-url="${target.url}"]`, { state: 'detached', timeout: 15_000 });
    await page.close();
    const { library } = await agreeing('after the archive, library and bookmarks never agreed');
    expect(library).toContain(`${target.url} archived`);
    // Only that row was archived.
    expect(library.filter((l) => l.endsWith(' archived'))).toHaveLength(2);
  });

  it('after a browser restart both sides still agree, with nothing doubled', async () => {
    const before = await agreeing('before the restart, library and bookmarks never agreed');
    const profile = lede.userDataDir;
    await lede.close({ keepProfile: true });
    const restartedAt = Date.now();
    lede = await launchLede({ userDataDir: profile });
    // The worker's start-up reconcile has run (3 s after it starts) and found nothing to change.
    const lastRun = () =>
      lede.worker.evaluate(async () => {
        const v = (await chrome.storage.local.get('bookmarkSync')).bookmarkSync as { lastRun?: { at: number; full: boolean; counts: Record<string, number>; error?: string } };
        return v?.lastRun ?? null;
      });
    await expect
      .poll(async () => ((await lastRun())?.at ?? 0) > restartedAt && (await lastRun())?.full === true, {
        timeout: 20_000,
        message: 'the start-up reconcile never ran',
      })
      .toBe(true);
    const run = (await lastRun())!;
    expect(run.error).toBeUndefined();
    expect(Object.entries(run.counts).filter(([kind, n]) => kind !== 'record' && n > 0)).toEqual([]);
    const after = await agreeing('after the restart, library and bookmarks never agreed');
    expect(after).toEqual(before);
    expect((await folders()).ledeFolders).toBe(1);
  });

  it('turned off: the folder stays and nothing more is written to it', async () => {
    await setOption(false);
    const before = await folders();
    const page = await openLibrary();
    const first = page.locator('[data-testid="library-item"]').first();
    await first.locator('.lib-meta').click();
    await page.keyboard.press('#');
    await page.waitForSelector('[data-testid="undo-bar"]');
    await page.close();
    await lede.worker.evaluate((parentId: string) => chrome.bookmarks.create({ parentId, title: 'After', url: 'http://127.0.0.1:9/after' }), before.ids!.unread);
    await new Promise((r) => setTimeout(r, 1500));
    const after = await folders();
    expect(after.ledeFolders).toBe(1);
    expect(after.unread.length).toBe(before.unread.length + 1);
    expect(after.archived).toEqual(before.archived);
    expect((await libraryItems()).map((i) => i.url)).not.toContain('http://127.0.0.1:9/after');
  });
});
