/** Export: a format and a scope (everything, or the list as currently filtered), downloaded as a file. */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats';
import { readBackupData } from '../../storage/backupWriter';
import { getSettings } from '../../storage/settings';

function download(name: string, mime: string, data: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function ExportMenu({ currentUrls, onClose }: { currentUrls?: readonly string[]; onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>('backup');
  const [scope, setScope] = useState<'all' | 'filter'>('all');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(false);
  const run = async () => {
    setBusy(true);
    setError(false);
    try {
      const data = await readBackupData(scope === 'filter' && currentUrls ? currentUrls : undefined);
      // Only the backup carries history rows; the reading-list formats are about saved items.
      const articles = format === 'backup' ? data.articles : data.articles.filter((a) => a.saved);
      const settings = format === 'backup' ? { ...(await getSettings()) } : {};
      // The writers and fflate load on the first export, not with the library page.
      const { exportFile } = await import('../../export');
      const file = exportFile(format, { ...data, articles, settings });
      download(file.name, file.mime, file.data);
      onClose();
    } catch {
      setError(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="imp-menu" role="dialog" aria-label={t('expTitle')} data-testid="export-menu">
      <label>
        <span>{t('expFormat')}</span>
        <select data-testid="export-format" value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`expFormat_${f}`)}
            </option>
          ))}
        </select>
      </label>
      {currentUrls && (
        <label>
          <span>{t('expScope')}</span>
          <select data-testid="export-scope" value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value as 'all' | 'filter')}>
            <option value="all">{t('expScopeAll')}</option>
            <option value="filter">{t('expScopeFilter', String(currentUrls.length))}</option>
          </select>
        </label>
      )}
      <p class="imp-faint">{t(`expHint_${format}`)}</p>
      {error && (
        <p class="imp-error" role="alert">
          {t('expError')}
        </p>
      )}
      <div class="imp-actions">
        <button type="button" class="btn" onClick={onClose}>
          {t('impClose')}
        </button>
        <button type="button" class="btn btn-primary" data-testid="export-run" disabled={busy} onClick={() => void run()}>
          {t('expRun')}
        </button>
      </div>
    </div>
  );
}
