import { useEffect, useState } from 'preact/hooks';
import '../ui/ai.css';
import { t, uiLanguage } from '../shared/i18n';
import { IS_FIREFOX } from '../shared/browser';
import { aiSettings, hasEndpointPermission, requestEndpointPermission, requestTrialMl, trialMl } from '../ai/browserAi';
import { chromeAiApis, downloadModels, modelStatus, type ModelStatus } from '../ai/chrome';
import { errorMessageKey, toAiError } from '../ai/errors';
import { prepareFirefoxModel } from '../ai/firefox';
import { OpenAiClient, normalizeBaseUrl } from '../ai/openai';
import type { ProviderId } from '../ai/provider';
import { DEFAULT_AI_SETTINGS, PRESETS, type AiSettings as Settings } from '../ai/settings';

type Status = { ok: boolean; text: string } | null;

/**
 * The options page's AI section: which provider writes TL;DRs and FAQs, the on-device models' download (a click,
 * with progress), and the OpenAI-compatible endpoint (presets, URL, model, key, the host permission for that
 * origin only, and a connection test). Local stays the default and the fallback.
 */
export function AiSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_AI_SETTINGS);
  const [apiKey, setApiKey] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [models, setModels] = useState<string[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [chrome, setChrome] = useState<ModelStatus | null>(null);
  const lang = uiLanguage().split('-')[0] ?? 'en';
  const apis = chromeAiApis();
  const hasChrome = Boolean(apis.Summarizer || apis.LanguageModel);
  const ml = trialMl();

  useEffect(() => {
    void aiSettings.get().then(setSettings);
    void aiSettings.getApiKey().then((k) => setApiKey(k ?? ''));
    if (hasChrome) void modelStatus(lang, apis).then(setChrome);
  }, []);

  const choose = async (provider: ProviderId) => {
    setStatus(null);
    setSettings(await aiSettings.set({ provider }));
  };

  const downloadChrome = async () => {
    setProgress(0);
    try {
      setChrome(await downloadModels(lang, setProgress, apis));
      setStatus({ ok: true, text: t('aiModelReady') });
    } catch (e) {
      setStatus({ ok: false, text: t(errorMessageKey(toAiError(e).code)) });
    } finally {
      setProgress(null);
    }
  };

  const enableFirefox = async () => {
    // The permission prompt needs the click's user gesture: ask before anything else is awaited.
    const granted = await requestTrialMl();
    if (!granted || !ml) return setStatus({ ok: false, text: t('aiErrPermission') });
    setProgress(0);
    try {
      await prepareFirefoxModel(ml, setProgress);
      setSettings(await aiSettings.set({ provider: 'firefox' }));
      setStatus({ ok: true, text: t('aiModelReady') });
    } catch (e) {
      setStatus({ ok: false, text: t(errorMessageKey(toAiError(e).code)) });
    } finally {
      setProgress(null);
    }
  };

  const saveEndpoint = async () => {
    const baseUrl = normalizeBaseUrl(settings.baseUrl);
    if (!baseUrl) return setStatus({ ok: false, text: t('aiBadUrl') });
    // Only this origin, asked at the click: the permission prompt needs the user gesture.
    const granted = (await requestEndpointPermission(baseUrl)) || (await hasEndpointPermission(baseUrl));
    if (!granted) return setStatus({ ok: false, text: t('aiErrPermission') });
    const saved = await aiSettings.set({ provider: 'openai', baseUrl, model: settings.model, timeoutSeconds: settings.timeoutSeconds });
    await aiSettings.setApiKey(apiKey);
    setSettings(saved);
    setStatus({ ok: true, text: t('aiTesting') });
    try {
      const list = await new OpenAiClient({ baseUrl, model: saved.model, apiKey, timeoutMs: 10_000 }).listModels();
      setModels(list);
      if (!saved.model) setStatus({ ok: false, text: t('aiPickModel') });
      else if (list.length && !list.includes(saved.model)) setStatus({ ok: false, text: t('aiErrModelMissing') });
      else setStatus({ ok: true, text: t('aiConnected', [new URL(baseUrl).host, saved.model]) });
    } catch (e) {
      setStatus({ ok: false, text: t(errorMessageKey(toAiError(e, [apiKey]).code)) });
    }
  };

  const radio = (id: ProviderId, label: string, hint: string, disabled = false) => (
    <label>
      <input
        type="radio"
        name="ai-provider"
        value={id}
        data-testid={`ai-provider-${id}`}
        checked={settings.provider === id}
        disabled={disabled}
        onChange={() => void choose(id)}
      />{' '}
      <strong>{label}</strong> <span class="muted">{hint}</span>
    </label>
  );

  return (
    <div class="ai-settings" data-testid="ai-settings">
      <fieldset>
        <legend class="visually-hidden">{t('aiProvider')}</legend>
        {radio('local', t('aiLocal'), t('aiLocalHint'))}
        {!IS_FIREFOX && radio('chrome', t('aiChrome'), chrome ? t(`aiState_${chrome.summarizer}`) : t('aiState_unavailable'), !hasChrome || chrome?.summarizer === 'unavailable')}
        {!IS_FIREFOX && hasChrome && chrome && chrome.summarizer !== 'unavailable' && chrome.summarizer !== 'available' && (
          <p class="ai-endpoint">
            <button type="button" class="btn" data-testid="ai-download" disabled={progress !== null} onClick={() => void downloadChrome()}>
              {t('aiDownload')}
            </button>
          </p>
        )}
        {IS_FIREFOX && radio('firefox', t('aiFirefox'), ml ? t('aiFirefoxHint') : t('aiState_unavailable'), !ml)}
        {IS_FIREFOX && ml && settings.provider !== 'firefox' && (
          <p class="ai-endpoint">
            <button type="button" class="btn" onClick={() => void enableFirefox()} disabled={progress !== null}>
              {t('aiFirefoxEnable')}
            </button>
          </p>
        )}
        {progress !== null && (
          <p class="ai-endpoint">
            <progress class="ai-progress" data-testid="ai-progress" max={1} value={progress} aria-label={t('aiDownloading')} />{' '}
            {Math.round(progress * 100)}%
          </p>
        )}
        {radio('openai', t('aiOpenAi'), t('aiOpenAiHint'))}
      </fieldset>
      {settings.provider === 'openai' && (
        <div class="ai-endpoint">
          <p class="muted">{t('aiOffDeviceWarning')}</p>
          <p>
            {PRESETS.map((p) => (
              <button
                key={p.id}
                type="button"
                class="btn"
                data-testid={`ai-preset-${p.id}`}
                onClick={() => setSettings({ ...settings, baseUrl: p.baseUrl })}
              >
                {p.label}
              </button>
            ))}
          </p>
          <label>
            {t('aiBaseUrl')}
            <input
              type="url"
              data-testid="ai-base-url"
              value={settings.baseUrl}
              placeholder="http://localhost:11434/v1"
              onInput={(e) => setSettings({ ...settings, baseUrl: (e.target as HTMLInputElement).value })}
            />
          </label>
          <label>
            {t('aiModel')}
            <input
              type="text"
              data-testid="ai-model"
              list="ai-models"
              value={settings.model}
              placeholder="llama3.2"
              onInput={(e) => setSettings({ ...settings, model: (e.target as HTMLInputElement).value })}
            />
            <datalist id="ai-models">
              {models.map((m) => (
                <option key={m} value={m} />
              ))}
            </datalist>
          </label>
          <label>
            {t('aiApiKey')} <span class="muted">{t('aiApiKeyHint')}</span>
            <input
              type="password"
              data-testid="ai-api-key"
              autocomplete="off"
              value={apiKey}
              onInput={(e) => setApiKey((e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {t('aiTimeout')}
            <input
              type="number"
              min={5}
              max={600}
              value={settings.timeoutSeconds}
              onInput={(e) => setSettings({ ...settings, timeoutSeconds: Number((e.target as HTMLInputElement).value) })}
            />
          </label>
          <button type="button" class="btn btn-primary" data-testid="ai-save" onClick={() => void saveEndpoint()}>
            {t('aiSaveAndTest')}
          </button>
        </div>
      )}
      {status && (
        <p class="ai-status" data-testid="ai-status" data-ok={String(status.ok)} role="status">
          {status.text}
        </p>
      )}
    </div>
  );
}
