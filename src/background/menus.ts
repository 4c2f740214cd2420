/** Context menus "Save page to Lede" and "Save link to Lede". */
import { browser, removeAllMenus, type Menus } from '../shared/browser';
import { t } from '../shared/i18n';
import { flashBadge } from './badge';
import { saveLinkFromMenu, saveTab, type CompanionDeps } from './libraryActions';

export const MENU_SAVE_PAGE = 'lede-save-page';
export const MENU_SAVE_LINK = 'lede-save-link';

/** Menu items persist across worker restarts; creating them again would fail, so only on install/update. */
function createMenus(): void {
  void removeAllMenus().then(() => {
    browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: t('saveMenuPage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU_SAVE_LINK, title: t('saveMenuLink'), contexts: ['link'] });
  });
}

export async function onMenuClicked(info: Menus.OnClickData, tab: { id?: number; incognito: boolean } | undefined, deps: CompanionDeps): Promise<void> {
  if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl) {
    // Firefox gives the link text; Chrome only the selection, if any.
    const text = (info as { linkText?: string }).linkText ?? info.selectionText ?? null;
    const res = await saveLinkFromMenu(tab, { url: info.linkUrl, text });
    await flashBadge(tab?.id, res.ok);
  } else if (info.menuItemId === MENU_SAVE_PAGE && tab?.id !== undefined) {
    const res = await saveTab({ id: tab.id, incognito: tab.incognito }, deps);
    await flashBadge(tab.id, res.ok);
  }
}

export function registerMenus(deps: CompanionDeps): void {
  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onMenuClicked(info, tab?.id === undefined ? undefined : { id: tab.id, incognito: tab.incognito }, deps);
  });
}
