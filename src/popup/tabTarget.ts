/**
 * The tab the popup works on: `?tab=<id>` when given (end-to-end tests open the popup as a page in its own tab,
 * since a toolbar click cannot be scripted), otherwise the active tab of the current window.
 *
 * This runs in the popup's first script, before the request for the article can leave: the tabs API is the
 * browser's own (src/shared/browser.ts), with nothing to load first.
 */
import { extensionApi } from '../shared/browser';

/** The `?tab=` of a popup URL's query: the id, null when it is not a tab id, undefined when there is none. */
export function tabParam(search: string): number | null | undefined {
  const param = new URLSearchParams(search).get('tab');
  if (param === null) return undefined;
  const id = Number(param);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

export async function targetTabId(search = location.search): Promise<number | null> {
  const param = tabParam(search);
  if (param !== undefined) return param;
  const api = extensionApi();
  if (!api) return null;
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
