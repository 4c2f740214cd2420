import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';

/** Asks the page to scroll to and highlight a passage; resolves to whether it was found. */
export type ShowInPage = (text: string) => Promise<boolean>;

/**
 * A quoted passage the reader can click to see it in the page. It is a real button (keyboard, screen readers);
 * when the page no longer contains it, it says so instead of failing silently.
 */
export function Passage({ text, onShow, class: cls }: { text: string; onShow?: ShowInPage; class?: string }) {
  const [missing, setMissing] = useState(false);
  if (!onShow) return <span class={cls}>{text}</span>;
  return (
    <>
      <button
        type="button"
        class={`passage ${cls ?? ''}`}
        title={t('popupShowInPage')}
        onClick={async () => setMissing(!(await onShow(text)))}
      >
        {text}
      </button>
      {missing && (
        <span class="passage-missing" role="status">
          {t('popupNotFoundInPage')}
        </span>
      )}
    </>
  );
}
