import { describe, expect, it } from 'vitest';
import { API_KEY_KEY, DEFAULT_AI_SETTINGS, createAiSettingsStore, originPattern, type StorageAreaLike } from '../../../src/ai/settings';
import { providerFor } from '../../../src/ai/resolve';

function memoryArea(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) if (k in data) out[k] = data[k];
      return out;
    },
    async set(items) {
      Object.assign(data, items);
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

describe('AI settings', () => {
  it('defaults to Local and falls back field by field on bad stored values', async () => {
    const sync = memoryArea();
    const store = createAiSettingsStore({ sync, local: memoryArea() });
    expect(await store.get()).toEqual(DEFAULT_AI_SETTINGS);
    sync.data['settings.ai.provider'] = 'skynet';
    sync.data['settings.ai.baseUrl'] = 'javascript:alert(1)';
    sync.data['settings.ai.timeoutSeconds'] = 1e9;
    sync.data['settings.ai.model'] = 'llama3.2';
    expect(await store.get()).toEqual({ provider: 'local', baseUrl: DEFAULT_AI_SETTINGS.baseUrl, model: 'llama3.2', timeoutSeconds: 600 });
  });

  it('keeps the API key in the local area only, never in sync', async () => {
    const sync = memoryArea();
    const local = memoryArea();
    const store = createAiSettingsStore({ sync, local });
    await store.set({ provider: 'openai', baseUrl: 'http://localhost:1234/v1/', model: 'qwen' });
    await store.setApiKey('  sk-abc123456  ');
    expect(await store.getApiKey()).toBe('sk-abc123456');
    expect(local.data[API_KEY_KEY]).toBe('sk-abc123456');
    expect(JSON.stringify(sync.data)).not.toContain('sk-abc');
    expect((await store.get()).baseUrl).toBe('http://localhost:1234/v1');
    await store.setApiKey('');
    expect(await store.getApiKey()).toBeNull();
    expect(store.isAiChange(['settings.ai.model'])).toBe(true);
    expect(store.isAiChange(['settings.historyPaused'])).toBe(false);
  });

  it('asks host permission for the endpoint\'s host only', () => {
    expect(originPattern('http://localhost:11434/v1')).toBe('http://localhost/*');
    expect(originPattern('https://api.example.com/v1')).toBe('https://api.example.com/*');
    expect(originPattern('ftp://x')).toBeNull();
  });

  it('picks the provider the settings name, or Local when it cannot run here', () => {
    const s = { ...DEFAULT_AI_SETTINGS };
    expect(providerFor(s)).toBeNull();
    expect(providerFor({ ...s, provider: 'openai', model: '' })).toBeNull();
    expect(providerFor({ ...s, provider: 'openai', model: 'llama3.2' })?.source).toBe('openai:llama3.2');
    expect(providerFor({ ...s, provider: 'chrome' }, { chrome: {} })).toBeNull();
    expect(providerFor({ ...s, provider: 'firefox' }, { trialMl: null })).toBeNull();
  });
});
