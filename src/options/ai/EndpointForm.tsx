import { t } from '../../shared/i18n';
import { PRESETS } from '../../ai/settings';
import type { EndpointForm as Form } from './endpointTest';

export interface EndpointFormProps {
  form: Form;
  onChange: (patch: Partial<Form>) => void;
  /** The server's models, offered as suggestions once a test reached it. */
  models: string[];
  busy: boolean;
  onSave: () => void;
}

/** The OpenAI-compatible endpoint's fields: presets, URL, model, key, timeout, and "Allow, save and test". */
export function EndpointForm({ form, onChange, models, busy, onSave }: EndpointFormProps) {
  return (
    <div class="ai-endpoint">
      <p class="muted">{t('aiOffDeviceWarning')}</p>
      <p>
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            class="btn"
            data-testid={`ai-preset-${p.id}`}
            onClick={() => onChange({ baseUrl: p.baseUrl })}
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
          value={form.baseUrl}
          placeholder="http://localhost:11434/v1"
          onInput={(e) => onChange({ baseUrl: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t('aiModel')}
        <input
          type="text"
          data-testid="ai-model"
          list="ai-models"
          value={form.model}
          placeholder="llama3.2"
          onInput={(e) => onChange({ model: (e.target as HTMLInputElement).value })}
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
          value={form.apiKey}
          onInput={(e) => onChange({ apiKey: (e.target as HTMLInputElement).value })}
        />
      </label>
      <label>
        {t('aiTimeout')}
        <input
          type="number"
          min={5}
          max={600}
          value={form.timeoutSeconds}
          onInput={(e) => onChange({ timeoutSeconds: Number((e.target as HTMLInputElement).value) })}
        />
      </label>
      <button type="button" class="btn btn-primary" data-testid="ai-save" disabled={busy} onClick={onSave}>
        {t('aiSaveAndTest')}
      </button>
    </div>
  );
}
