/**
 * The AI pieces bound to the browser: the settings store over `storage.sync` / `storage.local`, the endpoint's
 * host permission, Firefox's `trial.ml`, and the provider the current page should use. Window contexts only
 * (popup, options): Chrome's built-in AI does not exist in the service worker.
 */
import { browser } from '../shared/browser';
import { chromeAiApis } from './chrome';
import type { AiErrorCode } from './errors';
import type { TrialMl } from './firefox';
import type { Provider } from './provider';
import { providerFor } from './resolve';
import { createAiSettingsStore, originPattern, type StorageAreaLike } from './settings';

export const aiSettings = createAiSettingsStore({
  sync: browser.storage.sync as unknown as StorageAreaLike,
  local: browser.storage.local as unknown as StorageAreaLike,
});

/** Asks for the endpoint's host permission; call from a click (browsers require a user gesture). */
export async function requestEndpointPermission(baseUrl: string): Promise<boolean> {
  const pattern = originPattern(baseUrl);
  if (!pattern) return false;
  try {
    return await browser.permissions.request({ origins: [pattern] });
  } catch {
    return false;
  }
}

export async function hasEndpointPermission(baseUrl: string): Promise<boolean> {
  const pattern = originPattern(baseUrl);
  if (!pattern) return false;
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** Firefox's `browser.trial.ml`, when this browser has it. */
export function trialMl(): TrialMl | null {
  return ((browser as unknown as { trial?: { ml?: TrialMl } }).trial?.ml ?? null);
}

export async function requestTrialMl(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['trialML' as never] });
  } catch {
    return false;
  }
}

async function trialMlGranted(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['trialML' as never] }).catch(() => false);
}

/**
 * The provider to run in this page, or null for Local; `problem` says why a chosen provider cannot run here (its
 * API is missing, the endpoint's permission was withdrawn).
 */
export async function currentProvider(): Promise<{ provider: Provider | null; problem: AiErrorCode | null }> {
  const settings = await aiSettings.get();
  if (settings.provider === 'local') return { provider: null, problem: null };
  if (settings.provider === 'openai' && !(await hasEndpointPermission(settings.baseUrl))) return { provider: null, problem: 'permission' };
  const provider = providerFor(settings, {
    apiKey: settings.provider === 'openai' ? await aiSettings.getApiKey() : null,
    chrome: chromeAiApis(),
    trialMl: trialMl(),
    trialMlGranted,
  });
  return { provider, problem: provider ? null : 'unavailable' };
}
