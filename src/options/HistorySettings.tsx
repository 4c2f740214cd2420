/** Options: pause history, clear it (hour/day/week/all; saved articles stay), and the sites Lede never records. */
import { useEffect, useState } from 'preact/hooks';
import { t, tPlural } from '../shared/i18n';
import { addExcludedSite, getSettings, onSettingsChanged, removeExcludedSite, setSettings, DEFAULT_SETTINGS, type Settings } from '../storage/settings';
import { clearHistory, type ClearRange } from '../storage/history';
import { toStorageError } from '../storage/errors';

const RANGES: [ClearRange, string][] = [
  ['hour', 'histClearHour'],
  ['day', 'histClearDay'],
  ['week', 'histClearWeek'],
  ['all', 'histClearAll'],
];

/** "Cleared 1 visit and 3 articles.": each count in its own plural form, in the catalogue's language. */
export function clearedHistoryMessage(visits: number, articles: number): string {
  return t('histCleared', [tPlural('histClearedVisits', visits), tPlural('histClearedArticles', articles)]);
}

export function HistorySettings() {
  const [settings, setLocal] = useState<Settings>(DEFAULT_SETTINGS);
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void getSettings().then(setLocal);
    return onSettingsChanged(setLocal);
  }, []);

  async function clear(range: ClearRange) {
    if (!globalThis.confirm?.(t('histClearConfirm'))) return;
    try {
      const res = await clearHistory(range);
      setMessage(clearedHistoryMessage(res.visits, res.articles));
    } catch (err) {
      setMessage(t(`saveError_${toStorageError(err).code}`));
    }
  }

  async function add(e: Event) {
    e.preventDefault();
    const list = await addExcludedSite(site);
    if (list) {
      setLocal({ ...settings, excludedSites: list });
      setSite('');
      setMessage(null);
    } else setMessage(t('histExcludedInvalid'));
  }

  return (
    <section aria-labelledby="hist-title">
      <h2 id="hist-title">{t('histTitle')}</h2>
      <p>{t('histIntro')}</p>
      <label>
        <input
          type="checkbox"
          checked={settings.historyPaused}
          onChange={(e) => void setSettings({ historyPaused: (e.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('histPause')}
      </label>
      {settings.historyPaused && <p class="lede-note">{t('histPausedNote')}</p>}
      <h3>{t('histClear')}</h3>
      <div role="group" aria-label={t('histClear')}>
        {RANGES.map(([range, key]) => (
          <button key={range} type="button" onClick={() => void clear(range)}>
            {t(key)}
          </button>
        ))}
      </div>
      <h3>{t('histExcluded')}</h3>
      {settings.excludedSites.length === 0 ? (
        <p>{t('histExcludedNone')}</p>
      ) : (
        <ul>
          {settings.excludedSites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" aria-label={t('histExcludedRemove', s)} onClick={() => void removeExcludedSite(s).then((l) => setLocal({ ...settings, excludedSites: l }))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)}>
        <input
          type="text"
          value={site}
          placeholder={t('histExcludedPlaceholder')}
          aria-label={t('histExcluded')}
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('histExcludedAdd')}</button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
