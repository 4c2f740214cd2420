/**
 * Save / Saved toggle for the popup. Saving sends the article and its analysis; the worker keeps the HTML it
 * extracted as the offline copy (the popup never handles page HTML). Clicking "Saved" removes the item and offers
 * Undo, which puts back the exact row.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { sendMessage, type ArticleView } from '../shared/messages';
import type { Analysis } from '../core/types';
import type { ArticleRecord, LibChangeResult } from '../storage/types';

type State = 'unknown' | 'unsaved' | 'saved' | 'busy';

/** `analysis` is null for the few milliseconds the worker takes to complete it: saving waits for it. */
export function SaveButton({ tabId, article, analysis }: { tabId: number; article: ArticleView; analysis: Analysis | null }) {
  const [state, setState] = useState<State>('unknown');
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ previous: ArticleRecord | null } | null>(null);

  useEffect(() => {
    let live = true;
    sendMessage('libIsSaved', { url: article.url })
      .then((r) => live && setState(r.saved ? 'saved' : 'unsaved'))
      .catch(() => live && setState('unsaved'));
    return () => {
      live = false;
    };
  }, [article.url]);

  function fail(res: LibChangeResult | { ok: true }) {
    if (!res.ok) setError(t(`saveError_${res.error}`));
  }

  async function toggle() {
    if (!analysis) return;
    const was = state;
    setError(null);
    setState('busy');
    try {
      if (was === 'saved') {
        const res = await sendMessage('libUnsave', { url: article.url });
        fail(res);
        setState(res.ok ? 'unsaved' : 'saved');
        if (res.ok) setUndo({ previous: res.previous });
      } else {
        const res = await sendMessage('libSave', { tabId, article, analysis });
        fail(res);
        setState(res.ok ? 'saved' : 'unsaved');
        setUndo(null);
      }
    } catch {
      setError(t('saveError_unknown'));
      setState(was === 'saved' ? 'saved' : 'unsaved');
    }
  }

  async function doUndo() {
    if (!undo) return;
    const res = await sendMessage('libUndo', { url: article.url, previous: undo.previous });
    if (res.ok) {
      setUndo(null);
      setState(undo.previous?.saved ? 'saved' : 'unsaved');
    } else setError(t(`saveError_${res.error}`));
  }

  const saved = state === 'saved';
  return (
    <div class="save">
      <button
        type="button"
        class={`btn ${saved ? '' : 'btn-primary'}`}
        data-testid="save-button"
        aria-pressed={saved}
        disabled={state === 'busy' || state === 'unknown' || !analysis}
        title={saved ? t('saveButtonRemoveHint') : undefined}
        onClick={() => void toggle()}
      >
        {state === 'busy' ? t('saveButtonSaving') : saved ? t('saveButtonSaved') : t('saveButton')}
      </button>
      {undo && (
        <span role="status">
          {t('saveRemoved')}{' '}
          <button type="button" class="link-btn" onClick={() => void doUndo()}>
            {t('saveUndo')}
          </button>
        </span>
      )}
      {error && (
        <p role="alert" class="error-text">
          {error}
        </p>
      )}
    </div>
  );
}
