/**
 * Saved items a removed bookmark took out of the list (bookmark sync, issue 18): the page says so and offers to
 * put them back, as its own Undo does for the reader's edits here. Checked when the page opens and when the
 * reader comes back to it, as the list itself is.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { dismissSyncTrash, listUnseenSyncTrash, restoreSyncTrash } from '../storage/syncTrash';
import { mirrorChanged } from './mirrorChanged';

export function SyncTrashBar({ onError }: { onError: (err: unknown) => void }) {
  const [urls, setUrls] = useState<string[]>([]);

  useEffect(() => {
    const check = () => void listUnseenSyncTrash().then((rows) => setUrls(rows.map((r) => r.url)), () => undefined);
    check();
    const onVisible = () => document.visibilityState === 'visible' && check();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  if (!urls.length) return null;
  const restore = async () => {
    try {
      const back = await restoreSyncTrash(urls);
      setUrls([]);
      // Back in the list means back in the bookmarks too (the list itself follows the database).
      mirrorChanged(back);
    } catch (err) {
      onError(err);
    }
  };
  const dismiss = () => {
    setUrls([]);
    dismissSyncTrash(urls).catch(onError);
  };
  return (
    <div class="lib-sync-trash" role="status" data-testid="sync-trash">
      <span>{t('syncTrashNotice', String(urls.length))}</span>
      <button type="button" class="btn" data-testid="sync-trash-undo" onClick={() => void restore()}>
        {t('syncTrashUndo')}
      </button>
      <button type="button" class="btn" onClick={dismiss}>
        {t('syncTrashDismiss')}
      </button>
    </div>
  );
}
