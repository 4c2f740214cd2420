/** What an import would bring in, before anything is written: counts, dates, tags, and the rows that failed. */
import { useState } from 'preact/hooks';
import { t, tPlural } from '../../shared/i18n';
import { formatDate } from '../../ui/format';
import type { ImportSummary, ParsedImport } from '../../import';
import { formatName, problemText } from './messages';

const MAX_TAGS = 40;
const MAX_PROBLEMS = 200;

interface Props {
  fileName: string;
  parsed: ParsedImport;
  summary: ImportSummary;
  onConfirm: (opts: { followTags: boolean }) => void;
  onCancel: () => void;
}

const day = (ms: number | null) => (ms === null ? null : formatDate(new Date(ms).toISOString()));

export function PreviewDialog({ fileName, parsed, summary, onConfirm, onCancel }: Props) {
  const [followTags, setFollowTags] = useState(false);
  const from = day(summary.from);
  const to = day(summary.to);
  const isBackup = parsed.format === 'lede-backup';
  return (
    <div class="imp-overlay">
      <div class="imp-dialog" role="dialog" aria-modal="true" aria-labelledby="imp-title" data-testid="import-preview">
        <h2 id="imp-title">{t('impPreviewTitle')}</h2>
        <p class="imp-file">
          {fileName} · {formatName(parsed.format)}
        </p>
        <ul class="imp-counts" data-testid="import-counts">
          <li>
            <strong data-testid="import-total">{summary.total}</strong> {tPlural('impItems', summary.total, [])}
          </li>
          <li>{t('impUnreadCount', String(summary.unread))}</li>
          <li>{t('impArchivedCount', String(summary.archived))}</li>
          {summary.favourites > 0 && <li>{tPlural('impFavouriteCount', summary.favourites)}</li>}
          {summary.withContent > 0 && <li>{t('impContentCount', String(summary.withContent))}</li>}
          {parsed.skipped > 0 && <li>{t('impSkippedCount', String(parsed.skipped))}</li>}
        </ul>
        {from && to && <p data-testid="import-dates">{t('impDateRange', [from, to])}</p>}
        {isBackup && parsed.backup && (
          <p>
            {parsed.backup.historyOnly > 0 && <>{tPlural('impHistoryOnly', parsed.backup.historyOnly)} </>}
            {t('impBackupContents', [String(parsed.backup.visits.length), String(parsed.backup.interests.length)])}
          </p>
        )}
        {summary.tags.length > 0 && (
          <section>
            <h3>{t('impTagsTitle', String(summary.tags.length))}</h3>
            <p class="imp-tags" data-testid="import-tags">
              {summary.tags.slice(0, MAX_TAGS).map((tag) => (
                <span key={tag.tag} class="chip">
                  {tag.tag} <span class="imp-faint">{tag.count}</span>
                </span>
              ))}
              {summary.tags.length > MAX_TAGS && <span class="imp-faint">{t('impMore', String(summary.tags.length - MAX_TAGS))}</span>}
            </p>
            {!isBackup && (
              <label class="imp-follow">
                <input type="checkbox" checked={followTags} onChange={(e) => setFollowTags((e.target as HTMLInputElement).checked)} />
                {t('impFollowTags')}
              </label>
            )}
          </section>
        )}
        {parsed.problems.length > 0 && (
          <section>
            <h3>{t('impProblemsTitle', String(parsed.problems.length))}</h3>
            <ul class="imp-problems" data-testid="import-problems">
              {parsed.problems.slice(0, MAX_PROBLEMS).map((p, i) => (
                <li key={i}>
                  {p.file ? t('impProblemAtFile', [p.file, String(p.line)]) : t('impProblemAt', String(p.line))} {problemText(p.reason)}
                </li>
              ))}
              {parsed.problems.length > MAX_PROBLEMS && <li class="imp-faint">{t('impMore', String(parsed.problems.length - MAX_PROBLEMS))}</li>}
            </ul>
          </section>
        )}
        <div class="imp-actions">
          <button type="button" class="btn" data-testid="import-cancel" onClick={onCancel}>
            {t('impCancel')}
          </button>
          <button
            type="button"
            class="btn btn-primary"
            data-testid="import-confirm"
            disabled={summary.total === 0 && !parsed.backup?.historyOnly}
            onClick={() => onConfirm({ followTags })}
          >
            {isBackup ? tPlural('impRestore', summary.total) : tPlural('impConfirm', summary.total)}
          </button>
        </div>
      </div>
    </div>
  );
}
