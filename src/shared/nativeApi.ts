/**
 * The few extension APIs the popup uses, read from the browser's own namespace instead of through
 * webextension-polyfill (src/shared/browser.ts): the popup loads while the page is being read, and the 11 KB
 * polyfill would compete with that for two cores. These calls return promises natively in Manifest V3 in both
 * browsers (Firefox's `browser.*`, Chrome's `chrome.*`), so the polyfill adds nothing to them.
 */
interface NativeApi {
  tabs: {
    query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]>;
    create(props: { url: string }): Promise<unknown>;
  };
  runtime: {
    getURL(path: string): string;
    openOptionsPage(): Promise<void>;
  };
}

export function nativeApi(): NativeApi | null {
  const g = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  return g.browser ?? g.chrome ?? null;
}

/** An absolute URL of a file in the extension. */
export function extensionUrl(path: string): string {
  return nativeApi()?.runtime.getURL(path) ?? path;
}
