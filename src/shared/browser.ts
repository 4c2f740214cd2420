/**
 * The one wrapper over the extension APIs. Manifest V3's APIs return promises natively in both browsers
 * (Firefox's `browser.*`, Chrome's `chrome.*`), so this is the browser's own namespace, typed with
 * webextension-polyfill's types (a type import: the polyfill itself is not shipped). Every browser quirk (Chrome vs
 * Firefox, an API that returns a promise only in newer versions) is handled here, never at the call sites.
 */
import type { Browser } from 'webextension-polyfill';

export type { Browser, Runtime, Tabs, Scripting, Menus } from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

/** `browser` in Firefox, `chrome` in Chrome; undefined outside an extension (tests install a fake). */
export const browser: Browser = (g.browser ?? g.chrome) as Browser;

/** True in Firefox builds; decided at build time so dead branches drop out of each bundle. */
export const IS_FIREFOX: boolean = import.meta.env?.VITE_BROWSER === 'firefox';

/** The namespace looked up at the call (null outside an extension), for code that runs before anything else. */
export function extensionApi(): Browser | null {
  return g.browser ?? g.chrome ?? null;
}

/** An absolute URL of a file in the extension (the path itself outside an extension). */
export function extensionUrl(path: string): string {
  return extensionApi()?.runtime.getURL(path) ?? path;
}

/**
 * Removes every context menu entry of the extension. Chrome returns a promise from removeAll only from 123 on
 * (before, undefined, and `.then` on it would throw): awaiting covers both, and the browser applies the removal
 * before any entry created after the call, in order.
 */
export async function removeAllMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
}
