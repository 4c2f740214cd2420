import type { ComponentChildren } from 'preact';
import { t } from '../shared/i18n';
import type { CompanionErrorCode } from '../shared/messages';

/** Grey blocks in the shape of the popup, so the layout does not jump when the article arrives. */
export function Skeleton() {
  return (
    <div class="skeleton" data-testid="status" data-state="loading" aria-busy="true" aria-live="polite">
      <span class="visually-hidden">{t('popupLoading')}</span>
      <div class="sk sk-line sk-short" />
      <div class="sk sk-title" />
      <div class="sk sk-line sk-mid" />
      <div class="sk sk-block" />
      <div class="sk sk-line" />
      <div class="sk sk-line" />
      <div class="sk sk-line sk-mid" />
    </div>
  );
}

const COPY: Record<CompanionErrorCode, [title: string, body: string]> = {
  'no-tab': ['errNoTabTitle', 'errNoTab'],
  restricted: ['errRestrictedTitle', 'errRestricted'],
  'no-access': ['errNoAccessTitle', 'errNoAccess'],
  pdf: ['errPdfTitle', 'errPdf'],
  loading: ['errLoadingTitle', 'errLoading'],
  'not-article': ['errNotArticleTitle', 'errNotArticle'],
  'extraction-failed': ['errExtractionTitle', 'errExtraction'],
  'too-large': ['errTooLargeTitle', 'errTooLarge'],
  timeout: ['errTimeoutTitle', 'errTimeout'],
};

/** Says what happened and offers the next step: never a blank popup or a spinner that never ends. */
export function ErrorState({
  code,
  hasSelection,
  children,
}: {
  code: CompanionErrorCode;
  hasSelection?: boolean;
  children?: ComponentChildren;
}) {
  const [title, body] = COPY[code];
  const text = code === 'not-article' && hasSelection ? t('errNotArticleSelection') : t(body);
  return (
    <div class="state" data-testid="status" data-state={code} role="status">
      <h1 class="state-title">{t(title)}</h1>
      <p class="state-body">{text}</p>
      <div class="state-actions">{children}</div>
    </div>
  );
}
