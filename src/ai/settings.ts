/**
 * AI settings. The non-secret ones (which provider, endpoint URL, model, timeout) are typed with defaults and
 * kept in `storage.sync` beside Lede's other settings; the API key lives only in `storage.local` (it never syncs,
 * and backups never read it: they copy storage/settings.ts's settings, not this key).
 *
 * Pure over two storage areas so it is testable without a browser; browserAi.ts binds it to the real ones.
 */
import { normalizeBaseUrl } from './openai';
import type { ProviderId } from './provider';

export interface AiSettings {
  provider: ProviderId;
  baseUrl: string;
  model: string;
  timeoutSeconds: number;
}

export const DEFAULT_AI_SETTINGS: AiSettings = {
  provider: 'local',
  baseUrl: 'http://localhost:11434/v1',
  model: '',
  timeoutSeconds: 60,
};

export interface EndpointPreset {
  id: 'ollama' | 'lmstudio';
  label: string;
  baseUrl: string;
}

export const PRESETS: EndpointPreset[] = [
  { id: 'ollama', label: 'Ollama', baseUrl: 'http://localhost:11434/v1' },
  { id: 'lmstudio', label: 'LM Studio', baseUrl: 'http://localhost:1234/v1' },
];

const PROVIDERS: ProviderId[] = ['local', 'chrome', 'firefox', 'openai'];
const PREFIX = 'settings.ai.';
export const API_KEY_KEY = 'ai.apiKey';

export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Anything stored by another version, or edited by hand, falls back to the default field by field. */
export function coerceAiSettings(raw: Record<string, unknown>): AiSettings {
  const provider = PROVIDERS.includes(raw.provider as ProviderId) ? (raw.provider as ProviderId) : DEFAULT_AI_SETTINGS.provider;
  const baseUrl = typeof raw.baseUrl === 'string' && normalizeBaseUrl(raw.baseUrl) ? normalizeBaseUrl(raw.baseUrl)! : DEFAULT_AI_SETTINGS.baseUrl;
  const model = typeof raw.model === 'string' ? raw.model.trim().slice(0, 200) : DEFAULT_AI_SETTINGS.model;
  const t = raw.timeoutSeconds;
  const timeoutSeconds = typeof t === 'number' && Number.isFinite(t) ? Math.min(600, Math.max(5, Math.round(t))) : DEFAULT_AI_SETTINGS.timeoutSeconds;
  return { provider, baseUrl, model, timeoutSeconds };
}

export interface AiSettingsStore {
  get(): Promise<AiSettings>;
  set(patch: Partial<AiSettings>): Promise<AiSettings>;
  getApiKey(): Promise<string | null>;
  /** An empty or null key removes it. */
  setApiKey(key: string | null): Promise<void>;
  /** True when a storage change touches these settings or the key. */
  isAiChange(keys: string[]): boolean;
}

export function createAiSettingsStore(areas: { sync: StorageAreaLike; local: StorageAreaLike }): AiSettingsStore {
  const fields = Object.keys(DEFAULT_AI_SETTINGS) as (keyof AiSettings)[];
  const store: AiSettingsStore = {
    async get() {
      const stored = await areas.sync.get(fields.map((f) => PREFIX + f));
      const raw: Record<string, unknown> = {};
      for (const f of fields) if (PREFIX + f in stored) raw[f] = stored[PREFIX + f];
      return coerceAiSettings(raw);
    },
    async set(patch) {
      const next = coerceAiSettings({ ...(await store.get()), ...patch });
      const items: Record<string, unknown> = {};
      for (const f of fields) if (patch[f] !== undefined) items[PREFIX + f] = next[f];
      if (Object.keys(items).length) await areas.sync.set(items);
      return next;
    },
    async getApiKey() {
      const v = (await areas.local.get(API_KEY_KEY))[API_KEY_KEY];
      return typeof v === 'string' && v ? v : null;
    },
    async setApiKey(key) {
      const k = key?.trim();
      if (k) await areas.local.set({ [API_KEY_KEY]: k });
      else await areas.local.remove(API_KEY_KEY);
    },
    isAiChange: (keys) => keys.some((k) => k.startsWith(PREFIX) || k === API_KEY_KEY),
  };
  return store;
}

/** The host-permission pattern for the endpoint: its origin only (`http://localhost:11434/*`). */
export function originPattern(baseUrl: string): string | null {
  const n = normalizeBaseUrl(baseUrl);
  if (!n) return null;
  const u = new URL(n);
  // Match patterns take no port; Chrome matches any port for the host. Still the origin's host only.
  return `${u.protocol}//${u.hostname}/*`;
}
