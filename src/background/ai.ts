/**
 * The worker's part in AI providers is small: providers run in the pages (Chrome's built-in AI exists only in
 * window contexts, and streams go straight to the popup). The worker keeps the settings honest: when the reader
 * withdraws the endpoint's host permission (in the browser's extension settings), Lede goes back to Local
 * instead of failing on every popup.
 */
import { browser } from '../shared/browser';
import { aiSettings } from '../ai/browserAi';
import { originPattern } from '../ai/settings';

export async function onPermissionsRemoved(removed: { origins?: string[]; permissions?: string[] }): Promise<void> {
  const settings = await aiSettings.get();
  if (settings.provider === 'openai') {
    const pattern = originPattern(settings.baseUrl);
    if (pattern && removed.origins?.includes(pattern)) await aiSettings.set({ provider: 'local' });
  }
  if (settings.provider === 'firefox' && removed.permissions?.includes('trialML')) await aiSettings.set({ provider: 'local' });
}

export function registerAi(): void {
  browser.permissions.onRemoved.addListener((p) => void onPermissionsRemoved(p));
}
