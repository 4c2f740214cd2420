/**
 * Feedback for saves made without the popup (keyboard command, context menus): a short badge on the toolbar
 * icon of that tab, since the worker has no page to show a message in.
 */
import { browser } from '../shared/browser';
import { t } from '../shared/i18n';

const BADGE_MS = 2500;

export async function flashBadge(tabId: number | undefined, ok: boolean): Promise<void> {
  try {
    const target = tabId === undefined ? {} : { tabId };
    await browser.action.setBadgeBackgroundColor({ ...target, color: ok ? '#2b7a3d' : '#b3261e' });
    await browser.action.setBadgeText({ ...target, text: ok ? '✓' : '!' });
    await browser.action.setTitle({ ...target, title: ok ? t('saveBadgeSaved') : t('saveBadgeFailed') });
    setTimeout(() => {
      void browser.action.setBadgeText({ ...target, text: '' }).catch(() => undefined);
      void browser.action.setTitle({ ...target, title: t('actionTitle') }).catch(() => undefined);
    }, BADGE_MS);
  } catch {
    // The tab may have closed; nothing to show then.
  }
}
