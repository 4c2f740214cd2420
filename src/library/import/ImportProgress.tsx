/** The progress bar of a running import, with its Stop button (which undoes what was written). */
import { t } from '../../shared/i18n';

export function ImportProgress({ done, total, stopping, onStop }: { done: number; total: number; stopping: boolean; onStop: () => void }) {
  return (
    <div class="imp-progress" data-testid="import-progress" role="status">
      <progress max={Math.max(1, total)} value={done} aria-label={t('impWriting', [String(done), String(total)])} />
      <span>{stopping ? t('impStopping') : t('impWriting', [String(done), String(total)])}</span>
      <button type="button" class="btn" data-testid="import-stop" disabled={stopping} onClick={onStop}>
        {t('impStop')}
      </button>
    </div>
  );
}
