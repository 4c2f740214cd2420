/**
 * "Allow, save and test" in the AI settings: what the reader gets for each mistake, and that a failed test never
 * leaves the endpoint as the provider (every popup would then show the fallback notice).
 */
import { describe, expect, it } from 'vitest';
import { AiError } from '../../../src/ai/errors';
import { DEFAULT_AI_SETTINGS, type AiSettings } from '../../../src/ai/settings';
import { testAndSaveEndpoint, type EndpointDeps } from '../../../src/options/ai/endpointTest';
import { t } from '../../../src/shared/i18n';
import { mergedLocales } from '../../../scripts/locales';

function fakeDeps(server: { models?: string[]; error?: Error; permission?: boolean }, stored: AiSettings) {
  const calls = { listModels: 0, permission: 0 };
  let settings = { ...stored };
  const deps: EndpointDeps = {
    allowOrigin: async () => {
      calls.permission++;
      return server.permission ?? true;
    },
    listModels: async () => {
      calls.listModels++;
      if (server.error) throw server.error;
      return server.models ?? [];
    },
    saveSettings: async (patch) => (settings = { ...settings, ...patch }),
    saveApiKey: async () => {},
  };
  return { deps, calls, stored: () => settings };
}

const form = { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', apiKey: '', timeoutSeconds: 60 };

describe('testing and saving an AI endpoint', () => {
  it('with no model named, contacts nothing and says the model is missing', async () => {
    const { deps, calls, stored } = fakeDeps({ models: ['llama3.2'] }, DEFAULT_AI_SETTINGS);
    const outcome = await testAndSaveEndpoint({ ...form, model: '  ' }, DEFAULT_AI_SETTINGS, deps);
    expect(outcome.ok).toBe(false);
    expect(t(outcome.message.key)).toMatch(/model/i);
    expect(calls).toEqual({ listModels: 0, permission: 0 });
    expect(stored().provider).toBe('local');
  });

  it('makes the endpoint the provider when the test passes', async () => {
    const { deps, stored } = fakeDeps({ models: ['llama3.2', 'qwen3'] }, DEFAULT_AI_SETTINGS);
    const outcome = await testAndSaveEndpoint(form, DEFAULT_AI_SETTINGS, deps);
    expect(outcome.ok).toBe(true);
    expect(stored()).toMatchObject({ provider: 'openai', model: 'llama3.2' });
    expect(outcome.models).toEqual(['llama3.2', 'qwen3']);
  });

  it('keeps the fields but not the provider when the server cannot be reached', async () => {
    const { deps, stored } = fakeDeps({ error: new AiError('unreachable', 'fetch failed') }, DEFAULT_AI_SETTINGS);
    const outcome = await testAndSaveEndpoint(form, DEFAULT_AI_SETTINGS, deps);
    expect(outcome.ok).toBe(false);
    expect(outcome.message.key).toBe('aiErrUnreachable');
    expect(stored()).toMatchObject({ provider: 'local', baseUrl: form.baseUrl, model: 'llama3.2' });
  });

  it('takes back an endpoint that was the provider when its new test fails', async () => {
    const before = { ...DEFAULT_AI_SETTINGS, provider: 'openai' as const, model: 'old' };
    const { deps, stored } = fakeDeps({ models: ['qwen3'] }, before);
    const outcome = await testAndSaveEndpoint(form, before, deps);
    expect(outcome.message.key).toBe('aiErrModelMissing');
    expect(stored().provider).toBe('local');
  });

  it('keeps another provider the reader had chosen when the endpoint fails', async () => {
    const before = { ...DEFAULT_AI_SETTINGS, provider: 'chrome' as const };
    const { deps, stored } = fakeDeps({ permission: false }, before);
    const outcome = await testAndSaveEndpoint(form, before, deps);
    expect(outcome.message.key).toBe('aiErrPermission');
    expect(stored().provider).toBe('chrome');
  });
});

describe('AI error messages', () => {
  it('start with a capital letter, as sentences shown on their own', () => {
    const en = mergedLocales().en as Record<string, { message: string }>;
    const errors = Object.entries(en).filter(([key]) => key.startsWith('aiErr'));
    expect(errors.length).toBeGreaterThan(5);
    for (const [key, { message }] of errors) expect(message[0], key).toMatch(/[A-Z]/);
  });
});
