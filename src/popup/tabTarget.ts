import { browser } from '../shared/browser';

/**
 * The tab the popup works on: `?tab=<id>` when given (end-to-end tests open the popup as a page in its own tab,
 * since a toolbar click cannot be scripted), otherwise the active tab of the current window.
 */
export async function targetTabId(search = location.search): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) && id >= 0 ? id : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
