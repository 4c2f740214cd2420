/**
 * The tab the popup works on: `?tab=<id>` when given (end-to-end tests open the popup as a page in its own tab,
 * since a toolbar click cannot be scripted), otherwise the active tab of the current window.
 *
 * This runs in the popup's first script, before the request for the article can leave, so it reads the tabs
 * API directly instead of through webextension-polyfill (12 KB the first script would otherwise wait for). Both
 * browsers return a promise from `tabs.query` in Manifest V3: Firefox as `browser.tabs`, Chrome as `chrome.tabs`.
 */
type TabsApi = { query(q: { active: boolean; currentWindow: boolean }): Promise<{ id?: number }[]> };

function tabsApi(): TabsApi | null {
  const g = globalThis as { browser?: { tabs?: TabsApi }; chrome?: { tabs?: TabsApi } };
  return g.browser?.tabs ?? g.chrome?.tabs ?? null;
}

export async function targetTabId(search = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const tabs = tabsApi();
  if (!tabs) return null;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
