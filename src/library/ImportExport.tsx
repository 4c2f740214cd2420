/**
 * Import and Export in the library toolbar. Import: pick a file (any supported format, recognised from its
 * content), see a preview, confirm, watch the progress, stop if need be (stopping undoes what was written).
 * A file that cannot be imported gets a sentence saying why, and nothing is written.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { ImportSummary, ParsedImport } from '../import';
import { ImportError, LIMITS, type ImportErrorCode } from '../import/types';
import { writeImportedItems } from '../storage/importWriter';
import { mirrorChanged } from './mirrorChanged';
import { restoreBackup } from '../storage/backupWriter';
import { getSettings, setSettings } from '../storage/settings';
import { PreviewDialog } from './import/PreviewDialog';
import { ImportProgress } from './import/ImportProgress';
import { ExportMenu } from './import/ExportMenu';
import { errorText } from './import/messages';
import './import/import.css';

type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'preview'; fileName: string; parsed: ParsedImport; summary: ImportSummary }
  | { step: 'writing'; done: number; total: number; stopping: boolean }
  | { step: 'done'; added: number; merged: number }
  | { step: 'cancelled' }
  | { step: 'error'; code: ImportErrorCode | 'storage' | 'read-failed' };

export interface ImportExportProps {
  /** Called after an import or restore changed the library, so the page reloads its list. */
  onChanged?: () => void;
  /** URLs of the list as currently filtered: offered as an export scope when given. */
  currentUrls?: readonly string[];
}

/** Excluded sites from a backup join the local list; other settings stay as this device has them. */
async function restoreSettings(settings: Record<string, unknown>): Promise<void> {
  const sites = settings['excludedSites'];
  if (!Array.isArray(sites)) return;
  const local = await getSettings();
  const merged = [...new Set([...local.excludedSites, ...sites.filter((s): s is string => typeof s === 'string')])].sort();
  if (merged.length !== local.excludedSites.length) await setSettings({ excludedSites: merged });
}

export function ImportExport({ onChanged, currentUrls }: ImportExportProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [exportOpen, setExportOpen] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const pick = async (file: File) => {
    if (file.size > LIMITS.maxBytes) return setState({ step: 'error', code: 'too-large' });
    setState({ step: 'reading', fileName: file.name });
    try {
      // The parsers (papaparse, fflate) load when the reader picks a file, not with the library page.
      const { parseImport, summarize } = await import('../import');
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Let the "Reading…" state paint before a large file keeps the thread busy.
      await new Promise((r) => setTimeout(r, 0));
      const parsed = parseImport(bytes);
      setState({ step: 'preview', fileName: file.name, parsed, summary: summarize(parsed) });
    } catch (e) {
      setState({ step: 'error', code: e instanceof ImportError ? e.code : 'read-failed' });
    } finally {
      // The same file can be picked again after a cancel.
      if (input.current) input.current.value = '';
    }
  };

  const confirm = async (parsed: ParsedImport, followTags: boolean) => {
    const ctl = new AbortController();
    abort.current = ctl;
    const total = parsed.backup ? parsed.backup.articles.length : parsed.items.length;
    setState({ step: 'writing', done: 0, total, stopping: false });
    const onProgress = (p: { done: number; total: number }) =>
      setState((s) => (s.step === 'writing' ? { ...s, done: p.done, total: p.total } : s));
    try {
      const report = parsed.backup
        ? await restoreBackup(parsed.backup, { signal: ctl.signal, onProgress })
        : await writeImportedItems(parsed.items, { signal: ctl.signal, onProgress, followTags });
      // Imported (even partly, when stopped) items join the bookmark mirror too.
      mirrorChanged();
      if (report.cancelled) return setState({ step: 'cancelled' });
      if (parsed.backup) await restoreSettings(parsed.backup.settings);
      setState({ step: 'done', added: report.added, merged: report.merged });
      onChanged?.();
    } catch {
      setState({ step: 'error', code: 'storage' });
    } finally {
      abort.current = null;
    }
  };

  const stop = () => {
    abort.current?.abort();
    setState((s) => (s.step === 'writing' ? { ...s, stopping: true } : s));
  };

  const busy = state.step === 'reading' || state.step === 'writing';
  return (
    <div class="imp">
      <label class={`btn imp-file-label${busy ? ' is-disabled' : ''}`} title={t('impHint')}>
        {t('impButton')}
        <input
          ref={input}
          type="file"
          data-testid="import-file"
          accept=".csv,.zip,.html,.htm,.json,text/csv,text/html,application/zip,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void pick(file);
          }}
        />
      </label>
      <button type="button" class="btn" data-testid="export-button" aria-expanded={exportOpen} onClick={() => setExportOpen(!exportOpen)}>
        {t('expButton')}
      </button>
      {exportOpen && <ExportMenu currentUrls={currentUrls} onClose={() => setExportOpen(false)} />}

      {state.step === 'reading' && (
        <span class="imp-status" role="status">
          {t('impReading', state.fileName)}
        </span>
      )}
      {state.step === 'preview' && (
        <PreviewDialog
          fileName={state.fileName}
          parsed={state.parsed}
          summary={state.summary}
          onCancel={() => setState({ step: 'idle' })}
          onConfirm={({ followTags }) => void confirm(state.parsed, followTags)}
        />
      )}
      {state.step === 'writing' && <ImportProgress done={state.done} total={state.total} stopping={state.stopping} onStop={stop} />}
      {state.step === 'done' && (
        <span class="imp-status" role="status" data-testid="import-done">
          {t('impDone', [String(state.added), String(state.merged)])}
          <button type="button" class="link-btn" onClick={() => setState({ step: 'idle' })} aria-label={t('impClose')}>
            ×
          </button>
        </span>
      )}
      {state.step === 'cancelled' && (
        <span class="imp-status" role="status" data-testid="import-cancelled">
          {t('impCancelled')}
          <button type="button" class="link-btn" onClick={() => setState({ step: 'idle' })} aria-label={t('impClose')}>
            ×
          </button>
        </span>
      )}
      {state.step === 'error' && (
        <span class="imp-error" role="alert" data-testid="import-error">
          {state.code === 'storage' ? t('impError_storage') : state.code === 'read-failed' ? t('impError_read_failed') : errorText(state.code)}
          <button type="button" class="link-btn" onClick={() => setState({ step: 'idle' })} aria-label={t('impClose')}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
