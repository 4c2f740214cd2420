/**
 * An ordinary web page against the extension, in Chromium: it tries to fetch every file of the built extension by
 * name (a page that can load one can tell Lede is installed), and to reach the extension to save, delete or read
 * anything, through postMessage, DOM events and runtime.sendMessage, on a tab where Lede's content scripts have
 * run. Nothing may be fetched, and the library must be exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { EXTENSION_DIR, launchLede, openPopupOn, popupState, serveStatic, type LedeBrowser, type StaticServer } from './helpers';
import { hostileArticle } from './attack/payloads';

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? builtFiles(p) : [relative(EXTENSION_DIR, p).split('\\').join('/')];
  });
}

describe('an ordinary page against the extension', () => {
  let lede: LedeBrowser;
  let server: StaticServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lede-webpage-'));
    writeFileSync(join(dir, 'story.html'), hostileArticle('Harbour quay goes electric', []));
    writeFileSync(join(dir, 'other.html'), hostileArticle('Ferry timetable for the winter', []).replaceAll('harbour authority', 'ferry company'));
    server = await serveStatic({ '/site/': dir });
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fetches none of the extension\'s files by name', async () => {
    const files = builtFiles(EXTENSION_DIR);
    expect(files.length).toBeGreaterThan(10);
    const page = await lede.context.newPage();
    await page.goto(`${server.origin}/site/story.html`);
    const fetched = await page.evaluate(
      async ({ id, files }) => {
        const got: string[] = [];
        for (const f of files) {
          const ok = await fetch(`chrome-extension://${id}/${f}`).then((r) => r.ok, () => false);
          if (ok) got.push(f);
        }
        return got;
      },
      { id: lede.extensionId, files },
    );
    console.log(`web-accessible: ${files.length} built files tried from a web page, ${fetched.length} fetched${fetched.length ? `: ${fetched.join(', ')}` : ''}`);
    expect(fetched).toEqual([]);
    await page.close();
  });

  it('cannot save, delete or read anything through postMessage, DOM events or runtime.sendMessage', async () => {
    // One saved article, then the attacker's tab after Lede has run its extractor there.
    const saved = await openPopupOn(lede, `${server.origin}/site/other.html`);
    expect(await popupState(saved.popup)).toBe('ready');
    await saved.popup.click('[data-testid="save-button"]');
    await saved.popup.waitForSelector('[data-testid="save-button"][aria-pressed="true"]', { timeout: 10_000 });
    await saved.popup.close();
    const { page, popup } = await openPopupOn(lede, `${server.origin}/site/story.html`);
    expect(await popupState(popup)).toBe('ready');
    await popup.close();

    const snapshot = () =>
      lede.worker.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('lede');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const rows = await new Promise<Array<{ url: string; saved: boolean; updatedAt: number }>>((resolve) => {
          const req = db.transaction('articles').objectStore('articles').getAll();
          req.onsuccess = () => resolve(req.result);
        });
        db.close();
        return rows.map((r) => `${r.url} saved=${r.saved} at=${r.updatedAt}`).sort();
      });
    const before = await snapshot();
    expect(before.some((r) => r.includes('/site/other.html saved=true'))).toBe(true);

    const heard = await page.evaluate(
      async ({ id, otherUrl }) => {
        const replies: string[] = [];
        addEventListener('message', (e) => {
          const text = typeof e.data === 'string' ? e.data : JSON.stringify(e.data);
          // The page's own attack messages come back to it; anything else is an answer from the extension.
          if (text.includes('attack')) return;
          replies.push(text.slice(0, 200));
        });
        for (const name of ['lede', 'lede:message', 'message', 'libSave', 'libUnsave', 'webext-core', '__lede']) {
          document.dispatchEvent(new CustomEvent(name, { detail: { type: 'libUnsave', data: { url: otherUrl } } }));
          window.dispatchEvent(new CustomEvent(name, { detail: { type: 'libSave', data: { url: location.href } } }));
        }
        const messages = [
          { attack: 1, type: 'libSave', data: { tabId: 1, article: { url: location.href, title: 'x' } } },
          { attack: 1, type: 'libUnsave', data: { url: otherUrl } },
          { attack: 1, type: 'libUndo', data: { url: otherUrl, previous: null } },
          { attack: 1, type: 'libRelated', data: { url: otherUrl } },
          { attack: 1, id: 1, type: 'exportBackup', data: {}, timestamp: Date.now() },
        ];
        for (const m of messages) {
          postMessage(m, '*');
          postMessage(JSON.stringify(m), '*');
        }
        let runtime = 'no chrome.runtime on the page';
        const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome;
        if (c?.runtime?.sendMessage) {
          try {
            await c.runtime.sendMessage(id, messages[1]);
            runtime = 'sent';
          } catch (err) {
            runtime = `refused: ${String(err).slice(0, 80)}`;
          }
        }
        await new Promise((r) => setTimeout(r, 1500));
        return { replies, runtime };
      },
      { id: lede.extensionId, otherUrl: saved.page.url() },
    );
    console.log(`page to extension: ${heard.replies.length} replies heard; runtime.sendMessage: ${heard.runtime}`);
    expect(heard.replies).toEqual([]);
    expect(heard.runtime).not.toBe('sent');
    expect(await snapshot()).toEqual(before);
    await page.close();
    await saved.page.close();
  });
});
