/**
 * Shared end-to-end helpers: Debian Chromium (never a downloaded browser) with the e2e build of Lede loaded,
 * and a static HTTP server on 127.0.0.1 for test pages. The e2e build carries host permission for 127.0.0.1
 * only, standing in for the activeTab grant a real toolbar click gives.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, normalize } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(REPO, 'dist/e2e');
export const CORPORA = process.env.LEDE_CORPORA ?? resolve(REPO, '../shared/corpora');
export const hasCorpora = existsSync(join(CORPORA, 'seed/seed-article.html'));

export function chromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  '--disable-sync',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

export interface LedeBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Ids of the extensions loaded beside Lede (`alongside`), by directory. */
  alongside: AlongsideIds;
  userDataDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** The extension id of each unpacked extension directory loaded beside Lede, by directory. */
export type AlongsideIds = Record<string, string>;

/**
 * Launches Chromium with the extension. Pass a `userDataDir` from an earlier launch to restart the same profile,
 * an `extensionDir` to load another build than dist/e2e (the speed benchmark compares two builds), and
 * `alongside` for other unpacked extensions to load too (the speed benchmark's control extension); each must
 * have a service worker, which is how their ids are found.
 */
export async function launchLede(
  opts: { userDataDir?: string; locale?: string; extensionDir?: string; alongside?: string[] } = {},
): Promise<LedeBrowser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const alongsideDirs = opts.alongside ?? [];
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const extensionDirs = [extensionDir, ...alongsideDirs].join(',');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    locale: opts.locale ?? 'en-US',
    viewport: { width: 1100, height: 800 },
    args: [...CHROME_ARGS, `--disable-extensions-except=${extensionDirs}`, `--load-extension=${extensionDirs}`],
  });
  // Test pages reference images and scripts on the real web; this machine has no network, where such requests can
  // hang until they time out. Answer them at once, as an offline reader's browser would.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort('internetdisconnected'));
  // One worker per extension; the others' are told apart by their script's name.
  const otherScripts = new Map(alongsideDirs.map((dir) => [workerScriptOf(dir), dir]));
  while (context.serviceWorkers().length < 1 + alongsideDirs.length) {
    await context.waitForEvent('serviceworker', { timeout: 20_000 });
  }
  const alongside: AlongsideIds = {};
  let worker: Worker | undefined;
  for (const w of context.serviceWorkers()) {
    const url = new URL(w.url());
    const dir = otherScripts.get(url.pathname.slice(1));
    if (dir) alongside[dir] = url.host;
    else worker = w;
  }
  if (!worker) throw new Error('the extension has no service worker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    alongside,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function workerScriptOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  const script = manifest.background?.service_worker;
  if (!script) throw new Error(`${dir} has no service worker`);
  return script;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves files under `mounts` (URL prefix -> folder) on 127.0.0.1. Missing images are answered with an empty
 * 404 quickly so pages finish loading.
 */
export async function serveStatic(mounts: Record<string, string>): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(resolve(dir), path.slice(prefix.length)));
      if (!file.startsWith(resolve(dir))) break;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The id Chrome gave a tab showing `url`, asked of the extension's worker. */
export async function tabIdFor(lede: LedeBrowser, url: string): Promise<number> {
  const id = await lede.worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens `url` in a tab, then the popup as a page working on that tab (`?tab=`). */
export async function openPopupOn(lede: LedeBrowser, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await lede.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdFor(lede, page.url());
  const popup = await lede.context.newPage();
  await popup.goto(`chrome-extension://${lede.extensionId}/src/popup/index.html?tab=${tabId}`);
  return { page, popup, tabId };
}

/** Waits until the popup leaves its loading state; returns the state it settled in. */
export async function popupState(popup: Page, timeout = 20_000): Promise<string> {
  await popup.waitForSelector('[data-testid="status"]:not([data-state="loading"])', { timeout, state: 'attached' });
  const state = (await popup.getAttribute('[data-testid="status"]', 'data-state')) ?? '';
  // The TL;DR comes first and the FAQ and topics a moment later: tests read the popup once both are there.
  if (state === 'ready') await popup.waitForSelector('article[data-complete="true"]', { timeout, state: 'attached' });
  return state;
}

/*
 * Page watchers for `page.evaluate` (or ToolbarPopup.evaluate): observers that cost nothing until the awaited mark
 * or state, unlike Playwright's selector waits, which inject Playwright's script into the page and poll it every
 * frame. bench:speed uses them because on two cores that work competed with the very click being measured. Strings, not functions: tsx would wrap nested functions in a
 * __name() the page does not have.
 */

/** Resolves with the mark's time, from the page's navigation, once `performance.mark(name)` has happened. */
export const markTime = (name: string): string => `new Promise((resolve) => {
  const time = () => performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime;
  if (time() !== undefined) return resolve(time());
  new PerformanceObserver((list, observer) => {
    if (time() === undefined) return;
    observer.disconnect();
    resolve(time());
  }).observe({ type: 'mark', buffered: true });
})`;

/**
 * Resolves with the popup's state once it leaves 'loading' ('ready' only once the TL;DR is painted), or
 * 'timeout' after 20 s.
 */
export const POPUP_SETTLED = `new Promise((resolve) => {
  const state = () => document.querySelector('[data-testid="status"]')?.getAttribute('data-state') ?? 'loading';
  const settled = () => {
    const s = state();
    return s !== 'loading' && (s !== 'ready' || performance.getEntriesByName('lede:tldr-rendered').length > 0);
  };
  if (settled()) return resolve(state());
  const done = () => {
    if (!settled()) return;
    mutations.disconnect();
    marks.disconnect();
    resolve(state());
  };
  const mutations = new MutationObserver(done);
  mutations.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  const marks = new PerformanceObserver(done);
  marks.observe({ type: 'mark', buffered: true });
  setTimeout(() => resolve('timeout'), 20000);
})`;

/** The popup as the toolbar opens it (chrome.action.openPopup), on the active tab; read through the DevTools protocol. */
export interface ToolbarPopup {
  /** Evaluates `expression` in the popup (promises awaited) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens the real popup, the one a toolbar click shows (no `?tab=`: it works on the active tab of the focused
 * window). Playwright does not list extension popups among the context's pages, so the popup is reached as a
 * DevTools target.
 */
export async function openToolbarPopup(lede: LedeBrowser, timeout = 10_000): Promise<ToolbarPopup> {
  const browser = lede.context.browser();
  if (!browser) throw new Error('no browser to reach the popup through');
  const cdp = await browser.newBrowserCDPSession();
  const opened = await lede.worker.evaluate(() => chrome.action.openPopup().then(() => 'ok', (e: Error) => e.message));
  if (opened !== 'ok') throw new Error(`chrome.action.openPopup failed: ${opened}`);
  const popupUrl = `chrome-extension://${lede.extensionId}/src/popup/index.html`;
  const deadline = Date.now() + timeout;
  let targetId: string | undefined;
  while (!targetId) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.url === popupUrl)?.targetId;
    if (!targetId && Date.now() > deadline) throw new Error('the toolbar popup did not open');
    if (!targetId) await new Promise((r) => setTimeout(r, 50));
  }
  // Not flattened: Playwright's CDP sessions cannot address a child session, so messages go through Target.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  type Reply = { result?: { result?: { value?: unknown } }; error?: { message: string } };
  let nextId = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply as never);
  });
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const id = nextId++;
      const reply = new Promise<Reply>((r) => pending.set(id, r));
      const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message });
      const { result, error } = await reply;
      pending.delete(id);
      if (error) throw new Error(error.message);
      return result?.result?.value as T;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId: targetId! }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}
