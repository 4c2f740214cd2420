import { useEffect, useState } from 'preact/hooks';
import '../ui/ai.css';
import { t, uiLanguage } from '../shared/i18n';
import { IS_FIREFOX } from '../shared/browser';
import { aiSettings, hasEndpointPermission, requestEndpointPermission, requestTrialMl, trialMl } from '../ai/browserAi';
import { chromeAiApis, downloadModels, modelStatus, type ModelStatus } from '../ai/chrome';
import { errorMessageKey, toAiError } from '../ai/errors';
import { prepareFirefoxModel } from '../ai/firefox';
import { OpenAiClient } from '../ai/openai';
import type { ProviderId } from '../ai/provider';
import { DEFAULT_AI_SETTINGS, type AiSettings as Settings } from '../ai/settings';
import { EndpointForm } from './ai/EndpointForm';
import { testAndSaveEndpoint, type EndpointDeps, type EndpointForm as Form } from './ai/endpointTest';

type Status = { ok: boolean; text: string } | null;

const endpointDeps: EndpointDeps = {
  allowOrigin: async (baseUrl) => (await requestEndpointPermission(baseUrl)) || (await hasEndpointPermission(baseUrl)),
  listModels: ({ baseUrl, model, apiKey }) => new OpenAiClient({ baseUrl, model, apiKey, timeoutMs: 10_000 }).listModels(),
  saveSettings: (patch) => aiSettings.set(patch),
  saveApiKey: (key) => aiSettings.setApiKey(key),
};

/**
 * The options page's AI section: which provider writes TL;DRs and FAQs, the on-device models' download (a click,
 * with progress), and the OpenAI-compatible endpoint (./ai/EndpointForm, tested and saved by ./ai/endpointTest).
 * Local stays the default and the fallback.
 */
export function AiSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_AI_SETTINGS);
  /** The radio the reader picked; the endpoint becomes the stored provider only once its test passes. */
  const [selected, setSelected] = useState<ProviderId>(DEFAULT_AI_SETTINGS.provider);
  const [apiKey, setApiKey] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [models, setModels] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [chrome, setChrome] = useState<ModelStatus | null>(null);
  const lang = uiLanguage().split('-')[0] ?? 'en';
  const apis = chromeAiApis();
  const hasChrome = Boolean(apis.Summarizer || apis.LanguageModel);
  const ml = trialMl();

  useEffect(() => {
    void aiSettings.get().then((stored) => {
      setSettings(stored);
      setSelected(stored.provider);
    });
    void aiSettings.getApiKey().then((k) => setApiKey(k ?? ''));
    if (hasChrome) void modelStatus(lang, apis).then(setChrome);
  }, []);

  const choose = async (provider: ProviderId) => {
    setStatus(null);
    setSelected(provider);
    // The endpoint is stored as the provider by a passing test (saveEndpoint), not by the radio.
    if (provider !== 'openai') setSettings(await aiSettings.set({ provider }));
  };

  const edit = (patch: Partial<Form>) => {
    const { apiKey: key, ...rest } = patch;
    if (key !== undefined) setApiKey(key);
    setSettings({ ...settings, ...rest });
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
      setSelected('firefox');
      setStatus({ ok: true, text: t('aiModelReady') });
    } catch (e) {
      setStatus({ ok: false, text: t(errorMessageKey(toAiError(e).code)) });
    } finally {
      setProgress(null);
    }
  };

  const saveEndpoint = async () => {
    setBusy(true);
    setStatus({ ok: true, text: t('aiTesting') });
    try {
      const stored = await aiSettings.get();
      const outcome = await testAndSaveEndpoint({ ...settings, apiKey }, stored, endpointDeps);
      if (outcome.settings) setSettings(outcome.settings);
      setModels(outcome.models);
      const text = t(outcome.message.key, outcome.message.subs ?? []);
      // A test that ran and failed leaves Lede on its own summaries: say so beside the reason.
      setStatus({ ok: outcome.ok, text: !outcome.ok && outcome.settings ? `${text} ${t('aiKeptLocal')}` : text });
    } finally {
      setBusy(false);
    }
  };

  const radio = (id: ProviderId, label: string, hint: string, disabled = false) => (
    <label>
      <input
        type="radio"
        name="ai-provider"
        value={id}
        data-testid={`ai-provider-${id}`}
        checked={selected === id}
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
        {IS_FIREFOX && ml && selected !== 'firefox' && (
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
      {selected === 'openai' && (
        <EndpointForm form={{ ...settings, apiKey }} onChange={edit} models={models} busy={busy} onSave={() => void saveEndpoint()} />
      )}
      {status && (
        <p class="ai-status" data-testid="ai-status" data-ok={String(status.ok)} role="status">
          {status.text}
        </p>
      )}
    </div>
  );
}
