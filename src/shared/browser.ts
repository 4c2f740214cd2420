/**
 * The one import of webextension-polyfill. Every browser quirk (Chrome vs Firefox, missing APIs in one
 * context or another) is handled here or in a helper next to it, never at the call sites. The popup alone
 * skips the polyfill for speed and uses the few native promise APIs in nativeApi.ts beside this file.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Runtime, Tabs, Scripting, Menus } from 'webextension-polyfill';

/** True in Firefox builds; decided at build time so dead branches drop out of each bundle. */
export const IS_FIREFOX: boolean = import.meta.env?.VITE_BROWSER === 'firefox';
