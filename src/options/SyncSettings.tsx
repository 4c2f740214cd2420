/**
 * Options: the reading list through the browser's bookmark sync (opt-in; asks for the `bookmarks` permission at
 * that moment), what travels and what stays on the device, and how the last mirror and the topic sync went.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../shared/i18n';
import { browser } from '../shared/browser';
import { sendMessage, type SyncStatus } from '../shared/messages';
import { requestBookmarksPermission } from '../shared/bookmarksApi';
import { lastPicksReport, REPORT_KEY, type AreaLike, type PicksReport } from '../storage/syncedPicks';

const local = browser.storage.local as unknown as AreaLike;

function when(ms: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function SyncSettings() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [picks, setPicks] = useState<PicksReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void sendMessage('syncStatus').then(setStatus, () => setStatus(null));
    void lastPicksReport(local).then(setPicks, () => undefined);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && REPORT_KEY in changes) void lastPicksReport(local).then(setPicks, () => undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  async function toggle(on: boolean) {
    setMessage(null);
    // The permission prompt must come straight from the click, before anything else is awaited.
    if (on && !(await requestBookmarksPermission())) {
      setMessage(t('syncPermissionDenied'));
      return;
    }
    setBusy(true);
    try {
      setStatus(await sendMessage('syncSetEnabled', { enabled: on }));
    } finally {
      setBusy(false);
    }
  }

  const supported = status?.supported !== false;
  const run = status?.lastRun;
  return (
    <section aria-labelledby="sync-title" data-testid="sync-settings">
      <h2 id="sync-title">{t('syncTitle')}</h2>
      <p>{t('syncIntro')}</p>
      <label>
        <input
          type="checkbox"
          data-testid="sync-toggle"
          checked={status?.enabled === true}
          disabled={!status || !supported || busy}
          onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('syncToggle')}
      </label>
      {!supported && <p class="lede-note">{t('syncUnavailable')}</p>}
      <div role="status" data-testid="sync-status" data-state={busy ? 'working' : status?.enabled ? 'on' : 'off'}>
        {busy && <p>{t('syncWorking')}</p>}
        {!busy && status && supported && !status.enabled && <p class="lede-note">{t('syncOffNote')}</p>}
        {!busy && status?.enabled && !status.permission && <p class="lede-note">{t('syncPermissionMissing')}</p>}
        {!busy && status?.enabled && run && !run.error && (
          <p>
            {t('syncLastRun', [
              when(run.at),
              String(run.counts.create),
              String(run.counts.import),
              String(run.counts.move + run.counts.setState),
              String(run.counts.remove + run.counts.trash),
            ])}
          </p>
        )}
        {!busy && status?.enabled && run?.error && <p class="lede-note">{t('syncLastError', run.error)}</p>}
        {message && <p>{message}</p>}
      </div>
      <p>{t('syncTravels')}</p>
      <p>{t('syncStays')}</p>
      {picks && (
        <p data-testid="sync-picks">
          {picks.error
            ? t('syncPicksFailed', picks.error)
            : picks.dropped > 0
              ? t('syncPicksTooBig', [String(picks.dropped), String(picks.total)])
              : t('syncPicksStatus', [String(picks.total), kb(picks.bytes)])}
        </p>
      )}
    </section>
  );
}
