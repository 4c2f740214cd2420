/**
 * Firefox end-to-end helpers: Debian's Firefox ESR (never a downloaded browser) driven by puppeteer-core over
 * WebDriver BiDi, with a Firefox build of Lede installed as a temporary add-on.
 *
 * What this Firefox needs (ESR 153):
 * - `--remote-allow-system-access`, without which extension pages and the browser window's own document (the
 *   "chrome" scope, where the toolbar lives) are refused to the remote protocol;
 * - a fixed moz-extension UUID (the pref `extensions.webextensions.uuids`), so that the tests know the pages' URLs;
 * - every host but 127.0.0.1 sent to a dead proxy, so that test pages' images and scripts on the real web fail at
 *   once instead of waiting for a network this machine does not have;
 * - `page.goto` to a moz-extension URL never resolves here: such pages are opened with BiDi
 *   `browsingContext.navigate` and `wait: 'none'`, then awaited through their document.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO } from '../helpers';

export const GECKO_ID = 'lede@lede-reader.org';
/** Any fixed UUID: Firefox gives each install a random one unless told. */
export const EXTENSION_UUID = '3c2f5f8e-0d6a-4b7e-9a51-1f0b2c4d5e6f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** The Firefox build with host access to 127.0.0.1 (standing in for the click's grant), and the release build. */
export const E2E_BUILD = resolve(REPO, 'dist/e2e-firefox');
export const RELEASE_BUILD = resolve(REPO, 'dist/firefox');

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/** The id of Lede's toolbar button: Firefox derives it from the add-on id. */
const WIDGET_ID = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

export interface FirefoxLede {
  browser: Browser;
  profileDir: string;
  /** Sends a raw WebDriver BiDi command and returns its result. */
  bidi<T = unknown>(method: string, params: object): Promise<T>;
  /** An extension page kept open to ask the extension APIs (tab ids), opened on first use. */
  probe?: Page;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { extensionDir?: string; locale?: string } = {}): Promise<FirefoxLede> {
  const extensionDir = opts.extensionDir ?? E2E_BUILD;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:e2e:firefox\` (and \`npm run build:firefox\`).`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': opts.locale ?? 'en-US',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    },
  });
  await browser.installExtension(extensionDir);
  const bidi = async <T>(method: string, params: object): Promise<T> => {
    const reply = (await (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: T }> } }).connection.send(
      method,
      params,
    )) as { result: T };
    return reply.result;
  };
  return {
    browser,
    profileDir,
    bidi,
    probe: undefined,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The BiDi browsing context id of a puppeteer page. */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** Opens a Lede page (a path under the extension, e.g. `src/library/index.html`) in a new tab and waits for it. */
export async function openExtensionPage(ff: FirefoxLede, path: string, ready = 'body'): Promise<Page> {
  const page = await ff.browser.newPage();
  await navigateExtensionPage(ff, page, path, ready);
  return page;
}

/** Navigates `page` to a Lede page and waits for `ready` (a selector) in the new document. */
export async function navigateExtensionPage(ff: FirefoxLede, page: Page, path: string, ready = 'body'): Promise<void> {
  await replaceDocument(page, ready, () =>
    ff.bidi('browsingContext.navigate', { context: contextOf(page), url: `${EXTENSION_ORIGIN}/${path}`, wait: 'none' }),
  );
}

/** Reloads a Lede page (puppeteer's reload never resolves on a moz-extension page here) and waits for `ready`. */
export async function reloadExtensionPage(ff: FirefoxLede, page: Page, ready = 'body'): Promise<void> {
  await replaceDocument(page, ready, () => ff.bidi('browsingContext.reload', { context: contextOf(page), wait: 'none' }));
}

/** Marks the current document, starts the navigation, and waits until a new document shows `ready`. */
async function replaceDocument(page: Page, ready: string, navigate: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => ((globalThis as { __ledeOld?: boolean }).__ledeOld = true)).catch(() => {});
  await navigate();
  const deadline = Date.now() + 20_000;
  for (;;) {
    const fresh = await page
      .evaluate((sel: string) => !(globalThis as { __ledeOld?: boolean }).__ledeOld && document.querySelector(sel) !== null, ready)
      .catch(() => false);
    if (fresh) return;
    if (Date.now() > deadline) throw new Error(`the page did not load (waiting for ${ready})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The tab id Firefox gave the tab showing `url`, asked of an extension page. Without host access to the tab
 * (the release build) Firefox hides its URL: then it is the newest tab but the asking page's own.
 */
export async function tabIdFor(ff: FirefoxLede, url: string): Promise<number> {
  ff.probe ??= await openExtensionPage(ff, 'src/options/index.html');
  const id = await ff.probe.evaluate(async (u: string) => {
    type Tab = { id?: number; url?: string };
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Tab[]>; getCurrent(): Promise<Tab> } } }).browser;
    const [tabs, own] = await Promise.all([api.tabs.query({}), api.tabs.getCurrent()]);
    const shown = tabs.find((t) => t.url === u);
    if (shown) return shown.id ?? null;
    const hidden = tabs.filter((t) => t.url === undefined && t.id !== own.id).map((t) => t.id ?? -1);
    return hidden.length ? Math.max(...hidden) : null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens `url` in a tab, then the popup as a page working on that tab (`?tab=`). */
export async function openPopupOn(ff: FirefoxLede, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await ff.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdFor(ff, url);
  const popup = await openExtensionPage(ff, `src/popup/index.html?tab=${tabId}`, '[data-testid="status"]');
  return { page, popup, tabId };
}

/** Waits until the popup leaves its loading state (for 'ready', until the FAQ and topics are in too). */
export async function popupState(popup: Page, timeout = 20_000): Promise<string> {
  await popup.waitForSelector('[data-testid="status"]:not([data-state="loading"])', { timeout });
  const state = await popup.$eval('[data-testid="status"]', (e) => e.getAttribute('data-state') ?? '');
  if (state === 'ready') await popup.waitForSelector('article[data-complete="true"]', { timeout });
  return state;
}

export const texts = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));

/** Polls `read` until `accept` holds or `timeout` passes; returns the last value read. */
export async function until<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The popup as a click on Lede's toolbar button opens it, on the active tab. The click is dispatched on the button
 * in the browser window's own document (the chrome-scope browsing context); the popup's document, which BiDi does
 * not list, is read through a frame script loaded into the popup's <browser>.
 */
export interface ToolbarPopup {
  /** Evaluates `expression` (a promise is awaited) in the popup's window, bound as `content`; JSON-able result. */
  evaluate<T>(expression: string): Promise<T>;
}

export async function clickToolbarButton(ff: FirefoxLede): Promise<ToolbarPopup> {
  const tree = await ff.bidi<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window in the chrome scope (is --remote-allow-system-access given?)');
  const inChrome = async <T>(expression: string): Promise<T> => {
    const r = await ff.bidi<{ type: string; result?: { value?: T }; exceptionDetails?: { text: string } }>('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`in the browser window: ${r.exceptionDetails?.text}`);
    return r.result?.value as T;
  };
  // MV3 buttons start in the extensions menu: pin Lede's to the toolbar, as a reader would, then click it.
  await inChrome(`(() => {
    CustomizableUI.addWidgetToArea(${JSON.stringify(WIDGET_ID)}, CustomizableUI.AREA_NAVBAR);
    const item = document.getElementById(${JSON.stringify(WIDGET_ID)});
    const button = item.querySelector('.unified-extensions-item-action-button') ?? item;
    for (const type of ['mousedown', 'mouseup', 'click']) {
      button.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0, view: window }));
    }
  })()`);
  let channel = 0;
  return {
    evaluate<T>(expression: string): Promise<T> {
      const name = `lede-test:${++channel}`;
      const script = `Promise.resolve().then(() => (${expression})).then((v) => sendAsyncMessage(${JSON.stringify(name)}, { v }), (e) => sendAsyncMessage(${JSON.stringify(name)}, { e: String(e) }))`;
      // The popup's <browser> may still hold about:blank, or swap documents, as the frame script loads: load it
      // into the popup's own document, and again if no answer comes (the first answer wins).
      return inChrome<string>(`new Promise((resolve, reject) => {
        const deadline = Date.now() + 20000;
        let answered = false;
        const attach = () => {
          if (answered) return;
          const browser = document.querySelector('browser.webextension-popup-browser');
          const spec = browser?.browsingContext?.currentWindowGlobal?.documentURI?.spec ?? '';
          if (Date.now() > deadline) return reject(new Error('the toolbar popup did not open or did not answer'));
          if (!spec.startsWith(${JSON.stringify(EXTENSION_ORIGIN)})) return setTimeout(attach, 50);
          const mm = browser.messageManager;
          mm.addMessageListener(${JSON.stringify(name)}, function listener(message) {
            mm.removeMessageListener(${JSON.stringify(name)}, listener);
            if (answered) return;
            answered = true;
            resolve(JSON.stringify(message.data));
          });
          mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(script)}), false);
          setTimeout(attach, 1000);
        };
        attach();
      })`).then((raw) => {
        const reply = JSON.parse(raw) as { v?: T; e?: string };
        if (reply.e !== undefined) throw new Error(`in the popup: ${reply.e}`);
        return reply.v as T;
      });
    },
  };
}

/** For ToolbarPopup.evaluate: resolves with the popup's state once it leaves 'loading' (the FAQ in, if ready). */
export const TOOLBAR_POPUP_SETTLED = `new Promise((resolve) => {
  const doc = content.document;
  const deadline = Date.now() + 20000;
  const check = () => {
    const state = doc.querySelector('[data-testid="status"]')?.getAttribute('data-state') ?? 'loading';
    const done = state !== 'loading' && (state !== 'ready' || doc.querySelector('article[data-complete="true"]'));
    if (done) return resolve(state);
    if (Date.now() > deadline) return resolve('timeout');
    content.setTimeout(check, 50);
  };
  check();
})`;
