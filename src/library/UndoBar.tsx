import { useEffect, useRef } from 'preact/hooks';
import { t } from '../shared/i18n';

/** How long an Undo stays offered: long enough to notice a slip of the e or # key. */
export const UNDO_MS = 8000;

/** "Archived. Undo" at the bottom of the page; announced to screen readers, dismissed after a while. */
export function UndoBar({ message, onUndo, onClose }: { message: string; onUndo: () => void; onClose: () => void }) {
  // The page re-renders often (typing, scrolling): the timer must not restart with each new onClose.
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const timer = setTimeout(() => close.current(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div class="lib-undo" role="status" data-testid="undo-bar">
      <span>{t(message)}</span>
      <button type="button" class="btn" data-testid="undo" onClick={onUndo}>
        {t('libpageUndo')}
      </button>
    </div>
  );
}
