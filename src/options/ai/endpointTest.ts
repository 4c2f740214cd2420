/**
 * "Allow, save and test" for an OpenAI-compatible endpoint: check the form, ask for the origin's permission, keep
 * the endpoint's fields, and make it the provider only once a test call succeeded. A failed test leaves Lede on
 * its own summaries (and takes back the endpoint if it was the provider), so no popup shows the fallback notice
 * for an endpoint known not to work. Browser APIs come in as `deps` so the steps can be tested.
 */
import { errorMessageKey, toAiError } from '../../ai/errors';
import { normalizeBaseUrl } from '../../ai/openai';
import type { AiSettings } from '../../ai/settings';

export interface EndpointForm {
  baseUrl: string;
  model: string;
  apiKey: string;
  timeoutSeconds: number;
}

export interface EndpointDeps {
  /** Asked from the click (the permission prompt needs its user gesture), or already granted. */
  allowOrigin(baseUrl: string): Promise<boolean>;
  listModels(endpoint: { baseUrl: string; model: string; apiKey: string }): Promise<string[]>;
  saveSettings(patch: Partial<AiSettings>): Promise<AiSettings>;
  saveApiKey(apiKey: string): Promise<void>;
}

export interface EndpointOutcome {
  ok: boolean;
  /** Message key and substitutions for the status line. */
  message: { key: string; subs?: string[] };
  /** The server's models, for the model field's suggestions (empty when it was not reached). */
  models: string[];
  /** The settings as stored afterwards, when anything was stored. */
  settings: AiSettings | null;
}

export async function testAndSaveEndpoint(form: EndpointForm, current: AiSettings, deps: EndpointDeps): Promise<EndpointOutcome> {
  const fail = (key: string, settings: AiSettings | null = null, models: string[] = []): EndpointOutcome => ({
    ok: false,
    message: { key },
    models,
    settings,
  });
  const baseUrl = normalizeBaseUrl(form.baseUrl);
  if (!baseUrl) return fail('aiBadUrl');
  const model = form.model.trim();
  // Nothing is sent to a server before the form says which model to use.
  if (!model) return fail('aiNeedModel');
  if (!(await deps.allowOrigin(baseUrl))) return fail('aiErrPermission');

  // The fields are kept whatever the test says (the reader need not type them again); the provider is not.
  const provider = current.provider === 'openai' ? 'local' : current.provider;
  let settings = await deps.saveSettings({ provider, baseUrl, model, timeoutSeconds: form.timeoutSeconds });
  await deps.saveApiKey(form.apiKey);

  let models: string[];
  try {
    models = await deps.listModels({ baseUrl, model, apiKey: form.apiKey });
  } catch (e) {
    return fail(errorMessageKey(toAiError(e, [form.apiKey]).code), settings);
  }
  if (models.length && !models.includes(model)) return fail('aiErrModelMissing', settings, models);
  settings = await deps.saveSettings({ provider: 'openai' });
  return { ok: true, message: { key: 'aiConnected', subs: [new URL(baseUrl).host, model] }, models, settings };
}
