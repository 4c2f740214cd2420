/**
 * Settings -> the provider to run, or null for Local. Pure: the caller passes what its context has (the API
 * key, Chrome's globals, Firefox's trial.ml), so the popup, the CLI and tests share one decision.
 */
import { createChromeProvider, type ChromeAiApis } from './chrome';
import { createFirefoxProvider, type TrialMl } from './firefox';
import { createOpenAiProvider } from './openai';
import type { Provider } from './provider';
import type { AiSettings } from './settings';

export interface ProviderContext {
  apiKey?: string | null;
  chrome?: ChromeAiApis;
  trialMl?: TrialMl | null;
  trialMlGranted?: () => Promise<boolean>;
  fetch?: typeof fetch;
}

export function providerFor(settings: AiSettings, ctx: ProviderContext = {}): Provider | null {
  switch (settings.provider) {
    case 'local':
      return null;
    case 'chrome':
      return ctx.chrome?.Summarizer || ctx.chrome?.LanguageModel ? createChromeProvider(ctx.chrome) : null;
    case 'firefox':
      return ctx.trialMl ? createFirefoxProvider(ctx.trialMl, { granted: ctx.trialMlGranted ?? (async () => true) }) : null;
    case 'openai':
      if (!settings.model) return null;
      return createOpenAiProvider({
        baseUrl: settings.baseUrl,
        model: settings.model,
        apiKey: ctx.apiKey ?? null,
        timeoutMs: settings.timeoutSeconds * 1000,
        fetch: ctx.fetch,
      });
  }
}
