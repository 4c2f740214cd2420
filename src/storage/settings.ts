/**
 * Small settings in `storage.sync`, so they follow the reader across devices. One key per setting (sync merges
 * per key, and other features add their own without touching these), each with a default.
 */
import { browser } from '../shared/browser';
import { normalizeSite } from '../core/url';

export interface Settings {
  /** While true, popup opens record no history and teach no interests. */
  historyPaused: boolean;
  /** Sites (host names, subdomains included) where nothing is recorded. */
  excludedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  historyPaused: false,
  excludedSites: [],
};

const PREFIX = 'settings.';
const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

function coerce<K extends keyof Settings>(key: K, value: unknown): Settings[K] {
  const def = DEFAULT_SETTINGS[key];
  // Sync data may come from another version of Lede: anything of the wrong shape falls back to the default.
  if (Array.isArray(def)) return (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : def) as Settings[K];
  return (typeof value === typeof def ? value : def) as Settings[K];
}

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(keys.map((k) => PREFIX + k));
  const out = { ...DEFAULT_SETTINGS };
  for (const k of keys) (out as Record<string, unknown>)[k] = coerce(k, stored[PREFIX + k]);
  return out;
}

export async function setSettings(patch: Partial<Settings>): Promise<void> {
  const items: Record<string, unknown> = {};
  for (const k of keys) if (patch[k] !== undefined) items[PREFIX + k] = patch[k];
  if (Object.keys(items).length) await browser.storage.sync.set(items);
}

/** Calls `listener` with the full settings whenever one changes (in any context); returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some((k) => k.startsWith(PREFIX))) return;
    void getSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

/** Adds a site to the excluded list (normalised, no duplicates); returns the list, or null for a non-site. */
export async function addExcludedSite(site: string): Promise<string[] | null> {
  const host = normalizeSite(site);
  if (!host) return null;
  const { excludedSites } = await getSettings();
  const next = excludedSites.includes(host) ? excludedSites : [...excludedSites, host].sort();
  await setSettings({ excludedSites: next });
  return next;
}

export async function removeExcludedSite(site: string): Promise<string[]> {
  const { excludedSites } = await getSettings();
  const next = excludedSites.filter((s) => s !== site);
  await setSettings({ excludedSites: next });
  return next;
}
